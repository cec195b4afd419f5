package vn.giaoban.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole service on a random port with its real engine, job executor and database. Every test class with this
 * annotation shares one application context (and one in-memory H2 database), so tests create their own
 * organisations and users with unique names.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:giaoban-tests;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "giaoban.data-dir=target/test-data",
        "giaoban.bootstrap.admin-password=" + Api.ADMIN_PASSWORD
})
public @interface ServiceTest {
}
