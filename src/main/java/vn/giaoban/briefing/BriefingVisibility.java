package vn.giaoban.briefing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.giaoban.common.ProblemException;
import vn.giaoban.security.Actor;

/**
 * Answers "may this caller see briefing N?" from memory for reads that need nothing else from the database (downloads
 * of published documents, which every participant asks for at once). Membership never changes after scheduling, so a
 * briefing read once is not read again; an unknown id is not remembered, so a briefing created later is found.
 */
@Service
public class BriefingVisibility {

    private static final int REMEMBERED_BRIEFINGS = 20_000;

    private final BriefingRepository briefings;
    private final TransactionTemplate readOnly;
    private final Cache<Long, Membership> memberships = Caffeine.newBuilder()
            .maximumSize(REMEMBERED_BRIEFINGS).build();

    BriefingVisibility(BriefingRepository briefings, PlatformTransactionManager transactions) {
        this.briefings = briefings;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** 404 for an unknown briefing, 403 for a caller who may not see it; otherwise nothing. */
    public void requireVisible(long id, Actor actor) {
        Membership membership = memberships.get(id, this::load);
        if (membership == null) {
            throw ProblemException.notFound("briefing.notFound", id);
        }
        if (!membership.isVisibleTo(actor)) {
            throw ProblemException.forbidden("briefing.notVisible", id);
        }
    }

    private Membership load(long id) {
        return readOnly.execute(status -> briefings.findById(id).map(Briefing::membership).orElse(null));
    }
}
