package org.ejournal.core.log;

/**
 * The stable codes of the audit log's errors and verification problems. A code never changes its
 * meaning; new codes are added, none is reused. The log uses the block {@code EJ13xx}.
 *
 * <p>Codes marked <em>exception</em> begin the message of an exception thrown for a programming
 * error (a {@code null} argument, an index outside the tree, an ill-formed value built in code).
 * Codes marked <em>result</em> are carried by a {@link ProofVerification.Rejected} or a
 * {@link CheckpointVerification.Rejected}: bad input from outside is answered with a value, never
 * an exception.
 *
 * <table>
 * <caption>Audit log codes</caption>
 * <tr><th>code</th><th>meaning</th></tr>
 * <tr><td>EJ1300</td><td>a hash is not 32 bytes, or its text is not 64 hexadecimal digits (exception)</td></tr>
 * <tr><td>EJ1301</td><td>an index or size lies outside the tree (exception)</td></tr>
 * <tr><td>EJ1302</td><td>a frontier's hashes do not fit its size (exception)</td></tr>
 * <tr><td>EJ1303</td><td>the log cannot grow any more (exception)</td></tr>
 * <tr><td>EJ1309</td><td>a required argument is {@code null} (exception)</td></tr>
 * <tr><td>EJ1310</td><td>a proof's index or sizes are out of range (result)</td></tr>
 * <tr><td>EJ1311</td><td>a proof has the wrong number of hashes (result)</td></tr>
 * <tr><td>EJ1312</td><td>an inclusion proof does not lead to the root (result)</td></tr>
 * <tr><td>EJ1313</td><td>a consistency proof does not lead to the first root (result)</td></tr>
 * <tr><td>EJ1314</td><td>a consistency proof does not lead to the second root (result)</td></tr>
 * <tr><td>EJ1320</td><td>a checkpoint's origin, size or extension lines are invalid (exception)</td></tr>
 * <tr><td>EJ1321</td><td>a key name, key or verifier key is invalid (exception)</td></tr>
 * <tr><td>EJ1322</td><td>a checkpoint signer failed or answered nonsense (exception)</td></tr>
 * <tr><td>EJ1330</td><td>a signed checkpoint's text is malformed (result)</td></tr>
 * <tr><td>EJ1331</td><td>no signature by the expected key (result)</td></tr>
 * <tr><td>EJ1332</td><td>the expected key's signature does not verify (result)</td></tr>
 * <tr><td>EJ1333</td><td>the checkpoint is for another origin (result)</td></tr>
 * </table>
 */
public final class LogCodes {

    /** A hash is not 32 bytes, or its text is not 64 hexadecimal digits. */
    public static final String INVALID_HASH = "EJ1300";
    /** An index or size lies outside the tree. */
    public static final String OUTSIDE_THE_TREE = "EJ1301";
    /** A frontier's hashes do not fit its size. */
    public static final String INVALID_FRONTIER = "EJ1302";
    /** The log cannot grow any more. */
    public static final String LOG_FULL = "EJ1303";
    /** A required argument is {@code null}. */
    public static final String NULL_ARGUMENT = "EJ1309";
    /** A proof's index or sizes are out of range. */
    public static final String PROOF_OUT_OF_RANGE = "EJ1310";
    /** A proof has the wrong number of hashes. */
    public static final String PROOF_WRONG_LENGTH = "EJ1311";
    /** An inclusion proof does not lead to the root. */
    public static final String PROOF_ROOT_MISMATCH = "EJ1312";
    /** A consistency proof does not lead to the first root. */
    public static final String PROOF_FIRST_ROOT_MISMATCH = "EJ1313";
    /** A consistency proof does not lead to the second root. */
    public static final String PROOF_SECOND_ROOT_MISMATCH = "EJ1314";
    /** A checkpoint's origin, size or extension lines are invalid. */
    public static final String INVALID_CHECKPOINT = "EJ1320";
    /** A key name, key or verifier key is invalid. */
    public static final String INVALID_KEY = "EJ1321";
    /** A checkpoint signer failed or answered nonsense. */
    public static final String SIGNING_FAILED = "EJ1322";
    /** A signed checkpoint's text is malformed. */
    public static final String CHECKPOINT_MALFORMED = "EJ1330";
    /** No signature by the expected key. */
    public static final String CHECKPOINT_UNKNOWN_KEY = "EJ1331";
    /** The expected key's signature does not verify. */
    public static final String CHECKPOINT_BAD_SIGNATURE = "EJ1332";
    /** The checkpoint is for another origin. */
    public static final String CHECKPOINT_WRONG_ORIGIN = "EJ1333";

    private LogCodes() {
    }

    /**
     * Checks a required argument.
     *
     * @param <T> its type
     * @param value the argument
     * @param name its name, for the message
     * @return the argument
     * @throws NullPointerException (code {@code EJ1309}) if it is {@code null}
     */
    static <T> T requireNonNull(T value, String name) {
        if (value == null) {
            throw new NullPointerException(NULL_ARGUMENT + " " + name + " must not be null");
        }
        return value;
    }
}
