package vn.giaoban.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole service on a random port, on the {@code mysql} profile against a fresh database of a real
 * MySQL-compatible server ({@link MariaDb}). All classes with this annotation share one context and database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(MariaDb.class)
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("mysql")
@ContextConfiguration(initializers = MariaDb.class)
@TestPropertySource(properties = {
        "giaoban.data-dir=target/test-data",
        "giaoban.bootstrap.admin-password=" + Api.ADMIN_PASSWORD
})
public @interface MariaDbServiceTest {
}
