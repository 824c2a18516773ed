package org.ebox.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the nightly jobs at two in the morning, after the day of publication has ended (a notification is only due
 * for a message not read on its day). A node started with {@code ebox.batch.nightly.enabled=false} leaves the jobs to
 * the others of its cluster.
 */
@Singleton
public class NightlyJobs {

    /** The job XML names under META-INF/batch-jobs. */
    public static final String MAILBOX_CENSUS = "mailbox-census";

    private static final Logger LOG = Logger.getLogger(NightlyJobs.class.getName());

    @Inject
    @ConfigProperty(name = "ebox.batch.nightly.enabled", defaultValue = "true")
    boolean enabled;

    @Schedule(hour = "2", minute = "0", persistent = false, info = "e-Box nightly jobs")
    void runNightly() {
        if (enabled) {
            start(MAILBOX_CENSUS);
        }
    }

    /** Starts a job now and answers its execution id. */
    public long start(String jobName) {
        JobOperator operator = BatchRuntime.getJobOperator();
        long executionId = operator.start(jobName, new Properties());
        LOG.info(() -> "Started job " + jobName + " as execution " + executionId);
        return executionId;
    }
}
