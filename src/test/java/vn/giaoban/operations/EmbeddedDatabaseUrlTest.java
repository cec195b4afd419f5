package vn.giaoban.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The embedded default's H2 URL, as application.yml gives it, opens a file database under the data directory with
 * background compaction only below half-full chunks and a page cache of 1 MB (README, Performance). The other tests
 * run on in-memory H2 URLs of their own, so this is the one place the shipped URL is opened.
 */
class EmbeddedDatabaseUrlTest {

    @Test
    void defaultUrlOpensTheFileDatabaseWithItsSettings(@TempDir Path dataDir) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(source -> environment.getPropertySources().addLast(source));
        environment.getPropertySources().addFirst(
                new MapPropertySource("test", Map.of("giaoban.data-dir", dataDir.toString())));
        String url = environment.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:" + dataDir);

        Map<String, String> settings = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS")) {
            while (rows.next()) {
                settings.put(rows.getString(1), rows.getString(2));
            }
        }
        assertThat(settings).containsEntry("AUTO_COMPACT_FILL_RATE", "50").containsEntry("CACHE_SIZE", "1024");
        assertThat(dataDir.resolve("giaoban.mv.db")).exists();
    }
}
