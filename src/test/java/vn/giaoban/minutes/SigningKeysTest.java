package vn.giaoban.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import vn.giaoban.common.GiaobanProperties;
import vn.giaoban.organization.People;
import vn.giaoban.organization.PersonCard;
import vn.giaoban.support.Api;
import vn.giaoban.support.Committee;
import vn.giaoban.support.ServiceTest;

/**
 * A person's signing key is issued once and then taken from memory, and still renewed a day before its certificate
 * expires: a clock of the test's own moves time on.
 */
@ServiceTest
class SigningKeysTest {

    @LocalServerPort
    int port;
    @Autowired
    SigningCredentialRepository credentials;
    @Autowired
    SigningProperties settings;
    @Autowired
    GiaobanProperties common;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    People people;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void keyIsIssuedOnceAndRenewedBeforeItExpires() throws Exception {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.now());
        Clock movable = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("UTC");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        SigningKeys keys = new SigningKeys(credentials, settings, common, transactions, movable);
        Committee c = Committee.create(port);
        long chairId = Api.as(port, c.chair()).get("/api/users/me").expect(200).json().path("id").asLong();
        PersonCard chair = people.personCard(chairId);

        SigningKey first = keys.forSigner(chair, people.unitOf(chair).orElseThrow());
        assertThat(first.certificate().getSubjectX500Principal().getName()).contains(chair.fullName());
        assertThat(keys.forSigner(chair, null)).isSameAs(first);
        assertThat(storedFor(chairId)).isEqualTo(1);

        // Twelve hours before the certificate expires: renewed, the old credential replaced.
        now.set(first.certificate().getNotAfter().toInstant().minus(Duration.ofHours(12)));
        SigningKey renewed = keys.forSigner(chair, people.unitOf(chair).orElseThrow());
        assertThat(renewed.certificate().getSerialNumber()).isNotEqualTo(first.certificate().getSerialNumber());
        assertThat(renewed.certificate().getNotAfter()).isAfter(first.certificate().getNotAfter());
        assertThat(keys.forSigner(chair, null)).isSameAs(renewed);
        assertThat(storedFor(chairId)).isEqualTo(1);
    }

    private int storedFor(long userId) {
        return jdbc.queryForObject("SELECT count(*) FROM signing_credential WHERE kind = 'SIGNER' AND user_id = ?",
                Integer.class, userId);
    }
}
