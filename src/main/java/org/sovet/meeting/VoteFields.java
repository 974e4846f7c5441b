package org.sovet.meeting;

import org.sovet.meeting.MeetingProcess.Vars;

/**
 * The session form's fields holding one vote's counts, named so a refused count shows beside its field:
 * a decision's inside the rows of {@code sessionItems} (the keys of {@link SessionItem.DecisionDraft}), or the joint vote's.
 */
record VoteFields(String votesFor, String votesAgainst, String votesAbstain, String unanimous) {

    static final VoteFields JOINT = new VoteFields(Vars.TOGETHER_FOR, Vars.TOGETHER_AGAINST, Vars.TOGETHER_ABSTAIN,
            Vars.TOGETHER_UNANIMOUS);

    static VoteFields ofDecision(int item, int decision) {
        String row = decision(item, decision, "");
        return new VoteFields(row + "votesFor", row + "votesAgainst", row + "votesAbstain", row + "unanimous");
    }

    /** {@code key} of decision {@code decision} (from 0) of agenda item {@code item} (from 0). */
    static String decision(int item, int decision, String key) {
        return Vars.SESSION_ITEMS + "[" + item + "].decisions[" + decision + "]." + key;
    }

    /** {@code key} of agenda item {@code item} (from 0) of the session record. */
    static String item(int item, String key) {
        return Vars.SESSION_ITEMS + "[" + item + "]." + key;
    }
}
