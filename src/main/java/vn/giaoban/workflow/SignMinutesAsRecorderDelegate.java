package vn.giaoban.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.giaoban.minutes.DocumentIssuing;

/** Task_SignMinutesAsRecorder: Adds the recorder's signature (first, so the chair signs what the recorder signed). */
@Component("signMinutesAsRecorderDelegate")
class SignMinutesAsRecorderDelegate implements JavaDelegate {

    private final DocumentIssuing documents;

    SignMinutesAsRecorderDelegate(DocumentIssuing documents) {
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        documents.signMinutesAsRecorder((Long) execution.getVariable(ProcessSteps.VAR_BRIEFING_ID));
    }
}
