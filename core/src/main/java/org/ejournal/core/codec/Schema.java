package org.ejournal.core.codec;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ejournal.core.model.Id;

/**
 * The codec's view of the types it encodes: a graph of nodes built once, by reflection, from a root
 * record type (record components and canonical constructors, sealed interfaces and their permitted
 * records, enums, lists, sets and a few scalar types). Each node writes and reads its values in the
 * canonical form the package documentation specifies. Immutable and thread-safe once built.
 */
final class Schema {

    static final int NULL = 0x00;
    static final int FALSE = 0x01;
    static final int TRUE = 0x02;
    static final int INT32 = 0x03;
    static final int INT64 = 0x04;
    static final int STRING = 0x05;
    static final int DECIMAL = 0x06;
    static final int DATE = 0x07;
    static final int INSTANT = 0x08;
    static final int ENUM = 0x09;
    static final int RECORD = 0x0A;
    static final int VARIANT = 0x0B;
    static final int LIST = 0x0C;
    static final int SET = 0x0D;

    private static final String[] TAG_NAMES = {"NULL", "FALSE", "TRUE", "INT32", "INT64", "STRING", "DECIMAL",
        "DATE", "INSTANT", "ENUM", "RECORD", "VARIANT", "LIST", "SET"};

    private final Map<Class<?>, Node> byClass = new HashMap<>();
    /** The open variant over every {@link Id} record found in the graph; filled when the graph is built. */
    private final VariantNode ids = new VariantNode(Id.class);

