package dev.assistant.search.chunking;

import java.util.List;

import dev.assistant.search.embedding.TokenCounter;
import dev.assistant.search.extract.Block;
import dev.assistant.search.extract.BlockType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StructuredChunkerTest {

    /** One token per word: sizes easy to reason about. */
    private static final TokenCounter WORDS =
            text -> text.isBlank() ? 0 : text.strip().split("\\s+").length;

    private final StructuredChunker chunker = new StructuredChunker(WORDS, 12, 4);

    @Test
    void headingsAreChunksOfTheirOwnAndTypesNeverMix() {
        List<Chunk> chunks =
                chunker.chunk(
                        List.of(
                                new Block(BlockType.HEADING, "Engines", List.of(), null),
                                new Block(
                                        BlockType.TEXT,
                                        "Jets burn kerosene.",
                                        List.of("Engines"),
                                        null),
                                new Block(
                                        BlockType.LIST,
                                        "- turbofan\n- turbojet",
                                        List.of("Engines"),
                                        null)));

        assertThat(chunks)
                .extracting(Chunk::type)
                .containsExactly(BlockType.HEADING, BlockType.TEXT, BlockType.LIST);
        assertThat(chunks.get(1).embeddedText()).isEqualTo("Engines\nJets burn kerosene.");
        assertThat(chunks.get(1).content()).isEqualTo("Jets burn kerosene.");
        assertThat(chunks).extracting(Chunk::position).containsExactly(0, 1, 2);
    }

    @Test
    void longTextIsCutAtSentencesWithinTheBudgetAndOverlaps() {
        String text =
                "One two three four five. Six seven eight nine ten. Eleven twelve thirteen fourteen"
                        + " fifteen. Sixteen seventeen eighteen nineteen twenty.";
        List<Chunk> chunks =
                chunker.chunk(List.of(new Block(BlockType.TEXT, text, List.of(), null)));

        assertThat(chunks).allMatch(c -> c.tokens() <= 12);
        assertThat(chunks.get(0).content()).endsWith("ten.");
        // Overlap repeats whole sentences only: a 5-word sentence exceeds the 4-token overlap.
        assertThat(chunks.get(1).content()).startsWith("Eleven");
        assertThat(String.join(" ", chunks.stream().map(Chunk::content).toList()))
                .contains("twenty.");
    }

    @Test
    void overlapRepeatsTheLastSentencesThatFit() {
        StructuredChunker overlapping = new StructuredChunker(WORDS, 8, 3);
        String text = "A b c. D e f. G h i. J k l.";
        List<Chunk> chunks =
                overlapping.chunk(List.of(new Block(BlockType.TEXT, text, List.of(), null)));

        assertThat(chunks)
                .extracting(Chunk::content)
                .containsExactly("A b c. D e f.", "D e f. G h i.", "G h i. J k l.");
    }

    @Test
    void aSentenceLongerThanTheBudgetIsCutAtWords() {
        String longSentence = "word ".repeat(30).strip();
        List<Chunk> chunks =
                chunker.chunk(List.of(new Block(BlockType.TEXT, longSentence, List.of(), null)));

        assertThat(chunks).hasSizeGreaterThan(2).allMatch(c -> c.tokens() <= 12);
    }

    @Test
    void unchangedTextHasTheSameHash() {
        Block block = new Block(BlockType.TEXT, "Same text.", List.of("A"), null);
        assertThat(chunker.chunk(List.of(block)).getFirst().contentHash())
                .isEqualTo(chunker.chunk(List.of(block)).getFirst().contentHash())
                .isNotEqualTo(
                        chunker.chunk(
                                        List.of(
                                                new Block(
                                                        BlockType.TEXT,
                                                        "Same text.",
                                                        List.of("B"),
                                                        null)))
                                .getFirst()
                                .contentHash());
    }
}
