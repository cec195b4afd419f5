package vn.giaoban.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.giaoban.minutes.MinutesProduction;

/** Task_RenderMinutes: Renders the minutes PDF from the approved records and stores it, numbered. */
@Component("renderMinutesDelegate")
class RenderMinutesDelegate implements JavaDelegate {

    private final MinutesProduction minutes;

    RenderMinutesDelegate(MinutesProduction minutes) {
        this.minutes = minutes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        minutes.render((Long) execution.getVariable(ProcessSteps.VAR_BRIEFING_ID));
    }
}
