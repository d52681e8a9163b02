package org.ejournal.core.codec;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.command.Command;
import org.ejournal.core.log.Hash;
import org.ejournal.core.log.Hasher;

/**
 * The canonical, versioned binary encoding of the journal's events: one byte form per value, so that
 * equal events give equal bytes and the bytes can be hashed into the audit log's Merkle tree or
 * written to an archive that restores an identical journal. The format is specified in the
 * {@linkplain org.ejournal.core.codec package documentation}.
 *
 * <p>Three kinds of document, each starting with the format version and its kind:
 * <ul>
 * <li>the whole event: {@link #encode(JournalEvent)} and {@link #decode(byte[])}, for archives and
 *     stores;</li>
 * <li>its {@link EventHeader}: {@link #header(JournalEvent)}, {@link #encodeHeader(EventHeader)} and
 *     {@link #decodeHeader(byte[])}, kept for ever;</li>
 * <li>its {@link EventPayload}: {@link #encodePayload(EventPayload)} and
 *     {@link #decodePayload(byte[])}, and for storage {@link #sealPayload(EventPayload, byte[])} (a
 *     random salt, then the document) and {@link #openPayload(byte[])}; retention may delete it.</li>
 * </ul>
 * {@link #leafData(EventHeader, Hash)} is the canonical header followed by the {@linkplain
 * #digest(byte[]) digest} of the sealed payload: the bytes a Merkle leaf hashes
 * ({@code H(0x00 ‖ leafData)}), which need no payload, so a leaf still verifies after the payload is
 * deleted. {@link #join(EventHeader, EventPayload)} puts an event back together.
 *
 * <p>The codec is generic: it reads the record components and canonical constructors of the event,
 * the actors and the commands by reflection, once, and knows the commands by their simple class
 * names ({@link #commandNames()}). A new command type is encoded as soon as {@link Command} permits
 * it; a type the format cannot express (a {@code double}, a map) stops the class from initialising
 * with an {@link IllegalStateException} (code {@value #UNENCODABLE}) rather than producing bytes that
 * do not decode.
 *
 * <p>Decoding accepts exactly the bytes encoding produces: anything else — truncated bytes, an
 * unknown version, kind, tag, command or enum name, a length beyond the end, malformed UTF-8, a
 * non-canonical form, a value its type rejects, trailing bytes — throws an
 * {@link EventFormatException} (code {@value EventFormatException#CODE}) with the byte offset. So
 * whenever {@code decode(b)} returns, {@code encode(decode(b))} equals {@code b}.
 *
 * <p>All methods are static; the class is stateless apart from the reflected schema and is
 * thread-safe.
 */
public final class EventCodec {

    /** The format version this codec writes and the only one it reads: the first byte of every document. */
    public static final int VERSION = 1;

    /** The second byte of an encoded event: {@code 'E'}. */
    public static final int KIND_EVENT = 'E';
    /** The second byte of an encoded header: {@code 'H'}. */
    public static final int KIND_HEADER = 'H';
    /** The second byte of an encoded payload: {@code 'P'}. */
    public static final int KIND_PAYLOAD = 'P';

    /**
     * The stable code of a value the codec cannot encode: a string with an unpaired surrogate, an
     * identifier of a type the codec does not know, a header or digest that is invalid as a value, a
     * type of component the format cannot express.
     */
    public static final String UNENCODABLE = "EJ1904";

    /** The length of a sealed payload's salt in bytes. */
    public static final int SALT_LENGTH = 16;

    private static final Schema SCHEMA = new Schema(JournalEvent.class, EventHeader.class, EventPayload.class);
    private static final Schema.RecordNode EVENT = SCHEMA.record(JournalEvent.class);
    private static final Schema.RecordNode HEADER = SCHEMA.record(EventHeader.class);
    private static final Schema.RecordNode PAYLOAD = SCHEMA.record(EventPayload.class);
    private static final Schema.VariantNode COMMANDS = SCHEMA.variant(Command.class);
    private static final Schema.VariantNode ACTORS = SCHEMA.variant(org.ejournal.core.Actor.class);
    private static final Schema.VariantNode IDS = SCHEMA.ids();
    /**
     * The header's layout as {@link #encodeHeaderOf} writes it without an {@link EventHeader}: should
     * the header record change, that method falls back to the general encoder (and the test comparing
     * the two says so).
     */
    static final String HEADER_LAYOUT =
            "RECORD(sequence: long, recordedAt: Instant, actor: Actor, action: String, targets: List<Id>)";
    private static final boolean FIXED_HEADER = HEADER.describe().equals(HEADER_LAYOUT);
    private static final SortedSet<String> COMMAND_NAMES =
            Collections.unmodifiableSortedSet(new TreeSet<>(COMMANDS.members().keySet()));

