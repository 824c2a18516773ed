package org.ebox.enterprise.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ebox.enterprise.control.KboRows.Line;
import org.ebox.enterprise.entity.KboImport.ExtractType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KboExtractTest {

    private static final String META = """
            "Variable","Value"
            "SnapshotDate","01-11-2026"
            "ExtractTimestamp","02-11-2026 05:12:33"
            "ExtractType","%s"
            "ExtractNumber","%s"
            "Version","1.0.0"
            """;

    @TempDir
    Path folder;

    @Test
    void aFullExtractSaysWhatItIsAndGivesItsFilesLineByLine() throws Exception {
        Path zip = zip(
                "KboOpenData_0153_2026_11_Full.zip",
                Map.of("meta.csv", META.formatted("full", "153"), "enterprise.csv", """
                        "EnterpriseNumber","Status","JuridicalSituation","TypeOfEnterprise","JuridicalForm","JuridicalFormCAC","StartDate"
                        "0812.345.603","AC","000","2","610","","01-03-2019"
                        """));
        try (KboExtract extract = KboExtract.open(zip)) {
            assertEquals(new KboExtract.Meta(ExtractType.FULL, 153, LocalDate.of(2026, 11, 1)), extract.meta());
            assertTrue(extract.holds(KboFile.ENTERPRISE.fullName()));
            assertFalse(extract.holds(KboFile.CONTACT.fullName()));
            List<Line> lines = new ArrayList<>();
            try (KboRows rows = extract.rows(new KboFile.Part(KboFile.ENTERPRISE, KboFile.Kind.FULL), 0)) {
                rows.forEachRemaining(lines::add);
            }
            assertEquals(1, lines.size());
        }
    }

    @Test
    void anUpdateExtractNamesItsPairsOfFiles() throws Exception {
        Path zip = zip(
                "KboOpenData_0154_2026_12_Update.zip",
                Map.of(
                        "meta.csv",
                        META.formatted("update", "154"),
                        "enterprise_delete.csv",
                        "\"EntityNumber\"\n\"0812.345.603\"\n"));
        try (KboExtract extract = KboExtract.open(zip)) {
            assertEquals(ExtractType.UPDATE, extract.meta().type());
            assertTrue(extract.holds(KboFile.ENTERPRISE.deleteName()));
            assertFalse(extract.holds(KboFile.ENTERPRISE.insertName()));
        }
    }

    @Test
    void aZipWithoutAUsableMetaFileIsNoExtract() throws Exception {
        assertThrows(KboRows.WrongFile.class, () -> KboExtract.open(zip("none.zip", Map.of("enterprise.csv", "x"))));
        assertThrows(
                KboRows.WrongFile.class,
                () -> KboExtract.open(zip("bad.zip", Map.of("meta.csv", META.formatted("monthly", "153")))));
    }

    private Path zip(String name, Map<String, String> files) throws IOException {
        Path zip = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream entries = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> file : new LinkedHashMap<>(files).entrySet()) {
                entries.putNextEntry(new ZipEntry(file.getKey()));
                entries.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                entries.closeEntry();
            }
        }
        return zip;
    }
}
