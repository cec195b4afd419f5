package vn.giaoban.minutes;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OfficialDocumentRepository extends JpaRepository<OfficialDocument, Long> {

    Optional<OfficialDocument> findByBriefingIdAndKind(long briefingId, DocumentKind kind);

    List<OfficialDocument> findByBriefingIdOrderByKindAsc(long briefingId);
}
