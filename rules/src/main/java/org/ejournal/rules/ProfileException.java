package org.ejournal.rules;

/**
 * A profile (the school's local act) is invalid: the message names the field, e.g.
 * {@code EJ2001 deadlines.marks.days: must be 0 to 60}.
 */
public class ProfileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The stable code of an invalid profile. */
    public static final String CODE = "EJ2001";

    private final String field;

    /**
     * @param field the profile key, e.g. {@code deadlines.marks.days}
     * @param problem what is wrong with it
     */
    public ProfileException(String field, String problem) {
        super(CODE + " " + field + ": " + problem);
        this.field = field;
    }

    /** @return the stable code: {@code EJ2001} for a value out of range; a file's errors have their own */
    public String code() {
        return CODE;
    }

    /** @return the profile key that is wrong */
    public String field() {
        return field;
    }
}
