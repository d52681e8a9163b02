/**
 * The canonical, versioned binary encoding of the journal's events ({@link
 * org.ejournal.core.codec.EventCodec}): the bytes the audit log hashes and the archives keep. One
 * byte form per value — equal events encode to equal bytes, and the decoder accepts nothing else —
 * so that a hash of the bytes identifies the event and a restored archive gives an identical
 * journal. Core holds no JSON: this format is the library's own, specified here.
 *
 * <h2>Format, version 1</h2>
 *
 * <p>Every document starts with two bytes: the format version ({@code 0x01}) and its kind —
 * {@code 'E'} (0x45) an event, {@code 'H'} (0x48) a header, {@code 'P'} (0x50) a payload — followed by
 * exactly one value, and nothing after it. Integers are big-endian, signed two's complement unless
 * said otherwise; a <i>u32</i> is an unsigned 4-byte length or count, which can never exceed the
 * bytes that follow; a <i>text</i> is a u32 byte length then that many bytes of UTF-8 (strict: no
 * overlong forms, no encoded surrogates; a Java string with an unpaired surrogate cannot be encoded).
 * Every value starts with a one-byte tag:
 *
 * <table>
 * <caption>Values</caption>
 * <tr><th>tag</th><th>value</th><th>body</th></tr>
 * <tr><td>00</td><td>null</td><td>none; any position but an {@code int}, {@code long} or
 *     {@code boolean} component</td></tr>
 * <tr><td>01 / 02</td><td>false / true</td><td>none</td></tr>
 * <tr><td>03</td><td>{@code int}</td><td>4 bytes</td></tr>
 * <tr><td>04</td><td>{@code long}</td><td>8 bytes</td></tr>
 * <tr><td>05</td><td>{@code String}</td><td>text</td></tr>
 * <tr><td>06</td><td>{@code BigDecimal}</td><td>u32 length and the ASCII of
 *     {@link java.math.BigDecimal#toPlainString()} ({@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}), then the
 *     scale in 4 bytes</td></tr>
 * <tr><td>07</td><td>{@code LocalDate}</td><td>the epoch day, 8 bytes</td></tr>
 * <tr><td>08</td><td>{@code Instant}</td><td>the epoch second, 8 bytes, then the nanosecond
 *     (0–999 999 999), 4 bytes</td></tr>
 * <tr><td>09</td><td>enum constant</td><td>text: the constant's name</td></tr>
 * <tr><td>0A</td><td>record</td><td>u32 component count, then each component's value in
 *     declaration order</td></tr>
 * <tr><td>0B</td><td>member of a sealed interface (an actor, a command) or an identifier of any
 *     type</td><td>text: the record's simple class name, then the record (0A …)</td></tr>
 * <tr><td>0C</td><td>{@code List}</td><td>u32 count, then the elements in order</td></tr>
 * <tr><td>0D</td><td>{@code Set}</td><td>u32 count, then the elements' encodings in strictly
 *     ascending unsigned lexicographic order</td></tr>
 * </table>
 *
 * <p>Which tag a position holds follows from the Java type: the encoding is driven by the records'
 * components, read by reflection, and decoding calls each record's canonical constructor, so a value
 * its type rejects (an identifier with a space, a sequence of 0) is malformed bytes. The documents
 * are records themselves:
 * <ul>
 * <li>event ({@code 'E'}): {@link org.ejournal.core.JournalEvent} — sequence ({@code long}),
 *     recordedAt, actor (0B: {@code StaffActor}, {@code StudentActor}, {@code GuardianActor} or
 *     {@code SystemActor}), command (0B: the command's simple class name, e.g. {@code RecordMark}),
 *     warnings (a list of {@link org.ejournal.core.Violation} records);</li>
 * <li>header ({@code 'H'}): {@link org.ejournal.core.codec.EventHeader} — sequence, recordedAt,
 *     actor, action (the command's name), targets (a list of identifiers, each 0B, e.g.
 *     {@code StudentId});</li>
 * <li>payload ({@code 'P'}): {@link org.ejournal.core.codec.EventPayload} — command,
 *     warnings;</li>
 * <li>sealed payload (not a document), what a store keeps and retention deletes: 16 bytes of random
 *     salt followed by the payload document;</li>
 * <li>leaf data (not a document): the header document followed by the 32-byte SHA-256 of the sealed
 *     payload. The salt keeps the digest that outlives a deleted payload from confirming a guess of
 *     it.</li>
 * </ul>
 * {@link org.ejournal.core.codec.EventCodec#schema()} lists every type with its components.
 *
 * <h2>Canonical choices</h2>
 * <ul>
 * <li><b>Sets</b> are sorted by their elements' own encodings, so two equal sets give the same bytes
 *     whatever their iteration order; the header's targets meet set elements in that order too.</li>
 * <li><b>Decimals keep their scale</b>, because {@link java.math.BigDecimal#equals} does and a
 *     restored journal must be equal to the original: {@code new BigDecimal("2")} and
 *     {@code BigDecimal.valueOf(2)} are equal (2, scale 0) and encode alike; {@code 2.0} (scale 1) is
 *     another value with other bytes; {@code 4E+1} is written {@code "40"} with scale −1. The text
 *     fixes a scale of 0 or more; the scale is written always so that a negative one survives, and
 *     the decoder refuses a scale that disagrees with the text.</li>
 * <li><b>Names, not positions</b>, for enum constants and variant members: adding a constant or a
 *     command type changes no existing bytes.</li>
 * <li>Fixed-width integers and lengths: no varint has two forms.</li>
 * </ul>
 *
 * <h2>Compatibility</h2>
 * Adding a command type, an identifier type or an enum constant is compatible. Renaming one, or
 * adding, removing, reordering or retyping a component of any encoded record, changes the format: it
 * needs a new {@link org.ejournal.core.codec.EventCodec#VERSION} and a decoder for the old one,
 * because bytes already hashed into the audit log and written to archives cannot change. The tests
 * pin the exact bytes of a small event and the whole {@code schema()} listing so that no such change
 * goes unnoticed.
 *
 * <h2>Errors</h2>
 * Decoding anything but the canonical bytes of the expected kind throws
 * {@link org.ejournal.core.codec.EventFormatException}, code {@code EJ1903}, with the byte offset and
 * the path of the value. A value that cannot be encoded (an unpaired surrogate, an identifier of an
 * unknown type) throws {@link java.lang.IllegalArgumentException}, and a type the format cannot
 * express stops the codec from initialising with {@link java.lang.IllegalStateException}, both with
 * code {@code EJ1904}.
 */
package org.ejournal.core.codec;
