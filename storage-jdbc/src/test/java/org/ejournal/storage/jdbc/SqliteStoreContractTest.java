package org.ejournal.storage.jdbc;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;

/** The storage contract, kept by the SQLite store in a file of a temporary folder. */
class SqliteStoreContractTest extends JdbcStoreContract {

    @TempDir
    Path folder;
    private int files;

    @Override
    protected DataSource newDataSource() {
        return JdbcStore.sqliteDataSource(folder.resolve("journal-" + ++files + ".db"));
    }

    @Override
    protected String trueLiteral() {
        return "1";
    }
}
