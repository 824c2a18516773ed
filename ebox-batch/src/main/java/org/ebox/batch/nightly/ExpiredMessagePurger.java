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
import org.ebox.expiry.boundary.ExpiryPurge;

/** Deletes a chunk of expired messages, keeping a purge record of each. */
@Dependent
@Named("expiredMessagePurger")
public class ExpiredMessagePurger extends AbstractItemWriter {

    @EJB
    ExpiryPurge purge;

    @Inject
    JobContext job;

    @Inject
    Clock clock;

    @Override
    public void writeItems(List<Object> messageIds) {
        purge.purge(
                RunOfJob.idOf(job), messageIds.stream().map(String.class::cast).toList(), OffsetDateTime.now(clock));
    }
}
