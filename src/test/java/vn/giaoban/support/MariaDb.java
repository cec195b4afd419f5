package vn.giaoban.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real MySQL-family server for the tests: by default the MariaDB on 127.0.0.1:3306 (root, no password); elsewhere
 * whatever {@code GIAOBAN_TEST_MYSQL_URL}, {@code _USER}, {@code _PASSWORD} point at (for example a MySQL 8.4
 * container). Each test JVM creates its own database and drops it at exit. When the server cannot be reached the
 * tests are skipped on a laptop, and fail with {@code CI=true}.
 */
public final class MariaDb implements BeforeAllCallback, ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String SERVER = env("GIAOBAN_TEST_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/");
    private static final String USER = env("GIAOBAN_TEST_MYSQL_USER", "root");
    private static final String PASSWORD = env("GIAOBAN_TEST_MYSQL_PASSWORD", "");
    private static Database shared;

    /** A database on the server, with what Hibernate needs to be told about the product. */
    public record Database(String name, String url, String product, int major, int minor) {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Required.present(reachable(), "A MySQL-compatible server at " + SERVER
                + " (start MariaDB or set GIAOBAN_TEST_MYSQL_URL)");
    }

    /** Whether the server answers (for code that runs before {@link #beforeAll} can skip or fail). */
    public static boolean reachable() {
        try (Connection ignored = DriverManager.getConnection(SERVER, USER, PASSWORD)) {
            return true;
        } catch (SQLException unreachable) {
            return false;
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Database db = shared();
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", db.url());
        properties.put("spring.datasource.username", USER);
        properties.put("spring.datasource.password", PASSWORD);
        properties.put("spring.jpa.properties.jakarta.persistence.database-product-name", db.product());
        properties.put("spring.jpa.properties.jakarta.persistence.database-major-version", db.major());
        properties.put("spring.jpa.properties.jakarta.persistence.database-minor-version", db.minor());
        // A second engine in the same JVM as the H2 suite's needs its own name.
        properties.put("camunda.bpm.process-engine-name", "mariadb");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("mariadb-test", properties));
    }

    /** The database of this test JVM, created on first use. */
    public static synchronized Database shared() {
        if (shared == null) {
            shared = create("giaoban_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
            String name = shared.name();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name)));
        }
        return shared;
    }

    /** Creates a fresh empty database (utf8mb4) and describes it. */
    public static Database create(String name) {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            DatabaseMetaData meta = connection.getMetaData();
            String version = meta.getDatabaseProductVersion();
            boolean mariaDb = version.toLowerCase().contains("mariadb");
            int[] parsed = realVersion(version);
            String url = SERVER.replaceAll("/+$", "") + "/" + name;
            return new Database(name, url, mariaDb ? "MariaDB" : "MySQL", parsed[0], parsed[1]);
        } catch (SQLException e) {
            throw new AssertionError("Cannot create test database " + name + " at " + SERVER, e);
        }
    }

    public static void drop(String name) {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException ignored) {
            // best effort at shutdown
        }
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    /** "5.5.5-10.11.19-MariaDB-…" (MariaDB through Connector/J) → 10, 11; "8.4.3" → 8, 4. */
    static int[] realVersion(String version) {
        String v = version.startsWith("5.5.5-") ? version.substring(6) : version;
        String[] parts = v.split("[.-]");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
