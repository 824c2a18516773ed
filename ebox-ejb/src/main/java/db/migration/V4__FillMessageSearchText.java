package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.ebox.message.entity.AttentionOf;
import org.ebox.message.entity.SearchText;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Writes the search text of the messages stored before V3: accents are removed by Java's Unicode normalisation,
 * which neither database offers alike in SQL.
 */
public class V4__FillMessageSearchText extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("select message_id, subject_nl, subject_fr, subject_de,"
                     + " business_data, attention_of_id, attention_of_type, attention_of_name from message"
                     + " where search_nl is null");
             PreparedStatement update = connection.prepareStatement(
                     "update message set search_nl = ?, search_fr = ?, search_de = ? where message_id = ?")) {
            int pending = 0;
            while (rows.next()) {
                AttentionOf attention = new AttentionOf(rows.getString(6), rows.getString(7), rows.getString(8));
                String businessData = rows.getString(5);
                update.setString(1, SearchText.forLanguage(rows.getString(2), businessData, attention, "nl"));
                update.setString(2, SearchText.forLanguage(rows.getString(3), businessData, attention, "fr"));
                update.setString(3, SearchText.forLanguage(rows.getString(4), businessData, attention, "de"));
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
