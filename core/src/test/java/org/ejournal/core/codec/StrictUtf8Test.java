package org.ejournal.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The decoder reads a text without the strict UTF-8 decoder when it can (ASCII as it is, other
 * bytes decoded leniently and encoded again): it must accept exactly what the strict decoder
 * accepts, give the same string, and refuse the rest at the same offset. Checked over seeded random
 * byte strings made mostly of the bytes UTF-8 gets wrong: continuation bytes, lead bytes of every
 * length, the overlong and surrogate leads, the replacement character itself.
 */
class StrictUtf8Test {

    private static final long SEED = 20_261_128L;
    private static final int[] TRICKY = {0x00, 0x2F, 0x41, 0x7F, 0x80, 0xBF, 0xBD, 0xC0, 0xC1, 0xC2, 0xD0, 0xDF, 0xE0,
        0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xA0, 0x90, 0x8F};

    @Test
    void accepts_exactly_what_the_strict_decoder_accepts() {
        Random random = new Random(SEED);
        int accepted = 0;
        for (int run = 0; run < 200_000; run++) {
            byte[] text = new byte[random.nextInt(9)];
            for (int i = 0; i < text.length; i++) {
                text[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : TRICKY[random.nextInt(TRICKY.length)]);
            }
            if (random.nextInt(8) == 0 && text.length >= 3) { // a real U+FFFD somewhere
                int at = random.nextInt(text.length - 2);
                text[at] = (byte) 0xEF;
                text[at + 1] = (byte) 0xBF;
                text[at + 2] = (byte) 0xBD;
            }
            String strict = strict(text);
            byte[] framed = ByteBuffer.allocate(4 + text.length + 1).putInt(text.length).put(text).put((byte) 0x7E).array();
            ByteSource in = new ByteSource(framed);
            if (strict != null) {
                assertThat(in.utf8()).as("bytes %s", Bytes.hex(text)).isEqualTo(strict);
                assertThat(in.position()).isEqualTo(4 + text.length);
                accepted++;
            } else {
                assertThatThrownBy(in::utf8).as("bytes %s", Bytes.hex(text)).isInstanceOf(EventFormatException.class)
                        .satisfies(e -> assertThat(((EventFormatException) e).offset()).isEqualTo(4));
            }
        }
        assertThat(accepted).as("both outcomes are tried").isBetween(10_000, 190_000);
    }

    private static String strict(byte[] text) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(text)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
