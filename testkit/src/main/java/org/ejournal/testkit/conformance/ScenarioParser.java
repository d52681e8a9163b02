package org.ejournal.testkit.conformance;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.ejournal.core.Actor;
import org.ejournal.core.command.Command;
import org.ejournal.core.model.GuardianId;
import org.ejournal.core.model.School;
import org.ejournal.core.model.SchoolId;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.view.Query;
import org.ejournal.rules.Profile;
import org.ejournal.rules.ProfileException;
import org.ejournal.rules.ProfileFile;

/**
 * Reads scenario files and starting-school files from their JSON text into {@link Scenario}s and
 * {@link StartingSchool}s. Every mistake is a {@link ScenarioFileException} naming the file, the step
 * and the key. Immutable and thread-safe.
 */
final class ScenarioParser {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final Set<String> SCENARIO_KEYS = Set.of("$schema", "title", "rule", "description", "school",
            "profile", "steps");
    private static final Set<String> SCHOOL_KEYS = Set.of("$schema", "description", "id", "name", "zone", "setup");
    private static final Set<String> STEP_KEYS = Set.of("at", "actor", "note", "command", "read", "outstanding",
            "expect");
    private static final Set<String> SETUP_STEP_KEYS = Set.of("at", "actor", "note", "command");
    private static final Set<String> EXPECT_KEYS = Set.of("outcome", "violations");
    private static final Set<String> VIOLATION_KEYS = Set.of("code", "clause", "times");
    private static final Set<String> OUTSTANDING_KEYS = Set.of("rules");
    private static final Pattern CODE = Pattern.compile("EJ\\d{4}");
    private static final Pattern CLAUSE = Pattern.compile("(REC|ORD|POL|REG)-\\d+(\\.\\d+[a-z]?)?");

    private static final Shape COMMAND = Shape.of(Command.class);
    private static final Shape QUERY = Shape.of(Query.class);

    private final Function<String, StartingSchool> schools;

    /**
     * @param schools finds a shared starting school by name, or gives {@code null} if there is none
     */
    ScenarioParser(Function<String, StartingSchool> schools) {
        this.schools = schools;
    }

