package org.ejournal.core.log;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ejournal.core.log.CheckpointVerification.Problem.BAD_SIGNATURE;
import static org.ejournal.core.log.CheckpointVerification.Problem.MALFORMED;
import static org.ejournal.core.log.CheckpointVerification.Problem.UNKNOWN_KEY;
import static org.ejournal.core.log.CheckpointVerification.Problem.WRONG_ORIGIN;
import static org.ejournal.core.log.TestVectors.LEAF_HASHES;
import static org.ejournal.core.log.TestVectors.ROOTS;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.ByteBuffer;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Checkpoints in the C2SP tlog-checkpoint form, signed as C2SP signed notes: the text form, the
 * round trip, every kind of rejection, any changed byte caught, and interoperation with Go's
 * note package (its published test key and signature) and with real signed tree heads of the Go
 * checksum database, sum.golang.org.
 */
class CheckpointTest {

    private static final String ORIGIN = "ejournal.example/school-42";
    private static final Ed25519CheckpointSigner SIGNER = Ed25519CheckpointSigner.generate(ORIGIN);
    private static final Ed25519CheckpointSigner OTHER = Ed25519CheckpointSigner.generate("ejournal.example/other");
    private static final CheckpointVerifier VERIFIER = SIGNER.verifier();
    private static final Checkpoint EIGHT = Checkpoint.of(ORIGIN, 8, ROOTS.get(8));

    // ------------------------------------------------------------------------------ the text form

