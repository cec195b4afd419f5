package vn.giaoban.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.giaoban.briefing.BriefingAccess;
import vn.giaoban.briefing.Stage;

/**
 * Called by the process at every wait state ({@code ${briefingStages.enter(execution, 'STAGE')}}): records the stage
 * on the briefing in the same transaction, through the aggregate, which refuses a move the flow does not allow.
 */
@Component("briefingStages")
public class BriefingStages {

    private final BriefingAccess briefings;

    BriefingStages(BriefingAccess briefings) {
        this.briefings = briefings;
    }

    public void enter(DelegateExecution execution, String stage) {
        long briefingId = Long.parseLong(execution.getProcessBusinessKey());
        briefings.lockedForService(briefingId).enter(Stage.valueOf(stage));
    }
}
