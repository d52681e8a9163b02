package org.ejournal.testkit.conformance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.ejournal.core.model.Id;

/**
 * How a Java type of the command model is written in a scenario file, found once by reflection: the
 * same walk over records, sealed interfaces of records, identifiers, enums and a few scalar types as
 * the event codec's, so that every command, query and entry reference maps from JSON with no mapper
 * of its own. Immutable and thread-safe once built.
 */
final class Shape {

    /** The kinds of values a scenario file holds. */
    enum Kind {
        /** a JSON string. */
        TEXT,
        /** a JSON whole number within {@code int}. */
        INT,
        /** a JSON whole number within {@code long}. */
        LONG,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** a JSON number, or a string holding one. */
        DECIMAL,
        /** {@code "YYYY-MM-DD"}. */
        DATE,
        /** a local date-time in the school's zone, or an instant with its offset. */
        INSTANT,
        /** the constant's name. */
        ENUM,
        /** an identifier's text. */
        ID,
        /** an object of the record's components, or the name of a constant of the record type. */
        RECORD,
        /** an object with one key, the member's type name, holding the member. */
        VARIANT,
        /** an array. */
        LIST,
        /** an array without duplicates. */
        SET,
        /** a value, or {@code null} or nothing for none. */
        OPTIONAL
    }

    /**
     * A component of a record.
     *
     * @param name its name, the key in the file
     * @param shape how its value is written
     * @param required whether a file must give it: a primitive; a list or set that may not be empty; any
     *     other value constrained not to be null (a list or set that may be empty is empty when left out)
     */
    record Component(String name, Shape shape, boolean required) {
    }

    private static final Map<Type, Shape> KNOWN = new ConcurrentHashMap<>();

    final Kind kind;
    final Class<?> type;
    private final Shape element;
    private List<Component> components = List.of();
    private Constructor<?> constructor;
    private Map<String, Class<?>> members = Map.of();
    private Map<String, Object> constants = Map.of();

    private Shape(Kind kind, Class<?> type, Shape element) {
        this.kind = kind;
        this.type = type;
        this.element = element;
    }

    /**
     * @param type a type of the command model
     * @return its shape
     * @throws IllegalStateException if no scenario file can write a value of the type: a programming
     *     error of the model, not of a file
     */
    static Shape of(Type type) {
        Shape known = KNOWN.get(type);
        if (known != null) {
            return known;
        }
        Shape built = build(type);
        KNOWN.putIfAbsent(type, built);
        return built;
    }

    /** @return the shape of a list's, set's or optional's element */
    Shape element() {
        return element;
    }

    /** @return a record's components, in declaration order */
    List<Component> components() {
        return components;
    }

    /** @return a variant's members by their simple names, sorted */
    Map<String, Class<?>> members() {
        return members;
    }

    /** @return an enum's constants, or a record type's public constants of its own type, by name */
    Map<String, Object> constants() {
        return constants;
    }

    /**
     * @param arguments the components' values, in order
     * @return the record (or identifier) they make
     * @throws ReflectiveOperationException if the canonical constructor refuses them; its cause says why
     */
    Object construct(Object... arguments) throws ReflectiveOperationException {
        return constructor.newInstance(arguments);
    }

    /** @return the type as a scenario file's reader names it, e.g. {@code List<StudentId>} */
    String describe() {
        return switch (kind) {
            case LIST -> "List<" + element.describe() + ">";
            case SET -> "Set<" + element.describe() + ">";
            case OPTIONAL -> "Optional<" + element.describe() + ">";
            default -> type.getSimpleName();
        };
    }

