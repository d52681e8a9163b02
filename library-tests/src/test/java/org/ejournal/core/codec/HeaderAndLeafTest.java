package org.ejournal.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ejournal.core.SchoolFixture.*;
import static org.quicktheories.QuickTheory.qt;

import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.ejournal.core.Actor;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.log.Hash;
import org.ejournal.core.Violation;
import org.ejournal.core.command.CreateGroup;
import org.ejournal.core.command.RecordLesson;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.command.RegisterGuardian;
import org.ejournal.core.command.RegisterStudent;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.Contact;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.GroupId;
import org.ejournal.core.model.GuardianId;
import org.ejournal.core.model.Id;
import org.ejournal.core.model.LessonId;
import org.ejournal.core.model.PersonName;
import org.ejournal.core.model.StudentId;
import org.junit.jupiter.api.Test;

/**
 * The split of DESIGN.md §6: the header holds the sequence, instant, actor, action and target
 * identifiers and no personal data or free text; the payload holds the rest; the leaf data is the
 * header's bytes and the payload's digest, and can be rebuilt from the header and the stored digest
 * once retention has deleted the payload.
 */
class HeaderAndLeafTest {

    private static final long SEED = 20_261_107L;

    @Test
    void the_header_names_every_identifier_of_the_command_in_encounter_order() {
        JournalEvent lesson = CodecSamples.event(4, CodecSamples.SAMPLES.get(RecordLesson.class));
        EventHeader h = EventCodec.header(lesson);
        assertThat(h.sequence()).isEqualTo(4);
        assertThat(h.recordedAt()).isEqualTo(lesson.recordedAt());
        assertThat(h.actor()).isEqualTo(MATH_TEACHER);
        assertThat(h.action()).isEqualTo("RecordLesson");
        assertThat(h.targets()).containsExactly(LessonId.of("l-rus-1005-3"), C5A, G5A_1, RUSSIAN, RUS_TEACHER_ID,
                DIRECTOR_ID);

        // nested identifiers count too: the mark's scale
        assertThat(EventCodec.header(CodecSamples.event(1, RecordMark.of(TASK, IVANOVA, FivePoint.of(5)))).targets())
                .containsExactly(TASK, IVANOVA, FivePoint.ID);
    }

    @Test
    void each_identifier_once_but_the_same_text_of_two_types_twice() {
        RecordLesson sameTeacher = RecordLesson.of(LessonId.of("l"), C5A, MATH, MONDAY, 1, MATH_TEACHER_ID, null)
                .withSubstitute(MATH_TEACHER_ID);
        assertThat(EventCodec.header(CodecSamples.event(1, sameTeacher)).targets())
                .containsExactly(LessonId.of("l"), C5A, MATH, MATH_TEACHER_ID);

        CreateGroup sameText = new CreateGroup(GroupId.of("x"), ClassId.of("x"), "x", java.util.Set.of(StudentId.of("x")));
        assertThat(EventCodec.header(CodecSamples.event(1, sameText)).targets())
                .containsExactly(GroupId.of("x"), ClassId.of("x"), StudentId.of("x"));
    }

    @Test
    void set_members_are_met_in_canonical_order_not_iteration_order() {
        StudentId b = StudentId.of("s-b");
        StudentId aa = StudentId.of("s-aa");
        for (List<StudentId> order : List.of(List.of(aa, b), List.of(b, aa))) {
            CreateGroup g = new CreateGroup(GroupId.of("g"), C5A, "x", new LinkedHashSet<>(order));
            // "s-b" encodes shorter, so first
            assertThat(EventCodec.header(CodecSamples.event(1, g)).targets()).containsExactly(GroupId.of("g"), C5A, b, aa);
        }
    }

