package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import org.ejournal.core.internal.JournalState;
import org.junit.jupiter.api.Test;

/**
 * After a purge the journal forgets its state and replays the purged log into it: forgetting must
 * reach every fact the state holds, including any a later change adds, or the rebuilt journal would
 * keep purged data in memory.
 */
class RetentionRebuildsTheStateTest {

    @Test
    void a_reset_state_holds_no_fact_at_all_and_equals_a_new_one() throws IllegalAccessException {
        SchoolFixture f = SchoolFixture.create();
        JournalState state = f.state();
        assertThat(state.size()).isPositive();

        state.reset();

        int collections = 0;
        for (Field field : JournalState.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            Object value = field.get(state);
            if (value instanceof Map<?, ?> map) {
                assertThat(map).as(field.getName()).isEmpty();
                collections++;
            } else if (value instanceof Collection<?> collection) {
                assertThat(collection).as(field.getName()).isEmpty();
                collections++;
            }
        }
        assertThat(collections).isGreaterThan(30);
        assertThat(state.size()).isZero();
        assertThat(state).isEqualTo(new JournalState(SchoolFixture.school()));
    }

    @Test
    void skipping_to_the_log_s_size_numbers_the_next_event_after_it_and_never_goes_back() {
        SchoolFixture f = SchoolFixture.create();
        JournalState state = f.state();
        long size = state.size();

        state.skipTo(size + 3);

        assertThat(state.size()).isEqualTo(size + 3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> state.skipTo(size))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("EJ1902");
    }
}
