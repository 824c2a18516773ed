package org.ebox.batch.nightly;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import org.ebox.expiry.boundary.ExpiryPurge;

/** The messages whose expiry date has passed, in id order. */
@Dependent
@Named("expiredMessageReader")
public class ExpiredMessageReader extends KeysetReader {

    @EJB
    ExpiryPurge purge;

    @Override
    protected List<String> pageAfter(String after, int limit) {
        return purge.expiredAfter(openedAt, after, limit);
    }

    @Override
    protected int pageSize() {
        return 500;
    }
}
