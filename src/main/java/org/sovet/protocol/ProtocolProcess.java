package org.sovet.protocol;

/** The protocol model (processes/meeting-protocol.bpmn): key, element ids, variables. */
public final class ProtocolProcess {

    public static final String KEY = "meetingProtocol";

    private ProtocolProcess() {}

    public static final class Elements {
        public static final String ASSEMBLE = "service_assemble_protocol";
        public static final String REVIEW = "user_review_protocol";
        public static final String CORRECT_RECORD = "gateway_correct_record";
        public static final String WITHDRAW = "service_withdraw_protocol";
        /** Error end: the meeting model takes the secretary back to the session record. */
        public static final String RECORD_TO_CORRECT = "end_record_to_correct";
        public static final String UPDATE = "service_update_protocol";
        public static final String SIGN = "user_sign_protocol";
        public static final String SIGNED = "gateway_all_signed";
        public static final String FREEZE = "service_freeze_protocol";
        public static final String SEND = "service_send_signed_protocol";
        public static final String ASSIGNMENTS = "service_record_assignments";
        public static final String END = "end_protocol_signed";

        private Elements() {}
    }

    public static final class Vars {
        public static final String MEETING_ID = "meetingId";
        public static final String OPENING = "opening";
        public static final String CLOSING = "closing";
        public static final String ITEMS = "protocolItems";
        public static final String DECISIONS_LAYOUT = "decisionsLayout";
        /** The meeting's materials in the review form, the annexes among them numbered ({@link AnnexRow}). */
        public static final String ANNEXES = "protocolAnnexes";
        public static final String SIGNER = "signerId";
        public static final String SIGN_DECISION = "signDecision";
        public static final String REFUSED = "protocolRefused";
        public static final String REVIEW_REMARKS = "reviewRemarks";
        /** The secretary's choice on the draft: {@link #TO_SIGNING} (also when left out) or {@link #CORRECT}. */
        public static final String REVIEW_ACTION = "reviewAction";
        /** What the gateway reads: the choice once the server has checked it, never a submitted value. */
        public static final String CORRECTING = "recordCorrection";
        /** Whether the form offers going back: not for a meeting in writing (its votes are ballots). */
        public static final String CORRECTABLE = "recordCorrectable";
        /** The one person of a mail job of a process started before one job mailed everyone (one job per person). */
        public static final String MEMBER = "memberId";
        /** The SHA-256 of the signed PDF, once frozen. */
        public static final String SHA256 = "protocolSha256";

        private Vars() {}
    }

    public static final String SIGN = "sign";
    public static final String REFUSE = "refuse";
    public static final String TO_SIGNING = "toSigning";
    public static final String CORRECT = "correct";
}
