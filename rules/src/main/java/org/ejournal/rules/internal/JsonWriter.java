package org.ejournal.rules.internal;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.ejournal.rules.internal.JsonValue.JsonArray;
import org.ejournal.rules.internal.JsonValue.JsonBoolean;
import org.ejournal.rules.internal.JsonValue.JsonNull;
import org.ejournal.rules.internal.JsonValue.JsonNumber;
import org.ejournal.rules.internal.JsonValue.JsonObject;
import org.ejournal.rules.internal.JsonValue.JsonString;
import org.ejournal.rules.internal.JsonValue.Member;

/**
 * Writes JSON for people to read and edit: two spaces of indentation, keys in the order given, and an
 * object or array of plain values on one line when it fits in {@value #WIDTH} columns. Text other than
 * control characters, quotes and backslashes is written as it is (the file is UTF-8), so Russian stays
 * readable. What it writes, {@link JsonReader} reads back to the same values. Not an API.
 */
public final class JsonWriter {

    /** The width within which plain objects and arrays are kept on one line. */
    public static final int WIDTH = 100;

    private static final String INDENT = "  ";

    private JsonWriter() {
    }

    /**
     * @param value the value, not {@code null}
     * @return its text, ending with a line break
     */
    public static String write(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, 0, 0, out);
        return out.append('\n').toString();
    }

    private static void write(JsonValue value, int depth, int used, StringBuilder out) {
        if (value instanceof JsonObject o) {
            if (o.members().isEmpty()) {
                out.append("{}");
                return;
            }
            String inline = inline(o);
            if (inline != null && used + inline.length() <= WIDTH) {
                out.append(inline);
                return;
            }
            out.append("{\n");
            Iterator<Map.Entry<String, Member>> it = o.members().entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<String, Member> e = it.next();
                int start = out.length();
                indent(depth + 1, out);
                string(e.getKey(), out);
                out.append(": ");
                int lineStart = out.lastIndexOf("\n", start) + 1;
                write(e.getValue().value(), depth + 1, out.length() - lineStart + 1, out);
                out.append(it.hasNext() ? ",\n" : "\n");
            }
            indent(depth, out);
            out.append('}');
        } else if (value instanceof JsonArray a) {
            if (a.elements().isEmpty()) {
                out.append("[]");
                return;
            }
            String inline = inline(a);
            if (inline != null && used + inline.length() <= WIDTH) {
                out.append(inline);
                return;
            }
            out.append("[\n");
            for (int i = 0; i < a.elements().size(); i++) {
                indent(depth + 1, out);
                write(a.elements().get(i), depth + 1, INDENT.length() * (depth + 1), out);
                out.append(i < a.elements().size() - 1 ? ",\n" : "\n");
            }
            indent(depth, out);
            out.append(']');
        } else {
            scalar(value, out);
        }
    }

    /** @return the value on one line if all its parts are plain values, else {@code null} */
    private static String inline(JsonValue value) {
        StringBuilder sb = new StringBuilder();
        if (value instanceof JsonObject o) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, Member> e : o.members().entrySet()) {
                if (isComposite(e.getValue().value())) {
                    return null;
                }
                sb.append(first ? "" : ", ");
                first = false;
                string(e.getKey(), sb);
                sb.append(": ");
                scalar(e.getValue().value(), sb);
            }
            return sb.append('}').toString();
        }
        JsonArray a = (JsonArray) value;
        List<JsonValue> elements = a.elements();
        sb.append('[');
        for (int i = 0; i < elements.size(); i++) {
            if (isComposite(elements.get(i))) {
                return null;
            }
            sb.append(i == 0 ? "" : ", ");
            scalar(elements.get(i), sb);
        }
        return sb.append(']').toString();
    }

    private static boolean isComposite(JsonValue v) {
        return v instanceof JsonObject || v instanceof JsonArray;
    }

    private static void scalar(JsonValue value, StringBuilder out) {
        if (value instanceof JsonString s) {
            string(s.value(), out);
        } else if (value instanceof JsonNumber n) {
            // BigDecimal's own form keeps the scale (0.50 stays 0.50) and is valid JSON (1E+3)
            out.append(n.value().toString());
        } else if (value instanceof JsonBoolean b) {
            out.append(b.value());
        } else if (value instanceof JsonNull) {
            out.append("null");
        } else {
            throw new IllegalArgumentException("not a plain value: " + value.kind());
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    // control characters, line separators and unpaired surrogates are escaped so the
                    // file stays valid, printable UTF-8
                    boolean unpaired = Character.isSurrogate(c) && !(Character.isHighSurrogate(c)
                            && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                            && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || unpaired) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void indent(int depth, StringBuilder out) {
        out.append(INDENT.repeat(depth));
    }
}
