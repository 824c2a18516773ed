package org.ebox.message.control;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import org.ebox.common.control.Aggregates;
import org.ebox.common.control.InLists;

/**
 * Each box's messages counted by the transactions that change them (table box_count), so that the total of a folder
 * costs one row, not a count of the box: a box of 100,000 messages took 10 ms to count on PostgreSQL. A row counts
 * the box's rows in the message table by folder (visible: the Inbox; masked: Masked messages), expired ones
 * included until the night purges them; a reader subtracts those, few, found on the box's expiry index. Every change
 * of a box's rows goes through here, in the changing transaction: a publication adds one, masking moves one, the
 * purge takes its chunk's away. A box without a row (one made by a path that does not know the counters) is
 * counted in full; a row is only made where it is exact: for an enterprise new to the e-Box, or by the migration and
 * the demo world before anyone publishes.
 */
public final class BoxCounts {

    private BoxCounts() {}

    /** A new message in the box, visible: in the publication's transaction, after its flush. */
    public static void received(EntityManager em, String enterpriseNumber) {
        em.createNativeQuery("update box_count set visible = visible + 1 where enterprise_number = ?1")
                .setParameter(1, enterpriseNumber)
                .executeUpdate();
    }

    /** {@code shown} messages of the box moved from Masked messages to the Inbox, {@code masked} the other way. */
    public static void movedBetweenFolders(EntityManager em, String enterpriseNumber, int shown, int masked) {
        if (shown == masked) {
            return;
        }
        em.createNativeQuery("update box_count set visible = visible + ?1, masked = masked - ?1"
                        + " where enterprise_number = ?2")
                .setParameter(1, shown - masked)
                .setParameter(2, enterpriseNumber)
                .executeUpdate();
    }

    /**
     * These messages are about to be deleted (the purge): each box they are in counts them no more. One statement
     * for the whole chunk, before its delete.
     */
    public static void deleting(EntityManager em, List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return;
        }
        String in = InLists.placeholders(messageIds.size());
        String ofTheBox = "select count(*) from message m where m.enterprise_number = box_count.enterprise_number"
                + " and m.message_id in (" + in + ") and m.visible = ";
        InLists.bind(
                        em.createNativeQuery("update box_count set visible = visible - (" + ofTheBox + "true),"
                                + " masked = masked - (" + ofTheBox + "false)"
                                + " where enterprise_number in (select m.enterprise_number from message m"
                                + " where m.message_id in (" + in + "))"),
                        null,
                        messageIds)
                .executeUpdate();
    }

    /**
     * Counts these boxes anew, when nothing else writes to them: the demo world at its creation. Boxes that have a
     * row keep it.
     */
    public static void countAnew(EntityManager em, Collection<String> enterpriseNumbers) {
        for (String enterpriseNumber : enterpriseNumbers) {
            em.createNativeQuery("insert into box_count (enterprise_number, visible, masked)"
                            + " select e.enterprise_number,"
                            + " (select count(*) from message m where m.enterprise_number = e.enterprise_number"
                            + " and m.visible = true),"
                            + " (select count(*) from message m where m.enterprise_number = e.enterprise_number"
                            + " and m.visible = false)"
                            + " from enterprise e where e.enterprise_number = ?1"
                            + " and not exists (select 1 from box_count c where c.enterprise_number = ?1)")
                    .setParameter(1, enterpriseNumber)
                    .executeUpdate();
        }
    }

    /**
     * How many unexpired messages the box holds at {@code now}, in the Inbox ({@code visible} true), in Masked
     * messages (false) or in both (null); empty when the box has no row and must be counted in full.
     */
    public static OptionalLong unexpired(
            EntityManager em, String enterpriseNumber, Boolean visible, OffsetDateTime now) {
        List<?> rows = em.createNativeQuery("select visible, masked from box_count where enterprise_number = ?1")
                .setParameter(1, enterpriseNumber)
                .getResultList();
        if (rows.isEmpty()) {
            return OptionalLong.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        long rowsOfTheBox = (visible == null || visible ? Aggregates.asLong(row[0]) : 0)
                + (visible == null || !visible ? Aggregates.asLong(row[1]) : 0);
        // The expired messages the night has not purged yet: a range of the (enterprise, visible, expiry) index.
        String folder = visible == null ? "" : " and m.visible = :visible";
        var expired = em.createQuery(
                        "select count(m) from Message m where m.enterpriseNumber = :enterprise"
                                + " and m.expirationDate <= :now" + folder,
                        Long.class)
                .setParameter("enterprise", enterpriseNumber)
                .setParameter("now", now);
        if (visible != null) {
            expired.setParameter("visible", visible);
        }
        return OptionalLong.of(rowsOfTheBox - expired.getSingleResult());
    }
}
