package vn.giaoban.minutes;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SigningImageRepository extends JpaRepository<SigningImage, Long> {

    /** JPQL, so translated once (a derived query's criteria are translated on every call). */
    @Query("select i from SigningImage i where i.kind = :kind and i.ownerId = :ownerId")
    Optional<SigningImage> findByKindAndOwnerId(@Param("kind") SigningImage.Kind kind, @Param("ownerId") long ownerId);
}
