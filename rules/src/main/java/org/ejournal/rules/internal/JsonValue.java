package org.ejournal.rules.internal;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON value as read (with the line and column where it starts, from 1) or as built to be written
 * (position 0). Objects keep their keys in the order given. Not an API. Immutable.
 */
public sealed interface JsonValue
        permits JsonValue.JsonObject, JsonValue.JsonArray, JsonValue.JsonString, JsonValue.JsonNumber,
        JsonValue.JsonBoolean, JsonValue.JsonNull {

    /** @return the line where the value starts, from 1; 0 for a value built in code */
    int line();

    /** @return the column where the value starts, from 1; 0 for a value built in code */
    int column();

    /** @return what kind of value this is, for messages: "an object", "a string"… */
    String kind();

    /**
     * A member of an object: its value and where its key stands.
     *
     * @param value the value
     * @param keyLine the key's line
     * @param keyColumn the key's column
     */
    record Member(JsonValue value, int keyLine, int keyColumn) {
        /** Checks the value. */
        public Member {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * An object.
     *
     * @param members the members in the order given
     * @param line where it starts
     * @param column where it starts
     */
    record JsonObject(Map<String, Member> members, int line, int column) implements JsonValue {
        /** Copies the members, keeping their order. */
        public JsonObject {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        /**
         * @param values the members in order
         * @return an object built in code
         */
        public static JsonObject of(Map<String, ? extends JsonValue> values) {
            Map<String, Member> m = new LinkedHashMap<>();
            values.forEach((k, v) -> m.put(k, new Member(v, 0, 0)));
            return new JsonObject(m, 0, 0);
        }

        @Override
        public String kind() {
            return "an object";
        }
    }

    /**
     * An array.
     *
     * @param elements the elements
     * @param line where it starts
     * @param column where it starts
     */
    record JsonArray(List<JsonValue> elements, int line, int column) implements JsonValue {
        /** Copies the elements. */
        public JsonArray {
            elements = List.copyOf(elements);
        }

        /**
         * @param elements the elements
         * @return an array built in code
         */
        public static JsonArray of(List<? extends JsonValue> elements) {
            return new JsonArray(List.copyOf(elements), 0, 0);
        }

        @Override
        public String kind() {
            return "an array";
        }
    }

    /**
     * A string.
     *
     * @param value the text, escapes resolved
     * @param line where it starts
     * @param column where it starts
     */
    record JsonString(String value, int line, int column) implements JsonValue {
        /** Checks the text. */
        public JsonString {
            Objects.requireNonNull(value, "value");
        }

        /**
         * @param value the text
         * @return a string built in code
         */
        public static JsonString of(String value) {
            return new JsonString(value, 0, 0);
        }

        @Override
        public String kind() {
            return "a string";
        }
    }

    /**
     * A number, exactly as written (its scale kept: {@code 0.50} is not {@code 0.5}).
     *
     * @param value the number
     * @param line where it starts
     * @param column where it starts
     */
    record JsonNumber(BigDecimal value, int line, int column) implements JsonValue {
        /** Checks the number. */
        public JsonNumber {
            Objects.requireNonNull(value, "value");
        }

        /**
         * @param value the number
         * @return a number built in code
         */
        public static JsonNumber of(BigDecimal value) {
            return new JsonNumber(value, 0, 0);
        }

        /**
         * @param value the number
         * @return a number built in code
         */
        public static JsonNumber of(long value) {
            return new JsonNumber(BigDecimal.valueOf(value), 0, 0);
        }

        @Override
        public String kind() {
            return "a number";
        }
    }

    /**
     * {@code true} or {@code false}.
     *
     * @param value the truth value
     * @param line where it starts
     * @param column where it starts
     */
    record JsonBoolean(boolean value, int line, int column) implements JsonValue {
        /**
         * @param value the truth value
         * @return a boolean built in code
         */
        public static JsonBoolean of(boolean value) {
            return new JsonBoolean(value, 0, 0);
        }

        @Override
        public String kind() {
            return value ? "true" : "false";
        }
    }

    /**
     * {@code null}.
     *
     * @param line where it stands
     * @param column where it stands
     */
    record JsonNull(int line, int column) implements JsonValue {
        /** @return null built in code */
        public static JsonNull of() {
            return new JsonNull(0, 0);
        }

        @Override
        public String kind() {
            return "null";
        }
    }
}
