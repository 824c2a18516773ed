package org.ebox.batch.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.InputStream;
import java.util.Properties;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.ebox.enterprise.entity.KboImport;
import org.ebox.operations.boundary.KboImportRefused;
import org.ebox.operations.boundary.KboImportSteps;
import org.ebox.operations.boundary.KboImports;
import org.ebox.platform.security.Roles;

/**
 * Starts the import of a KBO/BCE open data extract (the job kbo-import.xml of ebox-batch) once {@link KboImports}
 * has checked and recorded it, and restarts a failed one where its last checkpoint left it. It lives beside the job,
 * as {@link NightlyJobs} does.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KboImportJobs {

    /** The job XML's name under META-INF/batch-jobs. */
    public static final String KBO_IMPORT = "kbo-import";

    /** The job parameter that ties an execution to its import. */
    public static final String IMPORT_ID = "importId";

    /** The job parameter of the lines per chunk (10000 by default; the tests take fewer to see several chunks). */
    public static final String LINE_CHUNK = "lineChunk";

    private static final Logger LOG = Logger.getLogger(KboImportJobs.class.getName());

    @EJB
    KboImports imports;

    @EJB
    KboImportSteps steps;

    /** Receives an extract an operator sends, records its import and starts the job; the import is returned running. */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public KboImport start(String fileName, InputStream extract, int lineChunk) throws KboImportRefused {
        KboImport started = imports.receive(fileName, extract);
        Properties parameters = parameters(started.getImportId(), lineChunk);
        launch(started.getImportId(), () -> BatchRuntime.getJobOperator().start(KBO_IMPORT, parameters));
        return started;
    }

    /**
     * Restarts a failed import at its last checkpoint, or a stalled one (its node died) in a new job that reads the
     * extract from its first line. Answers whether it reads from the first line again.
     */
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    public boolean restart(String importId, int lineChunk) throws KboImportRefused {
        KboImports.Restart restart = imports.restart(importId);
        Properties parameters = parameters(importId, lineChunk);
        launch(
                importId,
                () -> restart.freshJob()
                        ? BatchRuntime.getJobOperator().start(KBO_IMPORT, parameters)
                        : BatchRuntime.getJobOperator().restart(restart.execution(), parameters));
        return restart.freshJob();
    }

    private static Properties parameters(String importId, int lineChunk) {
        Properties parameters = new Properties();
        parameters.setProperty(IMPORT_ID, importId);
        parameters.setProperty(LINE_CHUNK, String.valueOf(lineChunk));
        return parameters;
    }

    private void launch(String importId, LongSupplier startExecution) {
        try {
            long executionId = startExecution.getAsLong();
            imports.attachExecution(importId, executionId);
            LOG.info(() -> "KBO import " + importId + " is execution " + executionId);
        } catch (RuntimeException e) {
            steps.failed(importId, "The job could not start: " + e);
            throw e;
        }
    }
}
