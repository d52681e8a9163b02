/**
 * The storage SPI, {@link org.ejournal.core.store.JournalStore}, and the in-memory store. The JDBC
 * stores (SQLite, PostgreSQL) live in {@code ejournal-storage-jdbc}.
 */
package org.ejournal.core.store;
