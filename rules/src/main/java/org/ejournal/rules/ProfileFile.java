package org.ejournal.rules;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.rules.internal.JsonReader;
import org.ejournal.rules.internal.JsonSyntaxException;
import org.ejournal.rules.internal.JsonValue;
import org.ejournal.rules.internal.JsonValue.JsonArray;
import org.ejournal.rules.internal.JsonValue.JsonBoolean;
import org.ejournal.rules.internal.JsonValue.JsonNull;
import org.ejournal.rules.internal.JsonValue.JsonNumber;
import org.ejournal.rules.internal.JsonValue.JsonObject;
import org.ejournal.rules.internal.JsonValue.JsonString;
import org.ejournal.rules.internal.JsonValue.Member;
import org.ejournal.rules.internal.JsonWriter;

/**
 * The school's local act as a file: a {@link Profile} read from and written to JSON (UTF-8).
 *
 * <p>The keys are those named on each {@link Profile} accessor, written as nested objects —
 * {@code deadlines.marks.days} is {@code {"deadlines": {"marks": {"days": 3}}}}. Every key is
 * optional: an absent key keeps its default. A map or list given in the file (the bell schedule,
 * days by task type, weights, the accumulation table…) replaces the default one entirely. The full
 * format, with the default profile as an example, is in {@code docs/profile.md}; the defaults ship
 * as the resource {@value #DEFAULTS_RESOURCE} next to this class.
 *
 * <p>A file that cannot be used is refused with a {@link ProfileException} whose message starts with
 * its code and says where and what is wrong, never with a stack trace for the user to decode:
 *
 * <table>
 * <caption>Profile file errors</caption>
 * <tr><th>code</th><th>meaning</th></tr>
 * <tr><td>EJ2001</td><td>a value is out of range (the {@link Profile}'s own check), naming the key</td></tr>
 * <tr><td>EJ2002</td><td>the file is not well-formed JSON: line, column and what was expected</td></tr>
 * <tr><td>EJ2003</td><td>an unknown key (a typo, most often), with its full path and the keys allowed there</td></tr>
 * <tr><td>EJ2004</td><td>a value of the wrong type, naming the key and the type expected</td></tr>
 * <tr><td>EJ2005</td><td>the same key is given twice in one object</td></tr>
 * <tr><td>EJ2006</td><td>a key of a map is not valid: a task type code, a lesson number, a study period id or a rule name</td></tr>
 * <tr><td>EJ2007</td><td>a required key is missing (the counts of a row of the accumulation table)</td></tr>
 * <tr><td>EJ2008</td><td>the file cannot be read: missing, unreadable, not UTF-8, or larger than 1 MiB</td></tr>
 * </table>
 *
 * <pre>{@code
 * Profile profile = ProfileFile.read(Path.of("local-act.json"));
 * Files.writeString(Path.of("defaults.json"), ProfileFile.write(Profile.defaults()));
 * }</pre>
 *
 * <p>{@code write} then {@code read} gives back an equal profile. Thread-safe; holds no state.
 */
public final class ProfileFile {

    /** The malformed-JSON code. */
    public static final String CODE_MALFORMED = "EJ2002";
    /** The unknown-key code. */
    public static final String CODE_UNKNOWN_KEY = "EJ2003";
    /** The wrong-type code. */
    public static final String CODE_WRONG_TYPE = "EJ2004";
    /** The repeated-key code. */
    public static final String CODE_DUPLICATE_KEY = "EJ2005";
    /** The invalid-map-key code. */
    public static final String CODE_INVALID_KEY = "EJ2006";
    /** The missing-key code. */
    public static final String CODE_MISSING_KEY = "EJ2007";
    /** The unreadable-file code. */
    public static final String CODE_UNREADABLE = "EJ2008";

    /** The resource, beside this class, that holds the default profile as a file. */
    public static final String DEFAULTS_RESOURCE = "profile-defaults.json";

    /** The largest file read: a profile is a few kilobytes. */
    static final int MAX_CHARS = 1 << 20;

    private static final Pattern TASK_TYPE = Pattern.compile("[a-z0-9-]{1,40}");
    private static final Pattern RULE_NAME = Pattern.compile("[A-Z][A-Za-z0-9]{0,99}");
    private static final Pattern LESSON_NUMBER = Pattern.compile("0|[1-9][0-9]{0,8}");
    private static final Pattern MONTH_DAY = Pattern.compile("[0-9]{2}-[0-9]{2}");
    /** The value of {@code retention.countFrom} for the day after the school year's last day. */
    static final String YEAR_END = "YEAR_END";

