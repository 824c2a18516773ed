package org.ebox.batch.nightly;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.ebox.notification.boundary.NotificationDelivery;

/** Writes a notification mail: address, languages and text, as the enterprise has them now. */
@Dependent
@Named("notificationComposer")
public class NotificationComposer implements ItemProcessor {

    @EJB
    NotificationDelivery delivery;

    @Override
    public Object processItem(Object notificationId) {
        return delivery.compose((String) notificationId);
    }
}
