package org.ejournal.testkit.conformance;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ejournal.core.command.Command;
import org.ejournal.core.view.Query;

/**
 * Writes the JSON Schema of the scenario format (draft 2020-12): the file's frame by hand, and every
 * command, query, entry and value type by the same reflective walk the reader uses ({@link Shape}), so
 * that the shipped schema cannot drift from what the reader accepts.
 */
final class ScenarioSchema {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String ID_PATTERN = "^[^\\s]{1,64}$";

    private final Map<String, ObjectNode> types = new TreeMap<>();
    private final Map<String, Class<?>> named = new TreeMap<>();

    private ScenarioSchema() {
    }

    /** @return the schema's text, as shipped in {@code scenario.schema.json} */
    static String text() {
        ObjectNode root = new ScenarioSchema().schema();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode schema() {
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "urn:ejournal:testkit:conformance:scenario");
        root.put("title", "ejournal conformance scenario");
        root.put("description", "A conformance scenario of the ejournal rule catalogue: a starting school, the "
                + "school's profile and timed steps, each with the verdict it expects. See docs/conformance.md. "
                + "Generated from the library's types by ScenarioSchema (testkit tests); do not edit by hand.");
        root.put("type", "object");
        root.set("required", strings("title", "rule", "school", "steps"));
        root.put("additionalProperties", false);
        ObjectNode p = root.putObject("properties");
        p.set("$schema", string("the location of this schema, for editors"));
        p.set("title", text("what the scenario shows, in a sentence"));
        p.set("description", string("more words, if the title is not enough"));
        ObjectNode rule = p.putObject("rule");
        rule.put("description", "the rule the scenario is about: a rule of the catalogue, RegulationAccessPolicy "
                + "(reads) or Integrity (the journal's own checks)");
        rule.set("enum", strings(RuleIndex.entries().stream().map(RuleIndex.Entry::name).toArray(String[]::new)));
        ObjectNode school = p.putObject("school");
        school.put("description", "a shared starting school by name (the file schools/NAME.json), or one inline");
        school.set("oneOf", JSON.arrayNode().add(text("the name of a shared starting school"))
                .add(ref("startingSchool")));
        ObjectNode profile = p.putObject("profile");
        profile.put("description", "overrides of the default profile, in the profile file format (docs/profile.md); "
                + "absent: the defaults");
        profile.put("type", "object");
        ObjectNode steps = p.putObject("steps");
        steps.put("type", "array");
        steps.put("minItems", 1);
        steps.set("items", ref("step"));

        ObjectNode defs = root.putObject("$defs");
        defs.set("startingSchool", startingSchool());
        defs.set("setupStep", step(true));
        defs.set("step", step(false));
        ObjectNode at = defs.putObject("at");
        at.put("description", "a local date-time in the school's zone (2026-10-05T10:00), or an instant with its "
                + "offset (2026-10-04T22:00:00Z, 2026-10-05T10:00+12:00)");
        at.put("type", "string");
        at.put("pattern", "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?$");
        ObjectNode actor = defs.putObject("actor");
        actor.put("description", "who acts: staff:ID, student:ID, guardian:ID or system:NAME");
        actor.put("type", "string");
        actor.put("pattern", "^(staff|student|guardian):[^\\s]{1,64}$|^system:.{1,64}$");
        defs.set("expect", expect());
        defs.set("outstanding", outstanding());
        defs.set("Command", shape(Shape.of(Command.class)));
        defs.set("Query", shape(Shape.of(Query.class)));
        types.forEach(defs::set);
        return root;
    }

    private ObjectNode startingSchool() {
        ObjectNode s = object("a school with the commands that set it up; every set-up step must be accepted");
        s.set("required", strings("id", "name", "zone", "setup"));
        ObjectNode p = (ObjectNode) s.get("properties");
        p.set("$schema", string("the location of this schema, for editors"));
        p.set("description", string("what the school is like"));
        p.set("id", text("the school's identifier"));
        p.set("name", text("the school's full name"));
        p.set("zone", text("the school's time zone, e.g. Asia/Kamchatka"));
        ObjectNode setup = p.putObject("setup");
        setup.put("type", "array");
        setup.set("items", ref("setupStep"));
        return s;
    }

    private ObjectNode step(boolean setup) {
        ObjectNode s = object(setup ? "a set-up command by an actor"
                : "a command or a read by an actor, or asking what is outstanding; with \"expect\" it is a probe, "
                        + "without it it must be accepted (granted, clean) with no violation at all");
        ObjectNode p = (ObjectNode) s.get("properties");
        p.set("at", ref("at", "when; left out: when the step before happened (not for the first step)"));
        p.set("actor", ref("actor", "who acts; not for \"outstanding\""));
        p.set("note", string("what the step shows"));
        p.set("command", ref("Command"));
        if (setup) {
            s.set("required", strings("actor", "command"));
            return s;
        }
        p.set("read", ref("Query"));
        p.set("outstanding", ref("outstanding"));
        p.set("expect", ref("expect"));
        ArrayNode oneOf = s.putArray("oneOf");
        oneOf.add(JSON.objectNode().set("required", strings("actor", "command")));
        oneOf.add(JSON.objectNode().set("required", strings("actor", "read")));
        ObjectNode asked = JSON.objectNode();
        asked.set("required", strings("outstanding"));
        asked.set("not", JSON.objectNode().set("required", strings("actor")));
        oneOf.add(asked);
        return s;
    }

