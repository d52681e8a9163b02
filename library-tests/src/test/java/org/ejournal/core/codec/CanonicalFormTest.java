package org.ejournal.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ejournal.core.SchoolFixture.*;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.command.CreateGroup;
import org.ejournal.core.command.OpenSchoolYear;
import org.ejournal.core.command.RegisterStaffMember;
import org.ejournal.core.command.SetCurriculumLoad;
import org.ejournal.core.model.GroupId;
import org.ejournal.core.model.PersonName;
import org.ejournal.core.model.SchoolCalendar;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StaffRole;
import org.ejournal.core.model.StudentId;
import org.ejournal.testkit.gen.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;

/**
 * One byte form per value: equal events built differently encode identically, unequal ones do not,
 * and the decoder accepts nothing but the canonical form — whenever decoding succeeds, encoding the
 * result gives back the very bytes decoded.
 */
class CanonicalFormTest {

    private static final long SEED = 20_261_105L;

    @Test
    void equal_sets_encode_alike_whatever_their_iteration_order() {
        List<StudentId> members = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            members.add(StudentId.of("s-" + Integer.toString(i * 7919 % 1000, 36)));
        }
        List<StudentId> reversed = new ArrayList<>(members);
        Collections.reverse(reversed);
        List<Set<StudentId>> sets = List.of(new LinkedHashSet<>(members), new LinkedHashSet<>(reversed),
                new HashSet<>(members), new TreeSet<>(Comparator.comparing(StudentId::value)) {
                    {
                        addAll(members);
                    }
                }, Set.copyOf(members));
        byte[] first = EventCodec.encode(CodecSamples.event(3, new CreateGroup(GroupId.of("g"), C5A, "группа", sets.get(0))));
        for (Set<StudentId> s : sets) {
            JournalEvent e = CodecSamples.event(3, new CreateGroup(GroupId.of("g"), C5A, "группа", s));
            assertThat(EventCodec.encode(e)).isEqualTo(first);
            assertThat(EventCodec.encodeHeader(EventCodec.header(e)))
                    .isEqualTo(EventCodec.encodeHeader(EventCodec.header(CodecSamples.event(3,
                            new CreateGroup(GroupId.of("g"), C5A, "группа", sets.get(0))))));
        }

        PersonName name = PersonName.of("Историкова", "Нина", null);
        assertThat(EventCodec.encode(CodecSamples.event(1, new RegisterStaffMember(StaffId.of("t"), name,
                EnumSet.of(StaffRole.TEACHER, StaffRole.DIRECTOR)))))
                .isEqualTo(EventCodec.encode(CodecSamples.event(1, new RegisterStaffMember(StaffId.of("t"), name,
                        new LinkedHashSet<>(List.of(StaffRole.DIRECTOR, StaffRole.TEACHER))))));