    /**
     * @param source the file's name for messages
     * @param text its text
     * @return its JSON tree
     * @throws ScenarioFileException ({@code EJ3000}) if it is not strict JSON
     */
    static JsonNode tree(String source, String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            JsonNode node = JSON.readTree(t);
            if (node == null || node.isMissingNode()) {
                throw new ScenarioFileException(ScenarioFileException.UNREADABLE, source, "", "the file is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ScenarioFileException(ScenarioFileException.UNREADABLE, source, where,
                    "not strict JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * Reads a starting school.
     *
     * @param name the name scenarios refer to it by, or {@code inline}
     * @param source the file's name for messages
     * @param node the school's object
     * @param where where the object is in its file ({@code school} inline, empty for a school's own file)
     * @return the school with its set-up
     */
    StartingSchool school(String name, String source, JsonNode node, String where) {
        Place at = new Place(source, where);
        object(node, at, "a starting school: an object with \"id\", \"name\", \"zone\" and \"setup\"");
        keys(node, SCHOOL_KEYS, at);
        String id = text(node, "id", at);
        String schoolName = text(node, "name", at);
        String zoneText = text(node, "zone", at);
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            throw at.in("zone").fail(ScenarioFileException.MALFORMED_VALUE, "\"" + zoneText
                    + "\" is not a time zone such as \"Asia/Kamchatka\"");
        }
        School school;
        try {
            school = School.builder().id(SchoolId.of(id)).name(schoolName).zone(zone).build();
        } catch (IllegalArgumentException e) {
            throw at.fail(ScenarioFileException.MALFORMED_VALUE, "no valid school: " + e.getMessage());
        }
        JsonNode setup = required(node, "setup", at);
        if (!setup.isArray()) {
            throw at.in("setup").fail(ScenarioFileException.WRONG_TYPE, "expected an array of set-up steps");
        }
        ValueReader values = new ValueReader(zone);
        List<Step.Execute> steps = new ArrayList<>();
        Instant previous = null;
        for (int i = 0; i < setup.size(); i++) {
            Place step = new Place(source, (where.isEmpty() ? "" : where + ", ") + "setup step " + (i + 1));
            Step s = step(setup.get(i), i + 1, step, values, previous, true);
            steps.add((Step.Execute) s);
            previous = s.at();
        }
        return new StartingSchool(name, school, steps);
    }

    /**
     * Reads a scenario.
     *
     * @param id the scenario's name
     * @param source the file's name for messages
     * @param node the file's tree
     * @return the scenario
     */
    Scenario scenario(String id, String source, JsonNode node) {
        Place file = new Place(source, "");
        object(node, file, "a scenario: an object with \"title\", \"rule\", \"school\" and \"steps\"");
        keys(node, SCENARIO_KEYS, file);
        String title = text(node, "title", file);
        String rule = text(node, "rule", file);
        if (RuleIndex.entry(rule).isEmpty()) {
            throw file.in("rule").fail(ScenarioFileException.UNKNOWN_RULE, "\"" + rule + "\" is no rule of the "
                    + "catalogue, nor " + RuleIndex.ACCESS_POLICY + " or " + RuleIndex.INTEGRITY);
        }
        if (node.has("description")) {
            text(node, "description", file);
        }
        StartingSchool school = startingSchool(required(node, "school", file), source);
        String overrides = "{}";
        Profile profile = Profile.defaults();
        JsonNode p = node.get("profile");
        if (p != null) {
            if (!p.isObject()) {
                throw file.in("profile").fail(ScenarioFileException.WRONG_TYPE,
                        "expected an object of profile keys, as in a profile file");
            }
            overrides = p.toString();
            try {
                profile = ProfileFile.parse(overrides);
            } catch (ProfileException e) {
                throw file.in("profile").fail(ScenarioFileException.BAD_PROFILE, "the profile file format refuses "
                        + "the overrides: " + e.getMessage());
            }
        }
        JsonNode list = required(node, "steps", file);
        if (!list.isArray() || list.isEmpty()) {
            throw file.in("steps").fail(list.isArray() ? ScenarioFileException.MISSING_KEY
                    : ScenarioFileException.WRONG_TYPE, "expected an array of at least one step");
        }
        ValueReader values = new ValueReader(school.school().zone());
        Instant previous = school.setup().isEmpty() ? null : school.setup().get(school.setup().size() - 1).at();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Step s = step(list.get(i), i + 1, new Place(source, "step " + (i + 1)), values, previous, false);
            steps.add(s);
            previous = s.at();
        }
        return new Scenario(id, source, title, rule, school, overrides, profile, steps);
    }

    private StartingSchool startingSchool(JsonNode node, String source) {
        if (node.isTextual()) {
            StartingSchool found = schools.apply(node.textValue());
            if (found == null) {
                throw new Place(source, "school").fail(ScenarioFileException.UNKNOWN_SCHOOL, "there is no starting "
                        + "school \"" + node.textValue() + "\" (a file schools/" + node.textValue() + ".json)");
            }
            return found;
        }
        if (!node.isObject()) {
            throw new Place(source, "school").fail(ScenarioFileException.WRONG_TYPE,
                    "expected the name of a starting school, or a starting school's object");
        }
        return school("inline", source, node, "school");
    }

    private Step step(JsonNode node, int number, Place at, ValueReader values, Instant previous, boolean setup) {
        object(node, at, "a step: an object with \"at\", \"actor\" and \"command\", \"read\" or \"outstanding\"");
        keys(node, setup ? SETUP_STEP_KEYS : STEP_KEYS, at);
        Instant when;
        if (node.has("at")) {
            String text = value(() -> ValueReader.text(node.get("at"), "at", "a date-time \"YYYY-MM-DDTHH:MM\""), at);
            when = value(() -> values.instant(text, "at"), at);
        } else if (previous != null) {
            when = previous;
        } else {
            throw at.fail(ScenarioFileException.MISSING_KEY, "the key \"at\" is missing (only a step after another "
                    + "may leave it out, to happen at the same time)");
        }
        if (previous != null && when.isBefore(previous)) {
            ZoneId zone = values.zone();
            throw at.in("at").fail(ScenarioFileException.OUT_OF_ORDER, "the step is at " + local(when, zone)
                    + ", before the step that precedes it (" + local(previous, zone) + "): steps go in time order");
        }
        String note = node.has("note") ? text(node, "note", at) : "";
        List<String> actions = new ArrayList<>();
        for (String k : List.of("command", "read", "outstanding")) {
            if (node.has(k)) {
                actions.add(k);
            }
        }
        if (actions.size() != 1) {
            throw at.fail(actions.isEmpty() ? ScenarioFileException.MISSING_KEY : ScenarioFileException.UNKNOWN_KEY,
                    "a step has exactly one of \"command\", \"read\" and \"outstanding\"; found "
                            + (actions.isEmpty() ? "none" : actions));
        }
        String action = actions.get(0);
        JsonNode expect = node.get("expect");
        if (action.equals("outstanding")) {
            if (node.has("actor")) {
                throw at.in("actor").fail(ScenarioFileException.UNKNOWN_KEY, "asking what is outstanding is done "
                        + "by no actor: leave \"actor\" out");
            }
            Set<String> rules = rules(node.get("outstanding"), at.in("outstanding"));
            Verdict expected = expect == null ? Verdict.of(OutcomeKind.CLEAN)
                    : expectation(expect, at.in("expect"), OutcomeKind::ofOutstanding, "clean or found");
            return new Step.Outstanding(number, note, when, rules, expected, expect != null);
        }
        Actor actor = actor(text(node, "actor", at), at.in("actor"));
        if (action.equals("command")) {
            Command command = (Command) value(() -> values.read(node.get("command"), COMMAND, "command"), at);
            Verdict expected = expect == null ? Verdict.of(OutcomeKind.ACCEPTED)
                    : expectation(expect, at.in("expect"), OutcomeKind::ofCommand, "accepted, warned or rejected");
            return new Step.Execute(number, note, when, actor, command, expected, expect != null);
        }
        Query query = (Query) value(() -> values.read(node.get("read"), QUERY, "read"), at);
        Verdict expected = expect == null ? Verdict.of(OutcomeKind.GRANTED)
                : expectation(expect, at.in("expect"), OutcomeKind::ofRead, "granted or refused");
        return new Step.Read(number, note, when, actor, query, expected, expect != null);
    }

    private static Set<String> rules(JsonNode node, Place at) {
        object(node, at, "an object, {} for every rule or {\"rules\": [names]}");
        keys(node, OUTSTANDING_KEYS, at);
        Set<String> out = new LinkedHashSet<>();
        JsonNode list = node.get("rules");
        if (list == null) {
            return out;
        }
        if (!list.isArray()) {
            throw at.in("rules").fail(ScenarioFileException.WRONG_TYPE, "expected an array of rule names");
        }
        for (int i = 0; i < list.size(); i++) {
            Place here = at.in("rules[" + i + "]");
            if (!list.get(i).isTextual()) {
                throw here.fail(ScenarioFileException.WRONG_TYPE, "expected a rule's name");
            }
            String name = list.get(i).textValue();
            boolean known = RuleIndex.entry(name).filter(e -> e.kind() == RuleIndex.Kind.RULE).isPresent();
            if (!known) {
                throw here.fail(ScenarioFileException.UNKNOWN_RULE, "\"" + name + "\" is no rule of the catalogue");
            }
            if (!out.add(name)) {
                throw here.fail(ScenarioFileException.MALFORMED_VALUE, "the rule \"" + name + "\" is listed twice");
            }
        }
        return out;
    }

    private static Verdict expectation(JsonNode node, Place at, java.util.function.Predicate<OutcomeKind> fits,
            String allowed) {
        object(node, at, "an object with \"outcome\" and \"violations\"");
        keys(node, EXPECT_KEYS, at);
        String name = text(node, "outcome", at);
        OutcomeKind kind = null;
        for (OutcomeKind k : OutcomeKind.values()) {
            if (k.fileName().equals(name)) {
                kind = k;
            }
        }
        if (kind == null || !fits.test(kind)) {
            throw at.in("outcome").fail(kind == null ? ScenarioFileException.MALFORMED_VALUE
                    : ScenarioFileException.IMPOSSIBLE_EXPECTATION, "\"" + name + "\": the outcome of this step is "
                    + allowed);
        }
        List<ViolationCode> violations = new ArrayList<>();
        JsonNode list = node.get("violations");
        if (list != null) {
            if (!list.isArray()) {
                throw at.in("violations").fail(ScenarioFileException.WRONG_TYPE,
                        "expected an array of {\"code\": …, \"clause\": …}");
            }
            for (int i = 0; i < list.size(); i++) {
                Place here = at.in("violations[" + i + "]");
                JsonNode v = list.get(i);
                object(v, here, "an object {\"code\": \"EJ2215\", \"clause\": \"REG-7\"}");
                keys(v, VIOLATION_KEYS, here);
                String code = text(v, "code", here);
                String clause = text(v, "clause", here);
                if (!CODE.matcher(code).matches()) {
                    throw here.in("code").fail(ScenarioFileException.MALFORMED_VALUE, "\"" + code
                            + "\" is not a code EJnnnn");
                }
                if (!CLAUSE.matcher(clause).matches()) {
                    throw here.in("clause").fail(ScenarioFileException.MALFORMED_VALUE, "\"" + clause
                            + "\" is not a clause id such as REG-7, POL-4.4c or REC-6.4");
                }
                int times = 1;
                JsonNode t = v.get("times");
                if (t != null) {
                    if (!t.isIntegralNumber() || !t.canConvertToInt() || t.intValue() < 1 || t.intValue() > 1000) {
                        throw here.in("times").fail(ScenarioFileException.MALFORMED_VALUE,
                                "expected a whole number 1–1000, found " + t);
                    }
                    times = t.intValue();
                }
                for (int n = 0; n < times; n++) {
                    violations.add(ViolationCode.of(code, clause));
                }
            }
        }
        if (kind.needsViolations() && violations.isEmpty()) {
            throw at.fail(ScenarioFileException.IMPOSSIBLE_EXPECTATION, "the outcome \"" + name
                    + "\" needs at least one violation: list the codes and clauses expected");
        }
        if (kind.allowsNoViolations() && !violations.isEmpty()) {
            throw at.fail(ScenarioFileException.IMPOSSIBLE_EXPECTATION, "the outcome \"" + name
                    + "\" comes with no violation");
        }
        return new Verdict(kind, violations);
    }

    private static Actor actor(String text, Place at) {
        int colon = text.indexOf(':');
        String kind = colon < 0 ? "" : text.substring(0, colon);
        String id = colon < 0 ? "" : text.substring(colon + 1);
        try {
            switch (kind) {
                case "staff":
                    return Actor.staff(StaffId.of(id));
                case "student":
                    return Actor.student(StudentId.of(id));
                case "guardian":
                    return Actor.guardian(GuardianId.of(id));
                case "system":
                    return Actor.system(id);
                default:
                    break;
            }
        } catch (IllegalArgumentException e) {
            throw at.fail(ScenarioFileException.BAD_ACTOR, "\"" + text + "\": " + e.getMessage());
        }
        throw at.fail(ScenarioFileException.BAD_ACTOR, "\"" + text + "\" is not an actor: write staff:ID, "
                + "student:ID, guardian:ID or system:NAME");
    }

    private static String local(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone).toString();
    }

    private static <T> T value(java.util.function.Supplier<T> read, Place at) {
        try {
            return read.get();
        } catch (ValueReader.Mistake m) {
            throw at.in(m.path).fail(m.code, m.problem);
        }
    }

    private static void object(JsonNode node, Place at, String expected) {
        if (!node.isObject()) {
            throw wrong(node, at, expected);
        }
    }

    private static void keys(JsonNode node, Set<String> allowed, Place at) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw at.fail(ScenarioFileException.UNKNOWN_KEY, "there is no key \"" + key + "\" here; the keys are "
                        + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private static JsonNode required(JsonNode node, String key, Place at) {
        JsonNode v = node.get(key);
        if (v == null) {
            throw at.fail(ScenarioFileException.MISSING_KEY, "the key \"" + key + "\" is missing");
        }
        return v;
    }

    private static String text(JsonNode node, String key, Place at) {
        JsonNode v = required(node, key, at);
        if (!v.isTextual() || v.textValue().isBlank()) {
            throw wrong(v, at.in(key), "a text that is not blank");
        }
        return v.textValue();
    }

    /** A place in a file, for messages. */
    private record Place(String source, String where) {

        Place in(String key) {
            return new Place(source, where.isEmpty() ? key : where + ", " + key);
        }

        ScenarioFileException fail(String code, String problem) {
            return new ScenarioFileException(code, source, where, problem);
        }
    }

    /** A wrong JSON type, in the value reader's words. */
    private static ScenarioFileException wrong(JsonNode node, Place at, String expected) {
        ValueReader.Mistake m = ValueReader.wrong(node, "", expected);
        return at.fail(m.code, m.problem);
    }
}
