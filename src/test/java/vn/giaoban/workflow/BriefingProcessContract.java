package vn.giaoban.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

import vn.giaoban.common.ProblemException;
import vn.giaoban.support.Api;
import vn.giaoban.support.Committee;

/**
 * {@link BriefingProcess#complete} finds the user task by the briefing's business key with its own SQL: it completes
 * the named briefing's task and no other, and refuses a task the briefing does not wait in.
 */
abstract class BriefingProcessContract {

    @LocalServerPort
    int port;

    @Autowired
    BriefingProcess process;
    @Autowired
    TaskService tasks;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void completesTheTaskOfTheNamedBriefingOnly() {
        Committee c = Committee.create(port);
        long first = c.schedule(port);
        long second = c.schedule(port);
        Api secretariat = Api.as(port, c.secretariat());

        secretariat.put("/api/briefings/" + second + "/report", "{\"content\": \"Báo cáo quý III.\"}").expect(200);
        secretariat.post("/api/briefings/" + second + "/report/submit").expect(200);

        assertThat(waitingIn(first)).isEqualTo(ProcessSteps.DRAFT_REPORT);
        assertThat(waitingIn(second)).isEqualTo(ProcessSteps.REVIEW_REPORT);
    }

    @Test
    void refusesATaskTheBriefingDoesNotWaitIn() {
        long briefing = Committee.create(port).schedule(port);

        assertThatThrownBy(() -> transactions.executeWithoutResult(
                status -> process.complete(briefing, ProcessSteps.REVIEW_REPORT)))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
        assertThatThrownBy(() -> transactions.executeWithoutResult(
                status -> process.complete(Long.MAX_VALUE, ProcessSteps.DRAFT_REPORT)))
                .isInstanceOf(ProblemException.class);
        assertThat(waitingIn(briefing)).isEqualTo(ProcessSteps.DRAFT_REPORT);
    }

    private String waitingIn(long briefing) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(briefing)).singleResult()
                .getTaskDefinitionKey();
    }
}
