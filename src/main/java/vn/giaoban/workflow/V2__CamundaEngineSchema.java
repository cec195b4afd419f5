package vn.giaoban.workflow;

import java.sql.Connection;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Version 2 of the schema: Camunda 7.24's own engine tables, created by running the create scripts that ship inside
 * {@code camunda-engine} (no copy of them lives in this repository). With this, Flyway holds one migration history for
 * the application and the engine, and the engine starts with {@code schema-update} off. A later Camunda upgrade adds a
 * migration that runs the engine jar's {@code db/upgrade/<vendor>_engine_7.24_to_7.25.sql} the same way.
 */
@Component
class V2__CamundaEngineSchema extends BaseJavaMigration {

    static final List<String> COMPONENTS = List.of("engine", "history", "identity", "case.engine", "case.history",
            "decision.engine", "decision.history");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String vendor = vendor(connection.getMetaData().getDatabaseProductName());
        for (String component : COMPONENTS) {
            ClassPathResource script = new ClassPathResource(
                    "org/camunda/bpm/engine/db/create/activiti." + vendor + ".create." + component + ".sql");
            ScriptUtils.executeSqlScript(connection, new EncodedResource(script, "UTF-8"));
        }
    }

    /** Camunda's script family for a JDBC product name; MariaDB uses the MySQL scripts. */
    static String vendor(String productName) {
        String product = productName.toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return "h2";
        }
        if (product.contains("mysql") || product.contains("mariadb")) {
            return "mysql";
        }
        throw new IllegalStateException("No Camunda schema scripts wired for " + productName);
    }
}
