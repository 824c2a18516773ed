package org.ebox.message.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/**
 * A file a publication or reply adds to the store is, until its message commits, referred to by nothing: a node that
 * dies in between would leave it an orphan, and no node's cleanup would ever run for it. So, before the file takes
 * its name in the store, it goes on the night's list of files to delete once nothing refers to them (the purge's
 * {@code file_deletion}), in a transaction of its own that stays whatever becomes of the publication's. The night
 * drops the task of a file a message refers to, and deletes one nothing does (past {@code ebox.purge.file-grace}).
 */
@ApplicationScoped
public class UnconfirmedFiles {

    @PersistenceContext
    EntityManager em;

    /**
     * Puts the file on the night's list, unless it is there already. Two publications of the same bytes at once may
     * both try: the second fails on the list's key, and {@link #isListed} then says the one task is there.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void list(String sha256Hex, OffsetDateTime now) {
        if (!isListed(sha256Hex)) {
            em.createNativeQuery("insert into file_deletion (sha256, scheduled_at) values (?1, ?2)")
                    .setParameter(1, sha256Hex)
                    .setParameter(2, now)
                    .executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean isListed(String sha256Hex) {
        return !em.createNativeQuery("select 1 from file_deletion where sha256 = ?1")
                .setParameter(1, sha256Hex)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
