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
import org.ebox.notification.boundary.Notices;

/** Records the due notices of a chunk of enterprises and adds them to their notification mails. */
@Dependent
@Named("noticeWriter")
public class NoticeWriter extends AbstractItemWriter {

    @EJB
    Notices notices;

    @Inject
    JobContext job;

    @Inject
    Clock clock;

    @Override
    public void writeItems(List<Object> enterpriseNumbers) {
        notices.record(
                RunOfJob.idOf(job),
                enterpriseNumbers.stream().map(String.class::cast).toList(),
                OffsetDateTime.now(clock));
    }
}
