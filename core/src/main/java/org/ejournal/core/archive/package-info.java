/**
 * Archive copies of a school's journal (REC-6.4, POL-4.2, REG-8): {@link org.ejournal.core.archive.Archive}
 * writes a self-describing archive to one or more destinations at once, verifies an archive offline,
 * reporting every problem it finds, and restores it into an empty store.
 *
 * <p>The archive is a ZIP file with uncompressed ({@code STORED}) entries, in a canonical form: the
 * same events always give the same bytes, whatever the platform, time zone or clock. Two parts:
 * <ul>
 * <li>{@code manifest}: UTF-8 text, one {@code key: value} a line, in this order — {@code format}
 *     ({@value org.ejournal.core.archive.Archive#FORMAT}), {@code version}, {@code school},
 *     {@code zone}, {@code events} (the count), {@code root} (hex of the RFC 6962 Merkle root over
 *     the leaves {@code H(0x00 ‖ header ‖ payload digest)}), {@code sha256 events} (hex);</li>
 * <li>{@code events}: for each entry of the audit log in sequence order, the canonical header's
 *     4-byte big-endian length and bytes, the 32-byte payload digest, then {@code 01} and the sealed
 *     payload's length and bytes, or {@code 00} for a tombstone whose payload retention purged. The
 *     payloads keep their salts, so a restored log has the same leaves and root.</li>
 * </ul>
 * Because the form is canonical, verification rebuilds the container from the parts it read and
 * compares it byte for byte with the input: a damaged byte anywhere — in a header, a checksum, the
 * central directory — is reported, not only damage inside a part. Only the JDK is used; the host
 * passes streams, never files.
 */
package org.ejournal.core.archive;
