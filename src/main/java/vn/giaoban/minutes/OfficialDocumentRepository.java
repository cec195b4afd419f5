package vn.giaoban.minutes;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OfficialDocumentRepository extends JpaRepository<OfficialDocument, Long> {

    /** JPQL, so translated once (a derived query's criteria are translated on every call). */
    @Query("select d from OfficialDocument d where d.briefingId = :briefingId and d.kind = :kind")
    Optional<OfficialDocument> findByBriefingIdAndKind(@Param("briefingId") long briefingId,
                                                       @Param("kind") DocumentKind kind);

    /** JPQL, as above: the chair's signatures and publication ask for both documents of every briefing. */
    @Query("select d from OfficialDocument d where d.briefingId = :briefingId order by d.kind")
    List<OfficialDocument> findByBriefingIdOrderByKindAsc(@Param("briefingId") long briefingId);
}
