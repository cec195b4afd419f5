package vn.giaoban.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.giaoban.minutes.DocumentIssuing;

/** Gateway_ChairSignsOutside asks {@code ${signingPolicy.chairSignsOutside(execution)}}: the organisation decides. */
@Component("signingPolicy")
public class SigningPolicy {

    private final DocumentIssuing documents;

    SigningPolicy(DocumentIssuing documents) {
        this.documents = documents;
    }

    public boolean chairSignsOutside(DelegateExecution execution) {
        return documents.chairSignsOutside((Long) execution.getVariable(ProcessSteps.VAR_BRIEFING_ID));
    }
}
