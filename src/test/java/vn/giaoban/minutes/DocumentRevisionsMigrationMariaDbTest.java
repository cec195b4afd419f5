package vn.giaoban.minutes;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.giaoban.support.MariaDb;

/** The revisions' migration on a fresh database of the MySQL-family server, with the mysql profile's placeholders. */
@ExtendWith(MariaDb.class)
class DocumentRevisionsMigrationMariaDbTest extends DocumentRevisionsMigrationContract {

    private MariaDb.Database database;

    @Override
    SingleConnectionDataSource emptyDatabase() {
        String name = "giaoban_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        database = MariaDb.create(name);
        return new SingleConnectionDataSource(database.url(), MariaDb.user(), MariaDb.password(), true);
    }

    @Override
    Map<String, String> placeholders() {
        return Map.of("table_options", " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci",
                "large_binary", "LONGBLOB");
    }

    @Override
    String referencesOff() {
        return "SET FOREIGN_KEY_CHECKS = 0";
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            MariaDb.drop(database.name());
        }
    }
}
