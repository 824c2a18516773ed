package org.ebox.enterprise.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One import of a KBO/BCE open data extract into the register of enterprises: which extract, who sent it, where it
 * stands and what it did. Kept in the shared database, so every node shows it. While it is READING, APPLYING or
 * FAILED it holds the cluster's one place for a running import (the unique column {@code running}); APPLIED and
 * CANCELLED free it.
 */
@Entity
@Table(name = "kbo_import")
public class KboImport {

    /** Full: the whole register of active enterprises. Update: what changed since the extract before. */
    public enum ExtractType {
        FULL,
        UPDATE
    }

    public enum Status {
        /** The batch job reads the extract's lines into the staging tables. */
        READING,
        /** The staged lines change the register, in one transaction. */
        APPLYING,
        APPLIED,
        /** Stopped by a failure; the operator restarts it where it stopped, or cancels it. */
        FAILED,
        CANCELLED
    }

    private static final String RUNNING = "Y";

    @Id
    @Column(name = "import_id", length = 36)
    private String importId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "extract_type", nullable = false, length = 10)
    private ExtractType extractType;

    @Column(name = "extract_number", nullable = false)
    private int extractNumber;

    @Column(name = "snapshot_date", nullable = false)
    private LocalDate snapshotDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private Status status;

    @Column(name = "running", length = 1)
    private String running;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "started_by", nullable = false, length = 100)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Column(name = "bytes_total", nullable = false)
    private long bytesTotal;

    @Column(name = "bytes_read", nullable = false)
    private long bytesRead;

    @Column(name = "lines_read", nullable = false)
    private long linesRead;

    @Column(name = "lines_rejected", nullable = false)
    private long linesRejected;

    @Column(name = "enterprises_created", nullable = false)
    private long enterprisesCreated;

    @Column(name = "enterprises_updated", nullable = false)
    private long enterprisesUpdated;

    @Column(name = "enterprises_closed", nullable = false)
    private long enterprisesClosed;

    @Column(name = "failure", length = 1000)
    private String failure;

    /** When the job last showed it runs: a chunk staged, or the apply step begun. */
    @Column(name = "heartbeat_at")
    private OffsetDateTime heartbeatAt;

    protected KboImport() {}

    public KboImport(
            String fileName,
            ExtractType extractType,
            int extractNumber,
            LocalDate snapshotDate,
            long bytesTotal,
            String startedBy,
            OffsetDateTime startedAt) {
        this.importId = UUID.randomUUID().toString();
        this.fileName = fileName;
        this.extractType = extractType;
        this.extractNumber = extractNumber;
        this.snapshotDate = snapshotDate;
        this.bytesTotal = bytesTotal;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.status = Status.READING;
        this.running = RUNNING;
        this.heartbeatAt = startedAt;
    }

    public void attachExecution(long executionId) {
        this.executionId = executionId;
    }

    /** The reading went this far; {@code rejected} is what a chunk changed in the report (KboStaging.write). */
    public void read(long linesRead, long bytesRead, long rejected, OffsetDateTime when) {
        this.linesRead = linesRead;
        this.bytesRead = bytesRead;
        this.linesRejected += rejected;
        this.heartbeatAt = when;
    }

    /**
     * Taken up again after a failure (from the job's last checkpoint) or a stall (by a new job, from the first line);
     * the next chunk sets the counts again.
     */
    public void restarted(OffsetDateTime when) {
        this.status = Status.READING;
        this.failure = null;
        this.endedAt = null;
        this.heartbeatAt = when;
    }

    public void applying(OffsetDateTime when) {
        this.status = Status.APPLYING;
        this.heartbeatAt = when;
    }

    /**
     * Whether the import reads or applies, yet its job gave no sign of life for this long: the node that ran it died
     * (its job execution stays "started" in the job repository for good, so the job cannot be restarted as such).
     */
    public boolean isStalled(OffsetDateTime now, java.time.Duration quiet) {
        return (status == Status.READING || status == Status.APPLYING)
                && (heartbeatAt == null ? startedAt : heartbeatAt).isBefore(now.minus(quiet));
    }

    public OffsetDateTime getHeartbeatAt() {
        return heartbeatAt;
    }

    /** The register changed; {@code rejected} counts the lines of every step the report lists. */
    public void applied(long created, long updated, long closed, long rejected, OffsetDateTime when) {
        this.enterprisesCreated = created;
        this.enterprisesUpdated = updated;
        this.enterprisesClosed = closed;
        this.linesRejected = rejected;
        this.bytesRead = bytesTotal;
        end(Status.APPLIED, when);
    }

    public void failed(String failure, OffsetDateTime when) {
        this.failure = failure == null || failure.length() <= 1000 ? failure : failure.substring(0, 997) + "...";
        this.status = Status.FAILED;
        this.endedAt = when;
    }

    public void cancelled(OffsetDateTime when) {
        end(Status.CANCELLED, when);
    }

    private void end(Status status, OffsetDateTime when) {
        this.status = status;
        this.endedAt = when;
        this.running = null;
    }

    /** How far the reading is, in percent of the extract's unpacked bytes. */
    public int getPercentRead() {
        if (status == Status.APPLIED) {
            return 100;
        }
        return bytesTotal == 0 ? 0 : (int) Math.min(100, bytesRead * 100 / bytesTotal);
    }

    public String getImportId() {
        return importId;
    }

    public String getFileName() {
        return fileName;
    }

    public ExtractType getExtractType() {
        return extractType;
    }

    public int getExtractNumber() {
        return extractNumber;
    }

    public LocalDate getSnapshotDate() {
        return snapshotDate;
    }

    public Status getStatus() {
        return status;
    }

    public Long getExecutionId() {
        return executionId;
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

    public long getBytesTotal() {
        return bytesTotal;
    }

    public long getLinesRead() {
        return linesRead;
    }

    public long getLinesRejected() {
        return linesRejected;
    }

    public long getEnterprisesCreated() {
        return enterprisesCreated;
    }

    public long getEnterprisesUpdated() {
        return enterprisesUpdated;
    }

    public long getEnterprisesClosed() {
        return enterprisesClosed;
    }

    public String getFailure() {
        return failure;
    }
}
