package org.ejournal.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.command.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * decode(encode(e)) equals e: for a valid sample of every command type, for the events a journal
 * really records (with their warnings), and for thousands of random events. Seeds are fixed.
 */
class EventCodecRoundTripTest {

    private static final long SEED = 20_261_104L;

    static Stream<Class<?>> commandTypes() {
        return Arrays.stream(Command.class.getPermittedSubclasses());
    }

    @Test
    void there_is_a_sample_of_every_command_type() {
        assertThat(new java.util.HashSet<Class<?>>(CodecSamples.SAMPLES.keySet()))
                .isEqualTo(java.util.Set.of(Command.class.getPermittedSubclasses()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandTypes")
    void every_command_type_round_trips_as_event_header_and_payload(Class<?> type) {
        JournalEvent event = CodecSamples.event(7, CodecSamples.SAMPLES.get(type));

        byte[] bytes = EventCodec.encode(event);
        JournalEvent back = EventCodec.decode(bytes);

        assertThat(back).isEqualTo(event);
        assertThat(back.command()).isInstanceOf(type);
        assertThat(EventCodec.encode(back)).isEqualTo(bytes);
        EventHeader header = EventCodec.header(event);
        assertThat(header.action()).isEqualTo(type.getSimpleName());
        assertThat(EventCodec.decodeHeader(EventCodec.encodeHeader(header))).isEqualTo(header);
        EventPayload payload = EventPayload.of(event);
        assertThat(EventCodec.decodePayload(EventCodec.encodePayload(payload))).isEqualTo(payload);
    }

    @Test
    void the_registry_knows_every_command_type_by_its_simple_name() {
        List<String> names = commandTypes().map(Class::getSimpleName).sorted().collect(Collectors.toList());
        assertThat(EventCodec.commandNames()).containsExactlyElementsOf(names);
        commandTypes().forEach(t -> assertThat(EventCodec.commandType(t.getSimpleName())).contains(
                t.asSubclass(Command.class)));
        assertThat(EventCodec.commandType("RecordGrade")).isEmpty();
    }

    @Test
    void the_events_a_journal_records_round_trip_with_their_warnings() {
        SchoolFixture f = SchoolFixture.create();
        f.accept(SchoolFixture.MATH_TEACHER, CodecSamples.SAMPLES.get(org.ejournal.core.command.RecordMark.class));
        List<JournalEvent> events;
        try (Stream<JournalEvent> s = f.store.events(SchoolFixture.SCHOOL_ID)) {
            events = s.collect(Collectors.toList());
        }
        assertThat(events).hasSizeGreaterThan(20);
        for (JournalEvent e : events) {
            assertThat(EventCodec.decode(EventCodec.encode(e))).isEqualTo(e);
        }
    }

    @Test
    void thousands_of_random_events_round_trip() {
        int[] withWarnings = {0};
        int[] commandTypes = new int[1];
        java.util.Set<String> seen = new java.util.HashSet<>();
        qt().withFixedSeed(SEED).withExamples(4000).withShrinkCycles(200)
                .forAll(RandomEvents.events())
                .checkAssert(event -> {
                    byte[] bytes = EventCodec.encode(event);
                    JournalEvent back = EventCodec.decode(bytes);
                    assertThat(back).isEqualTo(event);
                    assertThat(EventCodec.encode(back)).isEqualTo(bytes);
                    EventHeader header = EventCodec.header(event);
                    assertThat(EventCodec.decodeHeader(EventCodec.encodeHeader(header))).isEqualTo(header);
                    assertThat(EventCodec.decodePayload(EventCodec.encodePayload(EventPayload.of(event))))
                            .isEqualTo(EventPayload.of(event));
                    if (!event.warnings().isEmpty()) {
                        withWarnings[0]++;
                    }
                    seen.add(event.command().commandName());
                });
        commandTypes[0] = seen.size();
        // the generator reaches what it should: not a test that passes on nothing
        assertThat(withWarnings[0]).isGreaterThan(500);
        assertThat(commandTypes[0]).isEqualTo(Command.class.getPermittedSubclasses().length);
    }
}
