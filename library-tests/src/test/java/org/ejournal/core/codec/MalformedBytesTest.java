package org.ejournal.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.ejournal.core.Actor;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.command.ClosePeriod;
import org.ejournal.core.command.RegisterGuardian;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.testkit.gen.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;

/**
 * Every kind of malformed input gives an {@link EventFormatException} with code EJ1903 and the offset
 * of the offending byte — never an index, arithmetic or date exception, never a silently wrong event.
 * Offsets refer to the small event below (99 bytes), laid out as in {@link GoldenBytesTest}.
 */
class MalformedBytesTest {

    private static final long SEED = 20_261_106L;

    private static final JournalEvent EVENT = new JournalEvent(1, Instant.parse("2026-09-01T00:00:00Z"),
            Actor.staff(StaffId.of("t1")), new ClosePeriod(StudyPeriodId.of("q1")), List.of());
    private static final byte[] BYTES = EventCodec.encode(EVENT);

    // where things are in BYTES
    private static final int RECORD = 2;
    private static final int COMPONENT_COUNT = 3;
    private static final int SEQUENCE_TAG = 7;
    private static final int SEQUENCE = 8;
    private static final int SECONDS = 17;
    private static final int NANOS = 25;
    private static final int ACTOR_NAME_LENGTH = 30;
    private static final int STAFF_ID_RECORD = 49;
    private static final int STAFF_ID_TEXT = 59;
    private static final int COMMAND_NAME_LENGTH = 62;
    private static final int WARNING_COUNT = 95;

    @Test
    void the_layout_is_as_the_offsets_say() {
        assertThat(BYTES).hasSize(99);
        assertThat(BYTES[SEQUENCE_TAG]).isEqualTo((byte) 0x04);
        assertThat(Bytes.indexOf(BYTES, "StaffActor")).isEqualTo(ACTOR_NAME_LENGTH + 4);
        assertThat(BYTES[STAFF_ID_RECORD]).isEqualTo((byte) 0x0A);
        assertThat(Bytes.indexOf(BYTES, "t1")).isEqualTo(STAFF_ID_TEXT);
        assertThat(Bytes.indexOf(BYTES, "ClosePeriod")).isEqualTo(COMMAND_NAME_LENGTH + 4);
        assertThat(BYTES[WARNING_COUNT - 1]).isEqualTo((byte) 0x0C);
    }

    @Test
    void empty_input() {
        refused(new byte[0], 0).satisfies(e -> assertThat(e.reason()).startsWith("truncated"));
    }

    @Test
    void an_unknown_version() {
        refused(Bytes.patch(BYTES, 0, 2), 0).satisfies(e -> assertThat(e.reason())
                .isEqualTo("unknown format version 2; this codec reads version 1"));
        refused(Bytes.patch(BYTES, 0, 0), 0);
        refused(Bytes.patch(BYTES, 0, 0xFF), 0);
    }

    @Test
    void another_kind_of_document() {
        byte[] header = EventCodec.encodeHeader(EventCodec.header(EVENT));
        byte[] payload = EventCodec.encodePayload(EventPayload.of(EVENT));
        refused(header, 1).satisfies(e -> assertThat(e.reason())
                .isEqualTo("expected an event (kind 'E'), found a header (kind 'H')"));
        assertThatThrownBy(() -> EventCodec.decodeHeader(payload)).isInstanceOfSatisfying(EventFormatException.class,
                e -> assertThat(e.offset()).isEqualTo(1));
        assertThatThrownBy(() -> EventCodec.decodePayload(BYTES)).isInstanceOfSatisfying(EventFormatException.class,
                e -> assertThat(e.offset()).isEqualTo(1));
        refused(Bytes.patch(BYTES, 1, 'X'), 1).satisfies(e -> assertThat(e.reason()).contains("unknown kind 0x58"));
    }

