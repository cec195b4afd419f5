package vn.giaoban.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.giaoban.minutes.DocumentIssuing;

/** Task_PublishDocuments: Freezes the signed minutes and notice and makes them downloadable. */
@Component("publishDocumentsDelegate")
class PublishDocumentsDelegate implements JavaDelegate {

    private final DocumentIssuing documents;

    PublishDocumentsDelegate(DocumentIssuing documents) {
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        documents.publish((Long) execution.getVariable(ProcessSteps.VAR_BRIEFING_ID));
    }
}
