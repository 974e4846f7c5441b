package org.sovet.directory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves tasks when substitutions start and end. Periodic rather than one job at midnight: clusters keep
 * different time zones, a node may be down at the moment, and a missed sweep is made good by the next.
 * Every node sweeps; the database lets each move happen once. New tasks need no sweep: they go to the
 * substitute as they are created ({@link SubstituteAtAssignment}).
 */
@Component
class SubstitutionSweep {

    private static final Logger LOG = LoggerFactory.getLogger(SubstitutionSweep.class);

    private final DirectoryRepository directory;
    private final SubstitutionRepository repository;
    private final ActingRoles acting;
    private final SubstitutionTransitions transitions;
    private final TransactionTemplate transaction;

    SubstitutionSweep(DirectoryRepository directory, SubstitutionRepository repository, ActingRoles acting,
                      SubstitutionTransitions transitions, PlatformTransactionManager transactions) {
        this.directory = directory;
        this.repository = repository;
        this.acting = acting;
        this.transitions = transitions;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Each substitution in its own transaction: one that fails waits for the next sweep without holding up
     * the rest. How many starts and ends this node applied (the scheduler ignores it).
     */
    @Scheduled(fixedDelayString = "${sovet.substitutions.sweep-every}", initialDelayString = "${sovet.substitutions.sweep-every}")
    public int sweep() {
        int applied = 0;
        for (Cluster cluster : directory.clusters()) {
            for (long id : repository.due(cluster.id(), acting.today(cluster.id()))) {
                try {
                    applied += Boolean.TRUE.equals(transaction.execute(status -> transitions.apply(id))) ? 1 : 0;
                } catch (RuntimeException e) {
                    LOG.warn("Substitution {}: its tasks did not move, the next sweep tries again", id, e);
                }
            }
        }
        return applied;
    }
}
