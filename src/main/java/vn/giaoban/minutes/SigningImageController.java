package vn.giaoban.minutes;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.giaoban.common.ProblemException;
import vn.giaoban.organization.People;

/**
 * ADMIN uploads (raw {@code image/png} body) a person's handwritten signature and an organisation's seal, drawn in
 * visible signatures from then on. Only real PNG images of sensible size are accepted.
 */
@RestController
class SigningImageController {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int MAX_BYTES = 1024 * 1024;
    private static final int MAX_SIDE = 2000;

    private final SigningImageRepository images;
    private final People people;
    private final Clock clock;

    SigningImageController(SigningImageRepository images, People people, Clock clock) {
        this.images = images;
        this.people = people;
        this.clock = clock;
    }

    @PutMapping(path = "/api/users/{id}/signature-image", consumes = MediaType.IMAGE_PNG_VALUE)
    @Transactional
    ResponseEntity<Void> signature(@PathVariable long id, @RequestBody byte[] png) {
        people.user(id);
        store(SigningImage.Kind.USER_SIGNATURE, id, png);
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/api/organizations/{id}/seal", consumes = MediaType.IMAGE_PNG_VALUE)
    @Transactional
    ResponseEntity<Void> seal(@PathVariable long id, @RequestBody byte[] png) {
        people.organization(id).orElseThrow(() -> ProblemException.notFound("organization.notFound", id));
        store(SigningImage.Kind.ORGANIZATION_SEAL, id, png);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/users/{id}/signature-image")
    @Transactional
    ResponseEntity<Void> removeSignature(@PathVariable long id) {
        images.findByKindAndOwnerId(SigningImage.Kind.USER_SIGNATURE, id).ifPresent(images::delete);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/organizations/{id}/seal")
    @Transactional
    ResponseEntity<Void> removeSeal(@PathVariable long id) {
        images.findByKindAndOwnerId(SigningImage.Kind.ORGANIZATION_SEAL, id).ifPresent(images::delete);
        return ResponseEntity.noContent().build();
    }

    private void store(SigningImage.Kind kind, long owner, byte[] png) {
        validate(png);
        SigningImage image = images.findByKindAndOwnerId(kind, owner)
                .orElseGet(() -> new SigningImage(kind, owner, png, clock.instant()));
        image.replace(png, clock.instant());
        images.save(image);
    }

    static void validate(byte[] png) {
        if (png.length > MAX_BYTES || png.length < PNG_MAGIC.length
                || !Arrays.equals(Arrays.copyOf(png, PNG_MAGIC.length), PNG_MAGIC)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "image.notPng");
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null || image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE
                    || image.getWidth() < 8 || image.getHeight() < 8) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "image.notPng");
            }
        } catch (IOException unreadable) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "image.notPng");
        }
    }
}
