package org.ebox.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
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

    @SuppressWarnings("JavaUtilDate") // MessageFormat formats dates given as java.util.Date
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
                // A count chooses its words (choice format), and wants a number; the other arguments are dates.
                Object[] arguments = text.contains(",choice,")
                        ? new Object[] {2L, 2L, 2L}
                        : new Object[] {new java.util.Date(), new java.util.Date(), new java.util.Date()};
                String formatted = new MessageFormat(text, Locale.ENGLISH).format(arguments);
                assertFalse(formatted.contains("{"), key + suffix + ": " + formatted);
                if (text.contains("''")) {
                    assertFalse(formatted.contains("''"), key + suffix);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_nl", "_de"})
    void countsAreSaidInTheGrammarOfTheLanguageNeverWithParentheses(String suffix) throws IOException {
        Properties texts = load(suffix);
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            assertFalse(text.matches("(?s).*\\p{L}\\((s|en|n|e|es|x)\\).*"), key + suffix + ": " + text);
        }
        String one = new MessageFormat(texts.getProperty("alerts.unread"), Locale.ENGLISH).format(new Object[] {1L});
        String two = new MessageFormat(texts.getProperty("alerts.unread"), Locale.ENGLISH).format(new Object[] {2L});
        assertFalse(one.replace("1", "").equals(two.replace("2", "")), "one and two differ: " + one + " / " + two);
    }

    /** The user guide's French words for the screens, exactly; and one term for going fully digital. */
    @Test
    void frenchUsesTheGuidesWordsAndOneTermForFullyDigital() throws IOException {
        Properties french = load("_fr");
        java.util.Map<String, String> guide = java.util.Map.ofEntries(
                java.util.Map.entry("management.title", "Gestion e-Box"),
                java.util.Map.entry("folder.inbox", "Boîte de réception"),
                java.util.Map.entry("folder.outbox", "Boîte d'envoi"),
                java.util.Map.entry("messages.mask", "Masquer"),
                java.util.Map.entry("messages.makeVisible", "Rendre visible"),
                java.util.Map.entry("messages.download", "Télécharger"),
                java.util.Map.entry("message.reply", "Répondre"),
                java.util.Map.entry("message.technical", "Données techniques"),
                java.util.Map.entry("reply.send", "Envoyer"),
                java.util.Map.entry("reply.cancel", "Annuler"),
                java.util.Map.entry("fullyDigital.pass", "Passer"),
                java.util.Map.entry("fullyDigital.confirm", "Confirmer"),
                java.util.Map.entry("management.accept", "J'accepte d'opter pour le tout digital"));
        guide.forEach((key, words) -> assertEquals(words, french.getProperty(key), key));
        for (String key : french.stringPropertyNames()) {
            assertFalse(french.getProperty(key).contains("tout numérique"), key + ": the guide says 'tout digital'");
        }
    }

    @org.junit.jupiter.api.Test
    void everyKeyStartsWithAPageOrSharedPartTheBundleNamesAndEachNamedOneIsUsed() throws IOException {
        Set<String> named = namedPrefixes();
        Set<String> used = new TreeSet<>();
        for (String key : keys(load(""))) {
            String prefix = key.substring(0, key.indexOf('.'));
            assertTrue(named.contains(prefix), key + ": its page or part is not in the bundle's list " + named);
            used.add(prefix);
        }
        assertEquals(named, used, "every page or part the bundle names has texts");
    }

    /** The pages and shared parts the English bundle's header lists. */
    private static Set<String> namedPrefixes() throws IOException {
        Set<String> named = new TreeSet<>();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("messages.properties")) {
            String header = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .takeWhile(line -> line.startsWith("#"))
                    .dropWhile(line -> !line.startsWith("#   pages:"))
                    .takeWhile(line -> !line.startsWith("# Every key"))
                    .map(line -> line.replaceFirst("^#\\s*(pages:|shared:)?", ""))
                    .collect(java.util.stream.Collectors.joining(" "));
            for (String word : header.replaceAll("\\([^)]*\\)", "").split("[,\\s]+")) {
                if (!word.isBlank()) {
                    named.add(word);
                }
            }
        }
        return named;
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
