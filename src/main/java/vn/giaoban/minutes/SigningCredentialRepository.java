package vn.giaoban.minutes;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SigningCredentialRepository extends JpaRepository<SigningCredential, Long> {

    Optional<SigningCredential> findFirstByKindOrderByIdAsc(SigningCredential.Kind kind);

    Optional<SigningCredential> findByKindAndUserId(SigningCredential.Kind kind, Long userId);
}
