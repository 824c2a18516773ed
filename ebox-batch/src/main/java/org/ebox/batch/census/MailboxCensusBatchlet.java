package org.ebox.batch.census;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import org.ebox.message.boundary.MessageCensus;

/**
 * Counts the messages of all boxes, the expired and the unread, and leaves the figures as the step's exit status:
 * the nightly run's first step and first line in the log.
 */
@Dependent
@Named("mailboxCensus")
public class MailboxCensusBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(MailboxCensusBatchlet.class.getName());

    @EJB
    MessageCensus census;

    @Inject
    StepContext step;

    @Inject
    Clock clock;

    @Override
    public String process() {
        MessageCensus.Census figures = census.take(OffsetDateTime.now(clock));
        String report =
                "messages=" + figures.messages() + " expired=" + figures.expired() + " unread=" + figures.unread();
        LOG.info(() -> "Mailbox census: " + report);
        step.setExitStatus(report);
        return BatchStatus.COMPLETED.name();
    }
}
