package vn.giaoban.minutes;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A key the service signs with, kept as a password-protected PKCS#12 store. */
@Entity
@Table(name = "signing_credential")
class SigningCredential {

    enum Kind { CA, SIGNER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private Long userId;
    private String subject;
    private byte[] pkcs12;
    private Instant notAfter;
    private Instant createdAt;

    protected SigningCredential() {
    }

    SigningCredential(Kind kind, Long userId, String subject, byte[] pkcs12, Instant notAfter, Instant createdAt) {
        this.kind = kind;
        this.userId = userId;
        this.subject = subject;
        this.pkcs12 = pkcs12;
        this.notAfter = notAfter;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    byte[] pkcs12() {
        return pkcs12;
    }

    Instant notAfter() {
        return notAfter;
    }
}
