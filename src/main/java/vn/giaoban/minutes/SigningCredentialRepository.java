package vn.giaoban.minutes;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SigningCredentialRepository extends JpaRepository<SigningCredential, Long> {

    Optional<SigningCredential> findFirstByKindOrderByIdAsc(SigningCredential.Kind kind);

    /** JPQL, so translated once (a derived query's criteria are translated on every call). */
    @Query("select c from SigningCredential c where c.kind = :kind and c.userId = :userId")
    Optional<SigningCredential> findByKindAndUserId(@Param("kind") SigningCredential.Kind kind,
                                                    @Param("userId") Long userId);
}