        LocalDate d1 = LocalDate.of(2026, 11, 4);
        LocalDate d2 = LocalDate.of(2027, 3, 8);
        assertThat(EventCodec.encode(CodecSamples.event(1, new OpenSchoolYear(YEAR, YEAR_FIRST, YEAR_LAST,
                SchoolCalendar.ofWeek(5).withDaysOff(new LinkedHashSet<>(List.of(d1, d2)))))))
                .isEqualTo(EventCodec.encode(CodecSamples.event(1, new OpenSchoolYear(YEAR, YEAR_FIRST, YEAR_LAST,
                        SchoolCalendar.ofWeek(5).withDaysOff(new LinkedHashSet<>(List.of(d2, d1)))))));
    }

    @Test
    void a_set_is_written_in_ascending_order_of_its_elements_encodings() {
        // "s-b" (3 bytes) sorts before "s-aa" (4 bytes): the length prefix comes first
        byte[] bytes = EventCodec.encodePayload(new EventPayload(new CreateGroup(GroupId.of("g"), C5A, "x",
                new LinkedHashSet<>(List.of(StudentId.of("s-aa"), StudentId.of("s-b")))), List.of()));
        byte[] expected = Bytes.document('P').record(2)
                .variant("CreateGroup", 4).id("g").id("5a").string("x")
                .set(2).id("s-b").id("s-aa")
                .list(0).bytes();
        assertThat(bytes).isEqualTo(expected);
    }

    @Test
    void any_event_with_its_sets_reordered_is_equal_and_encodes_alike() {
        int[] withSets = {0};
        qt().withFixedSeed(SEED).withExamples(1500)
                .forAll(RandomEvents.events())
                .checkAssert(event -> {
                    JournalEvent reordered = CodecSamples.reversingSets(event);
                    assertThat(reordered).isEqualTo(event);
                    assertThat(EventCodec.encode(reordered)).isEqualTo(EventCodec.encode(event));
                    assertThat(Sealed.leafData(reordered)).isEqualTo(Sealed.leafData(event));
                    if (hasSetOfTwoOrMore(event.command())) {
                        withSets[0]++;
                    }
                });
        assertThat(withSets[0]).as("events whose sets have two elements or more").isGreaterThan(50);
    }

    private static boolean hasSetOfTwoOrMore(Object value) {
        if (value instanceof Set<?> s) {
            return s.size() >= 2;
        }
        if (value != null && value.getClass().isRecord()) {
            for (var c : value.getClass().getRecordComponents()) {
                try {
                    if (hasSetOfTwoOrMore(c.getAccessor().invoke(value))) {
                        return true;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- decimals

    @Test
    void equal_decimals_encode_alike_and_decimals_keep_their_scale() {
        BigDecimal[] twos = {new BigDecimal("2"), BigDecimal.valueOf(2), BigDecimal.valueOf(2L, 0), new BigDecimal(2),
            BigDecimal.valueOf(20, 1).stripTrailingZeros()};
        byte[] two = load(twos[0]);
        for (BigDecimal d : twos) {
            assertThat(d).isEqualTo(twos[0]);
            assertThat(load(d)).isEqualTo(two);
        }
        assertThat(Bytes.indexOf(two, new Bytes().decimal("2", 0).bytes())).isPositive();

        // 2.0 is not equal to 2 (BigDecimal.equals compares the scale), so it has other bytes, and comes back 2.0
        BigDecimal twoPointZero = new BigDecimal("2.0");
        assertThat(twoPointZero).isNotEqualTo(twos[0]).isEqualByComparingTo(twos[0]);
        assertThat(load(twoPointZero)).isNotEqualTo(two);
        assertThat(Bytes.indexOf(load(twoPointZero), new Bytes().decimal("2.0", 1).bytes())).isPositive();
        assertThat(roundTrip(twoPointZero)).isEqualTo(twoPointZero).hasScaleOf(1);

        // a negative scale survives: 4E+1 is "40" with scale -1, not 40
        BigDecimal fourE1 = new BigDecimal("4E+1");
        assertThat(Bytes.indexOf(load(fourE1), new Bytes().decimal("40", -1).bytes())).isPositive();
        assertThat(roundTrip(fourE1)).isEqualTo(fourE1).hasScaleOf(-1);
        assertThat(roundTrip(BigDecimal.valueOf(0, -3))).isEqualTo(BigDecimal.valueOf(0, -3));
        assertThat(roundTrip(BigDecimal.valueOf(0, Integer.MIN_VALUE))).isEqualTo(BigDecimal.valueOf(0, Integer.MIN_VALUE));
        assertThat(roundTrip(new BigDecimal("-0.050"))).isEqualTo(new BigDecimal("-0.050")).hasScaleOf(3);
        BigDecimal huge = new BigDecimal("123456789012345678901234567890.000000000000000000000000000001");
        assertThat(roundTrip(huge)).isEqualTo(huge);
    }

    @Test
    void random_decimals_round_trip_with_their_scale() {
        qt().withFixedSeed(SEED).withExamples(2000)
                .forAll(QuickTheoriesGens.of(RandomEvents::decimal))
                .checkAssert(d -> assertThat(roundTrip(d)).isEqualTo(d));
    }

    private static byte[] load(BigDecimal hours) {
        return EventCodec.encode(CodecSamples.event(1, new SetCurriculumLoad(C5A, MATH, hours)));
    }

    private static BigDecimal roundTrip(BigDecimal hours) {
        return ((SetCurriculumLoad) EventCodec.decode(load(hours)).command()).hoursPerWeek();
    }

    // ---------------------------------------------------------------- the decoder accepts only the canonical form

    @Test
    void non_canonical_decimals_are_refused() {
        for (Object[] bad : new Object[][] {{"2.0", 0}, {"2", 1}, {"02", 0}, {"+2", 0}, {"2E1", 0}, {"2e1", -1},
            {"-0", 0}, {"-0.0", 1}, {".5", 1}, {"5.", 0}, {"", 0}, {"2", -1}, {"20", -2}, {"40.0", -1},
            {"1 ", 0}, {"٣", 0}, {"10", Integer.MIN_VALUE}, {"1", Integer.MAX_VALUE}}) {
            byte[] bytes = curriculumLoadWith(new Bytes().decimal((String) bad[0], (Integer) bad[1]).bytes());
            assertThatThrownBy(() -> EventCodec.decodePayload(bytes)).as("decimal %s scale %s", bad[0], bad[1])
                    .isInstanceOf(EventFormatException.class).hasMessageStartingWith("EJ1903 at byte ");
        }
        // and the same helper does make a valid one
        assertThat(((SetCurriculumLoad) EventCodec.decodePayload(curriculumLoadWith(new Bytes().decimal("40", -1)
                .bytes())).command()).hoursPerWeek()).isEqualTo(new BigDecimal("4E+1"));
    }

    private static byte[] curriculumLoadWith(byte[] decimal) {
        return Bytes.document('P').record(2).variant("SetCurriculumLoad", 3).id("5a").id("math").raw(decimal)
                .list(0).bytes();
    }

    @Test
    void a_set_out_of_order_or_with_a_duplicate_is_refused() {
        Bytes prefix = Bytes.document('P').record(2).variant("CreateGroup", 4).id("g").id("5a").string("x");
        byte[] inOrder = prefix(prefix).set(2).id("s-b").id("s-aa").list(0).bytes();
        assertThat(EventCodec.decodePayload(inOrder).command()).isInstanceOf(CreateGroup.class);

        byte[] outOfOrder = prefix(prefix).set(2).id("s-aa").id("s-b").list(0).bytes();
        int second = Bytes.indexOf(outOfOrder, Bytes.utf8("s-b")) - 1 - 4 - 1 - 4;
        assertThatThrownBy(() -> EventCodec.decodePayload(outOfOrder))
                .isInstanceOfSatisfying(EventFormatException.class, e -> {
                    assertThat(e.offset()).isEqualTo(second);
                    assertThat(e.reason()).contains("ascending order");
                });

        byte[] duplicate = prefix(prefix).set(2).id("s-b").id("s-b").list(0).bytes();
        assertThatThrownBy(() -> EventCodec.decodePayload(duplicate)).isInstanceOf(EventFormatException.class)
                .hasMessageContaining("without duplicates");
    }

    private static Bytes prefix(Bytes b) {
        return new Bytes().raw(b.bytes());
    }

    @Test
    void whatever_decodes_re_encodes_to_the_very_same_bytes() {
        int[] decoded = {0};
        int[] refused = {0};
        qt().withFixedSeed(SEED).withExamples(3000)
                .forAll(QuickTheoriesGens.of(r -> {
                    byte[] valid = EventCodec.encode(RandomEvents.event(r));
                    int at = r.nextInt(valid.length);
                    return switch (r.nextInt(4)) {
                        case 0 -> Bytes.patch(valid, at, (valid[at] + 1 + r.nextInt(255)) & 0xFF); // another byte
                        case 1 -> Bytes.patch(valid, at, valid[at] ^ (1 << r.nextInt(8)));         // one bit flipped
                        case 2 -> remove(valid, at);
                        default -> insert(valid, at, r.nextInt(256));
                    };
                }))
                .checkAssert(bytes -> {
                    JournalEvent e;
                    try {
                        e = EventCodec.decode(bytes);
                    } catch (EventFormatException expected) {
                        assertThat(expected.offset()).isBetween(0, bytes.length);
                        refused[0]++;
                        return;
                    }
                    decoded[0]++;
                    assertThat(EventCodec.encode(e)).isEqualTo(bytes);
                });
        // a changed byte inside a text or a number still decodes, to another event with exactly those bytes
        assertThat(decoded[0]).isGreaterThan(100);
        assertThat(refused[0]).isGreaterThan(1000);
    }

    static byte[] remove(byte[] b, int at) {
        byte[] c = new byte[b.length - 1];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(b, at + 1, c, at, b.length - at - 1);
        return c;
    }

    static byte[] insert(byte[] b, int at, int value) {
        byte[] c = new byte[b.length + 1];
        System.arraycopy(b, 0, c, 0, at);
        c[at] = (byte) value;
        System.arraycopy(b, at, c, at + 1, b.length - at);
        return c;
    }
}
