package org.ejournal.core.retention;

import java.util.Objects;

/**
 * Retention was asked something it cannot do: plan for a day before the school's first school year,
 * hold what the journal does not know, purge a plan made for another school or for a log that has
 * changed since, or purge what would leave a log that no longer replays. Nothing was purged.
 * {@link #code()} is the stable code and {@link #clause()} the clause concerned:
 *
 * <table>
 * <caption>Retention codes</caption>
 * <tr><th>code</th><th>meaning</th></tr>
 * <tr><td>{@value Retention#DATE_BEFORE_THE_SCHOOL}</td><td>the plan's date is before the first day of
 * the school's first school year</td></tr>
 * <tr><td>{@value Retention#INVALID_HOLD}</td><td>a legal hold is invalid or names a school year, pupil or
 * staff member the journal does not know</td></tr>
 * <tr><td>{@value Retention#OTHER_SCHOOL}</td><td>the plan was made for another school's journal</td></tr>
 * <tr><td>{@value Retention#STALE_PLAN}</td><td>the log changed since the plan was made (entries added,
 * payloads purged, another store): plan again</td></tr>
 * <tr><td>{@value Retention#NOT_THE_JOURNALS_STORE}</td><td>the store given to plan does not hold the
 * journal's log</td></tr>
 * <tr><td>{@value Retention#WOULD_NOT_REPLAY}</td><td>the log without the plan's payloads would not replay:
 * an entry kept needs one that is due</td></tr>
 * </table>
 *
 * <p>Immutable.
 */
public final class RetentionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String clause;

    /**
     * @param code the stable code, one of {@link Retention}'s, not {@code null}
     * @param clause the clause concerned, e.g. {@code REC-7.2}, not {@code null}
     * @param message what went wrong, not {@code null}; the code and clause are put before it
     */
    public RetentionException(String code, String clause, String message) {
        this(code, clause, message, null);
    }

    /**
     * @param code the stable code, one of {@link Retention}'s, not {@code null}
     * @param clause the clause concerned, not {@code null}
     * @param message what went wrong, not {@code null}
     * @param cause the cause, or {@code null}
     */
    public RetentionException(String code, String clause, String message, Throwable cause) {
        super(Objects.requireNonNull(code, "code") + " (" + Objects.requireNonNull(clause, "clause") + ") "
                + Objects.requireNonNull(message, "message"), cause);
        this.code = code;
        this.clause = clause;
    }

    /** @return the stable code, e.g. {@value Retention#STALE_PLAN} */
    public String code() {
        return code;
    }

    /** @return the clause concerned, e.g. {@code REG-8} */
    public String clause() {
        return clause;
    }
}
