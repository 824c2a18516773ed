package org.ebox.batch.nightly;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.ebox.notification.boundary.NotificationDelivery;
import org.ebox.platform.mail.Mailer;

/**
 * Hands each mail of a chunk to the SMTP server, over one connection for the chunk and in one transaction each: a
 * mail that went is recorded as sent at once, so a failure later in the chunk never sends it again; a mail that failed
 * is recorded for the next run.
 */
@Dependent
@Named("notificationSender")
public class NotificationSender extends AbstractItemWriter {

    @EJB
    NotificationDelivery delivery;

    @Inject
    Mailer mailer;

    @Inject
    JobContext job;

    @Inject
    Clock clock;

    @Override
    public void writeItems(List<Object> composedMails) {
        String runId = RunOfJob.idOf(job);
        try (Mailer.Batch batch = mailer.batch()) {
            for (Object composed : composedMails) {
                delivery.deliver(runId, (NotificationDelivery.Composed) composed, batch, OffsetDateTime.now(clock));
            }
        }
    }
}
