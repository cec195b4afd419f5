package vn.giaoban.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.giaoban.minutes.MinutesProduction;

/** Task_SignMinutesAsChair: Adds the chair's signature over the recorder's, by incremental update. */
@Component("signMinutesAsChairDelegate")
class SignMinutesAsChairDelegate implements JavaDelegate {

    private final MinutesProduction minutes;

    SignMinutesAsChairDelegate(MinutesProduction minutes) {
        this.minutes = minutes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        minutes.signAsChair((Long) execution.getVariable(ProcessSteps.VAR_BRIEFING_ID));
    }
}
