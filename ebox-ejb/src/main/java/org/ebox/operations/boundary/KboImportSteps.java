package org.ebox.operations.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.ebox.enterprise.control.KboExtractFolder;
import org.ebox.enterprise.control.KboRegisterUpdate;
import org.ebox.enterprise.control.KboStaging;
import org.ebox.enterprise.entity.KboImport;
import org.ebox.platform.DatabaseMigration;

/**
 * What the import job does, step by step: stage a chunk of lines (in the chunk's transaction, so that the staged
 * rows, the counts and the job's checkpoint commit together), then change the register in one transaction.
 */
// The job's artifacts call this on batch threads; a restart after a node's restart carries no caller. No request
// reaches it: only the job calls it, with the import id of a recorded import (KboImports checks the operator).
@PermitAll
@Stateless
public class KboImportSteps {

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    KboExtractFolder folder;

    @Inject
    Clock clock;

    public Path extractOf(String importId) {
        return folder.of(importId);
    }

    public KboImport find(String importId) {
        return em.find(KboImport.class, importId);
    }

    /** Stages a chunk and counts how far the reading went (lines of all files, bytes unpacked). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void stage(String importId, List<KboStaging.Item> items, long linesRead, long bytesRead)
            throws SQLException {
        int rejected;
        try (Connection connection = dataSource.getConnection()) {
            rejected = new KboStaging(connection, importId).write(items);
        }
        em.find(KboImport.class, importId).read(linesRead, bytesRead, rejected);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void applying(String importId) {
        em.find(KboImport.class, importId).applying();
    }

    /** Changes the register by what was staged; all of it, or (on a failure) nothing. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public KboImport apply(String importId) throws SQLException {
        KboImport applied = em.find(KboImport.class, importId);
        KboRegisterUpdate.Result result;
        long rejected;
        try (Connection connection = dataSource.getConnection()) {
            result = new KboRegisterUpdate(connection, importId)
                    .apply(applied.getExtractType(), applied.getExtractNumber(), applied.getSnapshotDate());
            rejected = rejectedLines(connection, importId);
        }
        applied.applied(result.created(), result.updated(), result.closed(), rejected, OffsetDateTime.now(clock));
        return applied;
    }

    private static long rejectedLines(Connection connection, String importId) throws SQLException {
        try (PreparedStatement count =
                connection.prepareStatement("SELECT COUNT(*) FROM kbo_import_rejection WHERE import_id = ?")) {
            count.setString(1, importId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String importId, String failure) {
        KboImport failedImport = em.find(KboImport.class, importId);
        if (failedImport.getStatus() != KboImport.Status.APPLIED) {
            failedImport.failed(failure, OffsetDateTime.now(clock));
        }
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void forgetStaged(String importId) {
        try (Connection connection = dataSource.getConnection()) {
            new KboRegisterUpdate(connection, importId).forgetStaged();
        } catch (SQLException e) {
            throw new IllegalStateException("The staged rows of import " + importId + " could not be removed", e);
        }
    }

    public void forgetExtract(String importId) {
        folder.forget(folder.of(importId));
    }
}
