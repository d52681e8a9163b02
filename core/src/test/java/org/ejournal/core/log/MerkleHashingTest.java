package org.ejournal.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ejournal.core.log.TestVectors.LEAF_HASHES;
import static org.ejournal.core.log.TestVectors.LEAF_INPUTS;
import static org.ejournal.core.log.TestVectors.ROOTS;

import org.junit.jupiter.api.Test;

/** RFC 6962 hashing against the golden vectors, and the {@link Hash} value. */
class MerkleHashingTest {

    @Test
    void leaf_hashes_are_the_golden_ones() {
        for (int i = 0; i < LEAF_INPUTS.size(); i++) {
            assertThat(MerkleHashing.leafHash(LEAF_INPUTS.get(i))).as("leaf %d", i).isEqualTo(LEAF_HASHES.get(i));
        }
    }

    @Test
    void the_empty_root_is_the_sha256_of_nothing() {
        assertThat(MerkleHashing.emptyRoot()).isEqualTo(ROOTS.get(0));
        assertThat(MerkleHashing.emptyRoot().toHex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void a_node_hashes_0x01_and_its_children() {
        assertThat(MerkleHashing.nodeHash(LEAF_HASHES.get(0), LEAF_HASHES.get(1))).isEqualTo(ROOTS.get(2));
        assertThat(MerkleHashing.nodeHash(LEAF_HASHES.get(1), LEAF_HASHES.get(0))).isNotEqualTo(ROOTS.get(2));
    }

    @Test
    void a_leaf_never_hashes_like_a_node_of_the_same_bytes() {
        byte[] children = new byte[64];
        System.arraycopy(LEAF_HASHES.get(0).toBytes(), 0, children, 0, 32);
        System.arraycopy(LEAF_HASHES.get(1).toBytes(), 0, children, 32, 32);
        assertThat(MerkleHashing.leafHash(children)).isNotEqualTo(ROOTS.get(2));
    }

    @Test
    void null_arguments_are_programming_errors_with_a_code() {
        assertThatThrownBy(() -> MerkleHashing.leafHash(null)).isInstanceOf(NullPointerException.class)
                .hasMessageStartingWith("EJ1309 data");
        assertThatThrownBy(() -> MerkleHashing.nodeHash(ROOTS.get(0), null)).isInstanceOf(NullPointerException.class)
                .hasMessageStartingWith("EJ1309 right");
        assertThatThrownBy(() -> Hash.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessageStartingWith("EJ1309");
        assertThatThrownBy(() -> Hash.parse(null)).isInstanceOf(NullPointerException.class)
                .hasMessageStartingWith("EJ1309");
    }

    @Test
    void a_hash_reads_and_writes_hex_and_base64() {
        Hash root = ROOTS.get(8);
        assertThat(Hash.parse(root.toHex())).isEqualTo(root);
        assertThat(Hash.parse(root.toHex().toUpperCase())).isEqualTo(root);
        assertThat(root.toString()).isEqualTo("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
        assertThat(root.toBase64()).isEqualTo("XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=");
        assertThat(Hash.fromCanonicalBase64(root.toBase64())).isEqualTo(root);
        assertThat(Hash.of(root.toBytes())).isEqualTo(root).hasSameHashCodeAs(root);
    }

    @Test
    void a_hash_has_32_bytes_or_64_hex_digits() {
        assertThatThrownBy(() -> Hash.of(new byte[31])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("EJ1300");
        assertThatThrownBy(() -> Hash.of(new byte[33])).hasMessageStartingWith("EJ1300");
        assertThatThrownBy(() -> Hash.parse("abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("EJ1300");
        assertThatThrownBy(() -> Hash.parse("zz" + ROOTS.get(1).toHex().substring(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("EJ1300");
    }

    @Test
    void only_canonical_base64_of_32_bytes_reads_as_a_hash() {
        String canonical = ROOTS.get(8).toBase64();
        assertThat(Hash.fromCanonicalBase64(canonical.substring(0, 43))).as("no padding").isNull();
        // 'g' and 'h' differ only in the two padding bits of the last character
        assertThat(Hash.fromCanonicalBase64(canonical.substring(0, 42) + "h=")).as("padding bits").isNull();
        assertThat(Hash.fromCanonicalBase64("AAAA")).as("3 bytes").isNull();
        assertThat(Hash.fromCanonicalBase64(canonical.replace('+', '-'))).as("url alphabet").isNull();
        assertThat(Hash.fromCanonicalBase64(" " + canonical)).isNull();
    }

    @Test
    void a_hash_cannot_be_changed_through_its_bytes() {
        byte[] bytes = ROOTS.get(3).toBytes();
        Hash hash = Hash.of(bytes);
        bytes[0] ^= 1;
        hash.toBytes()[1] ^= 1;
        assertThat(hash).isEqualTo(ROOTS.get(3));
    }
}
