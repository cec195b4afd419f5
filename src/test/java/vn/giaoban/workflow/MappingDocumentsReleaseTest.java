package vn.giaoban.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.giaoban.support.ServiceTest;

/** The engine of the running service lets its mapping documents go and still builds its queries. */
@ServiceTest
class MappingDocumentsReleaseTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;

    @Test
    void fragmentsAreDroppedOnceEveryStatementIsBuilt() {
        Configuration mappings = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getSqlSessionFactory().getConfiguration();

        assertThat(mappings.getSqlFragments()).isEmpty();
        assertThat(mappings.getIncompleteStatements()).isEmpty();
        assertThat(mappings.getMappedStatementNames()).hasSizeGreaterThan(500);
    }

    @Test
    void queriesThatIncludedFragmentsStillRun() {
        // Each of these statements includes shared fragments (paging, ordering, authorization, tenant checks).
        assertThat(tasks.createTaskQuery().processDefinitionKey("QuarterlyBriefing").orderByTaskCreateTime().desc()
                .listPage(0, 5)).isNotNull();
        assertThat(management.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 5)).isNotNull();
        assertThat(history.createHistoricProcessInstanceQuery().orderByProcessInstanceStartTime().desc()
                .listPage(0, 5)).isNotNull();
        assertThat(history.createHistoricActivityInstanceQuery().activityType("userTask").count()).isNotNegative();
    }
}
