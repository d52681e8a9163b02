package org.ejournal.rules.internal;

/**
 * A text is not well-formed JSON, or repeats a key: what is wrong and where (line and column from
 * 1; columns count characters, not bytes). Not an API: {@link org.ejournal.rules.ProfileFile} turns it
 * into a coded error for the user.
 */
public final class JsonSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of mistake it is. */
    public enum Kind {
        /** The text breaks the JSON grammar. */
        MALFORMED,
        /** An object gives the same key twice. */
        DUPLICATE_KEY
    }

    private final Kind kind;
    private final String path;
    private final String problem;
    private final int line;
    private final int column;

    /**
     * @param kind the kind of mistake
     * @param path the key path where it was found, e.g. {@code deadlines.marks.days}; empty at the top
     * @param problem what is wrong, in plain words
     * @param line the line, from 1
     * @param column the column, from 1
     */
    public JsonSyntaxException(Kind kind, String path, String problem, int line, int column) {
        super("line " + line + ", column " + column + ": " + problem, null, false, false);
        this.kind = kind;
        this.path = path;
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    /** @return the kind of mistake */
    public Kind kind() {
        return kind;
    }

    /** @return the key path where it was found; empty at the top level */
    public String path() {
        return path;
    }

    /** @return what is wrong, without the position */
    public String problem() {
        return problem;
    }

    /** @return the line, from 1 */
    public int line() {
        return line;
    }

    /** @return the column, from 1 */
    public int column() {
        return column;
    }
}
