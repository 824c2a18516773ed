package org.ebox.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.ebox.batch.boundary.KboImportJobs;
import org.ebox.enterprise.control.KboExtract;
import org.ebox.enterprise.control.KboFile;
import org.ebox.enterprise.control.KboRows;
import org.ebox.enterprise.control.KboStaging;
import org.ebox.enterprise.control.KboTestExtract;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.enterprise.entity.KboImport;
import org.ebox.operations.boundary.KboImportRefused;
import org.ebox.operations.boundary.KboImportSteps;
import org.ebox.operations.boundary.KboImports;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node dies while its KBO import reads: the import stays "reading", its job execution "started" in the job
 * repository for good, and nothing moves. Once its job has given no sign of life for a while, the import counts as
 * stalled; the operator restarts it in a new job, which reads the extract from its first line and replaces what the
 * dead job had staged, so that nothing is staged twice. The operator sees it stalled on the Register page, in a
 * real browser, and restarts or cancels it there.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StalledImportIT {

    /** The import the server side leaves stalled for the browser (static: both run in the same deployment). */
    private static String leftStalled;

    @Deployment
    static WebArchive deployment() {
        return Deployments.eboxWar().addClasses(ActAs.class, Wait.class, KboTestExtract.class);
    }

    @Inject
    ActAs actAs;

    @EJB
    KboImports imports;

    @EJB
    KboImportJobs jobs;

    @EJB
    KboImportSteps steps;

    @Resource(lookup = "java:app/jdbc/ebox")
    DataSource dataSource;

    @Test
    @Order(1)
    void anImportWhoseNodeDiedWhileReadingStallsAndANewJobTakesItUpWithoutStagingTwice(@TempDir Path folder)
            throws Exception {
        String id = recordedAndFirstLineStaged(folder);
        try {
            assertFalse(imports.isStalled(imports.find(id).orElseThrow()), "a sign of life just now");
            KboImportRefused alive = assertThrows(KboImportRefused.class, () -> jobs.restart(id, 1));
            assertEquals(KboImportRefused.Reason.NOT_FAILED, alive.getReason(), "a live import is not taken over");

            lastSignOfLife(id, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
            assertTrue(imports.isStalled(imports.find(id).orElseThrow()), "an hour without a sign of life");

            jobs.restart(id, 1);
            Wait.until(
                    () -> imports.find(id).orElseThrow().getStatus() == KboImport.Status.APPLIED,
                    Duration.ofMinutes(1),
                    "the new job to apply the stalled import");
            KboImport applied = imports.find(id).orElseThrow();
            assertEquals(4, applied.getLinesRead(), "every line read once by the new job");
            assertEquals(0, applied.getLinesRejected());
            assertEquals(2, applied.getEnterprisesCreated(), "the first line, staged by both jobs, counts once");
            assertFalse(imports.isStalled(applied));
        } finally {
            if (imports.find(id).orElseThrow().getStatus() != KboImport.Status.APPLIED) {
                lastSignOfLife(id, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
                imports.cancel(id);
            }
        }
    }

    @Test
    @Order(2)
    void anImportIsLeftStalledForTheOperatorToRestart(@TempDir Path folder) throws Exception {
        leftStalled = recordedAndFirstLineStaged(folder);
        lastSignOfLife(leftStalled, OffsetDateTime.now(ZoneOffset.UTC).minusHours(2));
        assertTrue(imports.isStalled(imports.find(leftStalled).orElseThrow()));
    }

    @Test
    @Order(3)
    @RunAsClient
    void theRegisterPageSaysAnImportIsStalledInEveryLanguageAndTheOperatorRestartsItThere(
            @ArquillianResource URL base) {
        StalledImportPage.lookedAtAndRestarted(base);
    }

    @Test
    @Order(4)
    void theImportRestartedInTheBrowserReadEachLineOnceAndAnotherIsLeftStalledToCancel(@TempDir Path folder)
            throws Exception {
        actAs.person("ops.demo", null);
        KboImport restarted = imports.find(leftStalled).orElseThrow();
        if (restarted.getStatus() == KboImport.Status.READING) {
            // Not taken up in the browser: cancelled, so that the tests after this one may import.
            lastSignOfLife(leftStalled, OffsetDateTime.now(ZoneOffset.UTC).minusHours(2));
            imports.cancel(leftStalled);
        }
        assertEquals(KboImport.Status.APPLIED, restarted.getStatus());
        assertEquals(4, restarted.getLinesRead(), "every line read once by the new job");
        assertEquals(2, restarted.getEnterprisesCreated());
        leftStalled = recordedAndFirstLineStaged(folder);
        lastSignOfLife(leftStalled, OffsetDateTime.now(ZoneOffset.UTC).minusHours(2));
    }

    @Test
    @Order(5)
    @RunAsClient
    void theOperatorCancelsAStalledImportOnTheRegisterPage(@ArquillianResource URL base) {
        StalledImportPage.cancelled(base);
    }

    @Test
    @Order(6)
    void theImportCancelledInTheBrowserIsCancelledWithNothingStaged() throws Exception {
        actAs.person("ops.demo", null);
        KboImport cancelled = imports.find(leftStalled).orElseThrow();
        try {
            assertEquals(KboImport.Status.CANCELLED, cancelled.getStatus());
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement staged = connection.prepareStatement(
                            "SELECT COUNT(*) FROM kbo_staged_enterprise WHERE import_id = ?")) {
                staged.setString(1, leftStalled);
                try (ResultSet rs = staged.executeQuery()) {
                    rs.next();
                    assertEquals(0, rs.getLong(1), "its staged line forgotten");
                }
            }
        } finally {
            if (cancelled.getStatus() == KboImport.Status.READING) {
                imports.cancel(leftStalled);
            }
        }
    }

    /**
     * A dead node's import: recorded with its extract (the next one the register takes), its first line staged, and
     * its job never heard of again.
     */
    private String recordedAndFirstLineStaged(Path folder) throws Exception {
        actAs.person("ops.demo", null);
        int last = imports.latest(100).stream()
                .filter(found -> found.getStatus() == KboImport.Status.APPLIED)
                .mapToInt(KboImport::getExtractNumber)
                .max()
                .orElse(0);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        String run = String.format("%06d", System.nanoTime() / 1000 % 1_000_000);
        String first = EnterpriseNumber.withCheckDigits("05" + run).formatted();
        String second = EnterpriseNumber.withCheckDigits("06" + run).formatted();
        KboTestExtract extract = last == 0 ? KboTestExtract.full(1, today) : KboTestExtract.update(last + 1, today);
        Path zip = extract.enterprise(first)
                .name(first, "Stalled First " + run)
                .enterprise(second)
                .name(second, "Stalled Second " + run)
                .write(folder);
        KboImport recorded;
        try (InputStream content = Files.newInputStream(zip)) {
            recorded = imports.receive(zip.getFileName().toString(), content);
        }
        String id = recorded.getImportId();
        try (KboExtract opened = KboExtract.open(steps.extractOf(id))) {
            KboFile.Part part = opened.parts().get(0);
            try (KboRows rows = opened.rows(part, 0)) {
                steps.stage(id, List.of(new KboStaging.Item(part, rows.next())), 1, 10);
            }
        }
        return id;
    }

    private void lastSignOfLife(String importId, OffsetDateTime when) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE kbo_import SET heartbeat_at = ? WHERE import_id = ?")) {
            update.setObject(1, when);
            update.setString(2, importId);
            assertEquals(1, update.executeUpdate());
        }
    }
}
