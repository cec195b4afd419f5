package vn.giaoban.minutes;

import java.time.LocalDate;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives document numbers per organisation, document kind and period (year or term). The counter row is locked until
 * the caller's transaction ends, and the caller stores its document in that transaction, so numbers are unique and
 * gap-free: a rolled-back document gives its number back. The row itself is created beforehand in its own short
 * transaction, so that two first numbers of a period queue on the lock instead of colliding on the key.
 */
@Component
class DocumentNumbers {

    private final DocumentCounterRepository counters;
    private final NumberingProperties numbering;
    private final TransactionTemplate ownTransaction;

    DocumentNumbers(DocumentCounterRepository counters, NumberingProperties numbering,
                    PlatformTransactionManager transactions) {
        this.counters = counters;
        this.numbering = numbering;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int next(long organizationId, DocumentKind kind, LocalDate date) {
        DocumentCounter.Key key = new DocumentCounter.Key(organizationId, kind.code(), numbering.periodOf(date));
        if (!counters.existsById(key)) {
            try {
                ownTransaction.executeWithoutResult(status -> counters.saveAndFlush(new DocumentCounter(key)));
            } catch (DataIntegrityViolationException createdMeanwhile) {
                // another transaction created the row first; lock it below like everyone else
            }
        }
        return counters.lock(key).orElseThrow().next();
    }
}
