package org.ejournal.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ejournal.core.SchoolFixture.*;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.ejournal.core.Actor;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.command.Command;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.GuardianId;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.TaskId;
import org.junit.jupiter.api.Test;

/**
 * {@link EventCodec#encodeHeaderOf}, the header written straight from an event in the header's fixed
 * layout, gives exactly the bytes of the general encoder, {@code encodeHeader(header(event))}: for a
 * sample of every command type with every kind of actor, and for random events (valid and invalid
 * commands, and commands that stress the encoding).
 */
class FixedHeaderTest {

    private static final List<Actor> ACTORS = List.of(ADMIN, Actor.student(StudentId.of("s-orlova")),
            Actor.guardian(GuardianId.of("g-petrov")), Actor.system("импорт из «Сетевого города»"));

    @Test
    void the_schema_lists_the_header_in_the_layout_the_fixed_writer_writes() {
        assertThat(EventCodec.schema()).contains("\nEventHeader = " + EventCodec.HEADER_LAYOUT + "\n");
    }

    @Test
    void every_command_type_with_every_kind_of_actor_gives_the_bytes_of_the_general_encoder() {
        assertThat(List.<Class<?>>copyOf(CodecSamples.SAMPLES.keySet()))
                .containsExactlyInAnyOrder(Command.class.getPermittedSubclasses());
        long sequence = 1;
        for (Command command : CodecSamples.SAMPLES.values()) {
            for (Actor actor : ACTORS) {
                JournalEvent e = new JournalEvent(sequence, CodecSamples.T0.plusNanos(sequence * 1_000_001),
                        actor, command, List.of());
                assertThat(EventCodec.encodeHeaderOf(e)).as("%s by %s", command.commandName(), actor)
                        .isEqualTo(EventCodec.encodeHeader(EventCodec.header(e)));
                sequence = sequence > Long.MAX_VALUE / 8 ? Long.MAX_VALUE : sequence * 7 + 3;
            }
        }
    }

    @Test
    void random_events_give_the_bytes_of_the_general_encoder() {
        qt().withFixedSeed(20_261_128L).withExamples(3000).withShrinkCycles(200)
                .forAll(RandomEvents.events())
                .checkAssert(e -> assertThat(EventCodec.encodeHeaderOf(e))
                        .isEqualTo(EventCodec.encodeHeader(EventCodec.header(e))));
    }

    @Test
    void what_the_general_encoder_refuses_it_refuses_the_same_way() {
        JournalEvent e = new JournalEvent(1, CodecSamples.T0, Actor.system("x\uD83D"),
                RecordMark.of(TaskId.of("t"), StudentId.of("s"), FivePoint.of(4)), List.of());
        assertThatThrownBy(() -> EventCodec.encodeHeader(EventCodec.header(e)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("EJ1904 a string holds");
        assertThatThrownBy(() -> EventCodec.encodeHeaderOf(e))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("EJ1904 a string holds");
        assertThatThrownBy(() -> EventCodec.encodeHeaderOf(null)).isInstanceOf(NullPointerException.class);
    }
}