    private static Shape build(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && p.getActualTypeArguments().length == 1) {
            Shape element = of(p.getActualTypeArguments()[0]);
            if (raw == List.class) {
                return new Shape(Kind.LIST, raw, element);
            }
            if (raw == Set.class) {
                return new Shape(Kind.SET, raw, element);
            }
            if (raw == Optional.class) {
                return new Shape(Kind.OPTIONAL, raw, element);
            }
        }
        if (!(type instanceof Class<?> c)) {
            throw unsupported(type);
        }
        if (c == String.class) {
            return new Shape(Kind.TEXT, c, null);
        }
        if (c == int.class || c == Integer.class) {
            return new Shape(Kind.INT, c, null);
        }
        if (c == long.class || c == Long.class) {
            return new Shape(Kind.LONG, c, null);
        }
        if (c == boolean.class || c == Boolean.class) {
            return new Shape(Kind.BOOLEAN, c, null);
        }
        if (c == BigDecimal.class) {
            return new Shape(Kind.DECIMAL, c, null);
        }
        if (c == LocalDate.class) {
            return new Shape(Kind.DATE, c, null);
        }
        if (c == Instant.class) {
            return new Shape(Kind.INSTANT, c, null);
        }
        if (c.isEnum()) {
            Shape s = new Shape(Kind.ENUM, c, null);
            Map<String, Object> byName = new LinkedHashMap<>();
            for (Object constant : c.getEnumConstants()) {
                byName.put(((Enum<?>) constant).name(), constant);
            }
            s.constants = Collections.unmodifiableMap(byName);
            return s;
        }
        if (c.isRecord() && Modifier.isPublic(c.getModifiers())) {
            RecordComponent[] rc = c.getRecordComponents();
            boolean id = Id.class.isAssignableFrom(c) && rc.length == 1 && rc[0].getType() == String.class;
            Shape s = new Shape(id ? Kind.ID : Kind.RECORD, c, null);
            fillRecord(s, c, rc);
            return s;
        }
        if (c.isInterface() && c.isSealed()) {
            Shape s = new Shape(Kind.VARIANT, c, null);
            Map<String, Class<?>> byName = new TreeMap<>();
            collectMembers(c, byName);
            s.members = Collections.unmodifiableMap(byName);
            return s;
        }
        throw unsupported(type);
    }

    private static void fillRecord(Shape s, Class<?> c, RecordComponent[] rc) {
        Class<?>[] types = new Class<?>[rc.length];
        List<Component> out = new ArrayList<>(rc.length);
        for (int i = 0; i < rc.length; i++) {
            types[i] = rc[i].getType();
            out.add(new Component(rc[i].getName(), of(rc[i].getGenericType()), isRequired(c, rc[i])));
        }
        try {
            s.constructor = c.getConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the canonical constructor of " + c.getName() + " is not public", e);
        }
        s.components = List.copyOf(out);
        Map<String, Object> byName = new TreeMap<>();
        for (Field f : c.getFields()) {
            int m = f.getModifiers();
            if (Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == c) {
                try {
                    byName.put(f.getName(), f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("the constant " + c.getName() + "." + f.getName()
                            + " cannot be read", e);
                }
            }
        }
        s.constants = Collections.unmodifiableMap(byName);
    }

    /** See {@link Component#required()}: read from the Bean Validation constraints on the component's field. */
    private static boolean isRequired(Class<?> record, RecordComponent rc) {
        if (rc.getType().isPrimitive()) {
            return true;
        }
        try {
            Field f = record.getDeclaredField(rc.getName());
            if (f.isAnnotationPresent(NotEmpty.class)) {
                return true;
            }
            boolean collection = rc.getType() == List.class || rc.getType() == Set.class;
            return !collection && (f.isAnnotationPresent(NotNull.class) || f.isAnnotationPresent(NotBlank.class));
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("the record " + record.getName() + " has no field " + rc.getName(), e);
        }
    }

    private static void collectMembers(Class<?> sealed, Map<String, Class<?>> out) {
        for (Class<?> p : sealed.getPermittedSubclasses()) {
            if (p.isRecord()) {
                Class<?> other = out.put(p.getSimpleName(), p);
                if (other != null) {
                    throw new IllegalStateException(sealed.getName() + " has two members named " + p.getSimpleName());
                }
            } else if (p.isInterface() && p.isSealed()) {
                collectMembers(p, out);
            } else {
                throw unsupported(p);
            }
        }
    }

    private static IllegalStateException unsupported(Type type) {
        return new IllegalStateException("a scenario file cannot hold a value of type " + type.getTypeName()
                + ": only String, int, long, boolean, BigDecimal, LocalDate, Instant, enums, identifiers, public "
                + "records, sealed interfaces of records, and List, Set and Optional of these");
    }
}
