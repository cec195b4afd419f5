package vn.giaoban.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path through {@code processes/quarterly-briefing.bpmn}, with stand-ins for the service-task delegates and
 * the stage listener. Subclasses choose the database and register the coverage extension, which fails the class
 * below 90 % flow-node coverage and writes its report under target/process-test-coverage.
 */
@Deployment(resources = "processes/quarterly-briefing.bpmn")
abstract class QuarterlyBriefingProcessContract {

    /** Records the stages the process announces, in order. */
    public static final class StageRecorder {
        final List<String> stages = new ArrayList<>();

        public void enter(DelegateExecution execution, String stage) {
            assertThat(execution.getProcessBusinessKey()).isEqualTo("42");
            stages.add(stage);
        }
    }

    /** Answers the gateway's question as the test decides. */
    public static final class Policy {
        boolean outside;

        public boolean chairSignsOutside(DelegateExecution execution) {
            return outside;
        }
    }

    private final StageRecorder stages = new StageRecorder();
    private final Policy policy = new Policy();
    private final List<String> steps = new ArrayList<>();
    private final AtomicInteger renderFailuresLeft = new AtomicInteger();

    @BeforeEach
    void standIns(ProcessEngine engine) {
        // Other engines (the service tests' Spring contexts) may live in this JVM too.
        BpmnAwareTests.init(engine);
        Mocks.register("briefingStages", stages);
        Mocks.register("renderMinutesDelegate", (JavaDelegate) execution -> {
            if (renderFailuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("renderer unavailable");
            }
            steps.add("render:" + execution.getVariable(ProcessSteps.VAR_BRIEFING_ID));
        });
        Mocks.register("signMinutesAsRecorderDelegate", (JavaDelegate) execution -> steps.add("recorder"));
        Mocks.register("renderConclusionNoticeDelegate", (JavaDelegate) execution -> steps.add("notice"));
        Mocks.register("signDocumentsAsChairDelegate", (JavaDelegate) execution -> steps.add("chair"));
        Mocks.register("publishDocumentsDelegate", (JavaDelegate) execution -> steps.add("publish"));
        Mocks.register("signingPolicy", policy);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void happyPathEndsWithPublishedMinutes() {
        ProcessInstance briefing = start();
        BpmnAwareTests.assertThat(briefing).isWaitingAt(ProcessSteps.DRAFT_REPORT);
        complete(task(briefing));
        BpmnAwareTests.assertThat(briefing).isWaitingAt(ProcessSteps.REVIEW_REPORT);
        complete(task(briefing), withVariables(ProcessSteps.VAR_REPORT_APPROVED, true));
        BpmnAwareTests.assertThat(briefing).isWaitingAt(ProcessSteps.DISCUSS);
        complete(task(briefing));
        BpmnAwareTests.assertThat(briefing).isWaitingAt(ProcessSteps.DRAFT_CONCLUSIONS);
        complete(task(briefing));
        BpmnAwareTests.assertThat(briefing).isWaitingAt(ProcessSteps.REVIEW_CONCLUSIONS);
        complete(task(briefing), withVariables(ProcessSteps.VAR_CONCLUSIONS_APPROVED, true));

        runServiceSteps(briefing);

        BpmnAwareTests.assertThat(briefing).isEnded().hasPassed("EndEvent_MinutesPublished");
        assertThat(steps).containsExactly("render:42", "recorder", "notice", "chair", "publish");
        assertThat(stages.stages).containsExactly("REPORT_DRAFTING", "REPORT_REVIEW", "DISCUSSION",
                "CONCLUSIONS_DRAFTING", "CONCLUSIONS_REVIEW", "MINUTES_PREPARING", "MINUTES_PUBLISHED");
        assertThat(variableNames(briefing)).containsExactlyInAnyOrder(ProcessSteps.VAR_BRIEFING_ID,
                ProcessSteps.VAR_REPORT_APPROVED, ProcessSteps.VAR_CONCLUSIONS_APPROVED);
    }

    @Test
    void returnedReportGoesBackToDrafting() {
        ProcessInstance briefing = start();
        complete(task(briefing));
        complete(task(briefing), withVariables(ProcessSteps.VAR_REPORT_APPROVED, false));
        BpmnAwareTests.assertThat(briefing).isWaitingAt(ProcessSteps.DRAFT_REPORT);
        complete(task(briefing));
        complete(task(briefing), withVariables(ProcessSteps.VAR_REPORT_APPROVED, true));
        BpmnAwareTests.assertThat(briefing).isWaitingAt(ProcessSteps.DISCUSS);
        assertThat(stages.stages).containsExactly("REPORT_DRAFTING", "REPORT_REVIEW", "REPORT_DRAFTING",
                "REPORT_REVIEW", "DISCUSSION");
        assertThat(steps).isEmpty();
    }

    @Test
    void returnedConclusionsGoBackToDrafting() {
        ProcessInstance briefing = startAtConclusionsReview();
        complete(task(briefing), withVariables(ProcessSteps.VAR_CONCLUSIONS_APPROVED, false));
        BpmnAwareTests.assertThat(briefing).isWaitingAt(ProcessSteps.DRAFT_CONCLUSIONS);
        assertThat(steps).isEmpty();
        complete(task(briefing));
        complete(task(briefing), withVariables(ProcessSteps.VAR_CONCLUSIONS_APPROVED, true));
        runServiceSteps(briefing);
        BpmnAwareTests.assertThat(briefing).isEnded().hasPassed("EndEvent_MinutesPublished");
        assertThat(stages.stages).containsSubsequence("CONCLUSIONS_REVIEW", "CONCLUSIONS_DRAFTING",
                "CONCLUSIONS_REVIEW", "MINUTES_PREPARING", "MINUTES_PUBLISHED");
    }

    @Test
    void cancellationEndsTheBriefingWhileItWaitsForPeople() {
        ProcessInstance briefing = start();
        complete(task(briefing));
        runtimeService().createMessageCorrelation(ProcessSteps.MESSAGE_CANCEL)
                .processInstanceBusinessKey("42").correlate();
        BpmnAwareTests.assertThat(briefing).isEnded().hasPassed("EndEvent_BriefingCancelled")
                .hasNotPassed("Task_RenderMinutes");
        assertThat(stages.stages).containsExactly("REPORT_DRAFTING", "REPORT_REVIEW", "CANCELLED");
    }

    @Test
    void failedRenderingRetriesWithoutLosingTheApproval() {
        renderFailuresLeft.set(1);
        ProcessInstance briefing = startAtConclusionsReview();
        complete(task(briefing), withVariables(ProcessSteps.VAR_CONCLUSIONS_APPROVED, true));

        assertThatThrownBy(() -> execute(job(briefing))).hasMessageContaining("renderer unavailable");
        BpmnAwareTests.assertThat(briefing).isWaitingAt("Task_RenderMinutes");
        assertThat(job(briefing).getRetries()).isEqualTo(4);
        assertThat(job(briefing).getExceptionMessage()).contains("renderer unavailable");

        runServiceSteps(briefing);
        BpmnAwareTests.assertThat(briefing).isEnded().hasPassed("EndEvent_MinutesPublished");
        assertThat(steps).containsExactly("render:42", "recorder", "notice", "chair", "publish");
    }

    @Test
    void chairWhoSignsOutsideTheServiceIsWaitedFor() {
        policy.outside = true;
        ProcessInstance briefing = startAtConclusionsReview();
        complete(task(briefing), withVariables(ProcessSteps.VAR_CONCLUSIONS_APPROVED, true));
        for (String step : List.of("Task_RenderMinutes", "Task_SignMinutesAsRecorder", "Task_RenderConclusionNotice")) {
            BpmnAwareTests.assertThat(briefing).isWaitingAt(step);
            execute(job(briefing));
        }
        BpmnAwareTests.assertThat(briefing).isWaitingAt(ProcessSteps.CHAIR_SIGNS_DOCUMENTS);
        complete(task(briefing));
        BpmnAwareTests.assertThat(briefing).isWaitingAt("Task_PublishDocuments");
        execute(job(briefing));
        BpmnAwareTests.assertThat(briefing).isEnded().hasPassed("EndEvent_MinutesPublished")
                .hasNotPassed("Task_SignDocumentsAsChair");
        assertThat(steps).containsExactly("render:42", "recorder", "notice", "publish");
        assertThat(stages.stages).containsSubsequence("MINUTES_PREPARING", "AWAITING_CHAIR_SIGNATURE",
                "MINUTES_PREPARING", "MINUTES_PUBLISHED");
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(ProcessSteps.PROCESS_KEY, "42",
                Map.of(ProcessSteps.VAR_BRIEFING_ID, 42L));
    }

    private ProcessInstance startAtConclusionsReview() {
        ProcessInstance briefing = start();
        complete(task(briefing));
        complete(task(briefing), withVariables(ProcessSteps.VAR_REPORT_APPROVED, true));
        complete(task(briefing));
        complete(task(briefing));
        BpmnAwareTests.assertThat(briefing).isWaitingAt(ProcessSteps.REVIEW_CONCLUSIONS);
        return briefing;
    }

    /** Runs the asynchronous service steps (chair signing in the service), one job each. */
    private static void runServiceSteps(ProcessInstance briefing) {
        for (String step : List.of("Task_RenderMinutes", "Task_SignMinutesAsRecorder", "Task_RenderConclusionNotice",
                "Task_SignDocumentsAsChair", "Task_PublishDocuments")) {
            BpmnAwareTests.assertThat(briefing).isWaitingAt(step);
            execute(job(briefing));
        }
    }

    private static List<String> variableNames(ProcessInstance instance) {
        return BpmnAwareTests.historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).list().stream()
                .map(v -> v.getName()).toList();
    }
}
