package org.ebox.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.ebox.common.entity.BelgianTime;

/**
 * A moment as the pages write it: its day and time in Brussels, in the page's language (#{times.of(change.recordedAt)}).
 * Faces' own date converter wrote these OffsetDateTime values as they are stored, in UTC and ISO form.
 */
@Named("times")
@RequestScoped
public class Times {

    @Inject
    Language language;

    public String of(OffsetDateTime moment) {
        return moment == null
                ? ""
                : moment.atZoneSameInstant(BelgianTime.ZONE)
                        .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                .withLocale(language.getLocale()));
    }
}
