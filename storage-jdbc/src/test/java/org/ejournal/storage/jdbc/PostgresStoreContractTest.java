package org.ejournal.storage.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.ejournal.core.store.JournalStore;
import org.junit.jupiter.api.AfterEach;

/** The storage contract, kept by the PostgreSQL store in a new database of a real server. */
class PostgresStoreContractTest extends JdbcStoreContract {

    private final java.util.List<HikariDataSource> pools = new java.util.ArrayList<>();

    @Override
    protected DataSource newDataSource() {
        HikariDataSource pool = Databases.newPostgresDatabase();
        pools.add(pool);
        return pool;
    }

    @Override
    protected String trueLiteral() {
        return "TRUE";
    }

    @Override
    protected JournalStore newStore() {
        return JdbcStore.open(dataSource());
    }

    @AfterEach
    void closePool() {
        pools.forEach(HikariDataSource::close);
    }
}
