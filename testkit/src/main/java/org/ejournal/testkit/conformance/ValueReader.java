package org.ejournal.testkit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ejournal.testkit.conformance.Shape.Component;

/**
 * Reads a value of the command model from a scenario file's JSON tree, by its {@link Shape}: no type
 * has a reader of its own. Every mistake is a {@link Mistake} naming the path of the value and what
 * was expected. Immutable and thread-safe.
 */
final class ValueReader {

    /** A value that does not fit its type: the code, where it is, and what is wrong. */
    static final class Mistake extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String code;
        final String path;
        final String problem;

        Mistake(String code, String path, String problem) {
            super(code + " " + path + ": " + problem, null, false, false);
            this.code = code;
            this.path = path;
            this.problem = problem;
        }
    }

    private final ZoneId zone;

    /** @param zone the school's zone, in which a local date-time is an instant */
    ValueReader(ZoneId zone) {
        this.zone = zone;
    }

    /** @return the school's zone */
    ZoneId zone() {
        return zone;
    }

    /**
     * @param node the JSON value, not {@code null}; a JSON null is read only as a record's component that
     *     may be left out (see {@link #absent})
     * @param shape its type's shape
     * @param path where it is, for messages, e.g. {@code command.RecordMark.value}
     * @return the value
     * @throws Mistake if the value does not fit
     */
    Object read(JsonNode node, Shape shape, String path) {
        if (node.isNull()) {
            throw wrong(node, path, shape.describe());
        }
        return switch (shape.kind) {
            case TEXT -> text(node, path, "a text");
            case INT -> {
                if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                    throw wrongOrRange(node, path, "a whole number");
                }
                yield node.intValue();
            }
            case LONG -> {
                if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                    throw wrongOrRange(node, path, "a whole number");
                }
                yield node.longValue();
            }
            case BOOLEAN -> {
                if (!node.isBoolean()) {
                    throw wrong(node, path, "true or false");
                }
                yield node.booleanValue();
            }
            case DECIMAL -> decimal(node, path);
            case DATE -> date(text(node, path, "a date \"YYYY-MM-DD\""), path);
            case INSTANT -> instant(text(node, path, "a date-time \"YYYY-MM-DDTHH:MM\""), path);
            case ENUM -> constant(shape, text(node, path, "the name of a constant of " + shape.describe()), path);
            case ID -> construct(shape, path, text(node, path, "an identifier (" + shape.describe() + ")"));
            case RECORD -> record(node, shape, path);
            case VARIANT -> variant(node, shape, path);
            case LIST -> Collections.unmodifiableList(elements(node, shape, path));
            case SET -> {
                Set<Object> set = new LinkedHashSet<>();
                List<Object> all = elements(node, shape, path);
                for (int i = 0; i < all.size(); i++) {
                    if (!set.add(all.get(i))) {
                        throw new Mistake(ScenarioFileException.MALFORMED_VALUE, path + "[" + i + "]",
                                "a set lists \"" + node.get(i).asText() + "\" twice");
                    }
                }
                yield Collections.unmodifiableSet(set);
            }
            case OPTIONAL -> Optional.of(read(node, shape.element(), path));
        };
    }

    /**
     * @param shape a record's or identifier's shape
     * @return what a component that a file leaves out, or gives as {@code null}, holds: none for an
     *     optional, empty for a list or a set, {@code null} for anything else
     */
    static Object absent(Shape shape) {
        return switch (shape.kind) {
            case OPTIONAL -> Optional.empty();
            case LIST -> List.of();
            case SET -> Set.of();
            default -> null;
        };
    }

    private Object record(JsonNode node, Shape shape, String path) {
        if (node.isTextual() && !shape.constants().isEmpty()) {
            return constant(shape, node.textValue(), path);
        }
        if (!node.isObject()) {
            throw wrong(node, path, "an object of " + shape.describe()
                    + (shape.constants().isEmpty() ? "" : ", or one of " + shape.constants().keySet()));
        }
        List<Component> components = shape.components();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (components.stream().noneMatch(c -> c.name().equals(key))) {
                throw new Mistake(ScenarioFileException.UNKNOWN_KEY, path, shape.describe() + " has no key \"" + key
                        + "\"; its keys are " + components.stream().map(Component::name).toList());
            }
        }
        Object[] args = new Object[components.size()];
        for (int i = 0; i < args.length; i++) {
            Component c = components.get(i);
            JsonNode value = node.get(c.name());
            if (value == null) {
                if (c.required()) {
                    throw new Mistake(ScenarioFileException.MISSING_KEY, path, "the key \"" + c.name() + "\" ("
                            + c.shape().describe() + ") is missing");
                }
                args[i] = absent(c.shape());
            } else if (value.isNull()) {
                if (c.required()) {
                    throw new Mistake(ScenarioFileException.WRONG_TYPE, path + "." + c.name(), "null where "
                            + c.shape().describe() + " is due: only a key that may be left out may be null");
                }
                args[i] = absent(c.shape());
            } else {
                args[i] = read(value, c.shape(), path + "." + c.name());
            }
        }
        return construct(shape, path, args);
    }

    private Object variant(JsonNode node, Shape shape, String path) {
        String form = "an object with one key, the type's name, e.g. {\"" + shape.members().keySet().iterator().next()
                + "\": {…}}";
        if (!node.isObject()) {
            throw wrong(node, path, form);
        }
        if (node.size() != 1) {
            throw new Mistake(ScenarioFileException.WRONG_TYPE, path, "a " + shape.describe() + " is " + form
                    + "; found " + node.size() + " keys");
        }
        Map.Entry<String, JsonNode> only = node.properties().iterator().next();
        Class<?> member = shape.members().get(only.getKey());
        if (member == null) {
            throw new Mistake(ScenarioFileException.UNKNOWN_TYPE, path, "\"" + only.getKey() + "\" is no "
                    + shape.describe() + "; the known ones are " + shape.members().keySet());
        }
        return read(only.getValue(), Shape.of(member), path + "." + only.getKey());
    }

    private List<Object> elements(JsonNode node, Shape shape, String path) {
        if (!node.isArray()) {
            throw wrong(node, path, "an array");
        }
        List<Object> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(read(node.get(i), shape.element(), path + "[" + i + "]"));
        }
        return out;
    }

    private static Object construct(Shape shape, String path, Object... args) {
        try {
            return shape.construct(args);
        } catch (InvocationTargetException e) {
            Throwable why = e.getCause() == null ? e : e.getCause();
            throw new Mistake(ScenarioFileException.MALFORMED_VALUE, path, "no valid " + shape.describe() + ": "
                    + why.getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + shape.type.getName(), e);
        }
    }

    private static Object constant(Shape shape, String name, String path) {
        Object c = shape.constants().get(name);
        if (c == null) {
            throw new Mistake(ScenarioFileException.MALFORMED_VALUE, path, "\"" + name + "\" is no constant of "
                    + shape.describe() + "; the constants are " + shape.constants().keySet());
        }
        return c;
    }

    private static BigDecimal decimal(JsonNode node, String path) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        String text = text(node, path, "a number");
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new Mistake(ScenarioFileException.MALFORMED_VALUE, path, "\"" + text + "\" is not a number");
        }
    }

    private static LocalDate date(String text, String path) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new Mistake(ScenarioFileException.MALFORMED_VALUE, path, "\"" + text
                    + "\" is not a date \"YYYY-MM-DD\"");
        }
    }

    /**
     * @param text a local date-time in the school's zone ({@code 2026-10-05T10:00}) or an instant with its
     *     offset ({@code 2026-10-04T22:00:00Z}, {@code 2026-10-05T10:00+12:00})
     * @param path where it is
     * @return the instant
     */
    Instant instant(String text, String path) {
        try {
            if (text.endsWith("Z") || text.matches(".*T.*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new Mistake(ScenarioFileException.MALFORMED_VALUE, path, "\"" + text + "\" is not a date-time "
                    + "\"YYYY-MM-DDTHH:MM\" in the school's zone (or with an offset, \"…Z\", \"…+12:00\")");
        }
    }

    static String text(JsonNode node, String path, String expected) {
        if (!node.isTextual()) {
            throw wrong(node, path, expected);
        }
        return node.textValue();
    }

    private static Mistake wrongOrRange(JsonNode node, String path, String expected) {
        if (node.isIntegralNumber()) {
            return new Mistake(ScenarioFileException.MALFORMED_VALUE, path, node.asText() + " is out of range");
        }
        return wrong(node, path, expected);
    }

    static Mistake wrong(JsonNode node, String path, String expected) {
        return new Mistake(ScenarioFileException.WRONG_TYPE, path, "expected " + expected + ", found "
                + describe(node));
    }

    private static String describe(JsonNode node) {
        String text = node.toString();
        String shown = text.length() > 40 ? text.substring(0, 37) + "…" : text;
        return switch (node.getNodeType()) {
            case STRING -> "the text " + shown;
            case NUMBER -> "the number " + shown;
            case BOOLEAN -> shown;
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> shown;
        };
    }
}
