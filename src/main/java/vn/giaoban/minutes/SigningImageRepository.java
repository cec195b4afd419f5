package vn.giaoban.minutes;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SigningImageRepository extends JpaRepository<SigningImage, Long> {

    Optional<SigningImage> findByKindAndOwnerId(SigningImage.Kind kind, long ownerId);
}
