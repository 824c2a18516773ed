package org.ebox.batch.kbo;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.ebox.enterprise.entity.KboImport;
import org.ebox.operations.boundary.KboImportSteps;

/** Changes the register by the staged lines, in one transaction, then lets the extract's file go. */
@Dependent
@Named("kboApplier")
public class KboApplier extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(KboApplier.class.getName());

    @EJB
    KboImportSteps steps;

    @Inject
    JobContext job;

    @Override
    public String process() throws Exception {
        String importId = ImportOfJob.idOf(job);
        steps.applying(importId);
        KboImport applied = steps.apply(importId);
        steps.forgetExtract(importId);
        LOG.info(() -> "KBO extract " + applied.getExtractNumber() + " applied: " + applied.getEnterprisesCreated()
                + " enterprises created, " + applied.getEnterprisesUpdated() + " updated, "
                + applied.getEnterprisesClosed() + " closed, " + applied.getLinesRejected() + " lines rejected");
        return "APPLIED";
    }
}
