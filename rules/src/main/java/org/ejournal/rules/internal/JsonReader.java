package org.ejournal.rules.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ejournal.rules.internal.JsonSyntaxException.Kind;
import org.ejournal.rules.internal.JsonValue.JsonArray;
import org.ejournal.rules.internal.JsonValue.JsonBoolean;
import org.ejournal.rules.internal.JsonValue.JsonNull;
import org.ejournal.rules.internal.JsonValue.JsonNumber;
import org.ejournal.rules.internal.JsonValue.JsonObject;
import org.ejournal.rules.internal.JsonValue.JsonString;
import org.ejournal.rules.internal.JsonValue.Member;

/**
 * A small strict JSON reader (RFC 8259): objects, arrays, strings with every escape, numbers,
 * {@code true}, {@code false} and {@code null}, and nothing else — no comments, no trailing commas,
 * no single quotes, no repeated keys. A leading byte order mark is skipped, as Windows editors write
 * one. Every mistake is reported with its line and column and, in plain words, what was expected.
 * The rules module may depend only on core, hence this reader instead of a JSON library. Not an API.
 */
public final class JsonReader {

    /** The deepest nesting accepted; a profile needs four levels. */
    public static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;
    private int line = 1;
    private int column = 1;

    private JsonReader(String text) {
        this.text = text;
    }

    /**
     * Reads one JSON value that makes up the whole text.
     *
     * @param text the text, not {@code null}
     * @return the value, with positions
     * @throws JsonSyntaxException if the text is not exactly one well-formed JSON value, or an object
     *     repeats a key
     */
    public static JsonValue parse(String text) {
        JsonReader r = new JsonReader(text);
        if (r.peek() == '\uFEFF') {
            r.pos++;
        }
        r.skipWhitespace();
        if (r.atEnd()) {
            throw r.error("", "the text is empty: expected a JSON value");
        }
        JsonValue value = r.value("", 0);
        r.skipWhitespace();
        if (!r.atEnd()) {
            throw r.error("", "expected the end of the text after the value, found " + r.here());
        }
        return value;
    }

