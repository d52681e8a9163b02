package org.ejournal.core.model;


/**
 * A typed identifier: every aggregate of the journal is referred to by one, never by object
 * reference. Implementations are records whose text is checked by {@link #check(String, String)}.
 */
public interface Id {

    /** The maximal length of an identifier's text. */
    int MAX_LENGTH = 64;

    /**
     * The identifier's text.
     *
     * @return the text, never {@code null}
     */
    String value();

    /**
     * Checks an identifier's text.
     *
     * @param value the text to check
     * @param kind the identifier type's simple name, for the message
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException (code {@code EJ1000}) if the text is empty, too long or
     *     contains white space or control characters
     */
    static void check(String value, String kind) {
        if (value == null) { // not requireNonNull with a message supplier: no lambda to allocate on every identifier
            throw new NullPointerException("EJ1000 " + kind + " value must not be null");
        }
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "EJ1000 " + kind + " must have 1 to " + MAX_LENGTH + " characters, got " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new IllegalArgumentException(
                        "EJ1000 " + kind + " must not contain white space or control characters");
            }
        }
    }
}
