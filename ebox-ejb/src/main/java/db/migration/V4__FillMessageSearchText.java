package db.migration;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Writes the search text of the messages stored before V3: accents are removed by Java's Unicode normalisation,
 * which neither database offers alike in SQL. The text is made here as it was when this migration was made (subject,
 * the business data's values in the language, the attention-of id and name; lower case, without accents): a migration
 * that ran once must do the same on every new database, whatever the service's own SearchText becomes later.
 */
public class V4__FillMessageSearchText extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select message_id, subject_nl, subject_fr, subject_de,"
                        + " business_data, attention_of_id, attention_of_name from message"
                        + " where search_nl is null");
                PreparedStatement update = connection.prepareStatement(
                        "update message set search_nl = ?, search_fr = ?, search_de = ? where message_id = ?")) {
            int pending = 0;
            while (rows.next()) {
                String businessData = rows.getString(5);
                String attentionId = rows.getString(6);
                String attentionName = rows.getString(7);
                update.setString(1, searchText(rows.getString(2), businessData, attentionId, attentionName, "nl"));
                update.setString(2, searchText(rows.getString(3), businessData, attentionId, attentionName, "fr"));
                update.setString(3, searchText(rows.getString(4), businessData, attentionId, attentionName, "de"));
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

    private static String searchText(
            String subject, String businessDataJson, String attentionId, String attentionName, String language) {
        List<String> parts = new ArrayList<>();
        parts.add(subject);
        parts.addAll(businessDataValues(businessDataJson, language));
        parts.add(attentionId);
        parts.add(attentionName);
        String text = String.join("\n", parts.stream().filter(Objects::nonNull).toList());
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }

    private static List<String> businessDataValues(String json, String language) {
        List<String> values = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return values;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            for (JsonValue item : reader.readArray()) {
                JsonArray itemValues = item.asJsonObject().getJsonArray("values");
                if (itemValues == null) {
                    continue;
                }
                for (JsonValue value : itemValues) {
                    JsonObject text = value.asJsonObject();
                    if (text.containsKey(language) && !text.isNull(language)) {
                        values.add(text.getString(language));
                    }
                }
            }
        }
        return values;
    }
}
