package org.ebox.web.operations;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.ebox.common.entity.BelgianTime;

/** How the operators' pages write the time a run or an import started and ended. */
final class OperatorTimes {

    private OperatorTimes() {}

    /** Day and time in Brussels in the person's language, apart, so that a narrow column breaks between them. */
    static DateTimeFormatter dayAndTime(Locale locale) {
        return new DateTimeFormatterBuilder()
                .appendLocalized(FormatStyle.MEDIUM, null)
                .appendLiteral(' ')
                .appendLocalized(null, FormatStyle.MEDIUM)
                .toFormatter(locale)
                .withZone(BelgianTime.ZONE);
    }
}
