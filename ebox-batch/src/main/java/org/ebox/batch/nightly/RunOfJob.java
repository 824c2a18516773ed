package org.ebox.batch.nightly;

import jakarta.batch.runtime.context.JobContext;
import org.ebox.batch.boundary.NightlyJobs;

/** The run record an execution works for: named by the job parameter the run was started with. */
final class RunOfJob {

    private RunOfJob() {}

    static String idOf(JobContext job) {
        String runId = job.getProperties().getProperty(NightlyJobs.RUN_ID);
        if (runId == null || runId.isBlank()) {
            throw new IllegalStateException("The nightly run is started by NightlyJobs, which names its run");
        }
        return runId;
    }
}
