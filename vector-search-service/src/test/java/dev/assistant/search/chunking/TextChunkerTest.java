package dev.assistant.search.chunking;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextChunkerTest {

    private final TextChunker chunker = new TextChunker(50);

    @Test
    void shortTextIsOneChunk() {
        assertThat(chunker.chunk("Hello world.")).containsExactly("Hello world.");
    }

    @Test
    void blankTextHasNoChunks() {
        assertThat(chunker.chunk("  \n\n ")).isEmpty();
    }

    @Test
    void packsSentencesUpToTheLimitWithoutSplittingThem() {
        List<String> chunks =
                chunker.chunk("One two three. Four five six. Seven eight nine ten eleven twelve.");
        assertThat(chunks).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(50));
        assertThat(String.join(" ", chunks))
                .isEqualTo("One two three. Four five six. Seven eight nine ten eleven twelve.");
    }

    @Test
    void cutsAnOverlongSentenceAtWordBoundaries() {
        String longSentence = "word ".repeat(40).strip();
        List<String> chunks = chunker.chunk(longSentence);
        assertThat(chunks).hasSizeGreaterThan(1);
        assertThat(chunks)
                .allSatisfy(
                        c -> {
                            assertThat(c.length()).isLessThanOrEqualTo(50);
                            assertThat(c)
                                    .doesNotStartWith(" ")
                                    .doesNotEndWith(" ")
                                    .doesNotContain("wo rd");
                        });
    }

    @Test
    void keepsVietnameseAndEmojiIntact() {
        String text = "Tôi thích cà phê sữa đá ☕. Mỗi sáng một ly 😊.";
        assertThat(String.join(" ", chunker.chunk(text))).isEqualTo(text);
    }
}
