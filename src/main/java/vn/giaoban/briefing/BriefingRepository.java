package vn.giaoban.briefing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BriefingRepository extends JpaRepository<Briefing, Long> {

    @Query("""
            select distinct b from Briefing b left join b.participantIds p
            where (:admin = true or b.organizationId = :secretariatOf
                   or b.chairId = :me or b.recorderId = :me or p = :me)
              and (:stage is null or b.stage = :stage)
              and (:quarter is null or b.quarter = :quarter)
            order by b.scheduledAt desc, b.id desc""")
    List<Briefing> findVisible(@Param("admin") boolean admin, @Param("secretariatOf") Long secretariatOf,
                               @Param("me") long me, @Param("stage") Stage stage, @Param("quarter") String quarter);
}
