package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import org.ebox.message.entity.NoticeSchedule;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives the messages stored before V10 that are still unread the due times of their notices. Brussels calendar days
 * (and their daylight-saving changes) are computed by Java's zone rules, which neither database offers alike in SQL.
 */
public class V11__ScheduleNoticesOfUnreadMessages extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("select message_id, receipt_date, expiration_date from message"
                     + " where read_at is null");
             PreparedStatement update = connection.prepareStatement("update message set new_notice_due_at = ?,"
                     + " reminder_due_at = ?, expiry_alert_due_at = ? where message_id = ?")) {
            int pending = 0;
            while (rows.next()) {
                NoticeSchedule notices = NoticeSchedule.of(rows.getObject(2, OffsetDateTime.class),
                        rows.getObject(3, OffsetDateTime.class));
                update.setObject(1, notices.newNoticeDue());
                update.setObject(2, notices.reminderDue());
                update.setObject(3, notices.expiryAlertDue());
                update.setString(4, rows.getString(1));
                update.addBatch();
                if (++pending == 500) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
        }
    }
}
