package org.ebox.platform;

import java.util.Locale;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The database the build points at: H2 by default, PostgreSQL when CI sets ebox.test.db.url. */
public final class TestDatabase {

    private TestDatabase() {}

    public static String url() {
        return System.getProperty("ebox.test.db.url", "jdbc:h2:mem:migration;DB_CLOSE_DELAY=-1;MODE=LEGACY");
    }

    public static boolean postgres() {
        return url().startsWith("jdbc:postgresql:");
    }

    /** A schema's name as the database keeps it (PostgreSQL folds to lower case, H2 to upper). */
    public static String schema(String name) {
        return postgres() ? name.toLowerCase(Locale.ROOT) : name.toUpperCase(Locale.ROOT);
    }

    public static DataSource dataSource() {
        String user = System.getProperty("ebox.test.db.user", "sa");
        String password = System.getProperty("ebox.test.db.password", "sa");
        if (postgres()) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url());
            pg.setUser(user);
            pg.setPassword(password);
            return pg;
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url());
        h2.setUser(user);
        h2.setPassword(password);
        return h2;
    }
}
