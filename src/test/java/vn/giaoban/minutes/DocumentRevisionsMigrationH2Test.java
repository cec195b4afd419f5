package vn.giaoban.minutes;

import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The revisions' migration on an in-memory H2 database, with the embedded default's placeholders. */
class DocumentRevisionsMigrationH2Test extends DocumentRevisionsMigrationContract {

    @Override
    SingleConnectionDataSource emptyDatabase() {
        return new SingleConnectionDataSource("jdbc:h2:mem:revisions-" + UUID.randomUUID(), "sa", "", true);
    }

    @Override
    Map<String, String> placeholders() {
        return Map.of("table_options", "", "large_binary", "VARBINARY(1000000000)");
    }

    @Override
    String referencesOff() {
        return "SET REFERENTIAL_INTEGRITY FALSE";
    }
}
