package org.ebox.notification.control;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.ebox.notification.entity.Notification;
import org.ebox.platform.mail.MailTexts;
import org.ebox.platform.mail.OutgoingMail;

/**
 * The text of a notification mail: how many messages await, in each of the enterprise's languages one after the
 * other, and where to read them. It names neither a sender nor a subject nor any content: those are for the persons
 * who log in.
 */
public final class NotificationText {

    private NotificationText() {}

    public static OutgoingMail compose(
            Notification notification,
            String to,
            String enterpriseName,
            String enterpriseNumber,
            List<String> languages,
            String link) {
        List<String> subjects = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String language : languages) {
            ResourceBundle texts = MailTexts.in(language);
            subjects.add(String.format(texts.getString("notification.subject"), enterpriseName));
            if (!text.isEmpty()) {
                text.append("\n\n----------------------------------------\n\n");
            }
            text.append(String.format(texts.getString("notification.intro"), enterpriseName, enterpriseNumber))
                    .append("\n\n");
            line(text, texts, "notification.new", notification.getNewMessages());
            if (notification.getNewRegisteredMail() > 0) {
                line(text, texts, "notification.registered", notification.getNewRegisteredMail());
            }
            line(text, texts, "notification.reminder", notification.getReminders());
            line(text, texts, "notification.expiry", notification.getExpiryAlerts());
            text.append('\n')
                    .append(String.format(texts.getString("notification.link"), link))
                    .append("\n\n")
                    .append(texts.getString("notification.footer"));
        }
        return new OutgoingMail(to, String.join(" / ", subjects), text.toString());
    }

    private static void line(StringBuilder text, ResourceBundle texts, String key, int count) {
        if (count == 1) {
            text.append(texts.getString(key + ".one")).append('\n');
        } else if (count > 1) {
            text.append(String.format(texts.getString(key + ".many"), count)).append('\n');
        }
    }
}
