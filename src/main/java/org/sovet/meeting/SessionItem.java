package org.sovet.meeting;

import java.util.List;

/** One agenda item as recorded at the session: what was heard and said, and the decisions. */
public record SessionItem(String title, String speakerName, String heard, String spoke, List<DecisionDraft> decisions) {

    public SessionItem {
        // the form offers one decision row per item: left empty, nothing was decided there
        decisions = decisions == null ? List.of() : decisions.stream().filter(d -> d != null && !d.isEmpty()).toList();
    }

    /**
     * A decision with its vote, if the vote was recorded: unanimously, or as counts (a count left out is none).
     *
     * @param kind SIMPLE (simple majority) or QUALIFIED (the council's qualified majority)
     * @param due the deadline as written: «апрель 2021 года», «до 15.03.2025»
     * @param unanimous «единогласно»: every voting member present voted for it
     */
    public record DecisionDraft(String text, String kind, Integer votesFor, Integer votesAgainst, Integer votesAbstain,
                                String owner, String due, Boolean unanimous) {

        boolean isUnanimous() {
            return Boolean.TRUE.equals(unanimous);
        }

        /** A row with nothing written in it: the preset majority and «единогласно» are the form's defaults. */
        boolean isEmpty() {
            return MeetingValidator.blank(text) && !hasCounts() && MeetingValidator.blank(owner) && MeetingValidator.blank(due);
        }

        boolean hasCounts() {
            return votesFor != null || votesAgainst != null || votesAbstain != null;
        }

        /** For, against, abstained as the protocol prints them; null when the vote was not recorded. */
        int[] votes(int presentVoting) {
            if (isUnanimous()) {
                return new int[] {presentVoting, 0, 0};
            }
            return hasCounts() ? new int[] {orNone(votesFor), orNone(votesAgainst), orNone(votesAbstain)} : null;
        }

        private static int orNone(Integer votes) {
            return votes == null ? 0 : votes;
        }
    }
}