    private static final String SCHEMA_TEXT = SCHEMA.describe();

    private EventCodec() {
    }

    /**
     * Encodes a whole event: version, kind {@code 'E'}, then the event as a record.
     *
     * @param event the event, not {@code null}
     * @return its canonical bytes, a new array
     * @throws IllegalArgumentException (code {@value #UNENCODABLE}) if a string of the event holds an
     *     unpaired surrogate
     */
    public static byte[] encode(JournalEvent event) {
        return document(KIND_EVENT, EVENT, Objects.requireNonNull(event, "event"));
    }

    /**
     * Decodes a whole event.
     *
     * @param bytes the canonical bytes of an event, not {@code null}; not modified
     * @return the event, equal to the one encoded
     * @throws EventFormatException (code {@value EventFormatException#CODE}) if the bytes are not
     *     exactly the canonical encoding of an event
     */
    public static JournalEvent decode(byte[] bytes) {
        return (JournalEvent) read(KIND_EVENT, EVENT, bytes);
    }

    /**
     * The header of an event: its sequence, instant, actor, the command's name (as the encoding writes
     * it, which is {@link Command#commandName()}), and every identifier
     * reachable in the command — depth first through the components in declaration order, list
     * elements in order, set elements in the order of their encodings — each once, at its first
     * encounter.
     *
     * @param event the event, not {@code null}
     * @return its header
     */
    public static EventHeader header(JournalEvent event) {
        Objects.requireNonNull(event, "event");
        Targets targets = new Targets();
        COMMANDS.collectIds(event.command(), targets);
        return new EventHeader(event.sequence(), event.recordedAt(), event.actor(), COMMANDS.nameOf(event.command()),
                targets.toList());
    }

    /**
     * Encodes a header: version, kind {@code 'H'}, then the header as a record.
     *
     * @param header the header, not {@code null}
     * @return its canonical bytes, a new array
     * @throws IllegalArgumentException (code {@value #UNENCODABLE}) if a target is of an identifier
     *     type no event holds, or a string holds an unpaired surrogate
     */
    public static byte[] encodeHeader(EventHeader header) {
        return document(KIND_HEADER, HEADER, Objects.requireNonNull(header, "header"));
    }

    /**
     * Encodes the header of an event: exactly the bytes of {@code encodeHeader(header(event))}, written
     * straight from the event in the header's fixed layout (sequence, instant, actor, action, targets),
     * without building the {@link EventHeader} and reading it back through the schema. What the
     * journal seals every accepted event with.
     *
     * @param event the event, not {@code null}
     * @return the canonical bytes of its header, a new array
     * @throws IllegalArgumentException (code {@value #UNENCODABLE}) if a target is of an identifier
     *     type no event holds, or the actor's name holds an unpaired surrogate
     */
    public static byte[] encodeHeaderOf(JournalEvent event) {
        Objects.requireNonNull(event, "event");
        if (!FIXED_HEADER) {
            return encodeHeader(header(event));
        }
        Targets targets = new Targets();
        COMMANDS.collectIds(event.command(), targets);
        byte[] action = COMMANDS.nameTextOf(event.command());
        ByteSink out = ByteSink.scratch();
        out.u8(VERSION);
        out.u8(KIND_HEADER);
        out.u8(Schema.RECORD);
        out.i32(5);
        out.u8(Schema.INT64);
        out.i64(event.sequence());
        Schema.InstantNode.INSTANCE.write(event.recordedAt(), out);
        ACTORS.write(event.actor(), out);
        out.u8(Schema.STRING);
        out.bytes(action);
        out.u8(Schema.LIST);
        out.i32(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            IDS.write(targets.get(i), out);
        }
        byte[] document = out.toByteArray();
        out.release();
        return document;
    }