    private ProfileFile() {
    }

    /**
     * A profile file that cannot be used: a {@link ProfileException} with the code of the problem
     * ({@code EJ2001}–{@code EJ2008}, see {@link ProfileFile}) and, where the problem is in the text,
     * the line and column. The message reads, e.g.,
     * {@code EJ2003 local-act.json, line 4, column 7: unknown key deadlines.marks.dayz (allowed in deadlines.marks: days, daysByTaskType)}.
     * {@link #field()} is the key path concerned ({@code deadlines.marks.dayz}), or the object in which a
     * syntax error was found, and empty when the file could not be read.
     */
    public static final class InvalidFileException extends ProfileException {
        private static final long serialVersionUID = 1L;

        private final String code;
        private final String message;
        private final int line;
        private final int column;

        InvalidFileException(String code, String source, String field, int line, int column, String problem,
                Throwable cause) {
            super(field, problem);
            this.code = code;
            this.line = line;
            this.column = column;
            StringBuilder sb = new StringBuilder(code).append(' ');
            if (source != null) {
                sb.append(source);
                sb.append(line > 0 ? ", " : ": ");
            }
            if (line > 0) {
                sb.append("line ").append(line).append(", column ").append(column).append(": ");
            }
            this.message = sb.append(problem).toString();
            if (cause != null) {
                initCause(cause);
            }
        }

        @Override
        public String getMessage() {
            return message;
        }

        /** @return the stable code, {@code EJ2001} to {@code EJ2008} */
        @Override
        public String code() {
            return code;
        }

        /** @return the line of the problem, from 1; 0 if it is not in the text (an unreadable file) */
        public int line() {
            return line;
        }

        /** @return the column of the problem, from 1; 0 if it is not in the text */
        public int column() {
            return column;
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a profile file (UTF-8).
     *
     * @param file the file, not {@code null}
     * @return the profile
     * @throws ProfileException with the code of the problem if the file cannot be read or used; its
     *     message names the file
     */
    public static Profile read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text;
        try {
            if (Files.size(file) > 4L * MAX_CHARS) {
                throw unreadable(name, "is larger than 1 MiB: not a profile file", null);
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                text = readAll(reader, name);
            }
        } catch (NoSuchFileException e) {
            throw unreadable(name, "no such file: " + file, e);
        } catch (AccessDeniedException e) {
            throw unreadable(name, "cannot be read: access denied", e);
        } catch (CharacterCodingException e) {
            throw unreadable(name, "is not UTF-8 text: save it in UTF-8", e);
        } catch (IOException e) {
            throw unreadable(name, "cannot be read: " + e.getMessage(), e);
        }
        return parse(text, name);
    }

    /**
     * Reads a profile from a reader, which is read to its end and not closed.
     *
     * @param reader the text, not {@code null}
     * @return the profile
     * @throws ProfileException with the code of the problem if the text cannot be read or used
     */
    public static Profile read(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        String text;
        try {
            text = readAll(reader, null);
        } catch (CharacterCodingException e) {
            throw unreadable(null, "is not UTF-8 text: save it in UTF-8", e);
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(null, "cannot be read: " + e.getMessage(), e);
        }
        return parse(text, null);
    }

    /**
     * Reads a profile from its text.
     *
     * @param text the JSON text, not {@code null}
     * @return the profile
     * @throws ProfileException with the code of the problem if the text cannot be used
     */
    public static Profile parse(String text) {
        return parse(Objects.requireNonNull(text, "text"), null);
    }

