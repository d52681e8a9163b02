package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

/** Assertions on the two languages of a violation's message. */
final class BilingualMessages {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private BilingualMessages() {
    }

    /** The Russian and English messages are both there, differ, and are chosen by the locale. */
    static void assertBilingual(Violation v) {
        String ru = v.message(RUSSIAN);
        String en = v.message(Locale.ENGLISH);
        assertThat(ru).as("Russian message of %s", v).isEqualTo(v.messageRu()).containsPattern("[А-Яа-яЁё]");
        assertThat(en).as("English message of %s", v).isEqualTo(v.messageEn()).isNotBlank()
                .doesNotContainPattern("[А-Яа-яЁё]{3}");
        assertThat(ru).isNotEqualTo(en);
    }

    /** Like {@link #assertBilingual(Violation)}, for an English message that quotes Russian data. */
    static void assertBilingualQuoting(Violation v) {
        String ru = v.message(RUSSIAN);
        String en = v.message(Locale.ENGLISH);
        assertThat(ru).as("Russian message of %s", v).isEqualTo(v.messageRu()).containsPattern("[А-Яа-яЁё]");
        assertThat(en).as("English message of %s", v).isEqualTo(v.messageEn()).isNotBlank();
        assertThat(ru).isNotEqualTo(en);
    }
}
