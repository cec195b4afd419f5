package vn.giaoban.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalTime;

/** Dates, times and numbers as Vietnamese official documents write them. */
public final class VietnameseFormat {

    private VietnameseFormat() {
    }

    /**
     * {@code ngày 05 tháng 02 năm 2026}: two-digit day, and a two-digit month for January and February only
     * (so that nobody can add a digit in front), as the document rules ask.
     */
    public static String date(LocalDate date) {
        int month = date.getMonthValue();
        String monthText = month <= 2 ? String.format("%02d", month) : Integer.toString(month);
        return String.format("ngày %02d tháng %s năm %d", date.getDayOfMonth(), monthText, date.getYear());
    }

    /** {@code 07 giờ 30 phút}. */
    public static String time(LocalTime time) {
        return String.format("%02d giờ %02d phút", time.getHour(), time.getMinute());
    }

    /** {@code 1.250}, {@code 95,49}: dot for thousands, comma for decimals. */
    public static String number(BigDecimal value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        return format.format(value);
    }

    /** {@code 2026-Q3} → {@code III}. */
    public static String quarterRoman(String quarter) {
        return switch (quarter.charAt(quarter.length() - 1)) {
            case '1' -> "I";
            case '2' -> "II";
            case '3' -> "III";
            default -> "IV";
        };
    }
}