    @Test
    void the_note_text_is_origin_size_and_base64_root_each_on_its_line() {
        assertThat(EIGHT.toNoteText())
                .isEqualTo("ejournal.example/school-42\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n");
        assertThat(Checkpoint.of(ORIGIN, 0, MerkleHashing.emptyRoot()).toNoteText())
                .isEqualTo(ORIGIN + "\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
        assertThat(new Checkpoint(ORIGIN, 8, ROOTS.get(8), List.of("period 2026-Q1 closed", "ext 2")).toNoteText())
                .endsWith("Qyg=\nperiod 2026-Q1 closed\next 2\n");
    }

    @Test
    void a_checkpoint_is_made_from_a_logs_frontier() {
        MerkleLog log = MerkleLog.empty();
        LEAF_HASHES.forEach(log::append);
        assertThat(Checkpoint.of(ORIGIN, log.frontier())).isEqualTo(EIGHT);
    }

    @Test
    void the_signed_note_is_the_text_a_blank_line_and_an_em_dash_signature_line() {
        String signed = EIGHT.sign(SIGNER);
        String text = EIGHT.toNoteText();
        assertThat(signed).startsWith(text + "\n\u2014 " + ORIGIN + " ").endsWith("\n");
        String line = signed.substring(text.length() + 1, signed.length() - 1);
        byte[] blob = Base64.getDecoder().decode(line.substring(line.lastIndexOf(' ') + 1));
        assertThat(blob).hasSize(4 + 64);
        assertThat(ByteBuffer.wrap(blob).getInt()).isEqualTo(SIGNER.keyHash()).isEqualTo(keyId(ORIGIN,
                SIGNER.publicKey()));
        assertThat(EIGHT.sign(SIGNER)).as("Ed25519 is deterministic").isEqualTo(signed);
    }

    @Test
    void a_signed_checkpoint_verifies_and_reads_back_the_same() {
        for (Checkpoint checkpoint : List.of(EIGHT, Checkpoint.of(ORIGIN, 0, MerkleHashing.emptyRoot()),
                Checkpoint.of(ORIGIN, Long.MAX_VALUE, ROOTS.get(3)),
                new Checkpoint("журнал.example/школа №42", 5, ROOTS.get(5), List.of("четверть 2 закрыта")))) {
            String signed = checkpoint.sign(SIGNER);
            assertThat(VERIFIER.verify(signed)).isEqualTo(new CheckpointVerification.Verified(checkpoint));
            assertThat(VERIFIER.verify(signed.getBytes(UTF_8))).isEqualTo(new CheckpointVerification.Verified(checkpoint));
        }
    }

    @Test
    void a_checkpoint_needs_one_line_origin_and_extensions_and_a_size_not_negative() {
        for (String bad : List.of("", "two\nlines", "tab\there", "bell\u0007", "lone \ud800 surrogate")) {
            assertThatThrownBy(() -> Checkpoint.of(bad, 1, ROOTS.get(1))).as("origin %s", bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("EJ1320");
            assertThatThrownBy(() -> new Checkpoint(ORIGIN, 1, ROOTS.get(1), List.of(bad))).as("extension %s", bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("EJ1320");
        }
        assertThatThrownBy(() -> Checkpoint.of(ORIGIN, -1, ROOTS.get(1))).hasMessageStartingWith("EJ1320");
        assertThatThrownBy(() -> Checkpoint.of(null, 1, ROOTS.get(1))).isInstanceOf(NullPointerException.class)
                .hasMessageStartingWith("EJ1309");
        assertThatThrownBy(() -> Checkpoint.of(ORIGIN, 1, null)).hasMessageStartingWith("EJ1309");
        assertThatThrownBy(() -> new Checkpoint(ORIGIN, 1, ROOTS.get(1), Collections.singletonList(null)))
                .hasMessageStartingWith("EJ1309");
        List<String> extensions = new ArrayList<>(List.of("x"));
        Checkpoint checkpoint = new Checkpoint(ORIGIN, 1, ROOTS.get(1), extensions);
        extensions.add("y");
        assertThat(checkpoint.extensions()).containsExactly("x");
    }

    /** The example of the package's Javadoc, end to end. */
    @Test
    void the_package_example_works() {
        byte[] entryBytes = "a mark of 5 for pupil 17".getBytes(UTF_8);
        MerkleLog log = MerkleLog.empty();
        log.append(MerkleHashing.leafHash(entryBytes));
        Ed25519CheckpointSigner signer = Ed25519CheckpointSigner.generate("ejournal.example/school-42");
        String signed = Checkpoint.of("ejournal.example/school-42", log.frontier()).sign(signer);

        CheckpointVerification answer = signer.verifier().withOrigin("ejournal.example/school-42").verify(signed);
        assertThat(answer).isInstanceOfSatisfying(CheckpointVerification.Verified.class,
                verified -> assertThat(verified.checkpoint().root())
                        .isEqualTo(MerkleTree.of(List.of(MerkleHashing.leafHash(entryBytes))).root()));
    }

    // ------------------------------------------------------------------------------ the rejections

    @Test
    void another_origin_is_rejected_when_one_is_expected() {
        String signed = EIGHT.sign(SIGNER);
        assertThat(VERIFIER.withOrigin(ORIGIN).verify(signed).isVerified()).isTrue();
        assertThat(VERIFIER.withOrigin(ORIGIN).origin()).contains(ORIGIN);
        assertThat(VERIFIER.origin()).isEmpty();
        assertRejected(VERIFIER.withOrigin("ejournal.example/school-43").verify(signed), WRONG_ORIGIN, "EJ1333");
        assertThatThrownBy(() -> VERIFIER.withOrigin("")).hasMessageStartingWith("EJ1320");
    }

    @Test
    void a_checkpoint_signed_by_another_key_is_an_unknown_key() {
        assertRejected(VERIFIER.verify(EIGHT.sign(OTHER)), UNKNOWN_KEY, "EJ1331");
        // the same name with another key: the key ID differs, so the line is not ours
        Ed25519CheckpointSigner impostor = Ed25519CheckpointSigner.generate(ORIGIN);
        assertRejected(VERIFIER.verify(EIGHT.sign(impostor)), UNKNOWN_KEY, "EJ1331");
        // our key ID under another name is not ours either
        String renamed = EIGHT.sign(SIGNER).replace("\u2014 " + ORIGIN + " ", "\u2014 ejournal.example/renamed ");
        assertRejected(VERIFIER.verify(renamed), UNKNOWN_KEY, "EJ1331");
    }

    @Test
    void signatures_by_unknown_keys_are_ignored_as_the_signed_note_spec_requires() {
        String both = EIGHT.sign(List.of(OTHER, SIGNER));
        assertThat(VERIFIER.verify(both)).isEqualTo(new CheckpointVerification.Verified(EIGHT));
        assertThat(OTHER.verifier().verify(both)).isEqualTo(new CheckpointVerification.Verified(EIGHT));
        String otherLine = both.split("\n")[4];
        assertThat(otherLine).startsWith("\u2014 ejournal.example/other ");
        String brokenOther = both.replace(otherLine, otherLine.substring(0, otherLine.length() - 8) + "AAAAAAA=");
        assertThat(VERIFIER.verify(brokenOther).isVerified()).as("the other line is not ours to check").isTrue();
        assertRejected(OTHER.verifier().verify(brokenOther), BAD_SIGNATURE, "EJ1332");
    }

    @Test
    void a_bad_signature_by_the_expected_key_is_rejected() {
        String signed = EIGHT.sign(SIGNER);
        assertRejected(VERIFIER.verify(signed.replace("\n8\n", "\n9\n")), BAD_SIGNATURE, "EJ1332");
        assertRejected(VERIFIER.verify(withSignature(ByteBuffer.allocate(68).putInt(SIGNER.keyHash()).array())),
                BAD_SIGNATURE, "EJ1332");
        assertRejected(VERIFIER.verify(withSignature(ByteBuffer.allocate(14).putInt(SIGNER.keyHash()).array())),
                BAD_SIGNATURE, "EJ1332");
        // a second line by our key that does not verify spoils the note
        String good = signed.substring(EIGHT.toNoteText().length() + 1);
        String bad = withSignature(ByteBuffer.allocate(68).putInt(SIGNER.keyHash()).array())
                .substring(EIGHT.toNoteText().length() + 1);
        assertRejected(VERIFIER.verify(EIGHT.toNoteText() + "\n" + good + bad), BAD_SIGNATURE, "EJ1332");
        assertThat(VERIFIER.verify(EIGHT.toNoteText() + "\n" + good + good).isVerified()).isTrue();
        // the text ends at the last blank line: a blank line among the signatures makes the first one text
        assertRejected(VERIFIER.verify(EIGHT.toNoteText() + "\n" + good + "\n" + good), BAD_SIGNATURE, "EJ1332");
    }

    @Test
    void malformed_notes_are_answered_as_malformed() {
        String text = EIGHT.toNoteText();
        String line = EIGHT.sign(SIGNER).substring(text.length() + 1);
        String blob = line.substring(line.lastIndexOf(' ') + 1, line.length() - 1);
        List<String> malformed = List.of(
                "",
                text,
                text + "\n",
                text + line,
                text + "\n" + line.substring(0, line.length() - 1),
                text + "\n" + line.replace('\u2014', '-'),
                text + "\n" + line.replace("\u2014 ", "\u2014"),
                text + "\n\u2014 " + ORIGIN + "\n",
                text + "\n\u2014 " + ORIGIN + "  " + blob + "\n",
                text + "\n\u2014 " + ORIGIN + " " + blob.substring(0, blob.length() - 1) + "\n",
                text + "\n\u2014 " + ORIGIN + " " + blob.replace('+', '-').replace('/', '_') + "x\n",
                text + "\n\u2014 " + ORIGIN + "+x " + blob + "\n",
                text + "\n\u2014 " + ORIGIN + " AAAAAA==\n",
                text.replace("\n8\n", "\n8\r\n") + "\n" + line,
                text.replace("school", "sch\u0000ool") + "\n" + line,
                text + "\n" + line.repeat(Notes.MAX_SIGNATURES + 1));
        for (String note : malformed) {
            assertThat(VERIFIER.verify(note)).as("%s", note).isInstanceOfSatisfying(
                    CheckpointVerification.Rejected.class, r -> assertThat(r.problem()).isEqualTo(MALFORMED));
            assertRejected(VERIFIER.verify(note), MALFORMED, "EJ1330");
        }
        assertRejected(VERIFIER.verify(new byte[] {(byte) 0xff, '\n', '\n'}), MALFORMED, "EJ1330");
        assertRejected(VERIFIER.verify("lone \ud800\n\n" + line), MALFORMED, "EJ1330");
        assertThat(VERIFIER.verify(text + "\n" + line.repeat(Notes.MAX_SIGNATURES)).isVerified()).isTrue();
    }

    /** A validly signed text that is not a checkpoint is still malformed: the body is checked too. */
    @Test
    void a_validly_signed_text_that_is_no_checkpoint_is_malformed() {
        String root = ROOTS.get(8).toBase64();
        List<String> notCheckpoints = List.of(
                ORIGIN + "\n8\n",
                ORIGIN + "\n08\n" + root + "\n",
                ORIGIN + "\n-1\n" + root + "\n",
                ORIGIN + "\n+8\n" + root + "\n",
                ORIGIN + "\n 8\n" + root + "\n",
                ORIGIN + "\n9223372036854775808\n" + root + "\n",
                ORIGIN + "\n99999999999999999999\n" + root + "\n",
                ORIGIN + "\n8\n" + root.substring(0, 43) + "\n",
                ORIGIN + "\n8\n" + root.substring(0, 42) + "h=\n",
                ORIGIN + "\n8\n" + Base64.getEncoder().encodeToString(new byte[31]) + "\n",
                ORIGIN + "\n8\n" + ROOTS.get(8).toHex() + "\n",
                "\n8\n" + root + "\n",
                ORIGIN + "\n8\n" + root + "\n\nextension after an empty line\n");
        for (String text : notCheckpoints) {
            String signed = text + "\n\u2014 " + ORIGIN + " " + blob(SIGNER.keyHash(), SIGNER.sign(text.getBytes(UTF_8)))
                    + "\n";
            assertRejected(VERIFIER.verify(signed), MALFORMED, "EJ1330");
        }
        String zero = ORIGIN + "\n0\n" + MerkleHashing.emptyRoot().toBase64() + "\n";
        assertThat(VERIFIER.verify(zero + "\n\u2014 " + ORIGIN + " " + blob(SIGNER.keyHash(),
                SIGNER.sign(zero.getBytes(UTF_8))) + "\n").isVerified()).isTrue();
    }

    // ------------------------------------------------------------------------------ tampering

    @Test
    void any_byte_flipped_inserted_or_removed_is_caught() {
        for (Checkpoint checkpoint : List.of(new Checkpoint("журнал.example/школа", 1729, ROOTS.get(7),
                List.of("ext")))) {
            byte[] signed = checkpoint.sign(SIGNER).getBytes(UTF_8);
            assertThat(VERIFIER.verify(signed).isVerified()).isTrue();
            for (int i = 0; i < signed.length; i++) {
                for (int bit = 0; bit < 8; bit++) {
                    byte[] changed = signed.clone();
                    changed[i] ^= (byte) (1 << bit);
                    assertThat(VERIFIER.verify(changed).isVerified()).as("byte %d bit %d", i, bit).isFalse();
                }
                byte[] removed = new byte[signed.length - 1];
                System.arraycopy(signed, 0, removed, 0, i);
                System.arraycopy(signed, i + 1, removed, i, signed.length - i - 1);
                assertThat(VERIFIER.verify(removed).isVerified()).as("without byte %d", i).isFalse();
                for (byte inserted : new byte[] {'0', ' ', '\n', 'A'}) {
                    byte[] longer = new byte[signed.length + 1];
                    System.arraycopy(signed, 0, longer, 0, i);
                    longer[i] = inserted;
                    System.arraycopy(signed, i, longer, i + 1, signed.length - i);
                    assertThat(VERIFIER.verify(longer).isVerified()).as("%c inserted at %d", inserted, i).isFalse();
                }
            }
        }
    }

    @Test
    void property_any_changed_byte_of_a_signed_checkpoint_is_caught() {
        qt().withFixedSeed(20_261_129L).withExamples(200)
                .forAll(checkpoints(), integers().allPositive(), integers().between(1, 255))
                .checkAssert((checkpoint, position, delta) -> {
                    byte[] signed = checkpoint.sign(SIGNER).getBytes(UTF_8);
                    assertThat(VERIFIER.verify(signed)).isEqualTo(new CheckpointVerification.Verified(checkpoint));
                    int i = position % signed.length;
                    byte[] changed = signed.clone();
                    changed[i] = (byte) (changed[i] + delta);
                    assertThat(VERIFIER.verify(changed).isVerified()).as("byte %d + %d", i, delta).isFalse();
                });
    }

    // ------------------------------------------------------------------------------ interoperation

    /** golang.org/x/mod/sumdb/note's documented example: key, text and signature. */
    @Test
    void go_note_packages_example_key_and_signature_are_reproduced_exactly() throws Exception {
        String vkey = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
        String skey = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
        String text = "If you think cryptography is the answer to your problem,\n"
                + "then you don't know what your problem is.\n";
        String note = text + "\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSN"
                + "XgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

        CheckpointVerifier verifier = CheckpointVerifier.parse(vkey);
        assertThat(verifier.keyName()).isEqualTo("PeterNeumann");
        assertThat(verifier.keyHash()).isEqualTo(0xc74f20a3);
        assertThat(verifier.toVerifierKey()).isEqualTo(vkey);

        String seedText = skey.split("\\+", 5)[4]; // the base64 has a '+' of its own
        byte[] seed = Arrays.copyOfRange(Base64.getDecoder().decode(seedText), 1, 33);
        KeyPair pair = new KeyPair(ed25519(verifier.publicKey()), KeyFactory.getInstance("Ed25519")
                .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed)));
        Ed25519CheckpointSigner signer = Ed25519CheckpointSigner.of("PeterNeumann", pair);
        assertThat(signer.keyHash()).isEqualTo(0xc74f20a3);
        assertThat(signer.verifier()).isEqualTo(verifier);
        String line = "\u2014 PeterNeumann " + blob(signer.keyHash(), signer.sign(text.getBytes(UTF_8))) + "\n";
        assertThat(text + "\n" + line).isEqualTo(note);

        // the signature verifies; the text is just no checkpoint
        assertThat(VERIFIER.verify(note)).isInstanceOfSatisfying(CheckpointVerification.Rejected.class,
                r -> assertThat(r.problem()).isEqualTo(UNKNOWN_KEY));
        assertThat(verifier.verify(note)).isInstanceOfSatisfying(CheckpointVerification.Rejected.class,
                r -> assertThat(r.detail()).contains("at least 3 lines"));
        assertRejected(verifier.verify(note.replace("cryptography", "cryptographY")), BAD_SIGNATURE, "EJ1332");
    }

    /** Signed tree heads of the Go checksum database, verified with its published key. */
    @Test
    void real_checkpoints_of_sum_golang_org_verify_with_its_published_key() {
        CheckpointVerifier sumdb = CheckpointVerifier
                .parse("sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8")
                .withOrigin("go.sum database tree");
        String first = "go.sum database tree\n31700353\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n\n"
                + "\u2014 sum.golang.org Az3grnmrIUEDFqHzAElIQCPNoRFRAAdFo47fooyWKMHb89k11GJh5zHIfNCOBmwn/C3YI8oW9/C8DJ8"
                + "7F61QqspBYwM=\n";
        String second = "go.sum database tree\n65209736\n5+uGFjx6xBZG8ip1+wi77v+grwbhhukIrxEUS8PXvRo=\n\n"
                + "\u2014 sum.golang.org Az3grnbssgK7ubgFX36gVETtNv0U23qxyAhAMai2QUfeGa3nB/akvkMdlUErfcZz7l/R3cVtYspg3dx"
                + "XABkGZZKdsQ8=\n";
        assertThat(sumdb.verify(first)).isEqualTo(new CheckpointVerification.Verified(Checkpoint.of(
                "go.sum database tree", 31_700_353, Hash.of(Base64.getDecoder()
                        .decode("qINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=")))));
        assertThat(sumdb.verify(second)).isInstanceOfSatisfying(CheckpointVerification.Verified.class,
                v -> assertThat(v.checkpoint().size()).isEqualTo(65_209_736));
        assertRejected(sumdb.verify(second.replace("65209736", "65209737")), BAD_SIGNATURE, "EJ1332");
    }

    /** The example of c2sp.org/tlog-checkpoint parses; its key is not published, so it is unknown. */
    @Test
    void the_c2sp_example_is_well_formed() {
        String example = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n"
                + "\u2014 example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1"
                + "gGzGku9nTo+zyWE+xeMcTOAYQ8=\n";
        assertRejected(VERIFIER.verify(example), UNKNOWN_KEY, "EJ1331");
    }

    // ------------------------------------------------------------------------------ keys and signers

    @Test
    void key_names_follow_the_signed_note_rules() {
        for (String bad : List.of("", "with space", "with+plus", "tab\t", "nbsp\u00a0", "em\u2003space", "nel\u0085")) {
            assertThatThrownBy(() -> Ed25519CheckpointSigner.generate(bad)).as("%s", bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("EJ1321");
            assertThatThrownBy(() -> CheckpointVerifier.ofEd25519(bad, SIGNER.publicKey())).as("%s", bad)
                    .hasMessageStartingWith("EJ1321");
        }
        assertThat(Ed25519CheckpointSigner.generate("журнал.example/школа").name()).isEqualTo("журнал.example/школа");
    }

    @Test
    void a_signer_needs_a_matching_ed25519_key_pair() throws Exception {
        KeyPair mine = SIGNER.keyPair();
        KeyPair theirs = OTHER.keyPair();
        assertThatThrownBy(() -> Ed25519CheckpointSigner.of(ORIGIN, new KeyPair(mine.getPublic(), theirs.getPrivate())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("EJ1321");
        KeyPair ec = KeyPairGenerator.getInstance("EC").generateKeyPair();
        assertThatThrownBy(() -> Ed25519CheckpointSigner.of(ORIGIN, ec)).hasMessageStartingWith("EJ1321");
        assertThatThrownBy(() -> Ed25519CheckpointSigner.of(ORIGIN, new KeyPair(mine.getPublic(), ec.getPrivate())))
                .hasMessageStartingWith("EJ1321");
        KeyPair ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair();
        assertThatThrownBy(() -> Ed25519CheckpointSigner.of(ORIGIN, ed448)).hasMessageStartingWith("EJ1321");
        assertThatThrownBy(() -> CheckpointVerifier.ofEd25519(ORIGIN, ed448.getPublic())).hasMessageStartingWith("EJ1321");
        assertThatThrownBy(() -> Ed25519CheckpointSigner.of(ORIGIN, null)).hasMessageStartingWith("EJ1309");

        Ed25519CheckpointSigner again = Ed25519CheckpointSigner.of(ORIGIN, mine);
        assertThat(again.keyHash()).isEqualTo(SIGNER.keyHash());
        assertThat(EIGHT.sign(again)).isEqualTo(EIGHT.sign(SIGNER));
        assertThat(CheckpointVerifier.ofEd25519(ORIGIN, mine.getPublic())).isEqualTo(VERIFIER);
        assertThat(SIGNER.toString()).isEqualTo("Ed25519CheckpointSigner[" + ORIGIN + "+"
                + String.format("%08x", SIGNER.keyHash()) + "]");
    }

    @Test
    void a_verifier_key_reads_and_writes_the_go_text_form() {
        String vkey = VERIFIER.toVerifierKey();
        assertThat(vkey).startsWith(ORIGIN + "+" + String.format("%08x", SIGNER.keyHash()) + "+A");
        assertThat(CheckpointVerifier.parse(vkey)).isEqualTo(VERIFIER);
        String key = vkey.substring(ORIGIN.length() + 10); // name + 8 hex digits, each followed by '+'
        byte[] typed = Base64.getDecoder().decode(key);
        typed[0] = 0x02;
        String hash = String.format("%08x", SIGNER.keyHash());
        for (String bad : List.of("", ORIGIN, ORIGIN + "+" + hash, ORIGIN + "+" + hash + "+",
                ORIGIN + "+" + String.format("%08x", SIGNER.keyHash() + 1) + "+" + key,
                ORIGIN + "+" + hash.substring(1) + "+" + key, ORIGIN + "+zz" + hash.substring(2) + "+" + key,
                ORIGIN + "+" + hash + "+" + Base64.getEncoder().encodeToString(typed),
                ORIGIN + "+" + hash + "+" + key.substring(0, key.length() - 1),
                "+" + hash + "+" + key, "with space+" + hash + "+" + key)) {
            assertThatThrownBy(() -> CheckpointVerifier.parse(bad)).as("%s", bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("EJ1321");
        }
        assertThatThrownBy(() -> CheckpointVerifier.ofEd25519(ORIGIN, new byte[31])).hasMessageStartingWith("EJ1321");
        assertThatThrownBy(() -> CheckpointVerifier.parse(null)).hasMessageStartingWith("EJ1309");
    }

    @Test
    void a_plugged_in_signer_that_fails_or_answers_nonsense_is_reported_with_a_code() {
        assertThatThrownBy(() -> EIGHT.sign(signer(ORIGIN, m -> {
            throw new IllegalStateException("the hardware module is offline");
        }))).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("EJ1322")
                .hasRootCauseMessage("the hardware module is offline");
        assertThatThrownBy(() -> EIGHT.sign(signer(ORIGIN, m -> null))).hasMessageStartingWith("EJ1322");
        assertThatThrownBy(() -> EIGHT.sign(signer(ORIGIN, m -> new byte[0]))).hasMessageStartingWith("EJ1322");
        assertThatThrownBy(() -> EIGHT.sign(signer("bad name", m -> new byte[64]))).hasMessageStartingWith("EJ1321");
        assertThatThrownBy(() -> EIGHT.sign(signer(null, m -> new byte[64]))).hasMessageStartingWith("EJ1321");
        assertThatThrownBy(() -> EIGHT.sign(List.of())).hasMessageStartingWith("EJ1321");
        assertThatThrownBy(() -> EIGHT.sign(List.of(SIGNER, SIGNER))).hasMessageStartingWith("EJ1321");
        assertThatThrownBy(() -> EIGHT.sign((CheckpointSigner) null)).hasMessageStartingWith("EJ1309");
        // the signer gets a copy of the text to sign: changing it changes nothing
        String signed = EIGHT.sign(signer(ORIGIN, m -> {
            byte[] signature = SIGNER.sign(m);
            Arrays.fill(m, (byte) 0);
            return signature;
        }, SIGNER.keyHash()));
        assertThat(VERIFIER.verify(signed).isVerified()).isTrue();
    }

    @Test
    void nulls_are_programming_errors_with_a_code() {
        assertThatThrownBy(() -> VERIFIER.verify((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessageStartingWith("EJ1309");
        assertThatThrownBy(() -> VERIFIER.verify((byte[]) null)).hasMessageStartingWith("EJ1309");
        assertThatThrownBy(() -> VERIFIER.withOrigin(null)).hasMessageStartingWith("EJ1309");
        assertThatThrownBy(() -> SIGNER.sign(null)).hasMessageStartingWith("EJ1309");
        assertThatThrownBy(() -> Checkpoint.of(ORIGIN, (Frontier) null)).hasMessageStartingWith("EJ1309");
    }

    // ------------------------------------------------------------------------------ helpers

    private static Gen<Checkpoint> checkpoints() {
        List<String> origins = List.of(ORIGIN, "журнал.example/школа-7", "a", "x.example/log with spaces");
        return source -> {
            String origin = origins.get(integers().between(0, origins.size() - 1).generate(source));
            long size = longs().between(0, Long.MAX_VALUE).generate(source);
            byte[] root = new byte[32];
            new Random(longs().all().generate(source)).nextBytes(root);
            int extensions = integers().between(0, 2).generate(source);
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < extensions; i++) {
                lines.add("ext " + integers().allPositive().generate(source));
            }
            return new Checkpoint(origin, size, Hash.of(root), lines);
        };
    }

    private static void assertRejected(CheckpointVerification answer, CheckpointVerification.Problem problem,
            String code) {
        assertThat(answer).isInstanceOfSatisfying(CheckpointVerification.Rejected.class, rejected -> {
            assertThat(rejected.problem()).as("%s", rejected).isEqualTo(problem);
            assertThat(rejected.code()).isEqualTo(code);
            assertThat(rejected.detail()).isNotBlank();
        });
    }

    /** EIGHT's text with one signature line by our name carrying the given bytes. */
    private static String withSignature(byte[] keyIdAndSignature) {
        return EIGHT.toNoteText() + "\n\u2014 " + ORIGIN + " " + Base64.getEncoder().encodeToString(keyIdAndSignature)
                + "\n";
    }

    private static String blob(int keyHash, byte[] signature) {
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(4 + signature.length).putInt(keyHash)
                .put(signature).array());
    }

    /** The key ID computed here, independently of the code under test. */
    private static int keyId(String name, byte[] publicKey) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(name.getBytes(UTF_8));
            sha.update((byte) 0x0A);
            sha.update((byte) 0x01);
            return ByteBuffer.wrap(sha.digest(publicKey)).getInt();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static java.security.PublicKey ed25519(byte[] raw) throws Exception {
        byte[] x509 = new byte[44];
        System.arraycopy(new byte[] {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00}, 0, x509, 0,
                12);
        System.arraycopy(raw, 0, x509, 12, 32);
        return KeyFactory.getInstance("Ed25519").generatePublic(new java.security.spec.X509EncodedKeySpec(x509));
    }

    private static CheckpointSigner signer(String name, java.util.function.UnaryOperator<byte[]> sign) {
        return signer(name, sign, 0x12345678);
    }

    private static CheckpointSigner signer(String name, java.util.function.UnaryOperator<byte[]> sign, int keyHash) {
        return new CheckpointSigner() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int keyHash() {
                return keyHash;
            }

            @Override
            public byte[] sign(byte[] message) {
                return sign.apply(message);
            }
        };
    }
}
