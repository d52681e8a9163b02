/**
 * Archive copies of a school's journal (REC-6.4, POL-4.2, REG-8): {@link org.ejournal.core.archive.Archive}
 * writes a self-describing archive of the audit log — all of it, one school year, or any contiguous
 * {@linkplain org.ejournal.core.archive.ArchiveRange range} — with its signed checkpoints to one or
 * more destinations at once, verifies an archive offline, reporting every problem it finds, checks
 * that a later archive continues an earlier one, and restores an archive that starts at the log's
 * first entry into an empty store.
 *
 * <h2>Format, version 2</h2>
 *
 * <p>The archive is a ZIP file with uncompressed ({@code STORED}) entries, in a canonical form: the
 * same log always gives the same bytes, whatever the platform, time zone or clock (every entry dated
 * 1980-01-01 00:00, no extra fields, no comment, names in UTF-8, the central directory right after
 * the last part). Three parts, in this order:
 * <ul>
 * <li>{@code manifest}: UTF-8 text, one {@code key: value} a line, each ending with a newline, in
 *     this order:
 *     <ul>
 *     <li>{@code format} — {@value org.ejournal.core.archive.Archive#FORMAT};</li>
 *     <li>{@code version} — {@code 2};</li>
 *     <li>{@code school}, {@code zone} — the school's identifier and time zone;</li>
 *     <li>{@code first} — the sequence of the first archived entry, {@code 1} for the whole log;</li>
 *     <li>{@code events} — how many entries are archived;</li>
 *     <li>{@code subtree} — zero or more lines, exactly one for each bit set in {@code first - 1}: the
 *         hex roots of the complete subtrees of the log's tree of the {@code first - 1} entries before
 *         the range, largest first (its {@linkplain org.ejournal.core.log.Frontier frontier}); none
 *         when the range starts at 1;</li>
 *     <li>{@code root} — hex of the RFC 6962 Merkle root of the log's tree at the last archived entry
 *         (of {@code first - 1 + events} leaves, the leaves being {@code H(0x00 ‖ header ‖ payload
 *         digest)}): the journal's own root then, and the root a checkpoint of that size states;</li>
 *     <li>{@code checkpoints} — how many signed checkpoints are archived;</li>
 *     <li>{@code sha256 events}, {@code sha256 checkpoints} — hex of the SHA-256 of each other part.</li>
 *     </ul></li>
 * <li>{@code events}: for each entry of the range in sequence order, the canonical header's
 *     4-byte big-endian length and bytes, the 32-byte payload digest, then {@code 01} and the sealed
 *     payload's length and bytes, or {@code 00} for a tombstone whose payload retention purged. The
 *     payloads keep their salts, so a restored log has the same leaves and root.</li>
 * <li>{@code checkpoints}: for each signed checkpoint the store held whose size lies between
 *     {@code first - 1} and the last archived entry, in the order the store holds them, the text's
 *     4-byte big-endian length and its UTF-8 bytes: the C2SP signed note exactly as stored.</li>
 * </ul>
 *
 * <p>Because the form is canonical, verification rebuilds the container from the parts it read and
 * compares it byte for byte with the input: a damaged byte anywhere — in a header, a checksum, the
 * central directory — is reported, not only damage inside a part. Because a range archive carries the
 * frontier before it, verification recomputes the journal's real roots, so the archived checkpoints —
 * signed, and printed on the paper copies — vouch for the archived entries; and the frontier of a later
 * year's archive can be checked against the earlier year's archive
 * ({@link org.ejournal.core.archive.Archive#verifyConsistency}). Version 1 archives (no checkpoints
 * part, no range) are refused as malformed. Only the JDK is used; the host passes streams, never files.
 */
package org.ejournal.core.archive;
