package org.ebox.batch.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.ebox.common.entity.BelgianTime;
import org.ebox.nightly.boundary.NightlyRuns;
import org.ebox.nightly.entity.NightlyRun;
import org.ebox.platform.security.Callers;
import org.ebox.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the nightly run (the job nightly-run.xml of ebox-batch) at a time of night in Brussels
 * ({@code ebox.batch.nightly.time}, 02:00 by default: after the day of publication has ended), and on demand for an
 * operator. Every node of a cluster has the schedule; the lock of {@link NightlyRuns} lets one of them run it. A node
 * started with {@code ebox.batch.nightly.enabled=false} leaves the schedule, and the runs of dead nodes, to the
 * others.
 *
 * <p>Every quarter of the lease, each node looks at the lock: it renews the lease of the run its own job is running,
 * and takes over a run whose lease ran out (its node died), with a new execution of the job for the same run record.
 * The job's steps skip what is done (the services record each notice, mail and purge as they go), so the night goes on
 * where the dead node left it, each mail once.
 *
 * <p>It lives beside the jobs it starts, in ebox-batch, which is an EJB module of the EAR (its artifacts call the
 * business core's EJBs, which a library jar in the EAR's lib/ could not see) and a jar in the WAR's WEB-INF/lib.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyJobs {

    /** The job XML's name under META-INF/batch-jobs. */
    public static final String NIGHTLY_RUN = "nightly-run";

    /** The job parameter that ties an execution to its run record. */
    public static final String RUN_ID = "runId";

    private static final String SCHEDULE = "e-Box nightly run";

    private static final Logger LOG = Logger.getLogger(NightlyJobs.class.getName());

    @Inject
    @ConfigProperty(name = "ebox.batch.nightly.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "ebox.batch.nightly.time", defaultValue = "02:00")
    String time;

    @Resource
    TimerService timers;

    @EJB
    NightlyRuns runs;

    @Inject
    Clock clock;

    @Inject
    Callers callers;

    @PostConstruct
    void schedule() {
        // Even a node that leaves the schedule to others renews the lease of a run an operator starts on it.
        long quarterOfTheLease = NightlyRuns.LEASE.dividedBy(4).toMillis();
        timers.createIntervalTimer(quarterOfTheLease, quarterOfTheLease, new TimerConfig("e-Box nightly lease", false));
        if (!enabled) {
            LOG.info("The nightly run is not scheduled on this node (ebox.batch.nightly.enabled=false)");
            return;
        }
        LocalTime at = LocalTime.parse(time);
        ScheduleExpression nightly = new ScheduleExpression()
                .hour(at.getHour())
                .minute(at.getMinute())
                .second(0)
                .timezone(BelgianTime.ZONE.getId());
        timers.createCalendarTimer(nightly, new TimerConfig(SCHEDULE, false));
        LOG.info(() -> "The nightly run is scheduled at " + at + " Europe/Brussels");
    }

    /** The timers' own calls, with no caller: the operators' role is named on the public methods only. */
    @Timeout
    @PermitAll
    void onTimer(Timer timer) {
        if (!SCHEDULE.equals(timer.getInfo())) {
            watchTheLease();
        } else if (startRun(null).isEmpty()) {
            LOG.info("The nightly run is in progress elsewhere; this node leaves it");
        }
    }

    /**
     * What the lease's timer does, now, for an operator: renews the lease of the run this node's job is running, or
     * takes over the run whose lease ran out. True when this node holds the lock afterwards.
     */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public boolean renewOrTakeOverTheLease() {
        return watchTheLease();
    }

    private boolean watchTheLease() {
        OffsetDateTime now = now();
        Optional<NightlyRuns.Lease> lease = runs.lease(now);
        if (lease.isEmpty()) {
            return false;
        }
        String runId = lease.get().runId();
        if (lease.get().node().equals(node()) && runsHere(runId)) {
            runs.renew(runId, node(), now);
            return true;
        }
        if (lease.get().ranOut() && enabled && runs.takeOver(runId, node(), now)) {
            LOG.warning(() -> "Nightly run " + runId + " of " + lease.get().node()
                    + " stopped renewing its lease; this node takes it over");
            Properties parameters = runs.find(runId)
                    .map(NightlyRun::getExecutionId)
                    .map(BatchRuntime.getJobOperator()::getParameters)
                    .orElseGet(Properties::new);
            parameters.setProperty(RUN_ID, runId);
            launch(runId, () -> BatchRuntime.getJobOperator().start(NIGHTLY_RUN, parameters));
            return true;
        }
        return false;
    }

    /** Whether this node's job is running the run, or is about to (its execution not attached yet). */
    private boolean runsHere(String runId) {
        Long executionId = runs.find(runId).map(NightlyRun::getExecutionId).orElse(null);
        if (executionId == null) {
            return true;
        }
        BatchStatus status =
                BatchRuntime.getJobOperator().getJobExecution(executionId).getBatchStatus();
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
    }

    /** An operator starts a run now. Empty when a run holds the lock already, on this node or another. */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public Optional<String> start() {
        return startRun(callers.current().getName());
    }

    /** Starts a run for an operator (null: the schedule). */
    private Optional<String> startRun(String startedBy) {
        Optional<NightlyRun> run = runs.open(node(), startedBy, now());
        run.ifPresent(opened -> {
            Properties parameters = new Properties();
            parameters.setProperty(RUN_ID, opened.getRunId());
            launch(opened.getRunId(), () -> BatchRuntime.getJobOperator().start(NIGHTLY_RUN, parameters));
        });
        return run.map(NightlyRun::getRunId);
    }

    /**
     * Restarts a run that failed, where its last checkpoint left it. False when it cannot: another run holds the
     * lock, or the run did not fail on this node.
     */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public boolean restart(String runId) {
        Optional<NightlyRun> run = runs.find(runId);
        if (run.isEmpty()
                || run.get().getStatus() != NightlyRun.Status.FAILED
                || run.get().getExecutionId() == null
                || !runs.resume(runId, node(), now())) {
            return false;
        }
        Properties parameters = new Properties();
        parameters.setProperty(RUN_ID, runId);
        launch(runId, () -> BatchRuntime.getJobOperator().restart(run.get().getExecutionId(), parameters));
        return true;
    }

    private void launch(String runId, java.util.function.LongSupplier startExecution) {
        try {
            long executionId = startExecution.getAsLong();
            runs.attachExecution(runId, executionId);
            LOG.info(() -> "Nightly run " + runId + " is execution " + executionId);
        } catch (RuntimeException e) {
            runs.close(runId, NightlyRun.Status.FAILED, "The job could not start: " + e, now());
            throw e;
        }
    }

    /** The time of night the schedule starts a run, Brussels time ("HH:mm"). */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public String scheduledTime() {
        return time;
    }

    /** When the schedule starts the next run on this node, in Brussels time; empty when it is not scheduled here. */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public Optional<ZonedDateTime> nextScheduledRun() {
        return timers.getTimers().stream()
                .filter(timer -> SCHEDULE.equals(timer.getInfo()))
                .map(Timer::getNextTimeout)
                .map(next -> next.toInstant().atZone(BelgianTime.ZONE))
                .min(ZonedDateTime::compareTo);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** This node's name in the run records: the JVM's, which is process id and host. */
    static String node() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }
}
