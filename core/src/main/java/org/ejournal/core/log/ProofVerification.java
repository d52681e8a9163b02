package org.ejournal.core.log;

/**
 * The answer of {@link ProofVerifier}: {@link Verified}, or {@link Rejected} with the
 * {@link Problem} and an explanation. A bad proof is an answer, never an exception. Immutable and
 * thread-safe.
 */
public sealed interface ProofVerification {

    /** @return whether the proof verified */
    boolean isVerified();

    /** @return the answer that a proof verified */
    static ProofVerification verified() {
        return Verified.INSTANCE;
    }

    /**
     * @param problem what is wrong, not {@code null}
     * @param detail an explanation in English for logs and reports, not {@code null}
     * @return the answer that a proof did not verify
     */
    static ProofVerification rejected(Problem problem, String detail) {
        return new Rejected(problem, detail);
    }

    /** What is wrong with a proof, each with its stable code. */
    enum Problem {
        /** The index or sizes are out of range: index ≥ size, size1 &gt; size2, a negative number. */
        OUT_OF_RANGE(LogCodes.PROOF_OUT_OF_RANGE),
        /** The proof has too many or too few hashes for its index and sizes. */
        WRONG_LENGTH(LogCodes.PROOF_WRONG_LENGTH),
        /** The inclusion proof leads to another root: the leaf is not there, or something was changed. */
        ROOT_MISMATCH(LogCodes.PROOF_ROOT_MISMATCH),
        /** The consistency proof does not lead to the first (older) root. */
        FIRST_ROOT_MISMATCH(LogCodes.PROOF_FIRST_ROOT_MISMATCH),
        /** The consistency proof does not lead to the second (newer) root. */
        SECOND_ROOT_MISMATCH(LogCodes.PROOF_SECOND_ROOT_MISMATCH);

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        /** @return the stable code, {@code EJ13xx} */
        public String code() {
            return code;
        }
    }

    /** The proof verified. */
    final class Verified implements ProofVerification {
        private static final Verified INSTANCE = new Verified();

        private Verified() {
        }

        @Override
        public boolean isVerified() {
            return true;
        }

        @Override
        public String toString() {
            return "Verified";
        }
    }

    /**
     * The proof did not verify.
     *
     * @param problem what is wrong
     * @param detail an explanation in English for logs and reports
     */
    record Rejected(Problem problem, String detail) implements ProofVerification {

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