    @Test
    void personal_data_is_only_in_the_payload() {
        RegisterStudent student = (RegisterStudent) CodecSamples.SAMPLES.get(RegisterStudent.class);
        RegisterGuardian guardian = (RegisterGuardian) CodecSamples.SAMPLES.get(RegisterGuardian.class);
        LocalDate birth = student.birthDate();
        // the birth date as the encoding writes it (the epoch day) and as text
        List<byte[]> studentData = List.of(Bytes.utf8(student.name().surname()), Bytes.utf8(student.name().givenName()),
                Bytes.utf8(student.name().patronymic()), ByteBuffer.allocate(8).putLong(birth.toEpochDay()).array());
        List<byte[]> guardianData = List.of(Bytes.utf8(guardian.name().surname()),
                Bytes.utf8(guardian.name().givenName()), Bytes.utf8(guardian.name().patronymic()),
                Bytes.utf8(guardian.contact().phone()), Bytes.utf8(guardian.contact().email()),
                Bytes.utf8(guardian.contact().postalAddress()));
        for (Map.Entry<JournalEvent, List<byte[]>> c : Map.of(CodecSamples.event(9, student), studentData,
                CodecSamples.event(10, guardian), guardianData).entrySet()) {
            byte[] header = EventCodec.encodeHeader(EventCodec.header(c.getKey()));
            byte[] leaf = Sealed.leafData(c.getKey());
            byte[] payload = EventCodec.encodePayload(EventPayload.of(c.getKey()));
            assertThat(Bytes.contains(header, Bytes.utf8(birth.toString()))).isFalse();
            for (byte[] personal : c.getValue()) {
                assertThat(Bytes.contains(header, personal)).as("header holds %s", Bytes.hex(personal)).isFalse();
                assertThat(Bytes.contains(leaf, personal)).as("leaf data holds %s", Bytes.hex(personal)).isFalse();
                // the check could fail: the payload, and the whole event, do hold it
                assertThat(Bytes.contains(payload, personal)).as("payload holds %s", Bytes.hex(personal)).isTrue();
                assertThat(Bytes.contains(EventCodec.encode(c.getKey()), personal)).isTrue();
            }
        }
    }

    @Test
    void no_text_of_any_command_or_warning_reaches_the_header_unless_it_is_an_identifier() {
        int[] texts = {0};
        qt().withFixedSeed(SEED).withExamples(1500)
                .forAll(RandomEvents.events())
                .checkAssert(event -> {
                    EventHeader h = EventCodec.header(event);
                    byte[] header = EventCodec.encodeHeader(h);
                    List<String> allowed = new ArrayList<>();
                    h.targets().forEach(id -> allowed.add(id.value()));
                    allowed.add(h.action());
                    allowed.add(h.actor().describe());
                    List<String> free = new ArrayList<>();
                    freeText(event.command(), free);
                    for (Violation w : event.warnings()) {
                        free.addAll(List.of(w.code(), w.clause(), w.concerns(), w.messageRu(), w.messageEn()));
                    }
                    for (String s : free) {
                        if (Bytes.utf8(s).length >= 4 && allowed.stream().noneMatch(a -> a.contains(s))) {
                            texts[0]++;
                            assertThat(Bytes.contains(header, Bytes.utf8(s))).as("header holds \"%s\"", s).isFalse();
                        }
                    }
                });
        assertThat(texts[0]).isGreaterThan(1000);
    }

