package vn.giaoban.discussion;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContributionRepository extends JpaRepository<Contribution, Long> {

    List<Contribution> findByBriefingIdOrderBySeqAsc(long briefingId);

    @Query("select coalesce(max(c.seq), 0) from Contribution c where c.briefingId = :briefingId")
    int lastSeq(@Param("briefingId") long briefingId);
}
