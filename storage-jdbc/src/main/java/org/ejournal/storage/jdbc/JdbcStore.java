package org.ejournal.storage.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.ejournal.core.log.Frontier;
import org.ejournal.core.log.Hash;
import org.ejournal.core.model.SchoolId;
import org.ejournal.core.store.JournalStore;
import org.ejournal.core.store.LogEntry;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The audit log kept in a relational database over JDBC: SQLite as the embedded default (one file per
 * school or per installation) and PostgreSQL for a school server or a whole region (many schools in
 * one database, every statement scoped to one school).
 *
 * <p>The store works over a {@link DataSource} the host supplies; it bundles no pool, borrows a
 * connection for each operation and gives it back at once. Opening a store brings its schema up to
 * date with Flyway, in a history table of its own ({@value #HISTORY_TABLE}), so it never clashes with
 * the host's migrations in the same database; a database already migrated by a newer version of the
 * library is refused ({@value #MIGRATION_FAILED}).
 *
 * <pre>{@code
 * JdbcStore store = JdbcStore.sqlite(Path.of("school-1.db"));              // the embedded default; close() at the end
 * JournalStore shared = JdbcStore.open(hikariDataSource);                 // PostgreSQL, the host's pool
 * Journal journal = Journal.builder().school(school).store(store).build(); // reopened as it was
 * }</pre>
 *
 * <p>An append is one transaction: the school's head row (its size and the Merkle tree's frontier) is
 * locked, the sequence is checked against it and the head row is updated (one statement when the
 * sequence follows), and the entries are inserted (a hundred rows to a statement, in one JDBC batch).
 * So appends to one school's log are serialised, even from several processes, while other schools'
 * appends go on (PostgreSQL locks one row; SQLite has one writer per file anyway, and the store queues
 * its own writers rather than letting them poll). A committed append is durable when it returns, as
 * far as the database's settings make it: {@link #sqlite(Path)} sets WAL, {@code synchronous=FULL} and
 * foreign keys on, and the store warns when a host's SQLite source does not. Reading streams a log in
 * chunks of {@value #CHUNK} entries, each read on its own, so that no long transaction holds the
 * database.
 *
 * <p>The store keeps bytes and gives them back; it does not hash. A row edited by hand is not
 * loaded as truth: the journal checks every hash when it opens and {@code Journal.verify()} reports
 * the entry. Thread-safe.
 */
public final class JdbcStore implements JournalStore, AutoCloseable {

    /** The code of a failed statement, as for every store: a lost connection, a full disk, a conflict. */
    public static final String STORE_FAILED = "EJ1901";

    /** The code of a database the store does not work with. */
    public static final String UNSUPPORTED_DATABASE = "EJ1930";

    /** The code of a schema that could not be brought up to date, or that a newer library made. */
    public static final String MIGRATION_FAILED = "EJ1931";

    /** The table where Flyway keeps the history of the store's own schema. */
    public static final String HISTORY_TABLE = "ejournal_schema_history";

    /** How many entries a read of the log fetches at a time. */
    public static final int CHUNK = 4096;

    /** How many entries one insert statement of an append writes. */
    static final int ROWS_PER_INSERT = 100;

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);
    private static final String INSERT_ENTRY = "INSERT INTO ejournal_entry"
            + " (school_id, seq, header, payload, payload_digest, leaf_hash) VALUES ";
    private static final String ROW_PLACEHOLDERS = "(?, ?, ?, ?, ?, ?)";
    private static final String INSERT_FULL = insertRows(ROWS_PER_INSERT);
    private static final byte[] NO_HASHES = new byte[0];

    private final DataSource dataSource;
    private final Dialect dialect;
    /** SQLite has one writer per file: queue this store's writers instead of letting them poll. */
    private final ReentrantLock sqliteWriter;
    /**
     * For {@link #sqlite(Path)}: a connection held open while the store is, so that SQLite keeps its
     * write-ahead log and its index between operations instead of checkpointing and deleting them each
     * time the last connection closes (which made an append about seven times slower).
     */
    private volatile Connection keeper;

    private JdbcStore(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.sqliteWriter = dialect == Dialect.SQLITE ? new ReentrantLock(true) : null;
    }

    /**
     * Opens the store in a database, creating or updating its tables.
     *
     * @param dataSource where to connect, not {@code null}: an SQLite or a PostgreSQL database
     * @return the store
     * @throws JdbcStoreException ({@value #UNSUPPORTED_DATABASE}) for another database,
     *     ({@value #MIGRATION_FAILED}) if the schema could not be brought up to date or was made by a
     *     newer version of the library, ({@value #STORE_FAILED}) if the database cannot be reached
     */
    public static JdbcStore open(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        Dialect dialect;
        try (Connection c = dataSource.getConnection()) {
            dialect = Dialect.of(c);
            if (dialect == Dialect.SQLITE) {
                warnUnlessDurable(c);
            }
        } catch (SQLException e) {
            throw failed("connecting to the database", e);
        }
        migrate(dataSource, dialect);
        return new JdbcStore(dataSource, dialect);
    }

    /**
     * Opens the embedded default: an SQLite file, created if it does not exist, with WAL,
     * {@code synchronous=FULL}, foreign keys on and a busy timeout for other processes.
     *
     * @param file the database file, not {@code null}; its folder must exist
     * @return the store
     * @throws JdbcStoreException as {@link #open(DataSource)}
     */
    public static JdbcStore sqlite(Path file) {
        DataSource dataSource = sqliteDataSource(file);
        JdbcStore store = open(dataSource);
        try {
            store.keeper = dataSource.getConnection();
        } catch (SQLException e) {
            throw failed("connecting to the database", e);
        }
        return store;
    }

    /**
     * Releases what the store holds: for a store made by {@link #sqlite(Path)}, the connection that
     * keeps the file's write-ahead log open (the log is checkpointed into the file then). A store over
     * a host's data source holds nothing between operations. The store still works after this, only
     * more slowly on SQLite. Idempotent.
     */
    @Override
    public void close() {
        Connection c = keeper;
        keeper = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("could not close the SQLite keeper connection", e);
            }
        }
    }

    /**
     * The data source {@link #sqlite(Path)} uses, for hosts that want to share it: every connection it
     * opens has WAL, {@code synchronous=FULL}, foreign keys on, a 10-second busy timeout and
     * transactions that take the write lock when they begin.
     *
     * @param file the database file, not {@code null}
     * @return a data source that opens a new connection each time (no pool)
     */
    public static DataSource sqliteDataSource(Path file) {
        Objects.requireNonNull(file, "file");
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }

    private static void warnUnlessDurable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            String mode = pragma(s, "journal_mode");
            String sync = pragma(s, "synchronous");
            String keys = pragma(s, "foreign_keys");
            if (!"wal".equalsIgnoreCase(mode) || !"2".equals(sync) && !"3".equals(sync) || !"1".equals(keys)) {
                LOG.warn("the SQLite database is not set up as the journal expects (journal_mode={}, synchronous={},"
                        + " foreign_keys={}; expected wal, 2 (FULL) or 3, 1): an acknowledged event may be lost in a"
                        + " power cut; use JdbcStore.sqliteDataSource(file) or set these pragmas", mode, sync, keys);
            }
        }
    }

    private static String pragma(Statement s, String name) throws SQLException {
        try (ResultSet r = s.executeQuery("PRAGMA " + name)) {
            return r.next() ? r.getString(1) : "";
        }
    }

    private static void migrate(DataSource dataSource, Dialect dialect) {
        try {
            MigrateResult result = Flyway.configure(JdbcStore.class.getClassLoader())
                    .dataSource(dataSource)
                    .table(HISTORY_TABLE)
                    .locations(dialect.migrations())
                    .failOnMissingLocations(true)
                    // the host's own tables may share the database: start our history at version 0
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    // a schema made by a newer library is refused, not silently used
                    .ignoreMigrationPatterns("")
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("ejournal schema brought to version {} ({} migrations)", result.targetSchemaVersion,
                        result.migrationsExecuted);
            }
        } catch (FlywayException e) {
            throw new JdbcStoreException(MIGRATION_FAILED, "the journal's tables could not be brought up to date"
                    + " (history in " + HISTORY_TABLE + "): " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ writing

    @Override
    public void appendAll(SchoolId school, List<LogEntry> entries, Frontier frontier) {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(frontier, "frontier");
        write(school, "appending " + entries.size() + " entries", c -> {
            if (!advanceHead(c, school, entries, frontier)) {
                long size = lockHead(c, school, true);
                JournalStore.requireFollows(school, size, entries, frontier);
                updateHead(c, school, frontier, -1);
            }
            insertEntries(c, school, entries);
            return null;
        });
    }

    /**
     * The usual append in one statement: if the entries follow one another and the log is as long as
     * the first of them says, moves the school's head row on — which checks the size, locks the row
     * for the transaction and, on SQLite, takes the write lock first, as {@link #lockHead} does. Gives
     * {@code false}, having changed nothing, for the school's first entry, for entries that would be
     * refused, and when the log has another size; then the head is read and checked the long way, which
     * refuses what does not follow with the same message as ever.
     */
    private static boolean advanceHead(Connection c, SchoolId school, List<LogEntry> entries, Frontier frontier)
            throws SQLException {
        if (entries.isEmpty() || entries.get(0) == null || entries.get(0).sequence() == 1) {
            return false;
        }
        long size = entries.get(0).sequence() - 1;
        try {
            JournalStore.requireFollows(school, size, entries, frontier);
        } catch (RuntimeException refused) {
            return false;
        }
        return updateHead(c, school, frontier, size) == 1;
    }

    /** Sets the head row's size and frontier; if {@code from} is not negative, only if the size is {@code from}. */
    private static int updateHead(Connection c, SchoolId school, Frontier frontier, long from) throws SQLException {
        try (PreparedStatement head = c.prepareStatement("UPDATE ejournal_school SET size = ?, frontier = ?"
                + " WHERE school_id = ?" + (from < 0 ? "" : " AND size = ?"))) {
            head.setLong(1, frontier.size());
            head.setBytes(2, encode(frontier));
            head.setString(3, school.value());
            if (from >= 0) {
                head.setLong(4, from);
            }
            return head.executeUpdate();
        }
    }

    /**
     * Inserts the entries {@value #ROWS_PER_INSERT} rows to a statement, in one JDBC batch, and the rest
     * in one more statement: the database then does its per-statement work — planning, and on PostgreSQL
     * setting up the checks and the foreign key's trigger — once per hundred rows rather than per row,
     * which halves the time of a large batch on PostgreSQL. A single entry is one single-row statement.
     */
    private static void insertEntries(Connection c, SchoolId school, List<LogEntry> entries) throws SQLException {
        int n = entries.size();
        int at = 0;
        if (n >= ROWS_PER_INSERT) {
            try (PreparedStatement insert = c.prepareStatement(INSERT_FULL)) {
                for (; at + ROWS_PER_INSERT <= n; at += ROWS_PER_INSERT) {
                    bindRows(insert, school, entries, at, ROWS_PER_INSERT);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        if (at < n) {
            try (PreparedStatement insert = c.prepareStatement(insertRows(n - at))) {
                bindRows(insert, school, entries, at, n - at);
                insert.executeUpdate();
            }
        }
    }

    /** @return the insert of {@code rows} entries in one statement */
    private static String insertRows(int rows) {
        StringBuilder sql = new StringBuilder(INSERT_ENTRY.length() + rows * ROW_PLACEHOLDERS.length() + rows * 2);
        sql.append(INSERT_ENTRY);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(ROW_PLACEHOLDERS);
        }
        return sql.toString();
    }

    private static void bindRows(PreparedStatement insert, SchoolId school, List<LogEntry> entries, int from, int rows)
            throws SQLException {
        int p = 1;
        for (int i = from; i < from + rows; i++) {
            LogEntry e = entries.get(i);
            insert.setString(p++, school.value());
            insert.setLong(p++, e.sequence());
            insert.setBytes(p++, e.header());
            insert.setBytes(p++, e.payload());
            insert.setBytes(p++, e.payloadDigest().toBytes());
            insert.setBytes(p++, e.leafHash().toBytes());
        }
    }

    @Override
    public void addCheckpoint(SchoolId school, String signedCheckpoint) {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(signedCheckpoint, "signedCheckpoint");
        write(school, "keeping a checkpoint", c -> {
            lockHead(c, school, true);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO ejournal_checkpoint (school_id, ordinal, note)"
                    + " SELECT ?, COALESCE(MAX(ordinal), 0) + 1, ? FROM ejournal_checkpoint WHERE school_id = ?")) {
                insert.setString(1, school.value());
                insert.setString(2, signedCheckpoint);
                insert.setString(3, school.value());
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void purge(SchoolId school, Set<Long> sequences) {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(sequences, "sequences");
        if (sequences.isEmpty()) {
            return;
        }
        write(school, "purging " + sequences.size() + " payloads", c -> {
            long size = lockHead(c, school, false);
            JournalStore.requireInLog(school, size, sequences);
            try (PreparedStatement purge = c.prepareStatement(
                    "UPDATE ejournal_entry SET payload = NULL WHERE school_id = ? AND seq = ?")) {
                int batched = 0;
                for (long s : new TreeSet<>(sequences)) {
                    purge.setString(1, school.value());
                    purge.setLong(2, s);
                    purge.addBatch();
                    if (++batched % CHUNK == 0) {
                        purge.executeBatch();
                    }
                }
                purge.executeBatch();
            }
            return null;
        });
    }

    /**
     * Locks the school's head row for the transaction, creating it first if asked, and reads the log's
     * size. The first statement writes, so that SQLite takes its write lock before anything is read.
     */
    private long lockHead(Connection c, SchoolId school, boolean create) throws SQLException {
        if (create) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO ejournal_school (school_id, size, frontier)"
                    + " VALUES (?, 0, ?) ON CONFLICT (school_id) DO NOTHING")) {
                insert.setString(1, school.value());
                insert.setBytes(2, NO_HASHES);
                insert.executeUpdate();
            }
        }
        try (PreparedStatement select = c.prepareStatement(
                "SELECT size FROM ejournal_school WHERE school_id = ?" + dialect.lockSuffix())) {
            select.setString(1, school.value());
            try (ResultSet r = select.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    /** A unit of work in one transaction. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T write(SchoolId school, String what, Work<T> work) {
        if (sqliteWriter != null) {
            sqliteWriter.lock();
        }
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                if (e instanceof SQLException sql) {
                    throw failed(what + " for " + school, sql);
                }
                throw (RuntimeException) e;
            } finally {
                restore(c, autoCommit);
            }
        } catch (SQLException e) {
            throw failed(what + " for " + school, e);
        } finally {
            if (sqliteWriter != null) {
                sqliteWriter.unlock();
            }
        }
    }

    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void restore(Connection c, boolean autoCommit) {
        try {
            c.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            LOG.debug("could not restore auto-commit on a connection given back", e);
        }
    }

    // ------------------------------------------------------------------ reading

    @Override
    public long size(SchoolId school) {
        Objects.requireNonNull(school, "school");
        return read("reading the size of the log of " + school, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT size FROM ejournal_school WHERE school_id = ?")) {
                s.setString(1, school.value());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getLong(1) : 0L;
                }
            }
        });
    }

    @Override
    public Frontier frontier(SchoolId school) {
        Objects.requireNonNull(school, "school");
        return read("reading the frontier of the log of " + school, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT size, frontier FROM ejournal_school WHERE school_id = ?")) {
                s.setString(1, school.value());
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Frontier.empty();
                    }
                    return decode(school, r.getLong(1), r.getBytes(2));
                }
            }
        });
    }

    @Override
    public List<String> checkpoints(SchoolId school) {
        Objects.requireNonNull(school, "school");
        return read("reading the checkpoints of " + school, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT note FROM ejournal_checkpoint WHERE school_id = ? ORDER BY ordinal")) {
                s.setString(1, school.value());
                List<String> notes = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        notes.add(r.getString(1));
                    }
                }
                return List.copyOf(notes);
            }
        });
    }

    /**
     * The entries the log holds when this is called, read {@value #CHUNK} at a time, each chunk by a
     * query of its own (keyed by sequence), so that streaming a log of millions of entries neither
     * holds a transaction open nor keeps more than a chunk in memory. Entries appended meanwhile are not
     * included; an entry purged meanwhile may come as its tombstone. A row missing from the table is
     * simply not there: {@code AuditLog} reports the gap.
     */
    @Override
    public Stream<LogEntry> entries(SchoolId school) {
        Objects.requireNonNull(school, "school");
        long size = size(school);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new Chunks(school, size),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Reads a log's first entries, a chunk at a time. */
    private final class Chunks implements Iterator<LogEntry> {
        private final SchoolId school;
        private final long last;
        private List<LogEntry> chunk = List.of();
        private int next;
        private long after;
        private boolean exhausted;

        Chunks(SchoolId school, long last) {
            this.school = school;
            this.last = last;
            this.exhausted = last == 0;
        }

        @Override
        public boolean hasNext() {
            if (next < chunk.size()) {
                return true;
            }
            if (exhausted) {
                return false;
            }
            chunk = read("reading the log of " + school + " after entry " + after, this::fetch);
            next = 0;
            if (chunk.size() < CHUNK) {
                exhausted = true;
            }
            if (!chunk.isEmpty()) {
                after = chunk.get(chunk.size() - 1).sequence();
            }
            return !chunk.isEmpty();
        }

        private List<LogEntry> fetch(Connection c) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("SELECT seq, header, payload, payload_digest, leaf_hash"
                    + " FROM ejournal_entry WHERE school_id = ? AND seq > ? AND seq <= ? ORDER BY seq LIMIT ?")) {
                s.setString(1, school.value());
                s.setLong(2, after);
                s.setLong(3, last);
                s.setInt(4, CHUNK);
                s.setFetchSize(CHUNK);
                List<LogEntry> rows = new ArrayList<>(CHUNK);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(new LogEntry(r.getLong(1), r.getBytes(2), r.getBytes(3), Hash.of(r.getBytes(4)),
                                Hash.of(r.getBytes(5))));
                    }
                }
                return rows;
            }
        }

        @Override
        public LogEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return chunk.get(next++);
        }
    }

    private <T> T read(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    // ------------------------------------------------------------------ the frontier's bytes

    private static byte[] encode(Frontier frontier) {
        byte[] bytes = new byte[frontier.hashes().size() * Hash.LENGTH];
        int at = 0;
        for (Hash h : frontier.hashes()) {
            System.arraycopy(h.toBytes(), 0, bytes, at, Hash.LENGTH);
            at += Hash.LENGTH;
        }
        return bytes;
    }

    private static Frontier decode(SchoolId school, long size, byte[] bytes) {
        int count = bytes == null ? -1 : bytes.length / Hash.LENGTH;
        if (bytes == null || bytes.length % Hash.LENGTH != 0 || size < 0 || count != Long.bitCount(size)) {
            throw new JdbcStoreException(STORE_FAILED, "the stored frontier of " + school + " is malformed (size "
                    + size + ", " + (bytes == null ? "no" : bytes.length) + " bytes of hashes): the row was changed"
                    + " outside the journal", null);
        }
        List<Hash> hashes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] h = new byte[Hash.LENGTH];
            System.arraycopy(bytes, i * Hash.LENGTH, h, 0, Hash.LENGTH);
            hashes.add(Hash.of(h));
        }
        return new Frontier(size, hashes);
    }

    private static JdbcStoreException failed(String what, SQLException e) {
        return new JdbcStoreException(STORE_FAILED, what + " failed: " + e.getMessage()
                + (e.getSQLState() == null ? "" : " (SQL state " + e.getSQLState() + ")"), e);
    }

    /** @return which database this store is in, for messages: {@code sqlite} or {@code postgresql} */
    public String database() {
        return dialect.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return "JdbcStore[" + database() + "]";
    }
}