    /**
     * Decodes a header.
     *
     * @param bytes the canonical bytes of a header, not {@code null}; not modified
     * @return the header
     * @throws EventFormatException (code {@value EventFormatException#CODE}) if the bytes are not
     *     exactly the canonical encoding of a header
     */
    public static EventHeader decodeHeader(byte[] bytes) {
        return (EventHeader) read(KIND_HEADER, HEADER, bytes);
    }

    /**
     * Encodes a payload: version, kind {@code 'P'}, then the payload as a record.
     *
     * @param payload the payload, not {@code null}
     * @return its canonical bytes, a new array
     * @throws IllegalArgumentException (code {@value #UNENCODABLE}) if a string holds an unpaired
     *     surrogate
     */
    public static byte[] encodePayload(EventPayload payload) {
        return document(KIND_PAYLOAD, PAYLOAD, Objects.requireNonNull(payload, "payload"));
    }

    /**
     * Decodes a payload.
     *
     * @param bytes the canonical bytes of a payload, not {@code null}; not modified
     * @return the payload
     * @throws EventFormatException (code {@value EventFormatException#CODE}) if the bytes are not
     *     exactly the canonical encoding of a payload
     */
    public static EventPayload decodePayload(byte[] bytes) {
        return (EventPayload) read(KIND_PAYLOAD, PAYLOAD, bytes);
    }

    /**
     * Seals a payload for storage: {@value #SALT_LENGTH} bytes of salt followed by the payload's
     * canonical document. The audit log keeps only the {@linkplain #digest(byte[]) SHA-256} of the
     * sealed bytes, so the salt — random, and deleted with the payload — keeps anyone from
     * confirming a guess of a deleted payload (a name, a birth date) against the digest that
     * remains.
     *
     * @param payload the payload, not {@code null}
     * @param salt exactly {@value #SALT_LENGTH} bytes, not {@code null}; copied
     * @return {@code salt ‖ encodePayload(payload)}, a new array
     * @throws IllegalArgumentException (code {@value #UNENCODABLE}) if the salt has another length or
     *     a string holds an unpaired surrogate
     */
    public static byte[] sealPayload(EventPayload payload, byte[] salt) {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(salt, "salt");
        if (salt.length != SALT_LENGTH) {
            throw new IllegalArgumentException(UNENCODABLE + " a payload's salt has " + SALT_LENGTH + " bytes, got "
                    + salt.length);
        }
        ByteSink out = ByteSink.scratch();
        out.bytes(salt);
        out.u8(VERSION);
        out.u8(KIND_PAYLOAD);
        PAYLOAD.write(payload, out);
        byte[] sealed = out.toByteArray();
        out.release();
        return sealed;
    }

    /**
     * Opens a sealed payload: skips the salt and decodes the document.
     *
     * @param sealed the bytes {@link #sealPayload} gave, not {@code null}; not modified
     * @return the payload
     * @throws EventFormatException (code {@value EventFormatException#CODE}) if the bytes are shorter
     *     than the salt or the rest is not exactly the canonical encoding of a payload; offsets count
     *     from the start of the sealed bytes
     */
    public static EventPayload openPayload(byte[] sealed) {
        Objects.requireNonNull(sealed, "sealed");
        if (sealed.length < SALT_LENGTH) {
            throw new ByteSource(sealed).fail(sealed.length, "a sealed payload starts with " + SALT_LENGTH
                    + " bytes of salt, got only " + sealed.length + " bytes");
        }
        return (EventPayload) read(KIND_PAYLOAD, PAYLOAD, sealed, SALT_LENGTH);
    }

    /**
     * @param bytes any bytes, typically a sealed payload, not {@code null}
     * @return their SHA-256 digest: what the audit log keeps of a payload
     */
    public static Hash digest(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new Hasher().digest(bytes);
    }

