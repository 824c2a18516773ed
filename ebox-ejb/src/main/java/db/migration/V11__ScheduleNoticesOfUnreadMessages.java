package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives the messages stored before V10 that are still unread the due times of their notices. Brussels calendar days
 * (and their daylight-saving changes) are computed by Java's zone rules, which neither database offers alike in SQL.
 * The rules are written here as they were when this migration was made (the new-message notice after the day of
 * publication, the reminder on the 15th day, the expiry alert 7 days before the day of expiry): a migration that ran
 * once must do the same on every new database, whatever the service's own rules (NoticeSchedule) become later.
 */
public class V11__ScheduleNoticesOfUnreadMessages extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery(
                        "select message_id, receipt_date, expiration_date from message" + " where read_at is null");
                PreparedStatement update = connection.prepareStatement("update message set new_notice_due_at = ?,"
                        + " reminder_due_at = ?, expiry_alert_due_at = ? where message_id = ?")) {
            int pending = 0;
            while (rows.next()) {
                LocalDate published = dayOf(rows.getObject(2, OffsetDateTime.class));
                LocalDate expires = dayOf(rows.getObject(3, OffsetDateTime.class));
                update.setObject(1, startOf(published.plusDays(1)));
                update.setObject(2, startOf(published.plusDays(15)));
                update.setObject(3, startOf(expires.minusDays(7)));
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

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static LocalDate dayOf(OffsetDateTime instant) {
        return instant.atZoneSameInstant(BRUSSELS).toLocalDate();
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(BRUSSELS).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
