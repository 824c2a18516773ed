package org.ebox.batch.nightly;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.ebox.nightly.boundary.Notices;

/** The enterprises with a notice due, in enterprise-number order. */
@Dependent
@Named("noticeReader")
public class NoticeReader extends KeysetReader {

    @EJB
    Notices notices;

    @Inject
    Clock clock;

    private OffsetDateTime now;

    @Override
    public void open(Serializable checkpoint) {
        super.open(checkpoint);
        now = OffsetDateTime.now(clock);
    }

    @Override
    protected List<String> pageAfter(String after, int limit) {
        return notices.enterprisesDue(now, after, limit);
    }

    @Override
    protected int pageSize() {
        return 500;
    }
}
