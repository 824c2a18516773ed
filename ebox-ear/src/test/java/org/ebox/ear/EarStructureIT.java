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
 * The EAR for full Payara Server, as the build makes it: the business core and the batch jobs as EJB modules (the
 * jobs' artifacts call the core's EJBs, which a jar in lib/ could not see), the WAR as web module at the root
 * without the jars the EAR shares, and each library once, in one version. That it really runs there is proven by
 * ebox-web's PayaraServerIT on a Payara Server domain that CI builds from the deployment guide.
 */
class EarStructureIT {

    private static ZipFile ear;
    private static List<String> entries;

    @BeforeAll
    static void openEar() throws IOException {
        ear = new ZipFile(
                Path.of(System.getProperty("ebox.ear", "target/ebox.ear")).toFile());
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
        assertEquals(
                "ebox-ejb.jar", xml.getElementsByTagNameNS("*", "ejb").item(0).getTextContent());
        assertEquals(
                "ebox-batch.jar", xml.getElementsByTagNameNS("*", "ejb").item(1).getTextContent());
        assertEquals(
                "ebox-web.war",
                xml.getElementsByTagNameNS("*", "web-uri").item(0).getTextContent());
        assertEquals(
                "/", xml.getElementsByTagNameNS("*", "context-root").item(0).getTextContent());
        assertEquals(
                "lib",
                xml.getElementsByTagNameNS("*", "library-directory").item(0).getTextContent());
        assertEquals("10", xml.getDocumentElement().getAttribute("version"));
    }

    @Test
    void batchJobsAreAModuleBesideTheCoreAndSharedLibrariesAreInLib() throws IOException {
        assertTrue(entries.contains("ebox-ejb.jar"));
        assertTrue(entries.contains("ebox-batch.jar"));
        try (ZipInputStream batch = new ZipInputStream(ear.getInputStream(ear.getEntry("ebox-batch.jar")))) {
            List<String> inside = new java.util.ArrayList<>();
            for (ZipEntry entry = batch.getNextEntry(); entry != null; entry = batch.getNextEntry()) {
                inside.add(entry.getName());
            }
            assertTrue(inside.contains("META-INF/batch-jobs/nightly-run.xml"), inside.toString());
            assertTrue(inside.contains("org/ebox/batch/boundary/NightlyJobs.class"), inside.toString());
        }
        assertTrue(entries.stream().anyMatch(name -> name.matches("lib/.*flyway-core.*\\.jar")), entries.toString());
        assertTrue(entries.stream().anyMatch(name -> name.matches("lib/.*postgresql.*\\.jar")), entries.toString());
        assertTrue(
                entries.stream().anyMatch(name -> name.matches("lib/.*slf4j-jdk14.*\\.jar")),
                "the libraries' SLF4J logs reach the server log: " + entries);
        assertFalse(entries.stream().anyMatch(name -> name.matches("lib/.*ebox-.*")), "the modules only once");
    }

    @Test
    void everyLibraryIsInTheEarOnceInOneVersion() {
        List<String> artifacts = entries.stream()
                .filter(name -> name.startsWith("lib/") && name.endsWith(".jar"))
                .map(EarStructureIT::artifactOf)
                .toList();
        assertEquals(artifacts.stream().distinct().toList(), artifacts, "two versions of one library in lib/");
    }

    /** "lib/slf4j-api-2.0.17.jar" and "WEB-INF/lib/slf4j-api-1.7.36.jar" are both "slf4j-api". */
    private static String artifactOf(String jar) {
        return jar.substring(jar.lastIndexOf('/') + 1).replaceFirst("-\\d[\\w.]*(-[A-Za-z]+)?\\.jar$", "");
    }

    @Test
    void webModuleKeepsNoneOfTheSharedJars() throws IOException {
        List<String> warLibraries = new java.util.ArrayList<>();
        try (ZipInputStream war = new ZipInputStream(ear.getInputStream(ear.getEntry("ebox-web.war")))) {
            for (ZipEntry entry = war.getNextEntry(); entry != null; entry = war.getNextEntry()) {
                if (entry.getName().startsWith("WEB-INF/lib/")
                        && entry.getName().endsWith(".jar")) {
                    warLibraries.add(entry.getName());
                }
            }
        }
        assertFalse(warLibraries.isEmpty(), "the web module keeps its own libraries (PrimeFaces)");
        List<String> shared = entries.stream()
                .filter(name -> name.startsWith("lib/") && name.endsWith(".jar"))
                .map(EarStructureIT::artifactOf)
                .toList();
        for (String library : warLibraries) {
            String name = library.substring("WEB-INF/lib/".length());
            assertFalse(name.startsWith("ebox-"), name + " belongs in the EAR, not in the WAR");
            assertFalse(shared.contains(artifactOf(library)), name + " is in the EAR's lib/ already, in some version");
        }
        assertTrue(warLibraries.stream().anyMatch(name -> name.contains("primefaces")));
    }
}
