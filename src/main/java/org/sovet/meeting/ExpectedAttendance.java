package org.sovet.meeting;

/** What the members' answers promise: who comes, who does not, who is silent, and whether those coming make a quorum. */
public record ExpectedAttendance(int coming, int notComing, int silent, boolean quorumExpected) {

    /** «Придут: 6, не придут: 1, не ответили: 3. Кворум ожидается.» */
    public String text() {
        return "Придут: " + coming + ", не придут: " + notComing + ", не ответили: " + silent + ". Кворум "
                + (quorumExpected ? "ожидается." : "не ожидается.");
    }
}
