package org.ejournal.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What opening a JDBC store sets up, and the clear answers when it cannot. */
class OpeningAStoreTest {

    @TempDir
    Path folder;

    @Test
    void the_embedded_default_is_wal_with_full_synchronous_writes_and_foreign_keys() throws Exception {
        DataSource sqlite = JdbcStore.sqliteDataSource(folder.resolve("school.db"));
        JdbcStore store = JdbcStore.open(sqlite);
        assertThat(store.database()).isEqualTo("sqlite");
        try (Connection c = sqlite.getConnection(); Statement s = c.createStatement()) {
            assertThat(pragma(s, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(s, "synchronous")).isEqualTo("2"); // FULL
            assertThat(pragma(s, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(s, "busy_timeout")).isEqualTo("10000");
        }
    }

    @Test
    void a_database_that_cannot_be_reached_is_a_store_failure_with_its_code() {
        assertThatThrownBy(() -> JdbcStore.sqlite(folder.resolve("no such folder").resolve("school.db")))
                .isInstanceOf(JdbcStoreException.class).hasMessageStartingWith(JdbcStore.STORE_FAILED)
                .hasMessageContaining("connecting to the database");
    }

    @Test
    void a_database_other_than_sqlite_or_postgresql_is_refused_with_its_code() {
        DatabaseMetaData metaData = proxy(DatabaseMetaData.class, "getDatabaseProductName", "H2");
        Connection connection = proxy(Connection.class, "getMetaData", metaData);
        DataSource h2 = proxy(DataSource.class, "getConnection", connection);

        assertThatThrownBy(() -> JdbcStore.open(h2)).isInstanceOf(JdbcStoreException.class)
                .hasMessageStartingWith(JdbcStore.UNSUPPORTED_DATABASE).hasMessageContaining("H2")
                .satisfies(e -> assertThat(((JdbcStoreException) e).code()).isEqualTo("EJ1930"));
    }

    private static String pragma(Statement s, String name) throws Exception {
        try (ResultSet r = s.executeQuery("PRAGMA " + name)) {
            r.next();
            return r.getString(1);
        }
    }

    /** A stand-in that answers one method and does nothing for the others (close). */
    private static <T> T proxy(Class<T> type, String method, Object answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, m, args) -> m.getName().equals(method) ? answer : null));
    }
}
