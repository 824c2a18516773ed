package org.ebox.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything reads it. Flyway owns the schema; EclipseLink never generates DDL.
 * The datasource is declared here and configured only through MicroProfile Config keys, whose defaults live in
 * server-config (a server-level config source: values only in the application are not seen when the pool is made).
 * Bean-managed transactions, because Flyway commits each migration itself.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATASOURCE,
        className = "${MPCONFIG=ebox.db.class}",
        url = "${MPCONFIG=ebox.db.url}",
        user = "${MPCONFIG=ebox.db.user}",
        password = "${MPCONFIG=ebox.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATASOURCE = "java:app/jdbc/ebox";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrateOnStartup() {
        MigrateResult result = migrate(dataSource, DatabaseMigration.class.getClassLoader());
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
    }

    /** Also used by the tests that check the migrations on H2 and PostgreSQL outside the container. */
    public static MigrateResult migrate(DataSource dataSource, ClassLoader classLoader) {
        return configuration(dataSource, classLoader).load().migrate();
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("The database does not answer", e);
        }
    }

    public static FluentConfiguration configuration(DataSource dataSource, ClassLoader classLoader) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                // Most migrations are written once for both databases; a few use what only PostgreSQL has.
                .locations(
                        isPostgres(dataSource)
                                ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                                : new String[] {"classpath:db/migration"})
                // A database that EclipseLink touched first would otherwise make Flyway skip V1 silently.
                .baselineOnMigrate(true)
                .baselineVersion("0");
    }
}
