package org.ebox.batch.nightly;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.Optional;
import org.ebox.expiry.boundary.ExpiryPurge;

/**
 * Deletes the files of purged messages that nothing refers to any more, page by page: also those a crash left
 * behind, and those a publication had touched too recently on an earlier night; then the uploads a node that died
 * while receiving them left in the incoming area.
 */
@Dependent
@Named("purgedFileCleaner")
public class PurgedFileCleaner extends AbstractBatchlet {

    @EJB
    ExpiryPurge purge;

    @Override
    public String process() {
        Optional<String> last = purge.deleteUnreferencedFiles(null, 200);
        while (last.isPresent()) {
            last = purge.deleteUnreferencedFiles(last.get(), 200);
        }
        purge.deleteAbandonedUploads();
        return BatchStatus.COMPLETED.name();
    }
}
