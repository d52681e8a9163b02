package org.ejournal.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The databases the JDBC store speaks: what differs between them is small and kept here. */
enum Dialect {

    /** The embedded default: one writer at a time per file, so the store serialises its own writes. */
    SQLITE("sqlite", ""),

    /** For a school server or a region: a school's head row is locked, other schools go on. */
    POSTGRESQL("postgresql", " FOR UPDATE");

    private final String folder;
    private final String lockSuffix;

    Dialect(String folder, String lockSuffix) {
        this.folder = folder;
        this.lockSuffix = lockSuffix;
    }

    /** @return the Flyway location of this database's migrations */
    String migrations() {
        return "classpath:org/ejournal/storage/jdbc/migration/" + folder;
    }

    /** @return what follows a SELECT of a school's head row to lock it for the transaction */
    String lockSuffix() {
        return lockSuffix;
    }

    /**
     * @param connection an open connection
     * @return the dialect of its database
     * @throws JdbcStoreException (code {@value JdbcStore#UNSUPPORTED_DATABASE}) for another database
     */
    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (p.contains("sqlite")) {
            return SQLITE;
        }
        if (p.contains("postgresql")) {
            return POSTGRESQL;
        }
        throw new JdbcStoreException(JdbcStore.UNSUPPORTED_DATABASE, "the JDBC store works with SQLite and PostgreSQL, not "
                + product, null);
    }
}
