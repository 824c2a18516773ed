package org.ebox.nightly.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ebox.common.entity.BelgianTime;

/**
 * One run of the nightly job, in the shared database: every node of a cluster lists every run. Its counts grow in the
 * same transactions as the work they count, so they stay right across a restart.
 */
@Entity
@Table(name = "nightly_run")
public class NightlyRun {

    /** Where a run stands. A run whose node died stays RUNNING; its lease tells (see NightlyRuns). */
    public enum Status {
        RUNNING,
        COMPLETED,
        FAILED
    }

    @Id
    @Column(name = "run_id", length = 36)
    private String runId;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "node", nullable = false)
    private String node;

    /** The operator who started it; empty for the schedule. */
    @Column(name = "started_by", length = 100)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    /** The night (its Brussels date) a run of the schedule is for: unique, one a night; empty for an operator's. */
    @Column(name = "scheduled_night")
    private LocalDate scheduledNight;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private Status status;

    @Column(name = "step", length = 20)
    private String step;

    @Column(name = "enterprises_examined", nullable = false)
    private long enterprisesExamined;

    @Column(name = "messages_notified", nullable = false)
    private long messagesNotified;

    @Column(name = "messages_reminded", nullable = false)
    private long messagesReminded;

    @Column(name = "expiry_alerts", nullable = false)
    private long expiryAlerts;

    @Column(name = "mails_sent", nullable = false)
    private long mailsSent;

    @Column(name = "mails_failed", nullable = false)
    private long mailsFailed;

    @Column(name = "messages_purged", nullable = false)
    private long messagesPurged;

    @Column(name = "failure", length = 1000)
    private String failure;

    protected NightlyRun() {}

    public NightlyRun(String node, String startedBy, OffsetDateTime startedAt) {
        this.runId = UUID.randomUUID().toString();
        this.node = node;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.scheduledNight = startedBy == null
                ? startedAt.atZoneSameInstant(BelgianTime.ZONE).toLocalDate()
                : null;
        this.status = Status.RUNNING;
    }

    public String getRunId() {
        return runId;
    }

    public LocalDate getScheduledNight() {
        return scheduledNight;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public String getNode() {
        return node;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getEndedAt() {
        return endedAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getStep() {
        return step;
    }

    public long getEnterprisesExamined() {
        return enterprisesExamined;
    }

    public long getMessagesNotified() {
        return messagesNotified;
    }

    public long getMessagesReminded() {
        return messagesReminded;
    }

    public long getExpiryAlerts() {
        return expiryAlerts;
    }

    public long getMailsSent() {
        return mailsSent;
    }

    public long getMailsFailed() {
        return mailsFailed;
    }

    public long getMessagesPurged() {
        return messagesPurged;
    }

    public String getFailure() {
        return failure;
    }
}
