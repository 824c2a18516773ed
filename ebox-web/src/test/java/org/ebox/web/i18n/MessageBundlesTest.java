package org.ebox.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page text exists in English, French, Dutch and German, and every text with arguments formats. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "de"})
    void everyEnglishKeyIsTranslatedAndNoOtherKeyExists(String language) throws IOException {
        Set<String> english = keys(load(""));
        Set<String> translated = keys(load("_" + language));
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(translated);
        Set<String> extra = new TreeSet<>(translated);
        extra.removeAll(english);
        assertEquals(Set.of(), missing, "missing in " + language);
        assertEquals(Set.of(), extra, "only in " + language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_nl", "_de"})
    void textsWithArgumentsFormatAndKeepTheirApostrophes(String suffix) throws IOException {
        Properties texts = load(suffix);
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            if (!text.contains("{")) {
                assertFalse(text.contains("''"), key + suffix + ": shown as is, a doubled quote would show twice");
            }
            if (text.contains("{0")) {
                String formatted = new MessageFormat(text, Locale.ENGLISH).format(new Object[]{new java.util.Date(), new java.util.Date()});
                assertFalse(formatted.contains("{"), key + suffix + ": " + formatted);
                if (text.contains("''")) {
                    assertFalse(formatted.contains("''"), key + suffix);
                }
            }
        }
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("messages" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
