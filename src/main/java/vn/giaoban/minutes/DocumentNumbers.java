package vn.giaoban.minutes;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives document numbers per organisation, document kind and period (year or term). The counter row is locked until
 * the caller's transaction ends, and the caller stores its document in that transaction, so numbers are unique and
 * gap-free: a rolled-back document gives its number back. The row itself is created beforehand in a short transaction
 * of its own, under a lock on the organisation's row, so two first numbers of a period queue instead of colliding.
 */
@Component
class DocumentNumbers {

    private final DocumentCounterRepository counters;
    private final NumberingProperties numbering;
    private final TransactionTemplate ownTransaction;
    private final JdbcTemplate jdbc;

    DocumentNumbers(DocumentCounterRepository counters, NumberingProperties numbering,
                    PlatformTransactionManager transactions, JdbcTemplate jdbc) {
        this.counters = counters;
        this.jdbc = jdbc;
        this.numbering = numbering;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int next(long organizationId, DocumentKind kind, LocalDate date) {
        DocumentCounter.Key key = new DocumentCounter.Key(organizationId, kind.code(), numbering.periodOf(date));
        // Locked at once: the counter exists for all but a period's first document, so asking first whether it
        // exists would cost every document a statement.
        return counters.lock(key).orElseGet(() -> {
            create(key);
            return counters.lock(key).orElseThrow();
        }).next();
    }

    private void create(DocumentCounter.Key key) {
        ownTransaction.executeWithoutResult(status -> {
            // The organisation's row orders the creation of its counters, so two first numbers never collide.
            jdbc.queryForList("SELECT id FROM organization WHERE id = ? FOR UPDATE", key.organizationId());
            if (!counters.existsById(key)) {
                counters.saveAndFlush(new DocumentCounter(key));
            }
        });
    }
}
