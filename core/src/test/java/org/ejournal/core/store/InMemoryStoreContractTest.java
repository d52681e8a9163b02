package org.ejournal.core.store;

/** The storage contract, kept by the in-memory store. */
class InMemoryStoreContractTest extends JournalStoreContract {

    @Override
    protected JournalStore newStore() {
        return InMemoryStore.create();
    }
}
