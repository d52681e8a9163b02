package org.ejournal.testkit.conformance;

import java.util.Objects;

/**
 * A scenario file (or a starting school's file) that cannot be read as a scenario: a mistake in the
 * file, not in the library. The message starts with a stable code and names the file, the step and
 * the key, e.g. {@code EJ3002 scenarios/REG-7/late-mark.json, step 4, command.RecordMark: the key
 * "student" is missing}. Codes:
 *
 * <table>
 * <caption>codes</caption>
 * <tr><th>code</th><th>meaning</th></tr>
 * <tr><td>EJ3000</td><td>the file cannot be read, or is not strict JSON (syntax, a key given twice)</td></tr>
 * <tr><td>EJ3001</td><td>a key the format does not have</td></tr>
 * <tr><td>EJ3002</td><td>a required key is missing</td></tr>
 * <tr><td>EJ3003</td><td>a value of the wrong JSON type (a number where a text is due…)</td></tr>
 * <tr><td>EJ3004</td><td>a malformed value: a date, a time, an identifier, a constant's name, a number out
 *     of range, a duplicate in a set, or values a record refuses</td></tr>
 * <tr><td>EJ3005</td><td>an unknown type name of a command, query or entry</td></tr>
 * <tr><td>EJ3006</td><td>an actor not written {@code staff:ID}, {@code student:ID}, {@code guardian:ID}
 *     or {@code system:NAME}</td></tr>
 * <tr><td>EJ3007</td><td>profile overrides the profile file format refuses (its own code is quoted)</td></tr>
 * <tr><td>EJ3008</td><td>a step dated before the step that precedes it</td></tr>
 * <tr><td>EJ3009</td><td>a starting school that cannot be found</td></tr>
 * <tr><td>EJ3010</td><td>an expectation that cannot hold: an outcome that does not fit the step, or
 *     violations that contradict it</td></tr>
 * <tr><td>EJ3011</td><td>a rule name that is not in the catalogue</td></tr>
 * </table>
 */
public final class ScenarioFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The file cannot be read, or is not strict JSON. */
    public static final String UNREADABLE = "EJ3000";
    /** A key the format does not have. */
    public static final String UNKNOWN_KEY = "EJ3001";
    /** A required key is missing. */
    public static final String MISSING_KEY = "EJ3002";
    /** A value of the wrong JSON type. */
    public static final String WRONG_TYPE = "EJ3003";
    /** A malformed value. */
    public static final String MALFORMED_VALUE = "EJ3004";
    /** An unknown type name of a command, query or entry. */
    public static final String UNKNOWN_TYPE = "EJ3005";
    /** An actor not written in one of the four forms. */
    public static final String BAD_ACTOR = "EJ3006";
    /** Profile overrides the profile file format refuses. */
    public static final String BAD_PROFILE = "EJ3007";
    /** A step dated before the step that precedes it. */
    public static final String OUT_OF_ORDER = "EJ3008";
    /** A starting school that cannot be found. */
    public static final String UNKNOWN_SCHOOL = "EJ3009";
    /** An expectation that cannot hold. */
    public static final String IMPOSSIBLE_EXPECTATION = "EJ3010";
    /** A rule name that is not in the catalogue. */
    public static final String UNKNOWN_RULE = "EJ3011";

    private final String code;
    private final String source;
    private final String where;
    private final String problem;

    /**
     * @param code the code, one of this class's constants
     * @param source the file, e.g. {@code scenarios/REG-7/late-mark.json}
     * @param where where in the file, e.g. {@code step 4, command.RecordMark.student}; empty for the whole file
     * @param problem what is wrong, in words a scenario's author understands
     */
    ScenarioFileException(String code, String source, String where, String problem) {
        super(code + " " + source + (where.isEmpty() ? "" : ", " + where) + ": " + problem);
        this.code = Objects.requireNonNull(code, "code");
        this.source = Objects.requireNonNull(source, "source");
        this.where = Objects.requireNonNull(where, "where");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** @return the stable code, {@code EJ3000}–{@code EJ3011} */
    public String code() {
        return code;
    }

    /** @return the file, as the loader named it */
    public String source() {
        return source;
    }

    /** @return where in the file, e.g. {@code step 4, command.RecordMark.student}; empty for the whole file */
    public String where() {
        return where;
    }

    /** @return what is wrong, without the code and the place */
    public String problem() {
        return problem;
    }

    /**
     * A stack trace says nothing to the author of a scenario: the message names the file and the step.
     *
     * @return this exception, without filling in the stack trace
     */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