    /**
     * The bytes a Merkle leaf of the audit log hashes ({@code H(0x00 ‖ leafData)}): the canonical
     * header followed by the 32 bytes of the payload's digest. Because it needs only the header and
     * the digest, a leaf can be recomputed after retention deleted the payload.
     *
     * @param header the event's header, not {@code null}
     * @param payloadDigest the digest of its sealed payload, as stored, not {@code null}
     * @return {@code encodeHeader(header) ‖ payloadDigest}, a new array
     * @throws IllegalArgumentException (code {@value #UNENCODABLE}) if a target is of an identifier
     *     type no event holds
     */
    public static byte[] leafData(EventHeader header, Hash payloadDigest) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(payloadDigest, "payloadDigest");
        ByteSink out = new ByteSink(128);
        out.u8(VERSION);
        out.u8(KIND_HEADER);
        HEADER.write(header, out);
        out.bytes(payloadDigest.toBytes());
        return out.toByteArray();
    }

    /**
     * Joins a header and a payload back into the event they were split from.
     *
     * @param header the header, not {@code null}
     * @param payload the payload, not {@code null}
     * @return the event
     * @throws IllegalArgumentException (code {@value EventFormatException#CODE}) if the header's action
     *     or targets are not those of the payload's command: they belong to different events
     */
    public static JournalEvent join(EventHeader header, EventPayload payload) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(payload, "payload");
        JournalEvent event = new JournalEvent(header.sequence(), header.recordedAt(), header.actor(), payload.command(),
                payload.warnings());
        if (!header(event).equals(header)) {
            throw new IllegalArgumentException(EventFormatException.CODE + " the header of event " + header.sequence()
                    + " (" + header.action() + ") does not describe its payload (" + payload.command().commandName()
                    + ")");
        }
        return event;
    }

    /**
     * The registry of command types: the names the encoding writes for them, which are their simple
     * class names, one for each type {@link Command} permits.
     *
     * @return the names, sorted; unmodifiable
     */
    public static SortedSet<String> commandNames() {
        return COMMAND_NAMES;
    }

    /**
     * @param name a command's name, not {@code null}
     * @return the command type the encoding knows by that name, if any
     */
    public static Optional<Class<? extends Command>> commandType(String name) {
        Objects.requireNonNull(name, "name");
        Schema.RecordNode n = COMMANDS.members().get(name);
        return n == null ? Optional.empty() : Optional.of(n.type.asSubclass(Command.class));
    }

    /**
     * The layout the codec reads and writes, as text: every type reachable from an event, one line
     * each, sorted by name — records with their components in encoding order ({@code int},
     * {@code long} and {@code boolean} cannot be null, every other component can), variants with
     * their member names, enums with their constant names. Two codecs with the same
     * {@link #VERSION} and the same listing read and write the same bytes; an archive can carry it
     * to describe its events.
     *
     * @return the listing, lines ending in {@code \n}
     */
    public static String schema() {
        return SCHEMA_TEXT;
    }

    private static byte[] document(int kind, Schema.RecordNode node, Object value) {
        ByteSink out = ByteSink.scratch();
        out.u8(VERSION);
        out.u8(kind);
        node.write(value, out);
        byte[] document = out.toByteArray();
        out.release();
        return document;
    }

    private static Object read(int kind, Schema.RecordNode node, byte[] bytes) {
        return read(kind, node, bytes, 0);
    }

    private static Object read(int kind, Schema.RecordNode node, byte[] bytes, int start) {
        Objects.requireNonNull(bytes, "bytes");
        ByteSource in = new ByteSource(bytes);
        in.skip(start);
        int version = in.u8();
        if (version != VERSION) {
            throw in.fail(start, "unknown format version " + version + "; this codec reads version " + VERSION);
        }
        int k = in.u8();
        if (k != kind) {
            throw in.fail(start + 1, "expected " + kindName(kind) + ", found " + kindName(k));
        }
        in.enter(node.name());
        Object value = node.read(in);
        in.leave();
        in.expectEnd();
        return value;
    }

    private static String kindName(int kind) {
        return switch (kind) {
            case KIND_EVENT -> "an event (kind 'E')";
            case KIND_HEADER -> "a header (kind 'H')";
            case KIND_PAYLOAD -> "a payload (kind 'P')";
            default -> "unknown kind 0x" + ByteSource.hex(kind);
        };
    }
}
