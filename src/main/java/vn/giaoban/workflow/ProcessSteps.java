package vn.giaoban.workflow;

/** Names shared with {@code processes/quarterly-briefing.bpmn}. */
public final class ProcessSteps {

    public static final String PROCESS_KEY = "QuarterlyBriefing";
    public static final String MESSAGE_CANCEL = "CancelBriefing";

    public static final String DRAFT_REPORT = "Task_DraftReport";
    public static final String REVIEW_REPORT = "Task_ReviewReport";
    public static final String DISCUSS = "Task_Discuss";
    public static final String DRAFT_CONCLUSIONS = "Task_DraftConclusions";
    public static final String REVIEW_CONCLUSIONS = "Task_ReviewConclusions";
    public static final String CHAIR_SIGNS_DOCUMENTS = "Task_ChairSignsDocuments";

    public static final String VAR_BRIEFING_ID = "briefingId";
    public static final String VAR_REPORT_APPROVED = "reportApproved";
    public static final String VAR_CONCLUSIONS_APPROVED = "conclusionsApproved";

    private ProcessSteps() {
    }
}
