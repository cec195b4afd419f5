package vn.giaoban.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.giaoban.briefing.Briefing;
import vn.giaoban.audit.AuditTrail;
import vn.giaoban.briefing.BriefingAccess;
import vn.giaoban.briefing.Stage;

/**
 * Called by the process at every wait state ({@code ${briefingStages.enter(execution, 'STAGE')}}): records the stage
 * on the briefing in the same transaction, through the aggregate, which refuses a move the flow does not allow.
 */
@Component("briefingStages")
public class BriefingStages {

    private final BriefingAccess briefings;
    private final AuditTrail audit;

    BriefingStages(BriefingAccess briefings, AuditTrail audit) {
        this.briefings = briefings;
        this.audit = audit;
    }

    public void enter(DelegateExecution execution, String stage) {
        long briefingId = Long.parseLong(execution.getProcessBusinessKey());
        Briefing briefing = briefings.lockedForService(briefingId);
        Stage before = briefing.getStage();
        briefing.enter(Stage.valueOf(stage));
        audit.record("STAGE_CHANGED", briefingId, before.name(), stage, execution.getCurrentActivityId());
    }
}
