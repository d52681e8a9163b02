package org.ejournal.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ejournal.core.log.TestVectors.LEAF_HASHES;
import static org.ejournal.core.log.TestVectors.ROOTS;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The append-only log: its roots after each append are the golden ones, and its frontier. */
class MerkleLogTest {

    @Test
    void the_empty_log_has_the_empty_root() {
        MerkleLog log = MerkleLog.empty();
        assertThat(log.size()).isZero();
        assertThat(log.root()).isEqualTo(MerkleHashing.emptyRoot());
        assertThat(log.frontier()).isEqualTo(Frontier.empty());
    }

    @Test
    void after_each_append_the_root_is_the_golden_root_of_that_size() {
        MerkleLog log = MerkleLog.empty();
        for (int i = 0; i < LEAF_HASHES.size(); i++) {
            assertThat(log.append(LEAF_HASHES.get(i))).as("index of leaf %d", i).isEqualTo(i);
            assertThat(log.size()).isEqualTo(i + 1);
            assertThat(log.root()).as("root of size %d", i + 1).isEqualTo(ROOTS.get(i + 1));
            assertThat(log.frontier().root()).isEqualTo(ROOTS.get(i + 1));
        }
    }

    @Test
    void the_frontier_holds_one_complete_subtree_per_bit_of_the_size_largest_first() {
        MerkleLog log = MerkleLog.empty();
        LEAF_HASHES.subList(0, 7).forEach(log::append);
        Frontier seven = log.frontier();
        assertThat(seven.size()).isEqualTo(7);
        assertThat(seven.hashes()).containsExactly(ROOTS.get(4),
                MerkleHashing.nodeHash(LEAF_HASHES.get(4), LEAF_HASHES.get(5)), LEAF_HASHES.get(6));
        log.append(LEAF_HASHES.get(7));
        assertThat(log.frontier().hashes()).containsExactly(ROOTS.get(8));
        assertThat(seven.hashes()).as("a snapshot does not change").hasSize(3);
    }

    @Test
    void a_log_continues_from_its_stored_frontier_at_any_size() {
        for (int stop = 0; stop <= LEAF_HASHES.size(); stop++) {
            MerkleLog first = MerkleLog.empty();
            LEAF_HASHES.subList(0, stop).forEach(first::append);
            MerkleLog restored = MerkleLog.from(first.frontier());
            assertThat(restored.size()).isEqualTo(stop);
            assertThat(restored.root()).isEqualTo(ROOTS.get(stop));
            for (int i = stop; i < LEAF_HASHES.size(); i++) {
                assertThat(restored.append(LEAF_HASHES.get(i))).isEqualTo(i);
                assertThat(restored.root()).as("from %d, root of %d", stop, i + 1).isEqualTo(ROOTS.get(i + 1));
            }
        }
    }

    @Test
    void a_frontier_must_fit_its_size() {
        assertThatThrownBy(() -> new Frontier(3, List.of(ROOTS.get(2)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("EJ1302");
        assertThatThrownBy(() -> new Frontier(4, List.of(ROOTS.get(2), ROOTS.get(1))))
                .hasMessageStartingWith("EJ1302");
        assertThatThrownBy(() -> new Frontier(-1, List.of())).hasMessageStartingWith("EJ1302");
        assertThatThrownBy(() -> new Frontier(1, Collections.singletonList(null)))
                .isInstanceOf(NullPointerException.class).hasMessageStartingWith("EJ1309");
        assertThatThrownBy(() -> new Frontier(0, null)).isInstanceOf(NullPointerException.class)
                .hasMessageStartingWith("EJ1309");
    }

    @Test
    void a_log_refuses_a_null_leaf_and_does_not_grow_past_long_max() {
        MerkleLog log = MerkleLog.empty();
        assertThatThrownBy(() -> log.append(null)).isInstanceOf(NullPointerException.class)
                .hasMessageStartingWith("EJ1309 leafHash");
        assertThat(log.size()).isZero();
        assertThatThrownBy(() -> MerkleLog.from(null)).hasMessageStartingWith("EJ1309");

        MerkleLog full = MerkleLog.from(new Frontier(Long.MAX_VALUE, Collections.nCopies(63, ROOTS.get(1))));
        Hash root = full.root();
        assertThatThrownBy(() -> full.append(LEAF_HASHES.get(0))).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("EJ1303");
        assertThat(full.size()).isEqualTo(Long.MAX_VALUE);
        assertThat(full.root()).isEqualTo(root);
    }
}
