package org.ebox.batch.nightly;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import org.ebox.notification.boundary.NotificationDelivery;

/** The notification mails still to send (tonight's, and those that failed before), in id order. */
@Dependent
@Named("deliveryReader")
public class DeliveryReader extends KeysetReader {

    @EJB
    NotificationDelivery delivery;

    @Override
    protected List<String> pageAfter(String after, int limit) {
        return delivery.pendingAfter(after, limit);
    }

    @Override
    protected int pageSize() {
        return 200;
    }
}
