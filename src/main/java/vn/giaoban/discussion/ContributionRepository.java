package vn.giaoban.discussion;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContributionRepository extends JpaRepository<Contribution, Long> {

    /** JPQL, so translated once (a derived query's criteria are translated on every call). */
    @Query("select c from Contribution c where c.briefingId = :briefingId order by c.seq")
    List<Contribution> findByBriefingIdOrderBySeqAsc(@Param("briefingId") long briefingId);

    @Query("select coalesce(max(c.seq), 0) from Contribution c where c.briefingId = :briefingId")
    int lastSeq(@Param("briefingId") long briefingId);
}
