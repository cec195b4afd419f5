package vn.giaoban.minutes;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How document numbers restart: every calendar year (the default), or every term (nhiệm kỳ) of
 * {@code termYears} years counted from {@code termStartYear}.
 */
@ConfigurationProperties("giaoban.numbering")
record NumberingProperties(@DefaultValue("YEAR") Period period, @DefaultValue("2025") int termStartYear,
                           @DefaultValue("5") int termYears) {

    enum Period { YEAR, TERM }

    /** The counter a document dated {@code date} takes its number from: the year, or the first year of the term. */
    int periodOf(LocalDate date) {
        if (period == Period.YEAR) {
            return date.getYear();
        }
        int offset = Math.floorDiv(date.getYear() - termStartYear, termYears);
        return termStartYear + offset * termYears;
    }
}
