package vn.giaoban.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.giaoban.minutes.DocumentIssuing;

/** Task_RenderMinutes: Renders the minutes PDF from the approved records and stores it, numbered. */
@Component("renderMinutesDelegate")
class RenderMinutesDelegate implements JavaDelegate {

    private final DocumentIssuing documents;

    RenderMinutesDelegate(DocumentIssuing documents) {
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        documents.renderMinutes((Long) execution.getVariable(ProcessSteps.VAR_BRIEFING_ID));
    }
}
