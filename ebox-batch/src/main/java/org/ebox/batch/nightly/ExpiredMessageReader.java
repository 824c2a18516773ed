package org.ebox.batch.nightly;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.ebox.nightly.boundary.ExpiryPurge;

/** The messages whose expiry date has passed, in id order. */
@Dependent
@Named("expiredMessageReader")
public class ExpiredMessageReader extends KeysetReader {

    @EJB
    ExpiryPurge purge;

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
        return purge.expiredAfter(now, after, limit);
    }

    @Override
    protected int pageSize() {
        return 500;
    }
}
