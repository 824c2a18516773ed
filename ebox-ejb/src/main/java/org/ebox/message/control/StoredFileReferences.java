package org.ebox.message.control;

import jakarta.persistence.EntityManager;
import org.ebox.platform.StoredContent;

/** Whether a file of the store is still someone's: an attachment of a message, or the document of a reply. */
public final class StoredFileReferences {

    private StoredFileReferences() {}

    public static boolean isReferenced(EntityManager em, StoredContent content) {
        return isReferenced(em, content.sha256Hex());
    }

    /** The same, by the file's SHA-256 digest in lower-case hex. */
    public static boolean isReferenced(EntityManager em, String sha256Hex) {
        return count(em, "select count(a) from Attachment a where a.sha256 = :sha", sha256Hex) > 0
                || count(em, "select count(r) from Reply r where r.sha256 = :sha", sha256Hex) > 0;
    }

    private static long count(EntityManager em, String query, String sha256Hex) {
        return em.createQuery(query, Long.class).setParameter("sha", sha256Hex).getSingleResult();
    }
}
