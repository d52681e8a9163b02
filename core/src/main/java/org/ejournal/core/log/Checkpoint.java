package org.ejournal.core.log;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A checkpoint: the audit log's origin, size and root at one moment, in the C2SP
 * {@code tlog-checkpoint} text form (c2sp.org/tlog-checkpoint):
 *
 * <pre>
 * ejournal.example/school-42
 * 8
 * XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=
 * </pre>
 *
 * <p>origin line, tree size in decimal, root hash in standard base64, optional extension lines.
 * {@link #sign(CheckpointSigner)} makes it a C2SP signed note, printed on the paper copies and
 * stored beside the log; {@link CheckpointVerifier} reads a signed one back. There is deliberately
 * no way to read an unsigned checkpoint: the signed-note spec says a text must be ignored until a
 * trusted key's signature over it has been verified. Immutable and thread-safe.
 *
 * @param origin the log's identity, e.g. {@code ejournal.example/school-42}; non-empty, one line
 *     without control characters; a schema-less URL without spaces or {@code +} is recommended
 * @param size the number of leaves, not negative
 * @param root the root of the tree of {@code size} leaves
 * @param extensions extension lines, usually none (the spec does not recommend them); each
 *     non-empty and without control characters
 */
public record Checkpoint(String origin, long size, Hash root, List<String> extensions) {

    /**
     * Checks the lines and copies the extensions.
     *
     * @throws NullPointerException (code {@code EJ1309}) if an argument or an extension line is {@code null}
     * @throws IllegalArgumentException (code {@code EJ1320}) if the origin or an extension line is
     *     empty or holds a newline or another control character or a lone surrogate, or the size is
     *     negative
     */
    public Checkpoint {
        LogCodes.requireNonNull(origin, "origin");
        LogCodes.requireNonNull(root, "root");
        LogCodes.requireNonNull(extensions, "extensions");
        for (String line : extensions) {
            LogCodes.requireNonNull(line, "an extension line");
        }
        extensions = List.copyOf(extensions);
        checkLine(origin, "the origin");
        for (String line : extensions) {
            checkLine(line, "an extension line");
        }
        if (size < 0) {
            throw new IllegalArgumentException(LogCodes.INVALID_CHECKPOINT + " a tree size is not negative, got " + size);
        }
    }

    /**
     * @param origin the log's identity, see {@link Checkpoint}
     * @param size the number of leaves, not negative
     * @param root the root of the tree of {@code size} leaves, not {@code null}
     * @return a checkpoint without extension lines
     * @throws NullPointerException (code {@code EJ1309}) if an argument is {@code null}
     * @throws IllegalArgumentException (code {@code EJ1320}) as the constructor
     */
    public static Checkpoint of(String origin, long size, Hash root) {
        return new Checkpoint(origin, size, root, List.of());
    }

    /**
     * @param origin the log's identity, see {@link Checkpoint}
     * @param frontier the log's size and frontier, not {@code null}
     * @return a checkpoint of the frontier's size and root, without extension lines
     * @throws NullPointerException (code {@code EJ1309}) if an argument is {@code null}
     * @throws IllegalArgumentException (code {@code EJ1320}) as the constructor
     */
    public static Checkpoint of(String origin, Frontier frontier) {
        LogCodes.requireNonNull(frontier, "frontier");
        return of(origin, frontier.size(), frontier.root());
    }

    /**
     * The note text that is signed: every line followed by a newline.
     *
     * @return {@code origin\nsize\nbase64(root)\n[extension\n…]}
     */
    public String toNoteText() {
        StringBuilder text = new StringBuilder();
        text.append(origin).append('\n').append(size).append('\n').append(root.toBase64()).append('\n');
        for (String line : extensions) {
            text.append(line).append('\n');
        }
        return text.toString();
    }

    /**
     * Signs the checkpoint with one key.
     *
     * @param signer the key, not {@code null}
     * @return the signed note: the note text, a blank line and the signature line
     * @throws NullPointerException (code {@code EJ1309}) if {@code signer} is {@code null}
     * @throws IllegalArgumentException (code {@code EJ1321}) if the signer's name is not a valid key name
     * @throws IllegalStateException (code {@code EJ1322}) if the signer fails or answers no signature
     */
    public String sign(CheckpointSigner signer) {
        return sign(List.of(LogCodes.requireNonNull(signer, "signer")));
    }

    /**
     * Signs the checkpoint with one or more keys (the log's key, a second key during a rotation).
     *
     * @param signers the keys in the order of their signature lines, not {@code null}, not empty,
     *     no two with the same name and key hash
     * @return the signed note: the note text, a blank line and one signature line per signer
     * @throws NullPointerException (code {@code EJ1309}) if the list or a signer is {@code null}
     * @throws IllegalArgumentException (code {@code EJ1321}) if the list is empty, a signer's name
     *     is not a valid key name, or two signers have the same name and key hash
     * @throws IllegalStateException (code {@code EJ1322}) if a signer fails or answers no signature
     */
    public String sign(List<? extends CheckpointSigner> signers) {
        LogCodes.requireNonNull(signers, "signers");
        if (signers.isEmpty() || signers.size() > Notes.MAX_SIGNATURES) {
            throw new IllegalArgumentException(LogCodes.INVALID_KEY + " a checkpoint is signed by 1 to "
                    + Notes.MAX_SIGNATURES + " keys, got " + signers.size());
        }
        String text = toNoteText();
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder note = new StringBuilder(text).append('\n');
        Set<String> seen = new HashSet<>();
        for (CheckpointSigner signer : signers) {
            LogCodes.requireNonNull(signer, "a signer");
            String name = signer.name();
            if (name == null || !Notes.isValidKeyName(name)) {
                throw new IllegalArgumentException(LogCodes.INVALID_KEY + " not a key name: " + name);
            }
            int keyHash = signer.keyHash();
            if (!seen.add(name + "+" + keyHash)) {
                throw new IllegalArgumentException(LogCodes.INVALID_KEY + " two signers are " + name + "+"
                        + String.format("%08x", keyHash));
            }
            byte[] signature;
            try {
                signature = signer.sign(message.clone());
            } catch (RuntimeException e) {
                throw new IllegalStateException(LogCodes.SIGNING_FAILED + " " + name + " could not sign", e);
            }
            if (signature == null || signature.length == 0) {
                throw new IllegalStateException(LogCodes.SIGNING_FAILED + " " + name + " answered no signature");
            }
            byte[] blob = ByteBuffer.allocate(4 + signature.length).putInt(keyHash).put(signature).array();
            note.append(Notes.SIGNATURE_LINE_START).append(name).append(' ')
                    .append(Base64.getEncoder().encodeToString(blob)).append('\n');
        }
        return note.toString();
    }

    /**
     * Reads a checkpoint from a note text whose signature has been verified: at least three
     * non-empty lines; the size in decimal without leading zeros; the root in canonical base64.
     */
    /**
     * Reads what a signed checkpoint says <b>without verifying any signature</b>: for a reader that
     * has no verifier key and only compares sizes and roots. Trust the result only after a
     * {@link CheckpointVerifier} has verified the same text.
     *
     * @param signedCheckpoint the signed note text, not {@code null}
     * @return the checkpoint, or empty if the text is not a well-formed signed checkpoint
     * @throws NullPointerException (code {@code EJ1309}) if the text is {@code null}
     */
    public static java.util.Optional<Checkpoint> readUnverified(String signedCheckpoint) {
        LogCodes.requireNonNull(signedCheckpoint, "signedCheckpoint");
        try {
            Notes.Note note = Notes.parse(Notes.encodeUtf8(signedCheckpoint));
            return java.util.Optional.of(parse(note.text()));
        } catch (Notes.Malformed e) {
            return java.util.Optional.empty();
        }
    }

    static Checkpoint parse(String text) throws Notes.Malformed {
        if (!text.endsWith("\n")) {
            throw new Notes.Malformed("a note text ends with a newline");
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            lines.add(text.substring(start, end));
            start = end + 1;
        }
        if (lines.size() < 3) {
            throw new Notes.Malformed("a checkpoint has at least 3 lines, got " + lines.size());
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                throw new Notes.Malformed("line " + (i + 1) + " of the checkpoint is empty");
            }
        }
        long size = parseSize(lines.get(1));
        Hash root = Hash.fromCanonicalBase64(lines.get(2));
        if (root == null) {
            throw new Notes.Malformed("the root line is not the canonical base64 of 32 bytes");
        }
        try {
            return new Checkpoint(lines.get(0), size, root, lines.subList(3, lines.size()));
        } catch (IllegalArgumentException e) {
            // not reached: the note was already checked for control characters and lone surrogates
            throw new Notes.Malformed(e.getMessage());
        }
    }

    private static long parseSize(String line) throws Notes.Malformed {
        boolean digits = line.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digits || line.length() > 19 || (line.length() > 1 && line.charAt(0) == '0')) {
            throw new Notes.Malformed("the size line is not a decimal number without leading zeros up to "
                    + Long.MAX_VALUE);
        }
        try {
            return Long.parseLong(line);
        } catch (NumberFormatException e) {
            throw new Notes.Malformed("the size is larger than " + Long.MAX_VALUE);
        }
    }

    private static void checkLine(String line, String what) {
        if (line.isEmpty() || !Notes.isValidLineText(line)) {
            throw new IllegalArgumentException(LogCodes.INVALID_CHECKPOINT + " " + what
                    + " must be one non-empty line without control characters or lone surrogates");
        }
    }
}
