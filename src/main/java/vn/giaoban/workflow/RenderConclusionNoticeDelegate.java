package vn.giaoban.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.giaoban.minutes.DocumentIssuing;

/** Task_RenderConclusionNotice: Renders the conclusion notice, dated the day it is issued, and numbers it. */
@Component("renderConclusionNoticeDelegate")
class RenderConclusionNoticeDelegate implements JavaDelegate {

    private final DocumentIssuing documents;

    RenderConclusionNoticeDelegate(DocumentIssuing documents) {
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        documents.renderConclusionNotice((Long) execution.getVariable(ProcessSteps.VAR_BRIEFING_ID));
    }
}
