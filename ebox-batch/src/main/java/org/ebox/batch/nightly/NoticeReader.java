package org.ebox.batch.nightly;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import org.ebox.notification.boundary.Notices;

/** The enterprises with a notice due, in enterprise-number order. */
@Dependent
@Named("noticeReader")
public class NoticeReader extends KeysetReader {

    @EJB
    Notices notices;

    @Override
    protected List<String> pageAfter(String after, int limit) {
        return notices.enterprisesDue(openedAt, after, limit);
    }

    /**
     * Large pages: each page's query runs over all the notices still due (their index leads with the due time), so
     * few pages keep the step linear in the work; 100,000 enterprise numbers are a few megabytes.
     */
    @Override
    protected int pageSize() {
        return 100_000;
    }
}
