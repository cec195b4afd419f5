package vn.giaoban.organization;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the initial administrator {@code admin} when no user exists. The password comes from
 * {@code giaoban.bootstrap.admin-password}; without it a random one is generated and logged once.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwords;
    private final BootstrapProperties settings;
    private final Clock clock;

    BootstrapAdmin(UserAccountRepository users, PasswordEncoder passwords, BootstrapProperties settings, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String password = settings.adminPassword();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        users.save(new UserAccount("admin", passwords.encode(password), "Quản trị hệ thống", null, null,
                Set.of(Role.ADMIN), clock.instant()));
        if (generated) {
            log.warn("Created the initial administrator 'admin' with the generated password: {} "
                    + "(shown once; set GIAOBAN_BOOTSTRAP_ADMIN_PASSWORD to choose it)", password);
        } else {
            log.info("Created the initial administrator 'admin' with the configured password");
        }
    }
}
