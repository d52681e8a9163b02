package org.ejournal.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ejournal.core.SchoolFixture.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.ejournal.core.Journal;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.log.Ed25519CheckpointSigner;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.store.JournalStore;
import org.ejournal.core.store.JournalStoreContract;
import org.ejournal.core.store.LogBreak;
import org.ejournal.core.store.LogEntry;
import org.ejournal.core.store.LogReport;
import org.ejournal.core.store.StoreException;
import org.junit.jupiter.api.Test;

/**
 * The storage contract on a real database, and what only a database can do: rows edited by hand, which
 * {@code verify()} reports and a journal refuses to open over, and the schema's own migrations.
 */
abstract class JdbcStoreContract extends JournalStoreContract {

    private DataSource dataSource;

    /** @return a data source over a new, empty database */
    protected abstract DataSource newDataSource();

    @Override
    protected final JournalStore newStore() {
        return JdbcStore.open(dataSource());
    }

    @Override
    protected final JournalStore anotherStoreOverTheSameData() {
        return JdbcStore.open(dataSource());
    }

    /** @return this test's database, made on first use */
    protected final DataSource dataSource() {
        if (dataSource == null) {
            dataSource = newDataSource();
        }
        return dataSource;
    }

    private static final Ed25519CheckpointSigner SIGNER = Ed25519CheckpointSigner.generate("ejournal/"
            + SCHOOL_ID.value());

