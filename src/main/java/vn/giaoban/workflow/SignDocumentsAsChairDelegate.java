package vn.giaoban.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.giaoban.minutes.DocumentIssuing;

/** Task_SignDocumentsAsChair: Adds the chair's signature to the minutes (over the recorder's) and to the notice. */
@Component("signDocumentsAsChairDelegate")
class SignDocumentsAsChairDelegate implements JavaDelegate {

    private final DocumentIssuing documents;

    SignDocumentsAsChairDelegate(DocumentIssuing documents) {
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        documents.signAsChair((Long) execution.getVariable(ProcessSteps.VAR_BRIEFING_ID));
    }
}
