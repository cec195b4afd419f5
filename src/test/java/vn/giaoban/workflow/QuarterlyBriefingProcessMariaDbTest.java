package vn.giaoban.workflow;

import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.giaoban.support.MariaDb;

/** The process paths on a real MariaDB (or MySQL) server, with the settings Camunda needs there. */
@ExtendWith(MariaDb.class)
class QuarterlyBriefingProcessMariaDbTest extends QuarterlyBriefingProcessContract {

    private static final String DATABASE = "giaoban_process_" + UUID.randomUUID().toString().replace("-", "")
            .substring(0, 12);

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(configuration())
            .assertClassCoverageAtLeast(0.9)
            .build();

    private static ProcessEngineConfiguration configuration() {
        ProcessCoverageInMemProcessEngineConfiguration configuration =
                new ProcessCoverageInMemProcessEngineConfiguration();
        if (MariaDb.reachable()) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> MariaDb.drop(DATABASE)));
            HikariConfig pool = new HikariConfig();
            pool.setJdbcUrl(MariaDb.create(DATABASE).url());
            pool.setUsername(MariaDb.user());
            pool.setPassword(MariaDb.password());
            pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
            pool.addDataSourceProperty("sendFractionalSeconds", "false");
            pool.addDataSourceProperty("characterEncoding", "UTF-8");
            pool.addDataSourceProperty("nullDatabaseMeansCurrent", "true");
            pool.setMaximumPoolSize(4);
            configuration.setDataSource(new HikariDataSource(pool));
            configuration.setDatabaseType("mysql");
        } else {
            // The engine is built while JUnit reads this field, before MariaDb.beforeAll can skip (or, with CI=true,
            // fail) the class; an in-memory engine stands in so that building it does not fail first.
            configuration.setJdbcUrl("jdbc:h2:mem:process-tests-unreachable");
        }
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setJobExecutorActivate(false);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.setProcessEngineName("process-tests-mariadb");
        return configuration;
    }
}
