package org.ebox.batch.kbo;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ebox.operations.boundary.KboImportSteps;

/**
 * Records a failed import with the step and the exception that stopped it, so the operator sees why and may
 * restart it. Listens to the job (a failure outside a step) and to its steps (which know their exception).
 */
@Dependent
@Named("kboImportListener")
public class KboImportListener implements JobListener, StepListener {

    @EJB
    KboImportSteps steps;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void beforeJob() {
        // Nothing to prepare: KboImportJobs recorded the import before it started the job.
    }

    @Override
    public void afterJob() {
        if (job.getBatchStatus() == BatchStatus.FAILED && job.getTransientUserData() == null) {
            steps.failed(ImportOfJob.idOf(job), "The job failed");
        }
    }

    @Override
    public void beforeStep() {
        // Nothing to prepare.
    }

    @Override
    public void afterStep() {
        if (step.getException() != null && job.getTransientUserData() == null) {
            String failure = "Step " + step.getStepName() + ": " + step.getException();
            job.setTransientUserData(failure);
            steps.failed(ImportOfJob.idOf(job), failure);
        }
    }
}
