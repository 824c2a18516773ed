package org.ebox.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The EAR for full Payara Server, as the build makes it: the business core as EJB module, the WAR as web module at
 * the root without the jars the EAR shares, and the batch jobs with the libraries in lib/.
 */
class EarStructureIT {

    private static ZipFile ear;
    private static List<String> entries;

    @BeforeAll
    static void openEar() throws IOException {
        ear = new ZipFile(Path.of(System.getProperty("ebox.ear", "target/ebox.ear")).toFile());
        entries = ear.stream().map(ZipEntry::getName).toList();
    }

    @Test
    void applicationXmlDeclaresTheEjbModuleAndTheWebModuleAtTheRoot() throws Exception {
        Document xml;
        try (InputStream in = ear.getInputStream(ear.getEntry("META-INF/application.xml"))) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            xml = factory.newDocumentBuilder().parse(in);
        }
        assertEquals("ebox-ejb.jar", xml.getElementsByTagNameNS("*", "ejb").item(0).getTextContent());
        assertEquals("ebox-web.war", xml.getElementsByTagNameNS("*", "web-uri").item(0).getTextContent());
        assertEquals("/", xml.getElementsByTagNameNS("*", "context-root").item(0).getTextContent());
        assertEquals("lib", xml.getElementsByTagNameNS("*", "library-directory").item(0).getTextContent());
        assertEquals("10", xml.getDocumentElement().getAttribute("version"));
    }

    @Test
    void batchJobsAndSharedLibrariesAreInLib() {
        assertTrue(entries.contains("ebox-ejb.jar"));
        assertTrue(entries.contains("lib/ebox-batch.jar"));
        assertTrue(entries.stream().anyMatch(name -> name.matches("lib/.*flyway-core.*\\.jar")), entries.toString());
        assertTrue(entries.stream().anyMatch(name -> name.matches("lib/.*postgresql.*\\.jar")), entries.toString());
        assertFalse(entries.stream().anyMatch(name -> name.matches("lib/.*ebox-ejb.*")), "the EJB module only once");
    }

    @Test
    void webModuleKeepsNoneOfTheSharedJars() throws IOException {
        List<String> warLibraries = new java.util.ArrayList<>();
        try (ZipInputStream war = new ZipInputStream(ear.getInputStream(ear.getEntry("ebox-web.war")))) {
            for (ZipEntry entry = war.getNextEntry(); entry != null; entry = war.getNextEntry()) {
                if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
                    warLibraries.add(entry.getName());
                }
            }
        }
        assertFalse(warLibraries.isEmpty(), "the web module keeps its own libraries (PrimeFaces)");
        for (String library : warLibraries) {
            String name = library.substring("WEB-INF/lib/".length());
            assertFalse(name.startsWith("ebox-"), name + " belongs in the EAR, not in the WAR");
            assertFalse(entries.stream().anyMatch(entry -> entry.startsWith("lib/") && entry.endsWith(name)),
                    name + " is in the EAR's lib/ already");
        }
        assertTrue(warLibraries.stream().anyMatch(name -> name.contains("primefaces")));
    }
}
