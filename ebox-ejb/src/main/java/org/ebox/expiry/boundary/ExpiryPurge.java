package org.ebox.expiry.boundary;

import static org.ebox.common.control.InLists.bind;
import static org.ebox.common.control.InLists.placeholders;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ebox.expiry.entity.PurgeRecord;
import org.ebox.message.control.BoxCounts;
import org.ebox.message.control.StoredFileReferences;
import org.ebox.nightly.boundary.NightlyRuns;
import org.ebox.nightly.control.RunCounts;
import org.ebox.platform.ContentStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes expired messages with their attachments, replies and files, chunk by chunk. What stays of each is a
 * {@link PurgeRecord}. The rows go in one transaction with the records and with the list of files to delete; the
 * files go after it committed (a file system takes no part in a transaction), each only when no other message or
 * reply shares it.
 */
// The nightly job's steps call this on batch threads, which carry no caller when the schedule starts the run. No
// request reaches it: only the job's own artifacts call it, with what the database holds, never a caller's input.
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExpiryPurge {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentStore contentStore;

    /** How long a file kept anew by a publication is spared; longer than any publication takes to commit. */
    @Inject
    @ConfigProperty(name = "ebox.purge.file-grace", defaultValue = "PT1H")
    Duration fileGrace;

    /** The messages expired by {@code now}, after the given one in id order: a page of the nightly run's reader. */
    public List<String> expiredAfter(OffsetDateTime now, String after, int limit) {
        return em.createQuery(
                        "select m.messageId from Message m where m.expirationDate <= :now"
                                + " and m.messageId > :after order by m.messageId",
                        String.class)
                .setParameter("now", now)
                .setParameter("after", after == null ? "" : after)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Deletes these messages if they have expired by {@code now}, keeping a record of each. */
    public int purge(String runId, List<String> messageIds, OffsetDateTime now) {
        if (messageIds.isEmpty()) {
            return 0;
        }
        // ?1 is the time, ?2... the message ids.
        String in = placeholders(messageIds.size());
        Map<String, List<String>> filesByMessage = filesOf(messageIds, in);
        List<?> expired = bind(
                        em.createNativeQuery("select message_id, enterprise_number, sender_organization_id,"
                                + " message_type_id, registered_mail, receipt_date, expiration_date, read_at from message"
                                + " where message_id in (" + in + ") and expiration_date <= ?1"),
                        now,
                        messageIds)
                .getResultList();
        List<String> purged = new ArrayList<>();
        for (Object row : expired) {
            Object[] columns = (Object[]) row;
            String messageId = (String) columns[0];
            purged.add(messageId);
            em.persist(new PurgeRecord(
                    messageId,
                    ((String) columns[1]).trim(),
                    ((String) columns[2]).trim(),
                    (String) columns[3],
                    Boolean.TRUE.equals(columns[4]),
                    time(columns[5]),
                    time(columns[6]),
                    time(columns[7]),
                    now,
                    runId,
                    String.join("\n", filesByMessage.getOrDefault(messageId, List.of()))));
        }
        if (purged.isEmpty()) {
            return 0;
        }
        em.flush();
        String purgedIn = placeholders(purged.size());
        bind(
                        em.createNativeQuery(
                                "insert into file_deletion (sha256, scheduled_at) select distinct f.sha256,"
                                        + " cast(?1 as timestamp with time zone)"
                                        + " from (select sha256 from attachment where message_id in (" + purgedIn + ")"
                                        + " union select sha256 from reply where original_message_id in (" + purgedIn
                                        + ")"
                                        + " and sha256 is not null) f"
                                        + " where not exists (select 1 from file_deletion d where d.sha256 = f.sha256)"),
                        now,
                        purged)
                .executeUpdate();
        // An institution's message that answered a purged one keeps its own life.
        bind(
                        em.createNativeQuery(
                                "update message set original_message_id = null where original_message_id in ("
                                        + purgedIn + ")"),
                        null,
                        purged)
                .executeUpdate();
        BoxCounts.deleting(em, purged);
        // Attachments, replies, notices and publication records go with their message (ON DELETE CASCADE).
        bind(em.createNativeQuery("delete from message where message_id in (" + purgedIn + ")"), null, purged)
                .executeUpdate();
        NightlyRuns.count(em, runId, RunCounts.purge(purged.size()), now);
        return purged.size();
    }

    /**
     * Deletes the files of purged messages that nothing refers to any more, for up to {@code limit} tasks after the
     * given digest; a file kept anew within the grace period waits for a later run. Answers the last digest looked
     * at, empty when there was none: the caller pages on until then.
     */
    @SuppressWarnings("unchecked")
    public Optional<String> deleteUnreferencedFiles(String after, int limit) {
        List<Object> digests = em.createNativeQuery(
                        "select sha256 from file_deletion where sha256 > ?1 order by sha256")
                .setParameter(1, after == null ? "" : after)
                .setMaxResults(limit)
                .getResultList();
        String last = null;
        for (Object digest : digests) {
            last = digest.toString().trim();
            try {
                if (StoredFileReferences.isReferenced(em, last)
                        || contentStore.deleteUnlessKeptWithin(last, fileGrace)) {
                    em.createNativeQuery("delete from file_deletion where sha256 = ?1")
                            .setParameter(1, last)
                            .executeUpdate();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete the purged file " + last, e);
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * Deletes the uploads a dead node left half-received in the shared incoming area, once older than the grace
     * period (no upload in progress takes that long). Answers how many.
     */
    public int deleteAbandonedUploads() {
        try {
            return contentStore.deleteUploadsAbandonedBefore(Instant.now().minus(fileGrace));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the abandoned uploads", e);
        }
    }

    /** "sha256 size name" of each file of these messages and of their replies. */
    private Map<String, List<String>> filesOf(List<String> messageIds, String in) {
        Map<String, List<String>> files = new HashMap<>();
        List<?> rows = bind(
                        em.createNativeQuery("select message_id, sha256, size_bytes, file_name from attachment"
                                + " where message_id in (" + in
                                + ") union all select original_message_id, sha256, size_bytes,"
                                + " file_name from reply where original_message_id in (" + in
                                + ") and sha256 is not null"),
                        null,
                        messageIds)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            files.computeIfAbsent((String) columns[0], id -> new ArrayList<>())
                    .add(columns[1].toString().trim() + " " + columns[2] + " " + columns[3]);
        }
        return files;
    }

    private static OffsetDateTime time(Object column) {
        if (column == null || column instanceof OffsetDateTime) {
            return (OffsetDateTime) column;
        }
        if (column instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        if (column instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected time value " + column.getClass());
    }
}