    /** The small school with two marks and a checkpoint, in this test's store; returns the last mark's entry. */
    private SchoolFixture recorded() {
        SchoolFixture f = SchoolFixture.over(store, b -> b.signer(SIGNER));
        f.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(5)));
        f.journal.checkpoint();
        f.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(3)));
        return f;
    }

    private Journal reopen(SchoolFixture f) {
        return Journal.builder().school(school()).store(store).clock(f.clock).verifiers(List.of(SIGNER.verifier()))
                .build();
    }

    private byte[] column(String column, long seq) {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT " + column + " FROM ejournal_entry WHERE school_id = ? AND seq = ?")) {
            s.setString(1, SCHOOL_ID.value());
            s.setLong(2, seq);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a careless administrator does with a database tool. */
    private int update(String sql, Object... args) {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertReportedAndRefused(SchoolFixture f, LogBreak.Kind kind, long seq) {
        LogReport report = f.journal.verify();
        assertThat(report.isIntact()).isFalse();
        assertThat(report.breaks()).anySatisfy(b -> {
            assertThat(b.kind()).isEqualTo(kind);
            if (seq > 0) {
                assertThat(b.sequence()).isEqualTo(seq);
            }
        });
        assertThatThrownBy(() -> reopen(f)).isInstanceOf(StoreException.class).hasMessageStartingWith("EJ1910")
                .hasMessageContaining(kind.name());
    }

    // ------------------------------------------------------------------ rows edited by hand

    @Test
    void a_mark_edited_by_hand_in_its_row_is_reported_by_verify_and_never_loaded() {
        SchoolFixture f = recorded();
        long last = f.journal.size();
        byte[] payload = column("payload", last);
        payload[payload.length - 9] ^= 0x01;
        assertThat(update("UPDATE ejournal_entry SET payload = ? WHERE school_id = ? AND seq = ?", payload,
                SCHOOL_ID.value(), last)).isEqualTo(1);

        assertReportedAndRefused(f, LogBreak.Kind.PAYLOAD_DIGEST_MISMATCH, last);
    }

    @Test
    void a_header_edited_by_hand_is_reported() {
        SchoolFixture f = recorded();
        byte[] header = column("header", 3);
        header[header.length / 2] ^= 0x20;
        update("UPDATE ejournal_entry SET header = ? WHERE school_id = ? AND seq = ?", header, SCHOOL_ID.value(), 3L);

        assertReportedAndRefused(f, LogBreak.Kind.LEAF_MISMATCH, 3);
    }

    @Test
    void a_row_deleted_by_hand_is_reported_as_a_gap() {
        SchoolFixture f = recorded();
        update("DELETE FROM ejournal_entry WHERE school_id = ? AND seq = ?", SCHOOL_ID.value(), 4L);

        assertReportedAndRefused(f, LogBreak.Kind.SEQUENCE_GAP, 0);
    }

    @Test
    void a_frontier_edited_by_hand_is_reported() {
        SchoolFixture f = recorded();
        update("UPDATE ejournal_school SET frontier = ? WHERE school_id = ?", new byte[0], SCHOOL_ID.value());
        assertReportedAndRefused(f, LogBreak.Kind.FRONTIER_MISMATCH, 0);
    }

    @Test
    void a_checkpoint_edited_by_hand_is_reported() {
        SchoolFixture f = recorded();
        String note = store.checkpoints(SCHOOL_ID).get(0);
        List<String> lines = new ArrayList<>(List.of(note.split("\n", -1)));
        lines.set(1, String.valueOf(Long.parseLong(lines.get(1)) - 1)); // the tree size the note signs
        update("UPDATE ejournal_checkpoint SET note = ? WHERE school_id = ?", String.join("\n", lines),
                SCHOOL_ID.value());

        assertReportedAndRefused(f, LogBreak.Kind.CHECKPOINT_UNVERIFIED, 0);
    }

    @Test
    void the_database_itself_refuses_a_hash_that_is_not_32_bytes() {
        recorded();
        assertThatThrownBy(() -> update("UPDATE ejournal_entry SET leaf_hash = ? WHERE school_id = ? AND seq = ?",
                new byte[31], SCHOOL_ID.value(), 2L)).hasCauseInstanceOf(SQLException.class);
        assertThatThrownBy(() -> update("UPDATE ejournal_entry SET payload_digest = NULL WHERE school_id = ?",
                SCHOOL_ID.value())).hasCauseInstanceOf(SQLException.class);
    }

    @Test
    void a_batch_written_in_several_insert_statements_is_appended_whole_or_not_at_all() {
        Log log = log("a").appendedTo(store, A, 1);
        int rows = 2 * JdbcStore.ROWS_PER_INSERT + JdbcStore.ROWS_PER_INSERT / 2; // two full statements and the rest
        List<LogEntry> batch = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            batch.add(log.next());
        }
        // a row put in by hand where the second statement writes: the database refuses that statement
        long taken = 1 + JdbcStore.ROWS_PER_INSERT + 7;
        update("INSERT INTO ejournal_entry (school_id, seq, header, payload, payload_digest, leaf_hash)"
                + " VALUES (?, ?, ?, ?, ?, ?)", A.value(), taken, new byte[] {1}, new byte[] {2}, new byte[32],
                new byte[32]);
        assertThatThrownBy(() -> store.appendAll(A, batch, log.frontier())).isInstanceOf(StoreException.class)
                .hasMessageStartingWith(JdbcStore.STORE_FAILED);
        assertThat(store.size(A)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM ejournal_entry WHERE school_id = '" + A.value() + "'")).isEqualTo(2);

        update("DELETE FROM ejournal_entry WHERE school_id = ? AND seq = ?", A.value(), taken);
        store.appendAll(A, batch, log.frontier());
        assertHolds(store, A, log.entries, log.frontier());
    }

    // ------------------------------------------------------------------ the schema

    @Test
    void the_schema_has_its_own_history_table_and_is_migrated_once() {
        assertThat(count("SELECT COUNT(*) FROM " + JdbcStore.HISTORY_TABLE + " WHERE success AND version = '1'"))
                .isEqualTo(1);
        JdbcStore.open(dataSource());
        JdbcStore.open(dataSource());
        assertThat(count("SELECT COUNT(*) FROM " + JdbcStore.HISTORY_TABLE + " WHERE version = '1'")).isEqualTo(1);
    }

    @Test
    void the_store_moves_into_a_database_the_host_already_uses_and_leaves_the_hosts_tables_alone() {
        DataSource host = newDataSource();
        Databases.execute(host, "CREATE TABLE flyway_schema_history (installed_rank INTEGER PRIMARY KEY, version"
                + " VARCHAR(50))", "INSERT INTO flyway_schema_history VALUES (1, '7')",
                "CREATE TABLE pupils_of_the_host (id INTEGER PRIMARY KEY, name VARCHAR(100))",
                "INSERT INTO pupils_of_the_host VALUES (1, 'Иванова')");

        JdbcStore opened = JdbcStore.open(host);
        log("a").appendedTo(opened, A, 1);

        assertThat(opened.size(A)).isEqualTo(1);
        assertThat(count(host, "SELECT COUNT(*) FROM flyway_schema_history")).isEqualTo(1);
        assertThat(count(host, "SELECT COUNT(*) FROM pupils_of_the_host")).isEqualTo(1);
        assertThat(count(host, "SELECT COUNT(*) FROM " + JdbcStore.HISTORY_TABLE + " WHERE version = '1'"))
                .isEqualTo(1);
    }

    @Test
    void a_database_migrated_by_a_newer_library_is_refused() {
        Databases.execute(dataSource(), "INSERT INTO " + JdbcStore.HISTORY_TABLE + " (installed_rank, version,"
                + " description, type, script, checksum, installed_by, execution_time, success)"
                + " VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'someone', 0, "
                + trueLiteral() + ")");

        assertThatThrownBy(() -> JdbcStore.open(dataSource())).isInstanceOf(JdbcStoreException.class)
                .hasMessageStartingWith(JdbcStore.MIGRATION_FAILED)
                .satisfies(e -> assertThat(((JdbcStoreException) e).code()).isEqualTo(JdbcStore.MIGRATION_FAILED));
    }

    /** @return how booleans are written in this database's SQL */
    protected abstract String trueLiteral();

    protected final long count(String sql) {
        return count(dataSource(), sql);
    }

    protected static long count(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
