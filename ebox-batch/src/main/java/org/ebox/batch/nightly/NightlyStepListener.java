package org.ebox.batch.nightly;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.ebox.nightly.boundary.NightlyRuns;

/** Shows which step a run is in, and keeps the first step failure for the run record. */
@Dependent
@Named("nightlyStepListener")
public class NightlyStepListener extends AbstractStepListener {

    @EJB
    NightlyRuns runs;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    Clock clock;

    @Override
    public void beforeStep() {
        runs.enterStep(RunOfJob.idOf(job), step.getStepName(), OffsetDateTime.now(clock));
    }

    @Override
    public void afterStep() {
        if (step.getException() != null && job.getTransientUserData() == null) {
            job.setTransientUserData(new NightlyRunListener.StepFailure(step.getStepName(), step.getException()));
        }
    }
}
