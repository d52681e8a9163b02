package org.ejournal.core.codec;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.command.Command;
import org.ejournal.core.model.Id;

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
 * <li>its {@link EventPayload}: {@link #encodePayload(EventPayload)},
 *     {@link #decodePayload(byte[])} and its {@linkplain #payloadDigest(JournalEvent) digest}, which
 *     retention may delete.</li>
 * </ul>
 * {@link #leafData(JournalEvent)} is the canonical header followed by the payload digest: the bytes a
 * Merkle leaf hashes ({@code H(0x00 ‖ leafData)}, computed elsewhere). After the payload is deleted,
 * {@link #leafData(EventHeader, PayloadDigest)} gives the same bytes from the header and the stored
 * digest alone.
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

    private static final Schema SCHEMA = new Schema(JournalEvent.class, EventHeader.class, EventPayload.class);
    private static final Schema.RecordNode EVENT = SCHEMA.record(JournalEvent.class);
    private static final Schema.RecordNode HEADER = SCHEMA.record(EventHeader.class);
    private static final Schema.RecordNode PAYLOAD = SCHEMA.record(EventPayload.class);
    private static final Schema.VariantNode COMMANDS = SCHEMA.variant(Command.class);
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
        Set<Id> targets = new LinkedHashSet<>();
        COMMANDS.collectIds(event.command(), targets);
        return new EventHeader(event.sequence(), event.recordedAt(), event.actor(), COMMANDS.nameOf(event.command()),
                List.copyOf(targets));
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
     * @param payloadBytes the canonical bytes of a payload (or any bytes), not {@code null}
     * @return their SHA-256 digest
     */
    public static PayloadDigest digest(byte[] payloadBytes) {
        Objects.requireNonNull(payloadBytes, "payloadBytes");
        return PayloadDigest.of(sha256().digest(payloadBytes));
    }

    /**
     * @param event the event, not {@code null}
     * @return the SHA-256 digest of its canonical payload bytes
     * @throws IllegalArgumentException (code {@value #UNENCODABLE}) if a string holds an unpaired
     *     surrogate
     */
    public static PayloadDigest payloadDigest(JournalEvent event) {
        return digest(encodePayload(EventPayload.of(event)));
    }

    /**
     * The bytes a Merkle leaf of the audit log hashes: the canonical header followed by the 32 bytes
     * of the payload digest.
     *
     * @param event the event, not {@code null}
     * @return {@code encodeHeader(header(event)) ‖ payloadDigest(event)}, a new array
     * @throws IllegalArgumentException (code {@value #UNENCODABLE}) if a string holds an unpaired
     *     surrogate
     */
    public static byte[] leafData(JournalEvent event) {
        return leafData(header(event), payloadDigest(event));
    }

    /**
     * The bytes a Merkle leaf hashes, from what remains after retention deleted the payload: equal to
     * {@link #leafData(JournalEvent)} of the original event when the header and the digest are its own.
     *
     * @param header the event's header, not {@code null}
     * @param payloadDigest the digest of its payload, as stored, not {@code null}
     * @return {@code encodeHeader(header) ‖ payloadDigest}, a new array
     * @throws IllegalArgumentException (code {@value #UNENCODABLE}) if a target is of an identifier
     *     type no event holds
     */
    public static byte[] leafData(EventHeader header, PayloadDigest payloadDigest) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(payloadDigest, "payloadDigest");
        ByteSink out = new ByteSink(128);
        out.u8(VERSION);
        out.u8(KIND_HEADER);
        HEADER.write(header, out);
        payloadDigest.writeTo(out);
        return out.toByteArray();
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
        ByteSink out = new ByteSink(256);
        out.u8(VERSION);
        out.u8(kind);
        node.write(value, out);
        return out.toByteArray();
    }

    private static Object read(int kind, Schema.RecordNode node, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        ByteSource in = new ByteSource(bytes);
        int version = in.u8();
        if (version != VERSION) {
            throw in.fail(0, "unknown format version " + version + "; this codec reads version " + VERSION);
        }
        int k = in.u8();
        if (k != kind) {
            throw in.fail(1, "expected " + kindName(kind) + ", found " + kindName(k));
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