    @Test
    void every_truncation() {
        byte[] big = EventCodec.encode(CodecSamples.event(5, CodecSamples.SAMPLES.get(RegisterGuardian.class)));
        for (byte[] whole : List.of(BYTES, big)) {
            for (int n = 0; n < whole.length; n++) {
                byte[] prefix = java.util.Arrays.copyOf(whole, n);
                int length = n;
                refused(prefix, -1).satisfies(e -> {
                    assertThat(e.offset()).isBetween(0, length);
                    assertThat(e.reason()).containsAnyOf("truncated", "exceeds");
                });
            }
        }
    }

    @Test
    void trailing_garbage() {
        refused(CanonicalFormTest.insert(BYTES, BYTES.length, 0), 99)
                .satisfies(e -> assertThat(e.reason()).isEqualTo("1 bytes follow the end of the value"));
        byte[] twice = new Bytes().raw(BYTES).raw(BYTES).bytes();
        refused(twice, 99);
    }

    @Test
    void an_unknown_command_or_actor_name() {
        refused(Bytes.patch(BYTES, COMMAND_NAME_LENGTH + 4, Bytes.utf8("CloseTerm!!")), COMMAND_NAME_LENGTH)
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo("unknown Command type \"CloseTerm!!\"");
                    assertThat(e.getMessage()).isEqualTo(
                            "EJ1903 at byte 62 (JournalEvent.command): unknown Command type \"CloseTerm!!\"");
                });
        refused(Bytes.patch(BYTES, ACTOR_NAME_LENGTH + 4, Bytes.utf8("StaffActox")), ACTOR_NAME_LENGTH)
                .satisfies(e -> assertThat(e.reason()).isEqualTo("unknown Actor type \"StaffActox\""));
        // a type the codec knows, but not a command: still unknown as a command
        byte[] notACommand = Bytes.document('P').record(2).variant("StaffActor", 1).id("t1").list(0).bytes();
        assertThatThrownBy(() -> EventCodec.decodePayload(notACommand))
                .isInstanceOfSatisfying(EventFormatException.class, e -> {
                    assertThat(e.offset()).isEqualTo(8);
                    assertThat(e.reason()).isEqualTo("unknown Command type \"StaffActor\"");
                });
    }

    @Test
    void an_unknown_enum_constant() {
        Bytes b = Bytes.document('P').record(2).variant("LinkGuardian", 3).id("g").id("s");
        int at = b.size() + 1;
        byte[] bytes = b.u8(0x09).text("AUNT").list(0).bytes();
        assertThatThrownBy(() -> EventCodec.decodePayload(bytes)).isInstanceOfSatisfying(EventFormatException.class,
                e -> {
                    assertThat(e.offset()).isEqualTo(at);
                    assertThat(e.reason()).isEqualTo("\"AUNT\" is not a constant of Kinship");
                    assertThat(e.getMessage()).contains("(EventPayload.command.LinkGuardian.kinship)");
                });
    }

    @Test
    void an_unknown_or_unexpected_tag() {
        refused(Bytes.patch(BYTES, SEQUENCE_TAG, 0xFF), SEQUENCE_TAG).satisfies(e -> assertThat(e.reason())
                .isEqualTo("expected INT64 (0x04) for Long, found unknown tag 0xff"));
        refused(Bytes.patch(BYTES, SEQUENCE_TAG, 0x05), SEQUENCE_TAG).satisfies(e -> assertThat(e.reason())
                .isEqualTo("expected INT64 (0x04) for Long, found STRING (0x05)"));
        refused(Bytes.patch(BYTES, RECORD, 0x0B), RECORD);
        refused(Bytes.patch(BYTES, RECORD, 0x00), RECORD).satisfies(e -> assertThat(e.reason())
                .isEqualTo("expected RECORD (0x0a) for JournalEvent, found NULL (0x00)"));
        // a boolean is FALSE or TRUE, nothing else
        Bytes b = Bytes.document('P').record(2).variant("RegisterGuardian", 4).id("g")
                .record(3).string("Петров").string("Сергей").u8(0).record(3).u8(0).u8(0).u8(0);
        int at = b.size();
        byte[] bytes = b.u8(0x03).list(0).bytes();
        assertThatThrownBy(() -> EventCodec.decodePayload(bytes)).isInstanceOfSatisfying(EventFormatException.class,
                e -> assertThat(e.offset()).isEqualTo(at));
    }

    @Test
    void null_where_a_primitive_is_required() {
        refused(Bytes.patch(BYTES, SEQUENCE_TAG, 0x00), SEQUENCE_TAG).satisfies(e -> assertThat(e.reason())
                .isEqualTo("null where a primitive value is required"));
    }

    @Test
    void a_length_or_count_beyond_the_end() {
        refused(Bytes.patch(BYTES, ACTOR_NAME_LENGTH, 0x7F, 0xFF, 0xFF, 0xFF), ACTOR_NAME_LENGTH)
                .satisfies(e -> assertThat(e.reason()).isEqualTo("string length 2147483647 exceeds the 65 bytes that follow"));
        refused(Bytes.patch(BYTES, ACTOR_NAME_LENGTH, 0xFF, 0xFF, 0xFF, 0xFF), ACTOR_NAME_LENGTH)
                .satisfies(e -> assertThat(e.reason()).startsWith("string length 4294967295 exceeds"));
        refused(Bytes.patch(BYTES, WARNING_COUNT, 0x00, 0x01, 0x00, 0x00), WARNING_COUNT)
                .satisfies(e -> assertThat(e.reason()).isEqualTo("element count 65536 exceeds the 0 bytes that follow"));
        // a count within the bytes left, but the elements are not there
        refused(Bytes.patch(CanonicalFormTest.insert(BYTES, 99, 0x0A), WARNING_COUNT, 0, 0, 0, 1), 100)
                .satisfies(e -> assertThat(e.getMessage()).isEqualTo(
                        "EJ1903 at byte 100 (JournalEvent.warnings.[0]): truncated: 4 more bytes needed, 0 left"));
    }

    @Test
    void a_record_with_the_wrong_number_of_components() {
        refused(Bytes.patch(BYTES, COMPONENT_COUNT, 0, 0, 0, 6), COMPONENT_COUNT).satisfies(e -> assertThat(e.reason())
                .isEqualTo("JournalEvent has 5 components, the bytes say 6"));
    }

    @Test
    void text_that_is_not_well_formed_utf8() {
        refused(Bytes.patch(BYTES, STAFF_ID_TEXT, 0xFF, '1'), STAFF_ID_TEXT)
                .satisfies(e -> assertThat(e.reason()).contains("not well-formed UTF-8"));
        Function<byte[], byte[]> systemActor = name -> Bytes.document('E').record(5).int64(1).instant(0, 0)
                .variant("SystemActor", 1).u8(0x05).i32(name.length).raw(name)
                .variant("ClosePeriod", 1).id("q1").list(0).bytes();
        assertThat(EventCodec.decode(systemActor.apply(Bytes.utf8("импорт"))).actor()).isEqualTo(Actor.system("импорт"));
        int nameAt = 2 + 5 + 9 + 13 + 1 + 4 + "SystemActor".length() + 5 + 1 + 4;
        for (byte[] bad : List.of(
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},           // a surrogate encoded (CESU-8)
                new byte[] {(byte) 0xC0, (byte) 0xAF},                        // an overlong '/'
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},           // another overlong '/'
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
                new byte[] {'a', (byte) 0xD0})) {                             // a sequence cut short
            refused(systemActor.apply(bad), nameAt);
        }
    }

    @Test
    void values_their_type_rejects() {
        refused(Bytes.patch(BYTES, STAFF_ID_TEXT, 't', ' '), STAFF_ID_RECORD).satisfies(e -> {
            assertThat(e.reason()).startsWith("the decoded components make no valid StaffId: EJ1000");
            assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
        });
        refused(Bytes.patch(BYTES, SEQUENCE, 0, 0, 0, 0, 0, 0, 0, 0), RECORD)
                .satisfies(e -> assertThat(e.reason()).contains("EJ1902 an event's sequence starts at 1"));
        refused(Bytes.patch(BYTES, NANOS, 0x3B, 0x9A, 0xCA, 0x00), NANOS)      // 1 000 000 000
                .satisfies(e -> assertThat(e.reason()).isEqualTo("nanosecond 1000000000 is outside 0–999999999"));
        refused(Bytes.patch(BYTES, NANOS, 0xFF, 0xFF, 0xFF, 0xFF), NANOS);
        refused(Bytes.patch(BYTES, SECONDS, 0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF), SECONDS)
                .satisfies(e -> assertThat(e.reason()).contains("outside Instant's range"));
        Bytes b = Bytes.document('P').record(2).variant("RegisterStudent", 3).id("s")
                .record(3).string("Орлова").string("Анна").u8(0).u8(0x07);
        int at = b.size();
        byte[] bytes = b.i64(Long.MAX_VALUE).list(0).bytes();
        assertThatThrownBy(() -> EventCodec.decodePayload(bytes)).isInstanceOfSatisfying(EventFormatException.class,
                e -> {
                    assertThat(e.offset()).isEqualTo(at);
                    assertThat(e.reason()).contains("outside LocalDate's range");
                });
        // a header whose targets repeat is not one encodeHeader can have written
        byte[] header = Bytes.document('H').record(5).int64(1).instant(0, 0).variant("StaffActor", 1).id("t1")
                .string("ClosePeriod").list(2).typedId("StudyPeriodId", "q1").typedId("StudyPeriodId", "q1")
                .bytes();
        assertThatThrownBy(() -> EventCodec.decodeHeader(header)).isInstanceOfSatisfying(EventFormatException.class,
                e -> {
                    assertThat(e.offset()).isEqualTo(2);
                    assertThat(e.reason()).contains("EJ1904 an event's targets must not repeat");
                });
    }

    @Test
    void random_bytes_give_only_ej1903() {
        qt().withFixedSeed(SEED).withExamples(3000)
                .forAll(QuickTheoriesGens.of(r -> {
                    byte[] b = new byte[r.nextInt(200)];
                    for (int i = 0; i < b.length; i++) {
                        b[i] = (byte) (r.nextInt(8) == 0 ? r.nextInt(14) : r.nextInt(256));
                    }
                    if (b.length >= 2 && r.nextInt(2) == 0) {
                        b[0] = 1;
                        b[1] = (byte) "EHP".charAt(r.nextInt(3));
                    }
                    return b;
                }))
                .checkAssert(b -> {
                    for (Function<byte[], Object> decoder : List.<Function<byte[], Object>>of(EventCodec::decode,
                            EventCodec::decodeHeader, EventCodec::decodePayload)) {
                        try {
                            decoder.apply(b);
                        } catch (EventFormatException e) {
                            assertThat(e.code()).isEqualTo("EJ1903");
                            assertThat(e.offset()).isBetween(0, b.length);
                        }
                    }
                });
    }

    @Test
    void the_input_is_not_modified() {
        byte[] copy = BYTES.clone();
        EventCodec.decode(copy);
        assertThat(copy).isEqualTo(BYTES);
    }

    /**
     * @param bytes what to decode as an event
     * @param offset the expected offset, or -1 to check it apart
     */
    private static ThrowableAssertAlternative<EventFormatException> refused(byte[] bytes, int offset) {
        ThrowableAssertAlternative<EventFormatException> a = org.assertj.core.api.Assertions
                .assertThatExceptionOfType(EventFormatException.class).isThrownBy(() -> EventCodec.decode(bytes));
        a.satisfies(e -> {
            assertThat(e.code()).isEqualTo("EJ1903");
            assertThat(e.getMessage()).startsWith("EJ1903 at byte " + e.offset());
            if (offset >= 0) {
                assertThat(e.offset()).as("offset of: %s", e.getMessage()).isEqualTo(offset);
            }
        });
        return a;
    }
}