    private static String readAll(Reader reader, String source) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = reader.read(buffer)) >= 0) {
            sb.append(buffer, 0, n);
            if (sb.length() > MAX_CHARS) {
                throw unreadable(source, "is larger than 1 MiB: not a profile file", null);
            }
        }
        return sb.toString();
    }

    private static InvalidFileException unreadable(String source, String problem, Throwable cause) {
        return new InvalidFileException(CODE_UNREADABLE, source, "", 0, 0, problem, cause);
    }

    private static Profile parse(String text, String source) {
        JsonValue root;
        try {
            root = JsonReader.parse(text);
        } catch (JsonSyntaxException e) {
            boolean duplicate = e.kind() == JsonSyntaxException.Kind.DUPLICATE_KEY;
            throw new InvalidFileException(duplicate ? CODE_DUPLICATE_KEY : CODE_MALFORMED, source, e.path(),
                    e.line(), e.column(), e.problem(), null);
        }
        return new Mapping(source).profile(new Node(root, ""));
    }

    /** A JSON value and its key path. */
    private record Node(JsonValue value, String path) {
        String child(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }
    }

    /** Maps the JSON tree onto a profile's builder, checking keys and types as it goes. */
    private static final class Mapping {
        private final String source;
        /** Where each key path stands, to place the profile's own range errors. */
        private final Map<String, JsonValue> seen = new HashMap<>();

        Mapping(String source) {
            this.source = source;
        }

        Profile profile(Node root) {
            Map<String, Node> top = object(root, "policyVersion", "days", "timetable", "deadlines", "outages",
                    "accumulation", "averaging", "marks", "retention", "severities");
            ImmutableProfile.Builder b = Profile.builder();
            if (top.containsKey("policyVersion")) {
                b.policyVersion(string(top.get("policyVersion")));
            }
            if (top.containsKey("days")) {
                Map<String, Node> days = object(top.get("days"), "counting");
                if (days.containsKey("counting")) {
                    b.dayCounting(enumValue(days.get("counting"), DayCounting.class));
                }
            }
            if (top.containsKey("timetable")) {
                Map<String, Node> timetable = object(top.get("timetable"), "lessonEnds");
                if (timetable.containsKey("lessonEnds")) {
                    Map<Integer, LocalTime> ends = new TreeMap<>();
                    map(timetable.get("lessonEnds")).forEach((key, node) -> ends.put(
                            Integer.valueOf(key(node, key, LESSON_NUMBER, "a lesson number (0, 1, 2…)")),
                            time(node)));
                    b.lessonEnds(ends);
                }
            }
            if (top.containsKey("deadlines")) {
                deadlines(top.get("deadlines"), b);
            }
            if (top.containsKey("outages")) {
                Map<String, Node> outages = object(top.get("outages"), "graceHours");
                if (outages.containsKey("graceHours")) {
                    b.outageGraceHours(integer(outages.get("graceHours")));
                }
            }
            if (top.containsKey("accumulation")) {
                accumulation(top.get("accumulation"), b);
            }
            if (top.containsKey("averaging")) {
                b.averaging(averaging(top.get("averaging")));
            }
            if (top.containsKey("marks")) {
                Map<String, Node> marks = object(top.get("marks"), "firstGrade");
                if (marks.containsKey("firstGrade")) {
                    b.firstGradeMarks(bool(marks.get("firstGrade")));
                }
            }
            if (top.containsKey("retention")) {
                retention(top.get("retention"), b);
            }
            if (top.containsKey("severities")) {
                Map<String, RuleSeverity> severities = new LinkedHashMap<>();
                map(top.get("severities")).forEach((key, node) -> severities.put(
                        key(node, key, RULE_NAME, "a rule's name such as MarksAreEnteredWithinTheDeadline"),
                        enumValue(node, RuleSeverity.class)));
                b.severities(severities);
            }
            try {
                return b.build();
            } catch (InvalidFileException e) {
                throw e;
            } catch (ProfileException e) {
                throw outOfRange(e, locate(e.field()));
            }
        }

        private void deadlines(Node node, ImmutableProfile.Builder b) {
            Map<String, Node> d = object(node, "homework", "marks", "periodMarks", "publication", "paperReports");
            if (d.containsKey("homework")) {
                Map<String, Node> homework = object(d.get("homework"), "hoursAfterLessons");
                if (homework.containsKey("hoursAfterLessons")) {
                    b.homeworkHoursAfterLessons(integer(homework.get("hoursAfterLessons")));
                }
            }
            if (d.containsKey("marks")) {
                Map<String, Node> marks = object(d.get("marks"), "days", "daysByTaskType");
                if (marks.containsKey("days")) {
                    b.markDays(integer(marks.get("days")));
                }
                if (marks.containsKey("daysByTaskType")) {
                    Map<String, Integer> byType = new LinkedHashMap<>();
                    map(marks.get("daysByTaskType")).forEach((key, n) -> byType.put(
                            key(n, key, TASK_TYPE, "a task type code such as test-paper"), integer(n)));
                    b.markDaysByTaskType(byType);
                }
            }
            if (d.containsKey("periodMarks")) {
                Map<String, Node> periodMarks = object(d.get("periodMarks"), "daysAfterPeriod", "byOrder");
                if (periodMarks.containsKey("daysAfterPeriod")) {
                    b.periodMarkDaysAfterPeriod(integer(periodMarks.get("daysAfterPeriod")));
                }
                if (periodMarks.containsKey("byOrder")) {
                    Map<StudyPeriodId, LocalDate> byOrder = new LinkedHashMap<>();
                    map(periodMarks.get("byOrder")).forEach((key, n) -> byOrder.put(periodId(n, key), date(n)));
                    b.periodMarkDeadlines(byOrder);
                }
            }
            if (d.containsKey("publication")) {
                Map<String, Node> publication = object(d.get("publication"), "hours");
                if (publication.containsKey("hours")) {
                    b.publicationHours(integer(publication.get("hours")));
                }
            }
            if (d.containsKey("paperReports")) {
                Map<String, Node> paperReports = object(d.get("paperReports"), "days");
                if (paperReports.containsKey("days")) {
                    b.paperReportDays(integer(paperReports.get("days")));
                }
            }
        }

        private void retention(Node node, ImmutableProfile.Builder b) {
            Map<String, Node> r = object(node, "journals", "summarySheets", "countFrom");
            if (r.containsKey("journals")) {
                Map<String, Node> journals = object(r.get("journals"), "years");
                if (journals.containsKey("years")) {
                    b.journalRetentionYears(integer(journals.get("years")));
                }
            }
            if (r.containsKey("summarySheets")) {
                Map<String, Node> sheets = object(r.get("summarySheets"), "years");
                if (sheets.containsKey("years")) {
                    b.summarySheetRetentionYears(integer(sheets.get("years")));
                }
            }
            if (r.containsKey("countFrom")) {
                b.retentionCountFrom(countFrom(r.get("countFrom")));
            }
        }

        private Optional<MonthDay> countFrom(Node node) {
            String expected = "\"" + YEAR_END + "\" or a month and day such as \"01-01\"";
            if (!(node.value() instanceof JsonString s)) {
                throw wrongType(node, expected);
            }
            if (s.value().equals(YEAR_END)) {
                return Optional.empty();
            }
            if (!MONTH_DAY.matcher(s.value()).matches()) {
                throw wrongType(node, expected);
            }
            try {
                return Optional.of(MonthDay.parse("--" + s.value()));
            } catch (DateTimeParseException e) {
                throw wrongType(node, expected);
            }
        }

        private void accumulation(Node node, ImmutableProfile.Builder b) {
            Map<String, Node> a = object(node, "minimumMarks", "notAttestedAbsenceShare");
            if (a.containsKey("minimumMarks")) {
                Node table = a.get("minimumMarks");
                if (!(table.value() instanceof JsonArray rows)) {
                    throw wrongType(table, "an array of rows {\"upToHoursPerWeek\": …, \"perQuarter\": …, "
                            + "\"perTrimester\": …, \"perHalfYear\": …}");
                }
                List<MinimumMarks> list = new ArrayList<>();
                for (int i = 0; i < rows.elements().size(); i++) {
                    Node row = new Node(rows.elements().get(i), table.path() + "[" + i + "]");
                    seen.put(row.path(), row.value());
                    Map<String, Node> r = object(row, "upToHoursPerWeek", "perQuarter", "perTrimester", "perHalfYear");
                    Node bound = r.get("upToHoursPerWeek");
                    BigDecimal upTo = bound == null || bound.value() instanceof JsonNull ? null : decimal(bound);
                    int perQuarter = integer(required(row, r, "perQuarter"));
                    int perTrimester = integer(required(row, r, "perTrimester"));
                    int perHalfYear = integer(required(row, r, "perHalfYear"));
                    try {
                        list.add(new MinimumMarks(upTo, perQuarter, perTrimester, perHalfYear));
                    } catch (ProfileException e) {
                        throw outOfRange(e, row.value());
                    }
                }
                b.minimumMarks(list);
            }
            if (a.containsKey("notAttestedAbsenceShare")) {
                b.notAttestedAbsenceShare(decimal(a.get("notAttestedAbsenceShare")));
            }
        }

        private AveragingPolicy averaging(Node node) {
            Map<String, Node> a = object(node, "method", "weights", "rounding", "thresholds");
            AveragingPolicy d = AveragingPolicy.defaults();
            AveragingPolicy.Method method = a.containsKey("method")
                    ? enumValue(a.get("method"), AveragingPolicy.Method.class) : d.method();
            Map<String, Integer> weights = d.weights();
            if (a.containsKey("weights")) {
                Map<String, Integer> w = new LinkedHashMap<>();
                map(a.get("weights")).forEach((key, n) -> w.put(
                        key(n, key, TASK_TYPE, "a task type code such as test-paper"), integer(n)));
                weights = w;
            }
            AveragingPolicy.Rounding rounding = a.containsKey("rounding")
                    ? enumValue(a.get("rounding"), AveragingPolicy.Rounding.class) : d.rounding();
            List<BigDecimal> thresholds = d.thresholds();
            if (a.containsKey("thresholds")) {
                Node t = a.get("thresholds");
                if (!(t.value() instanceof JsonArray array)) {
                    throw wrongType(t, "an array of three numbers: the lowest means for 5, 4 and 3");
                }
                List<BigDecimal> list = new ArrayList<>();
                for (int i = 0; i < array.elements().size(); i++) {
                    Node element = new Node(array.elements().get(i), t.path() + "[" + i + "]");
                    seen.put(element.path(), element.value());
                    list.add(decimal(element));
                }
                thresholds = list;
            }
            try {
                return new AveragingPolicy(method, weights, rounding, thresholds);
            } catch (ProfileException e) {
                throw outOfRange(e, locate(e.field()));
            }
        }

        // ------------------------------------------------------------ shapes and types

        /** The members of an object whose keys must all be among {@code allowed}. */
        private Map<String, Node> object(Node node, String... allowed) {
            if (!(node.value() instanceof JsonObject o)) {
                throw wrongType(node, "an object with the keys " + String.join(", ", allowed));
            }
            List<String> known = Arrays.asList(allowed);
            Map<String, Node> out = new LinkedHashMap<>();
            for (Map.Entry<String, Member> e : o.members().entrySet()) {
                String path = node.child(e.getKey());
                if (!known.contains(e.getKey())) {
                    Member m = e.getValue();
                    throw new InvalidFileException(CODE_UNKNOWN_KEY, source, path, m.keyLine(), m.keyColumn(),
                            "unknown key " + path + " (allowed " + (node.path().isEmpty() ? "at the top"
                                    : "in " + node.path()) + ": " + String.join(", ", allowed) + ")", null);
                }
                Node child = new Node(e.getValue().value(), path);
                seen.put(path, child.value());
                out.put(e.getKey(), child);
            }
            return out;
        }

        /** The members of an object whose keys are data (task types, lesson numbers…). */
        private Map<String, Node> map(Node node) {
            if (!(node.value() instanceof JsonObject o)) {
                throw wrongType(node, "an object");
            }
            Map<String, Node> out = new LinkedHashMap<>();
            for (Map.Entry<String, Member> e : o.members().entrySet()) {
                String path = node.child(e.getKey());
                Node child = new Node(e.getValue().value(), path);
                seen.put(path, child.value());
                out.put(e.getKey(), child);
            }
            return out;
        }

        private String key(Node node, String key, Pattern pattern, String expected) {
            if (!pattern.matcher(key).matches()) {
                throw invalidKey(node, key, expected);
            }
            return key;
        }

        private StudyPeriodId periodId(Node node, String key) {
            try {
                return StudyPeriodId.of(key);
            } catch (IllegalArgumentException e) {
                throw invalidKey(node, key, "a study period's id (1 to 64 characters, no spaces)");
            }
        }

        private InvalidFileException invalidKey(Node node, String key, String expected) {
            String parent = node.path().substring(0, node.path().length() - key.length() - 1);
            return new InvalidFileException(CODE_INVALID_KEY, source, node.path(), node.value().line(),
                    node.value().column(), "the key \"" + key + "\" in " + parent + " must be " + expected, null);
        }

        private Node required(Node row, Map<String, Node> members, String key) {
            Node n = members.get(key);
            if (n == null) {
                throw new InvalidFileException(CODE_MISSING_KEY, source, row.child(key), row.value().line(),
                        row.value().column(), row.path() + " needs the key " + key, null);
            }
            return n;
        }

        private String string(Node node) {
            if (node.value() instanceof JsonString s) {
                return s.value();
            }
            throw wrongType(node, "a string");
        }

        private boolean bool(Node node) {
            if (node.value() instanceof JsonBoolean b) {
                return b.value();
            }
            throw wrongType(node, "true or false");
        }

        private BigDecimal decimal(Node node) {
            if (node.value() instanceof JsonNumber n) {
                return n.value();
            }
            throw wrongType(node, "a number");
        }

        private int integer(Node node) {
            if (!(node.value() instanceof JsonNumber n)) {
                throw wrongType(node, "a whole number");
            }
            BigDecimal v = n.value();
            if (v.signum() != 0 && v.stripTrailingZeros().scale() > 0) {
                throw wrongType(node, "a whole number");
            }
            try {
                return v.intValueExact();
            } catch (ArithmeticException e) {
                throw outOfRange(new ProfileException(node.path(), v + " is out of range"), node.value());
            }
        }

        private <E extends Enum<E>> E enumValue(Node node, Class<E> type) {
            String expected = "one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", "));
            if (!(node.value() instanceof JsonString s)) {
                throw wrongType(node, expected);
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(s.value())) {
                    return constant;
                }
            }
            throw wrongType(node, expected);
        }

        private LocalTime time(Node node) {
            String expected = "a time of day such as \"08:25\"";
            if (!(node.value() instanceof JsonString s)) {
                throw wrongType(node, expected);
            }
            try {
                return LocalTime.parse(s.value());
            } catch (DateTimeParseException e) {
                throw wrongType(node, expected);
            }
        }

        private LocalDate date(Node node) {
            String expected = "a date such as \"2026-10-30\"";
            if (!(node.value() instanceof JsonString s)) {
                throw wrongType(node, expected);
            }
            try {
                return LocalDate.parse(s.value());
            } catch (DateTimeParseException e) {
                throw wrongType(node, expected);
            }
        }

        private InvalidFileException wrongType(Node node, String expected) {
            JsonValue v = node.value();
            String found = v instanceof JsonString s ? "\"" + shorten(s.value()) + "\""
                    : v instanceof JsonNumber n ? shorten(n.value().toString()) : v.kind();
            String where = node.path().isEmpty() ? "the profile" : node.path();
            return new InvalidFileException(CODE_WRONG_TYPE, source, node.path(), v.line(), v.column(),
                    where + " must be " + expected + ", found " + found, null);
        }

        private static String shorten(String s) {
            return s.length() > 40 ? s.substring(0, 40) + "…" : s;
        }

        /** Where a key path stands, or its nearest parent that was seen. */
        private JsonValue locate(String field) {
            String path = field;
            while (!path.isEmpty()) {
                JsonValue v = seen.get(path);
                if (v != null) {
                    return v;
                }
                int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
                path = cut < 0 ? "" : path.substring(0, cut);
            }
            return null;
        }

        private InvalidFileException outOfRange(ProfileException e, JsonValue at) {
            String prefix = ProfileException.CODE + " ";
            String problem = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length())
                    : e.getMessage();
            return new InvalidFileException(ProfileException.CODE, source, e.field(), at == null ? 0 : at.line(),
                    at == null ? 0 : at.column(), problem, e);
        }
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes a profile as a file's text: every key, in the documented order, maps sorted.
     *
     * @param profile the profile, not {@code null}
     * @return the JSON text, ending with a line break
     */
    public static String write(Profile profile) {
        Objects.requireNonNull(profile, "profile");
        Map<String, JsonValue> root = new LinkedHashMap<>();
        root.put("policyVersion", JsonString.of(profile.policyVersion()));
        root.put("days", object("counting", JsonString.of(profile.dayCounting().name())));
        Map<String, JsonValue> ends = new LinkedHashMap<>();
        new TreeMap<>(profile.lessonEnds()).forEach((n, t) -> ends.put(String.valueOf(n), JsonString.of(t.toString())));
        root.put("timetable", object("lessonEnds", JsonObject.of(ends)));

        Map<String, JsonValue> deadlines = new LinkedHashMap<>();
        deadlines.put("homework", object("hoursAfterLessons", JsonNumber.of(profile.homeworkHoursAfterLessons())));
        Map<String, JsonValue> marks = new LinkedHashMap<>();
        marks.put("days", JsonNumber.of(profile.markDays()));
        marks.put("daysByTaskType", numbers(profile.markDaysByTaskType()));
        deadlines.put("marks", JsonObject.of(marks));
        Map<String, JsonValue> periodMarks = new LinkedHashMap<>();
        periodMarks.put("daysAfterPeriod", JsonNumber.of(profile.periodMarkDaysAfterPeriod()));
        Map<String, JsonValue> byOrder = new LinkedHashMap<>();
        new TreeMap<>(profile.periodMarkDeadlines().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue)))
                .forEach((id, day) -> byOrder.put(id, JsonString.of(day.toString())));
        periodMarks.put("byOrder", JsonObject.of(byOrder));
        deadlines.put("periodMarks", JsonObject.of(periodMarks));
        deadlines.put("publication", object("hours", JsonNumber.of(profile.publicationHours())));
        deadlines.put("paperReports", object("days", JsonNumber.of(profile.paperReportDays())));
        root.put("deadlines", JsonObject.of(deadlines));

        root.put("outages", object("graceHours", JsonNumber.of(profile.outageGraceHours())));

        Map<String, JsonValue> accumulation = new LinkedHashMap<>();
        List<JsonValue> rows = new ArrayList<>();
        for (MinimumMarks row : profile.minimumMarks()) {
            Map<String, JsonValue> r = new LinkedHashMap<>();
            r.put("upToHoursPerWeek", row.upToHoursPerWeek() == null ? JsonNull.of()
                    : JsonNumber.of(row.upToHoursPerWeek()));
            r.put("perQuarter", JsonNumber.of(row.perQuarter()));
            r.put("perTrimester", JsonNumber.of(row.perTrimester()));
            r.put("perHalfYear", JsonNumber.of(row.perHalfYear()));
            rows.add(JsonObject.of(r));
        }
        accumulation.put("minimumMarks", JsonArray.of(rows));
        accumulation.put("notAttestedAbsenceShare", JsonNumber.of(profile.notAttestedAbsenceShare()));
        root.put("accumulation", JsonObject.of(accumulation));

        AveragingPolicy averaging = profile.averaging();
        Map<String, JsonValue> avg = new LinkedHashMap<>();
        avg.put("method", JsonString.of(averaging.method().name()));
        avg.put("weights", numbers(averaging.weights()));
        avg.put("rounding", JsonString.of(averaging.rounding().name()));
        avg.put("thresholds", JsonArray.of(averaging.thresholds().stream().map(JsonNumber::of).toList()));
        root.put("averaging", JsonObject.of(avg));

        root.put("marks", object("firstGrade", JsonBoolean.of(profile.firstGradeMarks())));
        Map<String, JsonValue> retention = new LinkedHashMap<>();
        retention.put("journals", object("years", JsonNumber.of(profile.journalRetentionYears())));
        retention.put("summarySheets", object("years", JsonNumber.of(profile.summarySheetRetentionYears())));
        retention.put("countFrom", JsonString.of(profile.retentionCountFrom()
                .map(d -> String.format("%02d-%02d", d.getMonthValue(), d.getDayOfMonth())).orElse(YEAR_END)));
        root.put("retention", JsonObject.of(retention));
        Map<String, JsonValue> severities = new LinkedHashMap<>();
        new TreeMap<>(profile.severities()).forEach((rule, s) -> severities.put(rule, JsonString.of(s.name())));
        root.put("severities", JsonObject.of(severities));
        return JsonWriter.write(JsonObject.of(root));
    }

    /**
     * Writes a profile to a file (UTF-8), replacing it.
     *
     * @param profile the profile, not {@code null}
     * @param file the file, not {@code null}
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Profile profile, Path file) {
        Objects.requireNonNull(file, "file");
        try {
            Files.writeString(file, write(profile), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("EJ2008 " + file + " cannot be written: " + e.getMessage(), e);
        }
    }

    private static JsonObject object(String key, JsonValue value) {
        return JsonObject.of(Map.of(key, value));
    }

    private static JsonObject numbers(Map<String, Integer> map) {
        Map<String, JsonValue> out = new LinkedHashMap<>();
        new TreeMap<>(map).forEach((k, v) -> out.put(k, JsonNumber.of(v)));
        return JsonObject.of(out);
    }
}