    /**
     * Builds the graph of every type reachable from the roots.
     *
     * @param roots record types
     * @throws IllegalStateException (code {@code EJ1904}) if a reachable type cannot be encoded
     */
    Schema(Class<?>... roots) {
        for (Class<?> root : roots) {
            node(root, root.getSimpleName());
        }
        List<RecordNode> idRecords = new ArrayList<>();
        for (Node n : byClass.values()) {
            if (n instanceof RecordNode r && Id.class.isAssignableFrom(r.type)) {
                idRecords.add(r);
            }
        }
        ids.fill(idRecords);
        // which nodes can reach an Id: a fixpoint, since records may reach themselves
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Node n : byClass.values()) {
                changed |= n.settleHoldsIds();
            }
            changed |= ids.settleHoldsIds();
        }
    }

    /** @return the open variant over every {@link Id} record of the graph: how a header's targets are written */
    VariantNode ids() {
        return ids;
    }

    /**
     * @param type a record type given as a root
     * @return its node
     */
    RecordNode record(Class<?> type) {
        return (RecordNode) byClass.get(type);
    }

    /**
     * @param type a sealed interface reachable from a root
     * @return its node
     */
    VariantNode variant(Class<?> type) {
        return (VariantNode) byClass.get(type);
    }

    // ------------------------------------------------------------------------------------ building

    private Node node(Type type, String where) {
        if (type instanceof Class<?> c) {
            return node(c, where);
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && p.getActualTypeArguments().length == 1) {
            Type element = p.getActualTypeArguments()[0];
            if (raw == List.class) {
                return new ListNode(node(element, where + "[]"));
            }
            if (raw == Set.class) {
                return new SetNode(node(element, where + "[]"));
            }
        }
        throw unsupported(where, type);
    }

    private Node node(Class<?> c, String where) {
        Node known = byClass.get(c);
        if (known != null) {
            return known;
        }
        if (c == String.class) {
            return StringNode.INSTANCE;
        }
        if (c == int.class || c == Integer.class) {
            return IntNode.INSTANCE;
        }
        if (c == long.class || c == Long.class) {
            return LongNode.INSTANCE;
        }
        if (c == boolean.class || c == Boolean.class) {
            return BooleanNode.INSTANCE;
        }
        if (c == BigDecimal.class) {
            return DecimalNode.INSTANCE;
        }
        if (c == LocalDate.class) {
            return DateNode.INSTANCE;
        }
        if (c == Instant.class) {
            return InstantNode.INSTANCE;
        }
        if (c == Id.class) {
            return ids;
        }
        if (c.isEnum()) {
            EnumNode n = new EnumNode(c);
            byClass.put(c, n);
            return n;
        }
        if (c.isRecord()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                throw unsupported(where, c);
            }
            RecordNode n = new RecordNode(c);
            byClass.put(c, n); // before its components: a record may reach itself through a list
            n.fill(this);
            return n;
        }
        if (c.isInterface() && c.isSealed()) {
            VariantNode n = new VariantNode(c);
            byClass.put(c, n);
            List<RecordNode> members = new ArrayList<>();
            collectPermitted(c, members, where);
            n.fill(members);
            return n;
        }
        throw unsupported(where, c);
    }

    private void collectPermitted(Class<?> sealed, List<RecordNode> out, String where) {
        for (Class<?> p : sealed.getPermittedSubclasses()) {
            if (p.isRecord()) {
                out.add((RecordNode) node(p, where + "<" + p.getSimpleName() + ">"));
            } else if (p.isInterface() && p.isSealed()) {
                collectPermitted(p, out, where);
            } else {
                throw unsupported(where, p);
            }
        }
    }

    private static IllegalStateException unsupported(String where, Type type) {
        return new IllegalStateException(EventCodec.UNENCODABLE + " " + where + " has type " + type.getTypeName()
                + ", which the event codec cannot encode: only String, int, long, boolean, BigDecimal, LocalDate, "
                + "Instant, enums, public records, sealed interfaces of records, List and Set of these");
    }

    // ------------------------------------------------------------------------------------ values

    /** Writes a value of the node's type, or the NULL tag. */
    static void write(Node node, Object value, ByteSink out) {
        if (value == null) {
            out.u8(NULL);
        } else {
            node.write(value, out);
        }
    }

    /**
     * Reads a value of the node's type, or {@code null} where that is allowed.
     *
     * @param nullable whether the position may hold {@code null} (not a primitive component)
     */
    static Object read(Node node, boolean nullable, ByteSource in) {
        if (in.peek() == NULL) {
            if (!nullable) {
                throw in.fail(in.position(), "null where a primitive value is required");
            }
            in.u8();
            return null;
        }
        return node.read(in);
    }

    static void expectTag(ByteSource in, int expected, Node node) {
        int at = in.position();
        int tag = in.u8();
        if (tag != expected) {
            throw in.fail(at, "expected " + tagName(expected) + " for " + node.name() + ", found "
                    + (tag < TAG_NAMES.length ? tagName(tag) : "unknown tag 0x" + ByteSource.hex(tag)));
        }
    }

    static String tagName(int tag) {
        return TAG_NAMES[tag] + " (0x" + ByteSource.hex(tag) + ")";
    }

    /** Encodes a string as UTF-8, refusing unpaired surrogates, which UTF-8 cannot carry. */
    static byte[] utf8(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    throw new IllegalArgumentException(EventCodec.UNENCODABLE
                            + " a string holds an unpaired surrogate at index " + i + ", which UTF-8 cannot encode");
                }
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static void writeString(String s, ByteSink out) {
        byte[] b = utf8(s);
        out.i32(b.length);
        out.bytes(b);
    }

    /** @return the bytes {@link #writeString} writes for {@code s}: to write a fixed name without encoding it again */
    static byte[] text(String s) {
        ByteSink out = new ByteSink(s.length() + 8);
        writeString(s, out);
        return out.toByteArray();
    }

    /**
     * A text listing every type of the graph, one line each, sorted: records with their components
     * (a primitive component cannot be null), variants with their members, enums with their
     * constants. Two schemas with the same listing read and write the same bytes.
     */
    String describe() {
        Map<String, String> lines = new TreeMap<>();
        for (Node n : byClass.values()) {
            lines.put(n.name(), n.describe());
        }
        lines.put(ids.name(), ids.describe());
        StringBuilder b = new StringBuilder();
        lines.forEach((name, d) -> b.append(name).append(" = ").append(d).append('\n'));
        return b.toString();
    }

    /** A node of the type graph. */
    abstract static class Node {
        abstract String name();

        /** @return the node's type as the schema listing shows it */
        String describe() {
            return name();
        }

        /** Writes a non-null value, tag first. */
        abstract void write(Object value, ByteSink out);

        /** Reads a value, tag first; the tag is not NULL. */
        abstract Object read(ByteSource in);

        /** Adds every {@link Id} reachable in a non-null value, in canonical encounter order. */
        void collectIds(Object value, Targets out) {
        }

        /**
         * @return whether a value of this node can hold an {@link Id}, so that
         *     {@link #collectIds} need not walk one that cannot; known once the graph is built
         */
        boolean holdsIds() {
            return false;
        }

        /** One step of the fixpoint that finds {@link #holdsIds()}; @return whether it changed. */
        boolean settleHoldsIds() {
            return false;
        }
    }

    static final class StringNode extends Node {
        static final StringNode INSTANCE = new StringNode();

        @Override
        String name() {
            return "String";
        }

        @Override
        void write(Object value, ByteSink out) {
            out.u8(STRING);
            writeString((String) value, out);
        }

        @Override
        Object read(ByteSource in) {
            expectTag(in, STRING, this);
            return in.utf8();
        }
    }

    static final class IntNode extends Node {
        static final IntNode INSTANCE = new IntNode();

        @Override
        String name() {
            return "Integer";
        }

        @Override
        void write(Object value, ByteSink out) {
            out.u8(INT32);
            out.i32((Integer) value);
        }

        @Override
        Object read(ByteSource in) {
            expectTag(in, INT32, this);
            return in.i32();
        }
    }

    static final class LongNode extends Node {
        static final LongNode INSTANCE = new LongNode();

        @Override
        String name() {
            return "Long";
        }

        @Override
        void write(Object value, ByteSink out) {
            out.u8(INT64);
            out.i64((Long) value);
        }

        @Override
        Object read(ByteSource in) {
            expectTag(in, INT64, this);
            return in.i64();
        }
    }

    static final class BooleanNode extends Node {
        static final BooleanNode INSTANCE = new BooleanNode();

        @Override
        String name() {
            return "Boolean";
        }

        @Override
        void write(Object value, ByteSink out) {
            out.u8((Boolean) value ? TRUE : FALSE);
        }

        @Override
        Object read(ByteSource in) {
            int at = in.position();
            int tag = in.u8();
            if (tag == TRUE) {
                return Boolean.TRUE;
            }
            if (tag == FALSE) {
                return Boolean.FALSE;
            }
            throw in.fail(at, "expected FALSE (0x01) or TRUE (0x02) for boolean, found 0x" + ByteSource.hex(tag));
        }
    }

    /**
     * A decimal keeps its scale, as {@link BigDecimal#equals} does: its plain text
     * ({@link BigDecimal#toPlainString()}) and then the scale. The text alone fixes a non-negative
     * scale; the scale is written always, so that a negative one (4E+1) survives too.
     */
    static final class DecimalNode extends Node {
        static final DecimalNode INSTANCE = new DecimalNode();

        @Override
        String name() {
            return "BigDecimal";
        }

        @Override
        void write(Object value, ByteSink out) {
            BigDecimal d = (BigDecimal) value;
            byte[] text = d.toPlainString().getBytes(StandardCharsets.US_ASCII);
            out.u8(DECIMAL);
            out.i32(text.length);
            out.bytes(text);
            out.i32(d.scale());
        }

        @Override
        Object read(ByteSource in) {
            expectTag(in, DECIMAL, this);
            int at = in.position();
            String text = in.ascii();
            int scaleAt = in.position();
            int scale = in.i32();
            if (!isPlain(text)) {
                throw in.fail(at, "\"" + text + "\" is not a decimal's canonical plain text");
            }
            BigDecimal d;
            int point = text.indexOf('.');
            if (scale >= 0) {
                d = new BigDecimal(text);
                if (d.scale() != scale) {
                    throw in.fail(scaleAt, "scale " + scale + " does not match the text \"" + text + "\"");
                }
            } else {
                // a negative scale: the text is an integer whose last -scale digits are the zeros the scale stands for
                if (point >= 0) {
                    throw in.fail(scaleAt, "a negative scale " + scale + " with a fraction in \"" + text + "\"");
                }
                if (text.equals("0")) {
                    d = BigDecimal.valueOf(0, scale);
                } else {
                    long zeros = -(long) scale;
                    int digits = text.length() - (text.startsWith("-") ? 1 : 0);
                    if (zeros >= digits || !text.substring(text.length() - (int) zeros).chars().allMatch(ch -> ch == '0')) {
                        throw in.fail(scaleAt, "scale " + scale + " does not match the text \"" + text + "\"");
                    }
                    d = new BigDecimal(new BigInteger(text.substring(0, text.length() - (int) zeros)), scale);
                }
            }
            if (!d.toPlainString().equals(text) || d.scale() != scale) {
                throw in.fail(at, "\"" + text + "\" with scale " + scale + " is not a decimal's canonical form");
            }
            return d;
        }

        /** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}: no plus sign, exponent or leading zero. */
        private static boolean isPlain(String s) {
            int i = s.startsWith("-") ? 1 : 0;
            int start = i;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            int intDigits = i - start;
            if (intDigits == 0 || (intDigits > 1 && s.charAt(start) == '0')) {
                return false;
            }
            if (i == s.length()) {
                return true;
            }
            if (s.charAt(i) != '.' || i + 1 == s.length()) {
                return false;
            }
            for (i++; i < s.length(); i++) {
                if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }
    }

    /** A day as its epoch day (days from 1970-01-01). */
    static final class DateNode extends Node {
        static final DateNode INSTANCE = new DateNode();

        @Override
        String name() {
            return "LocalDate";
        }

        @Override
        void write(Object value, ByteSink out) {
            out.u8(DATE);
            out.i64(((LocalDate) value).toEpochDay());
        }

        @Override
        Object read(ByteSource in) {
            expectTag(in, DATE, this);
            int at = in.position();
            long day = in.i64();
            try {
                return LocalDate.ofEpochDay(day);
            } catch (DateTimeException e) {
                throw in.fail(at, "epoch day " + day + " is outside LocalDate's range", e);
            }
        }
    }

    /** An instant as its epoch second and nanosecond of the second. */
    static final class InstantNode extends Node {
        static final InstantNode INSTANCE = new InstantNode();

        @Override
        String name() {
            return "Instant";
        }

        @Override
        void write(Object value, ByteSink out) {
            Instant i = (Instant) value;
            out.u8(INSTANT);
            out.i64(i.getEpochSecond());
            out.i32(i.getNano());
        }

        @Override
        Object read(ByteSource in) {
            expectTag(in, INSTANT, this);
            int at = in.position();
            long seconds = in.i64();
            int nanosAt = in.position();
            int nanos = in.i32();
            if (nanos < 0 || nanos > 999_999_999) {
                throw in.fail(nanosAt, "nanosecond " + nanos + " is outside 0–999999999");
            }
            try {
                return Instant.ofEpochSecond(seconds, nanos);
            } catch (DateTimeException e) {
                throw in.fail(at, "epoch second " + seconds + " is outside Instant's range", e);
            }
        }
    }

    /** An enum constant by its name, so that reordering the constants does not change the bytes. */
    static final class EnumNode extends Node {
        private final Class<?> type;
        private final Map<String, Object> constants = new HashMap<>();
        /** Each constant's name as a text (length and UTF-8), by ordinal: what {@link #write} writes. */
        private final byte[][] texts;

        EnumNode(Class<?> type) {
            this.type = type;
            Object[] all = type.getEnumConstants();
            texts = new byte[all.length][];
            for (Object c : all) {
                Enum<?> e = (Enum<?>) c;
                constants.put(e.name(), c);
                texts[e.ordinal()] = text(e.name());
            }
        }

        @Override
        String name() {
            return type.getSimpleName();
        }

        @Override
        String describe() {
            return "ENUM(" + String.join(", ", new java.util.TreeSet<>(constants.keySet())) + ")";
        }

        @Override
        void write(Object value, ByteSink out) {
            out.u8(ENUM);
            out.bytes(texts[((Enum<?>) value).ordinal()]);
        }

        @Override
        Object read(ByteSource in) {
            expectTag(in, ENUM, this);
            int at = in.position();
            String name = in.utf8();
            Object c = constants.get(name);
            if (c == null) {
                throw in.fail(at, "\"" + name + "\" is not a constant of " + type.getSimpleName());
            }
            return c;
        }
    }

    /** One component of a record: how to read it from the record and what it holds. */
    record Component(String name, Node node, boolean nullable, MethodHandle accessor, String typeName) {
    }

    /** A record: its components in declaration order, then its canonical constructor on decoding. */
    static final class RecordNode extends Node {
        final Class<?> type;
        private Component[] components;
        private MethodHandle constructor;
        /** The record's simple name, kept: {@link Class#getSimpleName()} is no field read. */
        private final String name;
        /** The record's name as a text (length and UTF-8): what a variant writes before it. */
        final byte[] nameText;
        private boolean holdsIds;
        /** The components that can hold an {@link Id}: the only ones {@link #collectIds} reads. */
        private Component[] withIds = new Component[0];

        RecordNode(Class<?> type) {
            this.type = type;
            this.name = type.getSimpleName();
            this.nameText = text(name);
        }

        void fill(Schema schema) {
            RecordComponent[] rc = type.getRecordComponents();
            Component[] cs = new Component[rc.length];
            Class<?>[] types = new Class<?>[rc.length];
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            try {
                for (int i = 0; i < rc.length; i++) {
                    types[i] = rc[i].getType();
                    Node n = schema.node(rc[i].getGenericType(), type.getSimpleName() + "." + rc[i].getName());
                    MethodHandle get = lookup.unreflect(rc[i].getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class));
                    boolean primitive = rc[i].getType().isPrimitive();
                    cs[i] = new Component(rc[i].getName(), n, !primitive, get,
                            primitive ? rc[i].getType().getName() : n.name());
                }
                constructor = lookup.findConstructor(type, MethodType.methodType(void.class, types))
                        .asSpreader(Object[].class, rc.length)
                        .asType(MethodType.methodType(Object.class, Object[].class));
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new IllegalStateException(EventCodec.UNENCODABLE + " the event codec cannot reach the "
                        + "components or the canonical constructor of " + type.getName(), e);
            }
            components = cs;
        }

        @Override
        String name() {
            return name;
        }

        @Override
        String describe() {
            StringBuilder b = new StringBuilder("RECORD(");
            for (int i = 0; i < components.length; i++) {
                b.append(i == 0 ? "" : ", ").append(components[i].name).append(": ").append(components[i].typeName);
            }
            return b.append(')').toString();
        }

        Object get(Component c, Object record) {
            try {
                return c.accessor.invokeExact(record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(EventCodec.UNENCODABLE + " " + name() + "." + c.name
                        + " could not be read", e);
            }
        }

        @Override
        void write(Object value, ByteSink out) {
            out.u8(RECORD);
            out.i32(components.length);
            for (Component c : components) {
                Schema.write(c.node, get(c, value), out);
            }
        }

        @Override
        Object read(ByteSource in) {
            int at = in.position();
            expectTag(in, RECORD, this);
            int countAt = in.position();
            int n = in.i32();
            if (n != components.length) {
                throw in.fail(countAt, name() + " has " + components.length + " components, the bytes say " + n);
            }
            Object[] args = new Object[n];
            for (int i = 0; i < n; i++) {
                Component c = components[i];
                in.enter(c.name);
                args[i] = Schema.read(c.node, c.nullable, in);
                in.leave();
            }
            try {
                return constructor.invokeExact(args);
            } catch (RuntimeException e) {
                throw in.fail(at, "the decoded components make no valid " + name() + ": " + e.getMessage(), e);
            } catch (Error e) {
                throw e;
            } catch (Throwable e) {
                throw in.fail(at, "the decoded components make no valid " + name() + ": " + e, e);
            }
        }

        @Override
        void collectIds(Object value, Targets out) {
            if (value instanceof Id id) {
                out.add(id);
                return;
            }
            for (Component c : withIds) {
                Object v = get(c, value);
                if (v != null) {
                    c.node.collectIds(v, out);
                }
            }
        }

        @Override
        boolean holdsIds() {
            return holdsIds;
        }

        @Override
        boolean settleHoldsIds() {
            List<Component> with = new ArrayList<>();
            for (Component c : components) {
                if (c.node.holdsIds()) {
                    with.add(c);
                }
            }
            boolean now = Id.class.isAssignableFrom(type) || !with.isEmpty();
            boolean changed = now != holdsIds || with.size() != withIds.length;
            holdsIds = now;
            withIds = with.toArray(new Component[0]);
            return changed;
        }
    }

    /**
     * A sealed interface (or {@link Id}): the member record's simple name, then the record. Names,
     * not positions, so that adding a member changes no existing bytes.
     */
    static final class VariantNode extends Node {
        private final Class<?> type;
        private Map<String, RecordNode> byName;
        /** The same members, for looking a decoded name up. */
        private Map<String, RecordNode> lookup;
        private Map<Class<?>, RecordNode> byClass;
        /** The same as {@link #byClass}, cached on each class: the look-up of every value written. */
        private final ClassValue<RecordNode> memberOf = new ClassValue<>() {
            @Override
            protected RecordNode computeValue(Class<?> c) {
                return byClass.get(c);
            }
        };
        /** The members by the hash of their name's bytes, open addressing: to read a name without decoding it. */
        private RecordNode[] table;
        private boolean holdsIds;

        VariantNode(Class<?> type) {
            this.type = type;
        }

        void fill(Collection<RecordNode> members) {
            Map<String, RecordNode> m = new TreeMap<>();
            Map<Class<?>, RecordNode> c = new HashMap<>();
            for (RecordNode r : members) {
                RecordNode other = m.put(r.name(), r);
                if (other != null && other != r) {
                    throw new IllegalStateException(EventCodec.UNENCODABLE + " " + type.getSimpleName()
                            + " has two members named " + r.name() + ": " + r.type.getName() + " and "
                            + other.type.getName());
                }
                c.put(r.type, r);
            }
            byName = Collections.unmodifiableMap(m);
            lookup = new HashMap<>(m);
            byClass = c;
            table = new RecordNode[Integer.highestOneBit(Math.max(1, m.size()) * 4) * 2];
            for (RecordNode r : m.values()) {
                int i = hash(r.nameText, 4, r.nameText.length) & (table.length - 1);
                while (table[i] != null) {
                    i = (i + 1) & (table.length - 1);
                }
                table[i] = r;
            }
        }

        private static int hash(byte[] b, int from, int to) {
            int h = 1;
            for (int i = from; i < to; i++) {
                h = 31 * h + b[i];
            }
            return h ^ (h >>> 16);
        }

        /**
         * The member whose name, as a text, the bytes at {@code at} are, without decoding a string:
         * {@code null} if they are no member's name (then decoding the name says what is wrong).
         */
        private RecordNode known(byte[] b, int at) {
            if (b.length - at < 4) {
                return null;
            }
            int n = ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
            if (n < 0 || n > b.length - at - 4) {
                return null;
            }
            int from = at + 4;
            int to = from + n;
            for (int i = hash(b, from, to) & (table.length - 1); table[i] != null; i = (i + 1) & (table.length - 1)) {
                byte[] text = table[i].nameText;
                if (Arrays.equals(b, at, to, text, 0, text.length)) {
                    return table[i];
                }
            }
            return null;
        }

        @Override
        boolean holdsIds() {
            return holdsIds;
        }

        @Override
        boolean settleHoldsIds() {
            boolean now = false;
            for (RecordNode r : byName.values()) {
                now |= r.holdsIds();
            }
            boolean changed = now != holdsIds;
            holdsIds = now;
            return changed;
        }

        @Override
        String describe() {
            return "VARIANT(" + String.join(", ", byName.keySet()) + ")";
        }

        /** @return the members by name, sorted */
        Map<String, RecordNode> members() {
            return byName;
        }

        @Override
        String name() {
            return type.getSimpleName();
        }

        /**
         * @param value a member of the variant, not {@code null}
         * @return the name the encoding writes for it
         * @throws IllegalArgumentException (code {@code EJ1904}) if its class is not a member
         */
        String nameOf(Object value) {
            return member(value).name();
        }

        /**
         * @param value a member of the variant, not {@code null}
         * @return the bytes {@link #write} writes for its name after the tag: the name as a text
         * @throws IllegalArgumentException (code {@code EJ1904}) if its class is not a member
         */
        byte[] nameTextOf(Object value) {
            return member(value).nameText;
        }

        private RecordNode member(Object value) {
            RecordNode m = memberOf.get(value.getClass());
            if (m == null) {
                throw new IllegalArgumentException(EventCodec.UNENCODABLE + " " + value.getClass().getName()
                        + " is not a registered " + type.getSimpleName());
            }
            return m;
        }

        @Override
        void write(Object value, ByteSink out) {
            RecordNode m = member(value);
            out.u8(VARIANT);
            out.bytes(m.nameText);
            m.write(value, out);
        }

        @Override
        Object read(ByteSource in) {
            expectTag(in, VARIANT, this);
            int at = in.position();
            RecordNode m = known(in.buffer(), at);
            String name;
            if (m != null) {
                in.skip(m.nameText.length);
                name = m.name();
            } else {
                name = in.utf8();
                m = lookup.get(name);
                if (m == null) {
                    throw in.fail(at, "unknown " + type.getSimpleName() + " type \"" + name + "\"");
                }
            }
            in.enter(name);
            Object v = m.read(in);
            in.leave();
            return v;
        }

        @Override
        void collectIds(Object value, Targets out) {
            member(value).collectIds(value, out);
        }
    }

    /** A list: the count, then the elements in order. */
    static final class ListNode extends Node {
        private final Node element;

        ListNode(Node element) {
            this.element = element;
        }

        @Override
        boolean holdsIds() {
            return element.holdsIds();
        }

        @Override
        String name() {
            return "List<" + element.name() + ">";
        }

        @Override
        void write(Object value, ByteSink out) {
            List<?> list = (List<?>) value;
            out.u8(LIST);
            out.i32(list.size());
            for (Object e : list) {
                Schema.write(element, e, out);
            }
        }

        @Override
        Object read(ByteSource in) {
            expectTag(in, LIST, this);
            int n = in.count("element count");
            List<Object> list = new ArrayList<>(Math.min(n, 1024));
            for (int i = 0; i < n; i++) {
                in.enterIndex(i);
                list.add(Schema.read(element, true, in));
                in.leave();
            }
            return Collections.unmodifiableList(list);
        }

        @Override
        void collectIds(Object value, Targets out) {
            for (Object e : (List<?>) value) {
                if (e != null) {
                    element.collectIds(e, out);
                }
            }
        }
    }

    /**
     * A set: the count, then the elements' encodings in ascending unsigned lexicographic order, so
     * that equal sets give equal bytes whatever their iteration order. Reading accepts only strictly
     * ascending encodings: no other order, no duplicate.
     */
    static final class SetNode extends Node {
        private final Node element;

        SetNode(Node element) {
            this.element = element;
        }

        @Override
        boolean holdsIds() {
            return element.holdsIds();
        }

        @Override
        String name() {
            return "Set<" + element.name() + ">";
        }

        /** An element with its encoding. */
        private record Encoded(byte[] bytes, Object value) {
        }

        /** @return the elements with their encodings, in ascending order of the encodings */
        private Encoded[] sorted(Set<?> set) {
            Encoded[] enc = new Encoded[set.size()];
            int i = 0;
            for (Object e : set) {
                ByteSink s = new ByteSink(32);
                Schema.write(element, e, s);
                enc[i++] = new Encoded(s.toByteArray(), e);
            }
            Arrays.sort(enc, (a, b) -> Arrays.compareUnsigned(a.bytes, b.bytes));
            for (int k = 1; k < enc.length; k++) {
                if (Arrays.equals(enc[k - 1].bytes, enc[k].bytes)) {
                    throw new IllegalStateException(EventCodec.UNENCODABLE + " two distinct elements of a "
                            + name() + " have the same encoding");
                }
            }
            return enc;
        }

        @Override
        void write(Object value, ByteSink out) {
            Encoded[] enc = sorted((Set<?>) value);
            out.u8(SET);
            out.i32(enc.length);
            for (Encoded e : enc) {
                out.bytes(e.bytes);
            }
        }

        @Override
        Object read(ByteSource in) {
            expectTag(in, SET, this);
            int n = in.count("element count");
            byte[] buf = in.buffer();
            Set<Object> set = new LinkedHashSet<>();
            int prevFrom = -1;
            int prevTo = -1;
            for (int i = 0; i < n; i++) {
                int from = in.position();
                in.enterIndex(i);
                Object e = Schema.read(element, true, in);
                in.leave();
                int to = in.position();
                if (prevFrom >= 0 && Arrays.compareUnsigned(buf, prevFrom, prevTo, buf, from, to) >= 0) {
                    throw in.fail(from, "the elements of a " + name()
                            + " must be in ascending order of their encodings, without duplicates");
                }
                if (!set.add(e)) {
                    throw in.fail(from, "a duplicate element of a " + name());
                }
                prevFrom = from;
                prevTo = to;
            }
            return Collections.unmodifiableSet(set);
        }

        @Override
        void collectIds(Object value, Targets out) {
            // in canonical order, so that the header does not depend on the set's iteration order
            for (Encoded e : sorted((Set<?>) value)) {
                if (e.value != null) {
                    element.collectIds(e.value, out);
                }
            }
        }
    }
}
