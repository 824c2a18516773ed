package org.ebox.batch.kbo;

import jakarta.batch.runtime.context.JobContext;
import org.ebox.batch.boundary.KboImportJobs;

/** The import an execution works for: named by the job parameter it was started with. */
final class ImportOfJob {

    private ImportOfJob() {}

    static String idOf(JobContext job) {
        String importId = job.getProperties().getProperty(KboImportJobs.IMPORT_ID);
        if (importId == null || importId.isBlank()) {
            throw new IllegalStateException("The import is started by KboImportJobs, which names its import");
        }
        return importId;
    }
}
