package vn.giaoban.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.giaoban.minutes.MinutesProduction;

/** Task_PublishMinutes: Freezes the signed bytes and makes them downloadable. */
@Component("publishMinutesDelegate")
class PublishMinutesDelegate implements JavaDelegate {

    private final MinutesProduction minutes;

    PublishMinutesDelegate(MinutesProduction minutes) {
        this.minutes = minutes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        minutes.publish((Long) execution.getVariable(ProcessSteps.VAR_BRIEFING_ID));
    }
}
