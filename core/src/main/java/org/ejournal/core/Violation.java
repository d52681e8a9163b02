package org.ejournal.core;

import java.util.Locale;
import java.util.Objects;

/**
 * Why a command was rejected, or what an accepted one is warned about, or what an audit found: a
 * stable code (see {@link ViolationCodes}), the clause of the regulation it breaks (the ids of
 * {@code REQUIREMENTS.md}, e.g. {@code REG-7}), the severity, what it concerns and a message in
 * Russian and in English. Violations are business outcomes, not exceptions. Immutable and
 * thread-safe.
 *
 * @param code the stable code, e.g. {@code EJ1101}
 * @param clause the clause id, e.g. {@code POL-4.4f}
 * @param severity blocking or warning
 * @param concerns what it concerns: a command's field ({@code RecordMark.value}) or an entry
 *     ({@code mark task-1/student-7})
 * @param messageRu the message in Russian
 * @param messageEn the message in English
 */
public record Violation(String code, String clause, Severity severity, String concerns, String messageRu,
        String messageEn) {

    /** Checks that nothing is missing. */
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(concerns, "concerns");
        Objects.requireNonNull(messageRu, "messageRu");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * A blocking violation.
     *
     * @param code the code
     * @param clause the clause id
     * @param concerns what it concerns
     * @param messageRu the Russian message
     * @param messageEn the English message
     * @return the violation
     */
    public static Violation blocking(String code, String clause, String concerns, String messageRu, String messageEn) {
        return new Violation(code, clause, Severity.BLOCKING, concerns, messageRu, messageEn);
    }

    /**
     * A warning.
     *
     * @param code the code
     * @param clause the clause id
     * @param concerns what it concerns
     * @param messageRu the Russian message
     * @param messageEn the English message
     * @return the violation
     */
    public static Violation warning(String code, String clause, String concerns, String messageRu, String messageEn) {
        return new Violation(code, clause, Severity.WARNING, concerns, messageRu, messageEn);
    }

    /**
     * A note: not a violation, recorded with the accepted event.
     *
     * @param code the code
     * @param clause the clause id
     * @param concerns what it concerns
     * @param messageRu the Russian message
     * @param messageEn the English message
     * @return the note
     */
    public static Violation note(String code, String clause, String concerns, String messageRu, String messageEn) {
        return new Violation(code, clause, Severity.INFO, concerns, messageRu, messageEn);
    }

    /**
     * @param locale the reader's locale, not {@code null}
     * @return the Russian message for a Russian locale, else the English one
     */
    public String message(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? messageRu : messageEn;
    }

    /** @return whether this violation rejects the command */
    public boolean isBlocking() {
        return severity == Severity.BLOCKING;
    }

    /** @return a one-line text: code, clause, what it concerns and the English message */
    @Override
    public String toString() {
        return code + " [" + clause + "] " + concerns + ": " + messageEn;
    }
}
