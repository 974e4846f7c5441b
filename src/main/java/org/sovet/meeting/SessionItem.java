package org.sovet.meeting;

import java.util.List;

/** One agenda item as recorded at the session: what was heard and said, and the decisions. */
public record SessionItem(String title, String speakerName, String heard, String spoke, List<DecisionDraft> decisions) {

    public SessionItem {
        decisions = decisions == null ? List.of() : decisions.stream().filter(d -> d != null).toList();
    }

    /**
     * A decision with its vote.
     *
     * @param kind SIMPLE (simple majority) or QUALIFIED (the council's qualified majority)
     * @param due the deadline as written: «апрель 2021 года», «до 15.03.2025»
     */
    public record DecisionDraft(String text, String kind, Integer votesFor, Integer votesAgainst, Integer votesAbstain,
                                String owner, String due) {}
}
