package org.ebox.message.entity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the box's text search looks in, per language, written once when a message is stored: the subject, the values
 * of the business data, and for whose attention it is (consultation profile). Lower case and without accents, so
 * that 'Societe' finds 'Société' with a plain LIKE on H2 and PostgreSQL alike.
 */
public final class SearchText {

    /** Made once: Json.createReader() looks its provider up anew on every call. */
    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String SEPARATOR = "\n";

    private SearchText() {}

    /** The form both the stored text and the searched words take. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /** A LIKE pattern that finds the words anywhere, the words' own % and _ taken literally (escape '\'). */
    public static String containing(String words) {
        String literal =
                normalize(words).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }

    /** The search text of one language of a message. */
    public static String forLanguage(String subject, String businessDataJson, AttentionOf attention, String language) {
        List<String> parts = new ArrayList<>();
        parts.add(subject);
        parts.addAll(businessDataValues(businessDataJson, language));
        if (attention != null) {
            parts.add(attention.getId());
            parts.add(attention.getName());
        }
        return normalize(String.join(
                SEPARATOR, parts.stream().filter(part -> part != null).toList()));
    }

    private static List<String> businessDataValues(String json, String language) {
        List<String> values = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return values;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonArray list = reader.readArray();
            for (JsonValue item : list) {
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
