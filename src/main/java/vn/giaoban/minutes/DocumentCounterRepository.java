package vn.giaoban.minutes;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DocumentCounterRepository extends JpaRepository<DocumentCounter, DocumentCounter.Key> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from DocumentCounter c where c.key = :key")
    Optional<DocumentCounter> lock(@Param("key") DocumentCounter.Key key);
}
