package org.ebox.operations.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipException;
import org.ebox.audit.boundary.ChangeLog;
import org.ebox.audit.entity.ChangeRecord.Action;
import org.ebox.enterprise.control.KboExtract;
import org.ebox.enterprise.control.KboExtractFolder;
import org.ebox.enterprise.control.KboFile;
import org.ebox.enterprise.control.KboRows.WrongFile;
import org.ebox.enterprise.entity.KboImport;
import org.ebox.enterprise.entity.KboImport.ExtractType;
import org.ebox.operations.boundary.KboImportRefused.Reason;
import org.ebox.platform.UniqueKeys;
import org.ebox.platform.security.Callers;
import org.ebox.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operators' imports of the KBO/BCE open data into the register of enterprises. An extract is checked whole
 * before anything is recorded (its meta.csv, every file's columns, its place after the last applied extract); then
 * the import is recorded and the batch job (ebox-batch's KboImportJobs) reads and applies it. One import at a time
 * in the whole cluster.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_OPERATOR)
public class KboImports {

    @PersistenceContext
    EntityManager em;

    @Inject
    KboExtractFolder folder;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @EJB
    ChangeLog changes;

    @EJB
    KboImportSteps steps;

    /** How long a reading or applying import's job may give no sign of life before it counts as stalled. */
    @Inject
    @ConfigProperty(name = "ebox.kbo.stalled-after-minutes", defaultValue = "15")
    long stalledAfterMinutes;

    /**
     * What a restart takes up: the job execution to restart at its last checkpoint, or none when the import stalled
     * (its execution still says "started" in the job repository, so a new job reads the extract from its first line;
     * staging a chunk again replaces what the dead job staged of it, so nothing is staged twice).
     */
    public record Restart(Long execution) {
        public boolean freshJob() {
            return execution == null;
        }
    }

    /** A rejected line of an import's report. */
    public record Rejection(String fileName, long lineNumber, String reason, String detail) {}

    /** Receives an extract, checks it and records its import; the caller starts the job. */
    public KboImport receive(String fileName, InputStream content) throws KboImportRefused {
        Path received;
        try {
            received = folder.receive(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            KboImport started = record(fileName, received);
            folder.keep(received, started.getImportId());
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            folder.forget(received);
        }
    }

    private KboImport record(String fileName, Path received) throws KboImportRefused, IOException {
        KboExtract.Meta meta;
        long size = 0;
        try (KboExtract extract = KboExtract.open(received)) {
            extract.checkColumns();
            meta = extract.meta();
            for (KboFile.Part part : extract.parts()) {
                size += extract.size(part);
            }
        } catch (ZipException notAZip) {
            throw new KboImportRefused(Reason.WRONG_FILE, fileName + " is not a zip file");
        } catch (WrongFile wrong) {
            throw new KboImportRefused(Reason.WRONG_FILE, wrong.getMessage());
        }
        Optional<KboImport> running = running();
        if (running.isPresent()) {
            throw new KboImportRefused(Reason.ANOTHER_RUNNING, running.get().getFileName());
        }
        checkOrder(meta);
        KboImport started = new KboImport(
                fileName,
                meta.type(),
                meta.number(),
                meta.snapshotDate(),
                size,
                callers.current().getName(),
                OffsetDateTime.now(clock));
        try {
            em.persist(started);
            em.flush();
        } catch (RuntimeException e) {
            if (UniqueKeys.refused(e)) {
                throw new KboImportRefused(Reason.ANOTHER_RUNNING, "another operator's import began just now");
            }
            throw e;
        }
        changes.recordOfOperator(Action.KBO_IMPORT_STARTED, fileName, meta.type() + " " + meta.number());
        return started;
    }

    /**
     * A full extract must be newer than the last one applied; an update extract must be the next one (each update
     * holds the changes since the extract before it), and follows a full extract.
     */
    private void checkOrder(KboExtract.Meta meta) throws KboImportRefused {
        Optional<KboImport> last = lastApplied();
        int lastNumber = last.map(KboImport::getExtractNumber).orElse(0);
        if (meta.type() == ExtractType.FULL && meta.number() <= lastNumber) {
            throw new KboImportRefused(Reason.NOT_NEWER, meta.number() + " \u2264 " + lastNumber);
        }
        if (meta.type() == ExtractType.UPDATE && (last.isEmpty() || meta.number() != lastNumber + 1)) {
            throw new KboImportRefused(
                    Reason.NOT_NEXT,
                    last.isEmpty() ? String.valueOf(meta.number()) : meta.number() + " \u2260 " + (lastNumber + 1));
        }
    }

    private Optional<KboImport> lastApplied() {
        return em.createQuery(
                        "select i from KboImport i where i.status = :applied order by i.extractNumber desc",
                        KboImport.class)
                .setParameter("applied", KboImport.Status.APPLIED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The import that runs or waits for a restart, if any. */
    public Optional<KboImport> running() {
        return em.createQuery("select i from KboImport i where i.running = 'Y'", KboImport.class)
                .getResultStream()
                .findFirst();
    }

    public void attachExecution(String importId, long executionId) {
        em.find(KboImport.class, importId).attachExecution(executionId);
    }

    /** Takes a failed or stalled import up again; answers what to restart. */
    public Restart restart(String importId) throws KboImportRefused {
        KboImport failed = failed(importId);
        boolean stalled = isStalled(failed);
        failed.restarted(OffsetDateTime.now(clock));
        changes.recordOfOperator(
                Action.KBO_IMPORT_RESTARTED, failed.getFileName(), importId + (stalled ? ", stalled" : ""));
        return new Restart(stalled ? null : failed.getExecutionId());
    }

    /** Whether the import reads or applies, yet its job has given no sign of life for a while: its node died. */
    public boolean isStalled(KboImport kboImport) {
        return kboImport.isStalled(OffsetDateTime.now(clock), Duration.ofMinutes(stalledAfterMinutes));
    }

    /** Gives a failed or stalled import up: what it staged and its file go, the register stays as it was. */
    public void cancel(String importId) throws KboImportRefused {
        KboImport failed = failed(importId);
        steps.forgetStaged(importId);
        failed.cancelled(OffsetDateTime.now(clock));
        folder.forget(folder.of(importId));
        changes.recordOfOperator(Action.KBO_IMPORT_CANCELLED, failed.getFileName(), importId);
    }

    private KboImport failed(String importId) throws KboImportRefused {
        KboImport found = em.find(KboImport.class, importId);
        boolean failed =
                found != null && found.getStatus() == KboImport.Status.FAILED && found.getExecutionId() != null;
        if (!failed && (found == null || !isStalled(found))) {
            throw new KboImportRefused(Reason.NOT_FAILED, importId);
        }
        return found;
    }

    public Optional<KboImport> find(String importId) {
        return Optional.ofNullable(em.find(KboImport.class, importId));
    }

    public List<KboImport> latest(int count) {
        return em.createQuery("select i from KboImport i order by i.startedAt desc", KboImport.class)
                .setMaxResults(count)
                .getResultList();
    }

    /** A page of an import's rejected lines, by file and line. */
    @SuppressWarnings("unchecked")
    public List<Rejection> rejections(String importId, int first, int count) {
        List<Object[]> rows = em.createNativeQuery("SELECT file_name, line_number, reason, detail FROM"
                        + " kbo_import_rejection WHERE import_id = ?1 ORDER BY file_name, line_number")
                .setParameter(1, importId)
                .setFirstResult(first)
                .setMaxResults(count)
                .getResultList();
        return rows.stream()
                .map(row ->
                        new Rejection((String) row[0], ((Number) row[1]).longValue(), (String) row[2], (String) row[3]))
                .toList();
    }
}
