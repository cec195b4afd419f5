package vn.giaoban.minutes;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives document numbers per organisation, type and year. The counter row is locked until the caller's transaction
 * ends, and the caller stores its document in that transaction, so numbers are unique and leave no gaps; if two
 * first numbers of a year race, the loser's job fails on the primary key and retries.
 */
@Component
class DocumentNumbers {

    private final DocumentCounterRepository counters;

    DocumentNumbers(DocumentCounterRepository counters) {
        this.counters = counters;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int next(long organizationId, String type, int year) {
        DocumentCounter.Key key = new DocumentCounter.Key(organizationId, type, year);
        DocumentCounter counter = counters.lock(key).orElseGet(() -> counters.saveAndFlush(new DocumentCounter(key)));
        return counter.next();
    }
}
