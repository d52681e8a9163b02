package org.ejournal.core.log;

/**
 * The answer of {@link CheckpointVerifier}: {@link Verified} with the checkpoint, or
 * {@link Rejected} with the {@link Problem} and an explanation. A bad checkpoint is an answer,
 * never an exception. Immutable and thread-safe.
 */
public sealed interface CheckpointVerification {

    /** @return whether the checkpoint verified */
    boolean isVerified();

    /** What is wrong with a signed checkpoint, each with its stable code. */
    enum Problem {
        /**
         * The text is not a signed checkpoint: not UTF-8, a control character, no blank line
         * before the signatures, an ill-formed signature line, fewer than three lines, a size or
         * root that does not parse.
         */
        MALFORMED(LogCodes.CHECKPOINT_MALFORMED),
        /** No signature line has the expected key's name and key ID: signed by someone else, or not at all. */
        UNKNOWN_KEY(LogCodes.CHECKPOINT_UNKNOWN_KEY),
        /** A signature by the expected key does not verify: the text or the signature was changed. */
        BAD_SIGNATURE(LogCodes.CHECKPOINT_BAD_SIGNATURE),
        /** The checkpoint is validly signed but for another log than the one expected. */
        WRONG_ORIGIN(LogCodes.CHECKPOINT_WRONG_ORIGIN);

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        /** @return the stable code, {@code EJ13xx} */
        public String code() {
            return code;
        }
    }

    /**
     * The checkpoint verified: its signature by the expected key is good.
     *
     * @param checkpoint what it says
     */
    record Verified(Checkpoint checkpoint) implements CheckpointVerification {

        /**
         * @throws NullPointerException (code {@code EJ1309}) if {@code checkpoint} is {@code null}
         */
        public Verified {
            LogCodes.requireNonNull(checkpoint, "checkpoint");
        }

        @Override
        public boolean isVerified() {
            return true;
        }
    }

    /**
     * The checkpoint did not verify.
     *
     * @param problem what is wrong
     * @param detail an explanation in English for logs and reports
     */
    record Rejected(Problem problem, String detail) implements CheckpointVerification {

        /**
         * @throws NullPointerException (code {@code EJ1309}) if an argument is {@code null}
         */
        public Rejected {
            LogCodes.requireNonNull(problem, "problem");
            LogCodes.requireNonNull(detail, "detail");
        }

        /** @return the problem's stable code */
        public String code() {
            return problem.code();
        }

        @Override
        public boolean isVerified() {
            return false;
        }

        @Override
        public String toString() {
            return "Rejected[" + problem.code() + " " + problem + ": " + detail + "]";
        }
    }
}
