package org.ejournal.core.archive;

import java.util.List;
import java.util.Objects;

/**
 * An archive could not be written, read or restored. {@link #code()} is the stable code
 * ({@value Archive#DAMAGED}, {@value Archive#STORE_NOT_EMPTY}, {@value Archive#WRONG_SCHOOL},
 * {@value Archive#IO_FAILED} or {@value Archive#NOT_FROM_START}); when the archive was damaged,
 * {@link #problems()} lists every problem found. Immutable.
 */
public final class ArchiveException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient List<ArchiveProblem> problems;

    /**
     * @param code the stable code, not {@code null}
     * @param message what went wrong, not {@code null}; the code is prefixed to it
     * @param problems the problems found, not {@code null}, possibly empty
     * @param cause the cause, or {@code null}
     */
    ArchiveException(String code, String message, List<ArchiveProblem> problems, Throwable cause) {
        super(Objects.requireNonNull(code, "code") + " " + message, cause);
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    /** @return the stable code, never {@code null} */
    public String code() {
        return code;
    }

    /** @return the problems of a damaged archive, never {@code null}; empty for other failures */
    public List<ArchiveProblem> problems() {
        return problems == null ? List.of() : problems;
    }
}