    private JsonValue value(String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw error(path, "values are nested more than " + MAX_DEPTH + " levels deep");
        }
        if (atEnd()) {
            throw error(path, "the text ends where a value was expected");
        }
        char c = peek();
        switch (c) {
            case '{':
                return object(path, depth);
            case '[':
                return array(path, depth);
            case '"':
                return string(path);
            case '/':
                throw error(path, "comments are not allowed in JSON");
            case '\'':
                throw error(path, "strings are written in double quotes (\"), not single ones");
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number(path);
                }
                if (Character.isLetter(c)) {
                    return literal(path);
                }
                throw error(path, "expected a value, found " + here());
        }
    }

    private JsonObject object(String path, int depth) {
        int startLine = line;
        int startColumn = column;
        advance(); // {
        Map<String, Member> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peekIs('}')) {
            advance();
            return new JsonObject(members, startLine, startColumn);
        }
        while (true) {
            skipWhitespace();
            if (atEnd()) {
                throw error(path, "the text ends inside an object: expected a key in double quotes");
            }
            if (peek() == '}') {
                throw error(path, "a comma before '}' is not allowed in JSON");
            }
            if (peek() != '"') {
                throw error(path, peek() == '/' ? "comments are not allowed in JSON"
                        : peek() == '\'' ? "keys are written in double quotes (\"), not single ones"
                        : "expected a key in double quotes, found " + here());
            }
            int keyLine = line;
            int keyColumn = column;
            String key = string(path).value();
            String keyPath = path.isEmpty() ? key : path + "." + key;
            if (members.containsKey(key)) {
                throw new JsonSyntaxException(Kind.DUPLICATE_KEY, keyPath, "the key " + keyPath + " is given twice",
                        keyLine, keyColumn);
            }
            skipWhitespace();
            if (!peekIs(':')) {
                throw error(keyPath, "expected ':' after the key \"" + key + "\", found " + here());
            }
            advance();
            skipWhitespace();
            members.put(key, new Member(value(keyPath, depth + 1), keyLine, keyColumn));
            skipWhitespace();
            if (peekIs(',')) {
                advance();
                continue;
            }
            if (peekIs('}')) {
                advance();
                return new JsonObject(members, startLine, startColumn);
            }
            if (atEnd()) {
                throw error(path, "the text ends inside an object: expected ',' or '}'");
            }
            throw error(path, "expected ',' or '}' after the value of \"" + key + "\", found " + here()
                    + (peek() == '"' ? " (a comma is missing)" : ""));
        }
    }

    private JsonArray array(String path, int depth) {
        int startLine = line;
        int startColumn = column;
        advance(); // [
        List<JsonValue> elements = new ArrayList<>();
        skipWhitespace();
        if (peekIs(']')) {
            advance();
            return new JsonArray(elements, startLine, startColumn);
        }
        while (true) {
            skipWhitespace();
            if (peekIs(']')) {
                throw error(path, "a comma before ']' is not allowed in JSON");
            }
            elements.add(value(path + "[" + elements.size() + "]", depth + 1));
            skipWhitespace();
            if (peekIs(',')) {
                advance();
                continue;
            }
            if (peekIs(']')) {
                advance();
                return new JsonArray(elements, startLine, startColumn);
            }
            if (atEnd()) {
                throw error(path, "the text ends inside an array: expected ',' or ']'");
            }
            throw error(path, "expected ',' or ']' after an element, found " + here());
        }
    }

    private JsonString string(String path) {
        int startLine = line;
        int startColumn = column;
        advance(); // "
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (atEnd()) {
                throw new JsonSyntaxException(Kind.MALFORMED, path, "the text ends inside a string that starts here",
                        startLine, startColumn);
            }
            char c = peek();
            if (c == '"') {
                advance();
                return new JsonString(sb.toString(), startLine, startColumn);
            }
            if (c < 0x20) {
                throw error(path, c == '\n' || c == '\r'
                        ? "a string must end on its line: the closing '\"' is missing, or write \\n for a line break"
                        : "a control character (" + here() + ") in a string must be escaped, e.g. \\t or \\u0009");
            }
            if (c != '\\') {
                sb.append(c);
                advance();
                continue;
            }
            advance(); // backslash
            if (atEnd()) {
                throw error(path, "the text ends inside an escape");
            }
            char e = peek();
            switch (e) {
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case '/' -> sb.append('/');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    advance();
                    int code = 0;
                    for (int i = 0; i < 4; i++) {
                        int digit = atEnd() ? -1 : Character.digit(peek(), 16);
                        if (digit < 0) {
                            throw error(path, "\\u must be followed by four hexadecimal digits, found " + here());
                        }
                        code = code * 16 + digit;
                        if (i < 3) {
                            advance();
                        }
                    }
                    sb.append((char) code);
                }
                default -> throw error(path, "unknown escape \\" + e
                        + " (JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX)");
            }
            advance();
        }
    }

    private JsonNumber number(String path) {
        int startLine = line;
        int startColumn = column;
        int start = pos;
        if (peekIs('-')) {
            advance();
        }
        if (peekIs('0')) {
            advance();
            if (!atEnd() && isDigit(peek())) {
                throw error(path, "a number must not start with 0 followed by more digits");
            }
        } else if (!atEnd() && isDigit(peek())) {
            digits();
        } else {
            throw error(path, "expected a digit after '-', found " + here());
        }
        if (peekIs('.')) {
            advance();
            if (atEnd() || !isDigit(peek())) {
                throw error(path, "expected a digit after the decimal point, found " + here());
            }
            digits();
        }
        if (peekIs('e') || peekIs('E')) {
            advance();
            if (peekIs('+') || peekIs('-')) {
                advance();
            }
            if (atEnd() || !isDigit(peek())) {
                throw error(path, "expected a digit in the exponent, found " + here());
            }
            digits();
        }
        if (!atEnd() && (Character.isLetterOrDigit(peek()) || peek() == '.')) {
            throw error(path, "unexpected " + here() + " in a number");
        }
        String literal = text.substring(start, pos);
        try {
            return new JsonNumber(new BigDecimal(literal), startLine, startColumn);
        } catch (NumberFormatException e) {
            throw new JsonSyntaxException(Kind.MALFORMED, path, "the number " + literal + " is out of range",
                    startLine, startColumn);
        }
    }

    private void digits() {
        while (!atEnd() && isDigit(peek())) {
            advance();
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private JsonValue literal(String path) {
        int startLine = line;
        int startColumn = column;
        int start = pos;
        while (!atEnd() && (Character.isLetterOrDigit(peek()) || peek() == '_')) {
            advance();
        }
        String word = text.substring(start, pos);
        switch (word) {
            case "true":
                return new JsonBoolean(true, startLine, startColumn);
            case "false":
                return new JsonBoolean(false, startLine, startColumn);
            case "null":
                return new JsonNull(startLine, startColumn);
            default:
                String shown = word.length() > 20 ? word.substring(0, 20) + "…" : word;
                throw new JsonSyntaxException(Kind.MALFORMED, path, "unknown word '" + shown
                        + "': JSON knows only true, false and null, and text goes in double quotes", startLine,
                        startColumn);
        }
    }

    // ---------------------------------------------------------------- the cursor

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return atEnd() ? '\0' : text.charAt(pos);
    }

    private boolean peekIs(char c) {
        return !atEnd() && text.charAt(pos) == c;
    }

    /** Moves past one character, keeping the line and column (a surrogate pair is one column). */
    private void advance() {
        char c = text.charAt(pos++);
        if (c == '\n') {
            line++;
            column = 1;
        } else if (c == '\r') {
            if (!peekIs('\n')) {
                line++;
                column = 1;
            }
        } else if (!Character.isLowSurrogate(c)) {
            column++;
        }
    }

    private void skipWhitespace() {
        while (!atEnd()) {
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                advance();
            } else {
                return;
            }
        }
    }

    /** @return the character at the cursor, as a reader would name it */
    private String here() {
        if (atEnd()) {
            return "the end of the text";
        }
        int cp = text.codePointAt(pos);
        if (cp < 0x20 || cp == 0x7F || Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF) {
            return String.format("U+%04X", cp);
        }
        return "'" + new String(Character.toChars(cp)) + "'";
    }

    private JsonSyntaxException error(String path, String problem) {
        return new JsonSyntaxException(Kind.MALFORMED, path, problem, line, column);
    }
}