    /** Every string inside a value that is not an identifier's text. */
    private static void freeText(Object value, List<String> out) {
        if (value instanceof String s) {
            out.add(s);
        } else if (value instanceof Iterable<?> it) {
            it.forEach(e -> freeText(e, out));
        } else if (value != null && value.getClass().isRecord() && !(value instanceof Id)) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                try {
                    freeText(c.getAccessor().invoke(value), out);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    @Test
    void leaf_data_is_the_header_bytes_then_the_sha256_of_the_salt_and_the_payload_bytes() throws Exception {
        for (var command : CodecSamples.SAMPLES.values()) {
            JournalEvent e = CodecSamples.event(11, command);
            byte[] header = EventCodec.encodeHeader(EventCodec.header(e));
            byte[] sealed = new Bytes().raw(Sealed.SALT).raw(EventCodec.encodePayload(EventPayload.of(e))).bytes();
            assertThat(Sealed.payload(e)).isEqualTo(sealed);
            assertThat(EventCodec.openPayload(sealed)).isEqualTo(EventPayload.of(e));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sealed);
            assertThat(Sealed.payloadDigest(e).toBytes()).isEqualTo(digest);
            assertThat(Sealed.leafData(e)).isEqualTo(new Bytes().raw(header).raw(digest).bytes());
        }
    }

    @Test
    void after_the_payload_is_deleted_the_header_and_the_stored_digest_rebuild_the_same_leaf_data() {
        qt().withFixedSeed(SEED).withExamples(1000)
                .forAll(RandomEvents.events())
                .checkAssert(event -> {
                    byte[] leaf = Sealed.leafData(event);
                    // what a store keeps: the header's bytes and the digest's text; the payload is gone
                    byte[] storedHeader = EventCodec.encodeHeader(EventCodec.header(event));
                    String storedDigest = Sealed.payloadDigest(event).toHex();

                    byte[] rebuilt = EventCodec.leafData(EventCodec.decodeHeader(storedHeader),
                            Hash.parse(storedDigest));
                    assertThat(rebuilt).isEqualTo(leaf);
                });
    }

    @Test
    void the_digest_binds_the_payload_and_the_header_the_rest() {
        JournalEvent e = CodecSamples.event(12, CodecSamples.SAMPLES.get(RegisterGuardian.class));
        RegisterGuardian g = (RegisterGuardian) e.command();

        JournalEvent moved = new JournalEvent(12, e.recordedAt(), e.actor(), new RegisterGuardian(g.id(), g.name(),
                Contact.of(g.contact().phone(), g.contact().email(), "ул. Пограничная, 2"), false), e.warnings());
        assertThat(EventCodec.header(moved)).isEqualTo(EventCodec.header(e));
        assertThat(Sealed.payloadDigest(moved)).isNotEqualTo(Sealed.payloadDigest(e));
        assertThat(Sealed.leafData(moved)).isNotEqualTo(Sealed.leafData(e));

        JournalEvent unwarned = new JournalEvent(12, e.recordedAt(), e.actor(), g, List.of());
        assertThat(EventCodec.header(unwarned)).isEqualTo(EventCodec.header(e));
        assertThat(Sealed.leafData(unwarned)).isNotEqualTo(Sealed.leafData(e));

        JournalEvent byOther = new JournalEvent(12, e.recordedAt(), DIRECTOR, g, e.warnings());
        assertThat(Sealed.payloadDigest(byOther)).isEqualTo(Sealed.payloadDigest(e));
        assertThat(Sealed.leafData(byOther)).isNotEqualTo(Sealed.leafData(e));

        JournalEvent other = new JournalEvent(12, e.recordedAt(), e.actor(), new RegisterGuardian(GuardianId.of("g-2"),
                g.name(), g.contact(), false), e.warnings());
        assertThat(EventCodec.header(other).targets()).containsExactly(GuardianId.of("g-2"));
    }

    @Test
    void the_salt_makes_the_digest_of_the_same_payload_unguessable() {
        JournalEvent e = CodecSamples.event(9, CodecSamples.SAMPLES.get(RegisterStudent.class));
        byte[] otherSalt = Sealed.SALT.clone();
        otherSalt[15] ^= 1;
        byte[] other = EventCodec.sealPayload(EventPayload.of(e), otherSalt);
        assertThat(EventCodec.digest(other)).isNotEqualTo(Sealed.payloadDigest(e));
        assertThat(EventCodec.openPayload(other)).isEqualTo(EventCodec.openPayload(Sealed.payload(e)));
        assertThat(EventCodec.digest(new byte[0]).toHex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void a_sealed_payload_needs_a_salt_of_16_bytes_and_a_whole_payload_after_it() {
        EventPayload p = EventPayload.of(CodecSamples.event(9, CodecSamples.SAMPLES.get(RegisterStudent.class)));
        assertThatThrownBy(() -> EventCodec.sealPayload(p, new byte[15])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("EJ1904");
        assertThatThrownBy(() -> EventCodec.openPayload(new byte[10])).isInstanceOf(EventFormatException.class)
                .hasMessageStartingWith("EJ1903");
        byte[] sealed = EventCodec.sealPayload(p, Sealed.SALT);
        byte[] cut = java.util.Arrays.copyOf(sealed, sealed.length - 1);
        assertThatThrownBy(() -> EventCodec.openPayload(cut)).isInstanceOf(EventFormatException.class)
                .hasMessageStartingWith("EJ1903");
        byte[] unsalted = EventCodec.encodePayload(p);
        assertThatThrownBy(() -> EventCodec.openPayload(unsalted)).isInstanceOf(EventFormatException.class);
    }

    @Test
    void joining_a_header_with_the_payload_of_another_event_is_refused() {
        JournalEvent a = CodecSamples.event(3, CodecSamples.SAMPLES.get(RegisterStudent.class));
        JournalEvent b = CodecSamples.event(3, CodecSamples.SAMPLES.get(RegisterGuardian.class));
        assertThat(EventCodec.join(EventCodec.header(a), EventPayload.of(a))).isEqualTo(a);
        assertThatThrownBy(() -> EventCodec.join(EventCodec.header(a), EventPayload.of(b)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("EJ1903");
    }

    /** An identifier type no event holds. */
    record ForeignId(String value) implements Id {
    }

    @Test
    void a_header_is_checked_and_its_targets_must_be_known_identifier_types() {
        var t0 = CodecSamples.T0;
        assertThatThrownBy(() -> new EventHeader(0, t0, ADMIN, "ClosePeriod", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("EJ1904");
        assertThatThrownBy(() -> new EventHeader(1, t0, ADMIN, " ", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("EJ1904");
        assertThatThrownBy(() -> new EventHeader(1, t0, ADMIN, "ClosePeriod", List.of(Q1, Q1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("EJ1904");
        assertThatThrownBy(() -> new EventHeader(1, null, ADMIN, "ClosePeriod", List.of()))
                .isInstanceOf(NullPointerException.class);
        List<Id> targets = new ArrayList<>(List.of(Q1));
        EventHeader h = new EventHeader(1, t0, ADMIN, "ClosePeriod", targets);
        targets.add(Q2);
        assertThat(h.targets()).containsExactly(Q1);

        EventHeader foreign = new EventHeader(1, t0, ADMIN, "ClosePeriod", List.of(new ForeignId("f")));
        assertThatThrownBy(() -> EventCodec.encodeHeader(foreign)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("EJ1904").hasMessageContaining("ForeignId is not a registered Id");
    }

    @Test
    void a_string_with_an_unpaired_surrogate_cannot_be_encoded() {
        for (String bad : List.of("\uD800", "a\uDC00b", "\uDBFF", "x\uD83D")) {
            JournalEvent e = new JournalEvent(1, CodecSamples.T0, Actor.system("import"),
                    new RegisterStudent(StudentId.of("s"), PersonName.of(bad, "Анна", null), null), List.of());
            assertThatThrownBy(() -> EventCodec.encode(e)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("EJ1904 a string holds an unpaired surrogate");
        }
        // a pair is fine
        JournalEvent ok = new JournalEvent(1, CodecSamples.T0, Actor.system("import"),
                new RegisterStudent(StudentId.of("s"), PersonName.of("\uD83D\uDE00", "Анна", null), null), List.of());
        assertThat(EventCodec.decode(EventCodec.encode(ok))).isEqualTo(ok);
    }

    @Test
    void null_arguments_are_refused() {
        assertThatThrownBy(() -> EventCodec.encode(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> EventCodec.decode(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> EventCodec.header(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> EventCodec.leafData(null, Hash.of(new byte[32])))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> EventCodec.commandType(null)).isInstanceOf(NullPointerException.class);
    }
}
