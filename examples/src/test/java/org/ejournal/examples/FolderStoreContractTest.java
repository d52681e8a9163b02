package org.ejournal.examples;

import java.nio.file.Path;
import org.ejournal.core.store.JournalStore;
import org.ejournal.core.store.JournalStoreContract;
import org.junit.jupiter.api.io.TempDir;

/**
 * Core's storage contract, the same suite the in-memory, SQLite and PostgreSQL stores run, kept by the
 * example's custom {@link FolderStore}: the example store is proven to keep the contract.
 */
class FolderStoreContractTest extends JournalStoreContract {

    @TempDir
    Path folder;
    private int stores;

    @Override
    protected JournalStore newStore() {
        return FolderStore.open(folder.resolve("store-" + ++stores));
    }

    /** A second store object over the same folder, as another part of the host would open it. */
    @Override
    protected JournalStore anotherStoreOverTheSameData() {
        return FolderStore.open(((FolderStore) store).folder());
    }
}
