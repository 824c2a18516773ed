package org.ebox.web.operations;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.ebox.audit.boundary.ChangeLog;
import org.ebox.audit.entity.ChangeRecord;
import org.ebox.audit.entity.ChangeRecord.Action;
import org.ebox.batch.boundary.KboImportJobs;
import org.ebox.enterprise.entity.KboImport;
import org.ebox.operations.boundary.KboImportRefused;
import org.ebox.operations.boundary.KboImports;
import org.ebox.web.i18n.Language;
import org.ebox.web.session.Feedback;
import org.ebox.web.session.Redirects;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operators' page of the register of enterprises (app/operations/register.xhtml): send a KBO/BCE open data
 * extract, follow its import (a progress bar and counts, refreshed while it runs), restart or cancel a failed one,
 * and read the report of the lines it rejected. The page gate answers 404 to anyone but an operator, and the
 * services check the role again.
 */
@Named("register")
@RequestScoped
public class RegisterBacking {

    static final String PAGE = "/app/operations/register.xhtml";

    /** How many rejected lines the page shows; the count says how many there are in all. */
    static final int REPORT_LINES = 100;

    @Inject
    FacesContext faces;

    @Inject
    Feedback feedback;

    @Inject
    Language language;

    @Inject
    @ConfigProperty(name = "ebox.kbo.line-chunk", defaultValue = "10000")
    int lineChunk;

    @EJB
    KboImports imports;

    @EJB
    ChangeLog changeLog;

    @EJB
    KboImportJobs jobs;

    private Part extract;
    private List<ImportLine> lines;
    private List<ChangeRecord> changes;

    /** An import as the page shows it, its times in Brussels in the person's language. */
    public record ImportLine(KboImport kboImport, String started, String ended, boolean stalled, String lastSign) {
        /** Reading or applying, and its job alive: the page follows it. */
        public boolean isRunning() {
            return !stalled
                    && (kboImport.getStatus() == KboImport.Status.READING
                            || kboImport.getStatus() == KboImport.Status.APPLYING);
        }

        /** Failed, or stalled because its node died: the operator restarts or cancels it. */
        public boolean isToTakeUp() {
            return stalled || kboImport.getStatus() == KboImport.Status.FAILED;
        }
    }

    public List<ImportLine> getLines() {
        if (lines == null) {
            DateTimeFormatter format = OperatorTimes.dayAndTime(language.getLocale());
            lines = imports.latest(20).stream()
                    .map(found -> new ImportLine(
                            found,
                            format.format(found.getStartedAt()),
                            found.getEndedAt() == null ? "" : format.format(found.getEndedAt()),
                            imports.isStalled(found),
                            format.format(
                                    found.getHeartbeatAt() == null ? found.getStartedAt() : found.getHeartbeatAt())))
                    .toList();
        }
        return lines;
    }

    public boolean isRunning() {
        return getLines().stream().anyMatch(ImportLine::isRunning);
    }

    /** The import whose report was asked for (?report=id), if it exists. */
    public Optional<KboImport> getReport() {
        String id = faces.getExternalContext().getRequestParameterMap().get("report");
        return id == null || id.isBlank() ? Optional.empty() : imports.find(id);
    }

    public List<KboImports.Rejection> getRejections() {
        return getReport()
                .map(report -> imports.rejections(report.getImportId(), 0, REPORT_LINES))
                .orElse(List.of());
    }

    /** The latest imports' starts, restarts and cancellations, and domain changes, newest first. */
    public List<ChangeRecord> getChanges() {
        if (changes == null) {
            changes = changeLog.latestOf(
                    List.of(
                            Action.KBO_IMPORT_STARTED,
                            Action.KBO_IMPORT_RESTARTED,
                            Action.KBO_IMPORT_CANCELLED,
                            Action.ENTERPRISE_DOMAIN_SET,
                            Action.CHIEF_ACCESS_MANAGER_DESIGNATED,
                            Action.INVITATION_SENT),
                    20);
        }
        return changes;
    }

    public int getReportLines() {
        return REPORT_LINES;
    }

    public void send() throws IOException {
        if (!mayOperate()) {
            return;
        }
        if (extract == null || extract.getSize() == 0) {
            feedback.error("register.file.none");
            return;
        }
        try (InputStream in = extract.getInputStream()) {
            KboImport started = jobs.start(fileName(), in, lineChunk);
            // As text: a number argument would be written with a thousands separator.
            feedback.info("register.started", String.valueOf(started.getExtractNumber()));
        } catch (KboImportRefused refused) {
            feedback.error("register.refused." + refused.getReason().name(), refused.getDetail());
            return;
        } finally {
            extract.delete();
        }
        Redirects.to(faces, PAGE);
    }

    public void restart(String importId) throws IOException {
        if (!mayOperate()) {
            return;
        }
        try {
            boolean fromFirstLine = jobs.restart(importId, lineChunk);
            feedback.info(fromFirstLine ? "register.restarted.fromStart" : "register.restarted");
        } catch (KboImportRefused refused) {
            feedback.error("register.refused." + refused.getReason().name(), refused.getDetail());
        }
        Redirects.to(faces, PAGE);
    }

    public void cancel(String importId) throws IOException {
        if (!mayOperate()) {
            return;
        }
        try {
            imports.cancel(importId);
            feedback.info("register.cancelled");
        } catch (KboImportRefused refused) {
            feedback.error("register.refused." + refused.getReason().name(), refused.getDetail());
        }
        Redirects.to(faces, PAGE);
    }

    private boolean mayOperate() {
        return OperatorPages.mayOperate(faces, feedback);
    }

    /** The file's own name, without a browser's folder (old browsers send the whole path). */
    private String fileName() {
        String submitted = Optional.ofNullable(extract.getSubmittedFileName()).orElse("extract.zip");
        String name = submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
        return name.isBlank() ? "extract.zip" : name;
    }

    public Part getExtract() {
        return extract;
    }

    public void setExtract(Part extract) {
        this.extract = extract;
    }
}
