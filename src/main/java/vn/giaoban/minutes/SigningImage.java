package vn.giaoban.minutes;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A PNG drawn in visible signatures: a person's handwritten signature or an organisation's seal. */
@Entity
@Table(name = "signing_image")
class SigningImage {

    enum Kind { USER_SIGNATURE, ORGANIZATION_SEAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private long ownerId;
    private byte[] png;
    private Instant uploadedAt;

    protected SigningImage() {
    }

    SigningImage(Kind kind, long ownerId, byte[] png, Instant uploadedAt) {
        this.kind = kind;
        this.ownerId = ownerId;
        replace(png, uploadedAt);
    }

    void replace(byte[] newPng, Instant at) {
        this.png = newPng;
        this.uploadedAt = at;
    }

    byte[] png() {
        return png;
    }
}
