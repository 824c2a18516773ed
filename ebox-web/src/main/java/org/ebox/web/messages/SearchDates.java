package org.ebox.web.messages;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search's dates as people in Belgium write them, day first, in every language of the e-Box: 1/7/2026
 * (English, French), 1-7-2026 (Dutch), 1.7.2026 (German); and as ISO dates (2026-07-01), which older links carry.
 * Any of these is understood on any page, so a search survives the language switch; each page shows the date in its
 * language's own way (the bundle's messages.search.datePattern). Browsers' date fields follow the browser's language,
 * not the page's, so the fields are plain text.
 */
final class SearchDates {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\s*[./-]\\s*(\\d{1,2})\\s*[./-]\\s*(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private SearchDates() {}

    /** The date written, or empty when the text is no date (31/2/2026 neither). */
    static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        try {
            Matcher iso = ISO.matcher(trimmed);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3)));
            }
            Matcher dayFirst = DAY_FIRST.matcher(trimmed);
            if (dayFirst.matches()) {
                return Optional.of(LocalDate.of(number(dayFirst, 3), number(dayFirst, 2), number(dayFirst, 1)));
            }
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static String format(LocalDate date, String pattern) {
        return DateTimeFormatter.ofPattern(pattern).format(date);
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
