package org.ejournal.storage.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
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


    @AfterEach
    void closePool() {
        pools.forEach(HikariDataSource::close);
    }

    @org.junit.jupiter.api.Test
    void an_append_waits_for_another_append_to_the_same_school_but_not_for_other_schools() throws Exception {
        Log a = log("a").appendedTo(store, A, 1);
        Log b = log("b").appendedTo(store, B, 1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try (java.sql.Connection holder = dataSource().getConnection()) {
            holder.setAutoCommit(false);
            try (java.sql.Statement s = holder.createStatement()) { // another node in the middle of appending to A
                s.execute("SELECT size FROM ejournal_school WHERE school_id = 'school-a' FOR UPDATE");
            }
            org.ejournal.core.store.LogEntry nextOfA = a.next();
            java.util.concurrent.Future<?> toA = pool.submit(() -> store.append(A, nextOfA, a.frontier()));
            org.ejournal.core.store.LogEntry nextOfB = b.next();
            java.util.concurrent.Future<?> toB = pool.submit(() -> store.append(B, nextOfB, b.frontier()));

            toB.get(20, java.util.concurrent.TimeUnit.SECONDS); // school B is not held up
            Thread.sleep(300);
            org.assertj.core.api.Assertions.assertThat(toA.isDone()).as("the append to A waits for the lock").isFalse();
            holder.commit();
            toA.get(20, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertHolds(store, A, a.entries, a.frontier());
        assertHolds(store, B, b.entries, b.frontier());
    }
}
