package org.ejournal.storage.jdbc;

import org.ejournal.core.store.StoreException;

/**
 * The JDBC store could not be opened or could not do what was asked. Its message starts with a
 * stable code: {@value JdbcStore#STORE_FAILED} for a failed statement, {@value JdbcStore#UNSUPPORTED_DATABASE}
 * for a database other than SQLite or PostgreSQL, {@value JdbcStore#MIGRATION_FAILED} when the schema
 * could not be brought up to date. Nothing was changed when it is thrown.
 */
public final class JdbcStoreException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final String code;

    JdbcStoreException(String code, String message, Throwable cause) {
        super(code + " " + message, cause);
        this.code = code;
    }

    /** @return the stable code, such as {@value JdbcStore#STORE_FAILED} */
    public String code() {
        return code;
    }
}