    private ObjectNode expect() {
        ObjectNode e = object("the verdict expected: the outcome and every violation, warning and note with its code "
                + "and clause, in any order; compared exactly");
        e.set("required", strings("outcome"));
        ObjectNode p = (ObjectNode) e.get("properties");
        ObjectNode outcome = p.putObject("outcome");
        outcome.put("description", "a command: accepted (notes allowed), warned or rejected; a read: granted or "
                + "refused; outstanding: clean or found");
        ArrayNode names = outcome.putArray("enum");
        for (OutcomeKind k : OutcomeKind.values()) {
            names.add(k.fileName());
        }
        ObjectNode violations = p.putObject("violations");
        violations.put("type", "array");
        ObjectNode v = object("a violation expected");
        v.set("required", strings("code", "clause"));
        ObjectNode vp = (ObjectNode) v.get("properties");
        ObjectNode code = vp.putObject("code");
        code.put("type", "string");
        code.put("pattern", "^EJ\\d{4}$");
        ObjectNode clause = vp.putObject("clause");
        clause.put("type", "string");
        clause.put("pattern", "^(REC|ORD|POL|REG)-\\d+(\\.\\d+[a-z]?)?$");
        ObjectNode times = vp.putObject("times");
        times.put("description", "how many times it is expected; 1 if left out");
        times.put("type", "integer");
        times.put("minimum", 1);
        times.put("maximum", 1000);
        violations.set("items", v);
        return e;
    }

    private ObjectNode outstanding() {
        ObjectNode o = object("ask the rules what is outstanding at the step's time (audit mode)");
        ObjectNode rules = ((ObjectNode) o.get("properties")).putObject("rules");
        rules.put("description", "the rules asked; left out: every rule of the catalogue");
        rules.put("type", "array");
        rules.put("uniqueItems", true);
        ObjectNode names = JSON.objectNode();
        names.set("enum", strings(RuleIndex.entries().stream().filter(e -> e.kind() == RuleIndex.Kind.RULE)
                .map(RuleIndex.Entry::name).toArray(String[]::new)));
        rules.set("items", names);
        return o;
    }

    /** The schema of a value of the shape; records and variants go to {@code $defs} under their simple names. */
    private JsonNode shape(Shape s) {
        return switch (s.kind) {
            case TEXT -> JSON.objectNode().put("type", "string");
            case INT, LONG -> JSON.objectNode().put("type", "integer");
            case BOOLEAN -> JSON.objectNode().put("type", "boolean");
            case DECIMAL -> JSON.objectNode().set("type", strings("number", "string"));
            case DATE -> JSON.objectNode().put("type", "string").put("format", "date");
            case INSTANT -> ref("at");
            case ENUM -> JSON.objectNode().set("enum", strings(s.constants().keySet().toArray(String[]::new)));
            case ID -> JSON.objectNode().put("type", "string").put("pattern", ID_PATTERN);
            case LIST -> JSON.objectNode().put("type", "array").set("items", shape(s.element()));
            case SET -> JSON.objectNode().put("type", "array").put("uniqueItems", true)
                    .set("items", shape(s.element()));
            case OPTIONAL -> shape(s.element());
            case RECORD -> record(s);
            case VARIANT -> variant(s);
        };
    }

    private JsonNode record(Shape s) {
        String name = define(s);
        if (!types.containsKey(name)) {
            ObjectNode o = object(null);
            types.put(name, o);
            ObjectNode p = (ObjectNode) o.get("properties");
            List<String> required = new ArrayList<>();
            for (Shape.Component c : s.components()) {
                JsonNode value = shape(c.shape());
                if (c.required()) {
                    required.add(c.name());
                    p.set(c.name(), value);
                } else {
                    p.set(c.name(), JSON.objectNode().set("anyOf", JSON.arrayNode().add(value)
                            .add(JSON.objectNode().put("type", "null"))));
                }
            }
            o.set("required", strings(required.toArray(String[]::new)));
        }
        if (s.constants().isEmpty()) {
            return ref(name);
        }
        return JSON.objectNode().set("anyOf", JSON.arrayNode().add(ref(name))
                .add(JSON.objectNode().set("enum", strings(s.constants().keySet().toArray(String[]::new)))));
    }

    private JsonNode variant(Shape s) {
        ArrayNode oneOf = JSON.arrayNode();
        for (Map.Entry<String, Class<?>> m : s.members().entrySet()) {
            ObjectNode wrapper = JSON.objectNode();
            wrapper.put("type", "object");
            wrapper.set("required", strings(m.getKey()));
            wrapper.put("additionalProperties", false);
            wrapper.putObject("properties").set(m.getKey(), shape(Shape.of(m.getValue())));
            oneOf.add(wrapper);
        }
        ObjectNode v = JSON.objectNode();
        v.put("description", "an object with one key, the " + s.describe() + "'s type name");
        v.set("oneOf", oneOf);
        return v;
    }

    /** @return the definition's name: the type's simple name, which must be unique */
    private String define(Shape s) {
        String name = s.type.getSimpleName();
        Class<?> other = named.putIfAbsent(name, s.type);
        if (other != null && other != s.type) {
            throw new IllegalStateException("two types named " + name + ": " + other + " and " + s.type);
        }
        return name;
    }

    private static ObjectNode object(String description) {
        ObjectNode o = JSON.objectNode();
        if (description != null) {
            o.put("description", description);
        }
        o.put("type", "object");
        o.put("additionalProperties", false);
        o.putObject("properties");
        return o;
    }

    private static ObjectNode ref(String def) {
        return JSON.objectNode().put("$ref", "#/$defs/" + def);
    }

    private static ObjectNode ref(String def, String description) {
        return JSON.objectNode().put("description", description).put("$ref", "#/$defs/" + def);
    }

    private static ObjectNode string(String description) {
        return JSON.objectNode().put("description", description).put("type", "string");
    }

    private static ObjectNode text(String description) {
        return string(description).put("minLength", 1);
    }

    private static ArrayNode strings(String... values) {
        ArrayNode a = JSON.arrayNode();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }
}
