package org.ebox.web.operations;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.ebox.batch.boundary.NightlyJobs;
import org.ebox.nightly.boundary.NightlyRuns;
import org.ebox.nightly.entity.NightlyRun;
import org.ebox.notification.boundary.NotificationDelivery;
import org.ebox.platform.security.Roles;
import org.ebox.web.i18n.Language;
import org.ebox.web.session.CurrentUser;
import org.ebox.web.session.Feedback;
import org.ebox.web.session.Redirects;

/**
 * The operators' page of the nightly run (app/operations/nightly-runs.xhtml): the latest runs of the whole cluster
 * with their counts, refreshed while one runs, and a button to start one now. Only for platform operators: the
 * page gate answers 404 to anyone else, and {@link #start()} checks the role again.
 */
@Named("nightlyRuns")
@RequestScoped
public class NightlyRunsBacking {

    static final String PAGE = "/app/operations/nightly-runs.xhtml";

    @Inject
    Clock clock;

    @Inject
    FacesContext faces;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    @Inject
    Language language;

    @EJB
    NightlyRuns runs;

    @EJB
    NightlyJobs jobs;

    @EJB
    NotificationDelivery delivery;

    private List<RunLine> lines;
    private NotificationDelivery.Backlog backlog;

    /**
     * A run as the page shows it, its times in Brussels in the person's language; INTERRUPTED is a run whose node
     * stopped renewing its lock.
     */
    public record RunLine(NightlyRun run, String state, String started, String ended) {}

    public List<RunLine> getLines() {
        if (lines == null) {
            Optional<String> holder = runs.runHoldingTheLock(OffsetDateTime.now(clock));
            DateTimeFormatter format = OperatorTimes.dayAndTime(language.getLocale());
            lines = runs.latest(30).stream()
                    .map(run -> new RunLine(
                            run,
                            stateOf(run, holder),
                            format.format(run.getStartedAt()),
                            run.getEndedAt() == null ? "" : format.format(run.getEndedAt())))
                    .toList();
        }
        return lines;
    }

    private static String stateOf(NightlyRun run, Optional<String> holder) {
        if (run.getStatus() == NightlyRun.Status.RUNNING && !holder.equals(Optional.of(run.getRunId()))) {
            return "INTERRUPTED";
        }
        return run.getStatus().name();
    }

    /** The notification mails that wait for a next run or were given up. */
    public NotificationDelivery.Backlog getBacklog() {
        if (backlog == null) {
            backlog = delivery.backlog();
        }
        return backlog;
    }

    public boolean isRunning() {
        return getLines().stream().anyMatch(line -> "RUNNING".equals(line.state()));
    }

    public String getScheduledTime() {
        return jobs.scheduledTime();
    }

    public void start() throws IOException {
        if (!faces.getExternalContext().isUserInRole(Roles.PLATFORM_OPERATOR)) {
            feedback.error("operations.notAllowed");
            return;
        }
        if (jobs.start().isPresent()) {
            feedback.info("operations.startedNow");
        } else {
            feedback.error("operations.busy");
        }
        Redirects.to(faces, PAGE);
    }
}
