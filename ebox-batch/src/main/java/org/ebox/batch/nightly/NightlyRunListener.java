package org.ebox.batch.nightly;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.ebox.nightly.boundary.NightlyRuns;
import org.ebox.nightly.entity.NightlyRun;

/** Closes the run record when the job ends, with the failure of a step if there was one, and frees the lock. */
@Dependent
@Named("nightlyRunListener")
public class NightlyRunListener extends AbstractJobListener {

    @EJB
    NightlyRuns runs;

    @Inject
    JobContext job;

    @Inject
    Clock clock;

    @Override
    public void afterJob() {
        String failure = job.getTransientUserData() instanceof StepFailure stepFailure ? stepFailure.describe() : null;
        boolean failed = failure != null || job.getBatchStatus() == BatchStatus.FAILED;
        runs.close(
                RunOfJob.idOf(job),
                failed ? NightlyRun.Status.FAILED : NightlyRun.Status.COMPLETED,
                failed && failure == null ? "The job failed" : failure,
                OffsetDateTime.now(clock));
    }

    /** The first step that failed, and why; left for the job listener by the step listener. */
    record StepFailure(String step, Exception exception) {
        String describe() {
            return "Step " + step + ": " + exception;
        }
    }
}
