package org.ejournal.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ejournal.core.log.Frontier;
import org.ejournal.core.log.Hash;
import org.ejournal.core.log.Hasher;
import org.ejournal.core.model.SchoolId;
import org.ejournal.core.store.LogEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the folder store does on disk, beyond the contract: crashes, erasing, names of folders. */
class FolderStoreTest {

    @TempDir
    Path folder;
    private final Hasher hasher = new Hasher();
    private final List<LogEntry> entries = new ArrayList<>();
    private Frontier frontier = Frontier.empty();

    private LogEntry next(String payload) {
        long sequence = entries.size() + 1L;
        byte[] header = ("header " + sequence).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        Hash digest = hasher.digest(bytes);
        LogEntry e = new LogEntry(sequence, header, bytes, digest, hasher.leaf(header, digest));
        entries.add(e);
        frontier = frontier.append(e.leafHash(), hasher);
        return e;
    }

    private static List<LogEntry> read(FolderStore store, SchoolId school) {
        try (Stream<LogEntry> s = store.entries(school)) {
            return s.toList();
        }
    }

    @Test
    void bytes_a_crash_left_after_the_last_commit_are_ignored_and_overwritten() throws IOException {
        SchoolId school = SchoolId.of("school-1");
        FolderStore store = FolderStore.open(folder);
        store.append(school, next("Иванова, 5"), frontier);
        // a crash in the middle of the next append: its bytes written, the head not yet replaced
        Files.write(folder.resolve("school-1/entries.log"), new byte[] {0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0},
                StandardOpenOption.APPEND);

        FolderStore reopened = FolderStore.open(folder);
        assertThat(reopened.size(school)).isEqualTo(1);
        assertThat(read(reopened, school)).containsExactlyElementsOf(entries);
        reopened.append(school, next("Петров, 4"), frontier);
        assertThat(read(FolderStore.open(folder), school)).containsExactlyElementsOf(entries);
        assertThat(reopened.frontier(school)).isEqualTo(frontier);
    }

    @Test
    void a_purge_erases_the_payload_from_the_file_itself() throws IOException {
        SchoolId school = SchoolId.of("school-1");
        FolderStore store = FolderStore.open(folder);
        store.append(school, next("Сидоров Пётр, 2"), frontier);
        store.append(school, next("Алексеева Дарья, 5"), frontier);
        String marker = "Сидоров Пётр";
        Path file = folder.resolve("school-1/entries.log");
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).contains(marker);

        store.purge(school, Set.of(1L));

        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).doesNotContain(marker)
                .contains("Алексеева Дарья");
        assertThat(read(store, school).get(0).isTombstone()).isTrue();
        assertThat(read(store, school).get(0).leafHash()).isEqualTo(entries.get(0).leafHash());
    }

    @Test
    void each_school_gets_a_folder_of_its_own_with_a_safe_name() {
        FolderStore store = FolderStore.open(folder);
        store.append(SchoolId.of("school-1"), next("a"), frontier);
        entries.clear();
        frontier = Frontier.empty();
        store.append(SchoolId.of("../Школа_1"), next("b"), frontier);

        assertThat(folder.resolve("school-1")).isDirectory();
        assertThat(folder.resolve("_2e_2e_2f_d0_a8_d0_ba_d0_be_d0_bb_d0_b0_5f1")).isDirectory();
        assertThat(store.size(SchoolId.of("../Школа_1"))).isEqualTo(1);
        assertThat(folder.getParent().resolve("Школа_1")).doesNotExist();
    }
}
