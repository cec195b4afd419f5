package vn.giaoban.briefing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewDecisionRepository extends JpaRepository<ReviewDecision, Long> {

    List<ReviewDecision> findByBriefingIdAndSubjectOrderByDecidedAtAscIdAsc(long briefingId,
                                                                            ReviewDecision.Subject subject);
}
