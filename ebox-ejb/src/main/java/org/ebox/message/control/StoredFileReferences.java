package org.ebox.message.control;

import jakarta.persistence.EntityManager;
import org.ebox.platform.StoredContent;

/** Whether a file of the store is still someone's: an attachment of a message, or the document of a reply. */
public final class StoredFileReferences {

    private StoredFileReferences() {}

    public static boolean isReferenced(EntityManager em, StoredContent content) {
        return count(em, "select count(a) from Attachment a where a.sha256 = :sha", content) > 0
                || count(em, "select count(r) from Reply r where r.sha256 = :sha", content) > 0;
    }

    private static long count(EntityManager em, String query, StoredContent content) {
        return em.createQuery(query, Long.class)
                .setParameter("sha", content.sha256Hex())
                .getSingleResult();
    }
}
