package org.ebox.nightly.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.ebox.nightly.control.RunCounts;
import org.ebox.nightly.entity.NightlyRun;
import org.ebox.platform.security.Roles;

/**
 * The runs of the nightly job and the lock that lets one run at a time in the whole cluster. The lock is a lease in
 * the shared database: a run takes it when no run holds it or when the holder's lease has run out. The node running
 * it renews it with every chunk of work and, between chunks, every quarter of the lease (see NightlyJobs). A node
 * that dies stops renewing, so its lease runs out within {@link #LEASE}, and another node takes the run over and
 * finishes what was left: nothing hangs on a dead node.
 */
// The nightly job's steps call this on batch threads, which carry no caller when the schedule starts the run. No
// request reaches it: only the job's own artifacts call it, with what the database holds, never a caller's input.
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NightlyRuns {

    /**
     * How long a run holds the lock without renewing it: what a dead node's run waits before another node takes it
     * over. The node renews it every quarter of this, so a node that misses one renewal (a pause of its JVM, a slow
     * commit) keeps its run.
     */
    public static final Duration LEASE = Duration.ofMinutes(2);

    private static final String LOCK = "nightly";

    @PersistenceContext
    EntityManager em;

    /**
     * Opens a run and takes the lock; empty when another run holds it, or, for the schedule (no operator), when the
     * schedule of another node ran tonight already: every node's timer fires, and one whose clock is late must not
     * start the night anew once the first run has ended and let go of the lock.
     */
    public Optional<NightlyRun> open(String node, String startedBy, OffsetDateTime now) {
        NightlyRun run = new NightlyRun(node, startedBy, now);
        if (run.getScheduledNight() != null && scheduledAlready(run.getScheduledNight())) {
            return Optional.empty();
        }
        // Taking the lock waits for a run another node opens meanwhile, and then fails: its lease is fresh. A unique
        // key on the night stands behind both.
        if (!takeLock(run.getRunId(), node, now)) {
            return Optional.empty();
        }
        em.persist(run);
        return Optional.of(run);
    }

    /** Takes the lock again for a run restarted after a failure; false when another run holds it. */
    public boolean resume(String runId, String node, OffsetDateTime now) {
        if (!takeLock(runId, node, now)) {
            return false;
        }
        em.createNativeQuery("update nightly_run set status = 'RUNNING', ended_at = null, failure = null,"
                        + " node = ?2 where run_id = ?1")
                .setParameter(1, runId)
                .setParameter(2, node)
                .executeUpdate();
        return true;
    }

    private boolean scheduledAlready(LocalDate night) {
        return !em.createQuery("select r.runId from NightlyRun r where r.scheduledNight = :night", String.class)
                .setParameter("night", night)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private boolean takeLock(String runId, String node, OffsetDateTime now) {
        return lockFor(runId, node, now, "run_id is null or run_id = ?1 or lease_until < ?5");
    }

    /** Gives the lock to the run on the node, with a fresh lease, if it stands as the condition says (SQL). */
    private boolean lockFor(String runId, String node, OffsetDateTime now, String condition) {
        return em.createNativeQuery("update nightly_lock set run_id = ?1, holder = ?2, lease_until = ?3"
                                + " where lock_name = ?4 and (" + condition + ")")
                        .setParameter(1, runId)
                        .setParameter(2, node)
                        .setParameter(3, now.plus(LEASE))
                        .setParameter(4, LOCK)
                        .setParameter(5, now)
                        .executeUpdate()
                == 1;
    }

    /**
     * Takes over the run that holds the lock, for this node, if its lease has run out: its node stopped renewing it
     * (it died, or lost the database). False when the lease is fresh or another node took it over first: the update
     * waits for that node's and then finds its fresh lease.
     */
    public boolean takeOver(String runId, String node, OffsetDateTime now) {
        boolean taken = lockFor(runId, node, now, "run_id = ?1 and lease_until < ?5");
        if (taken) {
            em.createNativeQuery("update nightly_run set node = ?2 where run_id = ?1")
                    .setParameter(1, runId)
                    .setParameter(2, node)
                    .executeUpdate();
        }
        return taken;
    }

    /** Renews the lease of a run this node holds the lock for; between chunks, while its job runs. */
    public void renew(String runId, String node, OffsetDateTime now) {
        em.createNativeQuery("update nightly_lock set lease_until = ?2 where lock_name = ?3 and run_id = ?1"
                        + " and holder = ?4")
                .setParameter(1, runId)
                .setParameter(2, now.plus(LEASE))
                .setParameter(3, LOCK)
                .setParameter(4, node)
                .executeUpdate();
    }

    /** The lock as it stands now: the run that holds it, its node, and whether its lease ran out. */
    public Optional<Lease> lease(OffsetDateTime now) {
        return em.createNativeQuery("select run_id, holder, case when lease_until < ?2 then 1 else 0 end"
                        + " from nightly_lock where lock_name = ?1 and run_id is not null")
                .setParameter(1, LOCK)
                .setParameter(2, now)
                .getResultStream()
                .findFirst()
                .map(row -> {
                    Object[] columns = (Object[]) row;
                    return new Lease((String) columns[0], (String) columns[1], ((Number) columns[2]).intValue() == 1);
                });
    }

    /** Who holds the lock, and whether the holder's lease ran out. */
    public record Lease(String runId, String node, boolean ranOut) {}

    public void attachExecution(String runId, long executionId) {
        em.createNativeQuery("update nightly_run set execution_id = ?2 where run_id = ?1")
                .setParameter(1, runId)
                .setParameter(2, executionId)
                .executeUpdate();
    }

    /** The run enters a step: shown on the operators' page while it runs. Renews the lease. */
    public void enterStep(String runId, String step, OffsetDateTime now) {
        em.createNativeQuery("update nightly_run set step = ?2 where run_id = ?1")
                .setParameter(1, runId)
                .setParameter(2, step)
                .executeUpdate();
        renewLease(em, runId, now);
    }

    /** Ends a run and frees the lock. */
    public void close(String runId, NightlyRun.Status status, String failure, OffsetDateTime now) {
        em.createNativeQuery("update nightly_run set status = ?2, ended_at = ?3, failure = ?4 where run_id = ?1")
                .setParameter(1, runId)
                .setParameter(2, status.name())
                .setParameter(3, now)
                .setParameter(4, failure == null ? null : failure.substring(0, Math.min(failure.length(), 1000)))
                .executeUpdate();
        em.createNativeQuery("update nightly_lock set run_id = null, holder = null, lease_until = null"
                        + " where lock_name = ?1 and run_id = ?2")
                .setParameter(1, LOCK)
                .setParameter(2, runId)
                .executeUpdate();
    }

    /** The newest runs first, for the operators' page. */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public List<NightlyRun> latest(int count) {
        return em.createQuery("select r from NightlyRun r order by r.startedAt desc", NightlyRun.class)
                .setMaxResults(count)
                .getResultList();
    }

    public Optional<NightlyRun> find(String runId) {
        return Optional.ofNullable(em.find(NightlyRun.class, runId));
    }

    /** The run that holds the lock now, if its lease has not run out. */
    public Optional<String> runHoldingTheLock(OffsetDateTime now) {
        return lease(now).filter(lease -> !lease.ranOut()).map(Lease::runId);
    }

    /**
     * Adds to a run's counts and renews its lease, in the caller's transaction: the counts move with the work they
     * count. For the services the run calls (notices, delivery, purge), inside their own transactions.
     */
    public static void count(EntityManager em, String runId, RunCounts counts, OffsetDateTime now) {
        em.createNativeQuery("update nightly_run set enterprises_examined = enterprises_examined + ?2,"
                        + " messages_notified = messages_notified + ?3, messages_reminded = messages_reminded + ?4,"
                        + " expiry_alerts = expiry_alerts + ?5, mails_sent = mails_sent + ?6,"
                        + " mails_failed = mails_failed + ?7, messages_purged = messages_purged + ?8"
                        + " where run_id = ?1")
                .setParameter(1, runId)
                .setParameter(2, counts.enterprisesExamined())
                .setParameter(3, counts.messagesNotified())
                .setParameter(4, counts.messagesReminded())
                .setParameter(5, counts.expiryAlerts())
                .setParameter(6, counts.mailsSent())
                .setParameter(7, counts.mailsFailed())
                .setParameter(8, counts.messagesPurged())
                .executeUpdate();
        renewLease(em, runId, now);
    }

    private static void renewLease(EntityManager em, String runId, OffsetDateTime now) {
        em.createNativeQuery("update nightly_lock set lease_until = ?2 where lock_name = ?3 and run_id = ?1")
                .setParameter(1, runId)
                .setParameter(2, now.plus(LEASE))
                .setParameter(3, LOCK)
                .executeUpdate();
    }
}
