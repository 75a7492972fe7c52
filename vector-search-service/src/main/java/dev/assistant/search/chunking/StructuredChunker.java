package dev.assistant.search.chunking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.assistant.search.embedding.TokenCounter;
import dev.assistant.search.extract.Block;
import dev.assistant.search.extract.BlockType;
import dev.assistant.search.extract.ContentHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cuts a document's blocks into chunks that fit the model, without mixing structure: a chunk holds
 * blocks of one type under one section path on one page; each heading is a chunk of its own.
 * Consecutive blocks of the same kind are packed up to {@code max-tokens} word pieces (section path
 * included); a longer block is cut at sentence (text) or line (list, table, code) boundaries, a
 * longer sentence at word boundaries, and the next chunk repeats the last {@code overlap-tokens} of
 * the previous one so a sentence cut at the border is still read whole once. The sizes are measured
 * on Cranfield (docs/benchmarks.md).
 */
@ApplicationScoped
public class StructuredChunker {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。])\\s+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final TokenCounter tokenCounter;
    private final int maxTokens;
    private final int overlapTokens;

    @Inject
    public StructuredChunker(
            TokenCounter tokenCounter,
            @ConfigProperty(name = "assistant.chunking.max-tokens", defaultValue = "256")
                    int maxTokens,
            @ConfigProperty(name = "assistant.chunking.overlap-tokens", defaultValue = "32")
                    int overlapTokens) {
        this.tokenCounter = tokenCounter;
        this.maxTokens = maxTokens;
        this.overlapTokens = overlapTokens;
    }

    public List<Chunk> chunk(List<Block> blocks) {
        List<Chunk> chunks = new ArrayList<>();
        List<Block> run = new ArrayList<>();
        for (Block block : blocks) {
            if (!run.isEmpty() && !sameKind(run.getFirst(), block)) {
                pack(run, chunks);
                run.clear();
            }
            if (block.type() == BlockType.HEADING) {
                chunks.add(
                        chunk(
                                chunks.size(),
                                block,
                                block.text(),
                                Chunk.embeddedText(
                                        BlockType.HEADING, block.sectionPath(), block.text())));
            } else {
                run.add(block);
            }
        }
        pack(run, chunks);
        return chunks;
    }

    private static boolean sameKind(Block a, Block b) {
        return a.type() == b.type()
                && a.sectionPath().equals(b.sectionPath())
                && Objects.equals(a.page(), b.page());
    }

    /** Packs a run of blocks of one kind into chunks of at most maxTokens. */
    private void pack(List<Block> run, List<Chunk> chunks) {
        if (run.isEmpty()) {
            return;
        }
        Block first = run.getFirst();
        String prefix = Chunk.embeddedText(first.type(), first.sectionPath(), "");
        // A very long section path still leaves room for some text.
        int budget =
                Math.max(
                        Math.min(16, maxTokens),
                        maxTokens - (prefix.isEmpty() ? 0 : tokenCounter.countTokens(prefix)));
        String separator = first.type() == BlockType.TEXT ? " " : "\n";
        List<Unit> units = new ArrayList<>();
        for (int b = 0; b < run.size(); b++) {
            List<Unit> blockUnits = units(run.get(b), budget);
            if (b > 0 && !blockUnits.isEmpty() && first.type() == BlockType.TEXT) {
                // A paragraph border inside one chunk stays visible.
                blockUnits.set(0, blockUnits.getFirst().startingParagraph());
            }
            units.addAll(blockUnits);
        }
        int start = 0;
        while (start < units.size()) {
            int end = start;
            int tokens = 0;
            while (end < units.size()
                    && (end == start || tokens + units.get(end).tokens() <= budget)) {
                tokens += units.get(end).tokens();
                end++;
            }
            String content = join(units.subList(start, end), separator);
            chunks.add(
                    chunk(
                            chunks.size(),
                            first,
                            content,
                            Chunk.embeddedText(first.type(), first.sectionPath(), content)));
            if (end >= units.size()) {
                break;
            }
            start = Math.max(start + 1, overlapStart(units, start, end));
        }
    }

    /** The first unit of the next chunk: as far back as the overlap allows. */
    private int overlapStart(List<Unit> units, int start, int end) {
        int next = end;
        int tokens = 0;
        while (next - 1 > start && tokens + units.get(next - 1).tokens() <= overlapTokens) {
            tokens += units.get(next - 1).tokens();
            next--;
        }
        return next;
    }

    /** Sentences (text) or lines (list, table, code), each within the budget. */
    private List<Unit> units(Block block, int budget) {
        String[] pieces =
                block.type() == BlockType.TEXT
                        ? SENTENCE_END.split(
                                WHITESPACE.matcher(block.text()).replaceAll(" ").strip())
                        : block.text().split("\n");
        List<Unit> units = new ArrayList<>();
        for (String piece : pieces) {
            if (piece.isBlank()) {
                continue;
            }
            int tokens = tokenCounter.countTokens(piece);
            if (tokens <= budget) {
                units.add(new Unit(piece, tokens, false));
            } else {
                units.addAll(words(piece, budget));
            }
        }
        return units;
    }

    /** A sentence longer than the budget, cut at word boundaries. */
    private List<Unit> words(String piece, int budget) {
        List<Unit> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int tokens = 0;
        for (String word : WHITESPACE.split(piece.strip())) {
            int wordTokens = tokenCounter.countTokens(word);
            if (part.length() > 0 && tokens + wordTokens > budget) {
                parts.add(new Unit(part.toString(), tokens, false));
                part.setLength(0);
                tokens = 0;
            }
            part.append(part.length() > 0 ? " " : "").append(word);
            tokens += wordTokens;
        }
        if (part.length() > 0) {
            parts.add(new Unit(part.toString(), tokens, false));
        }
        return parts;
    }

    private Chunk chunk(int position, Block block, String content, String embeddedText) {
        return new Chunk(
                position,
                block.type(),
                block.sectionPath(),
                block.page(),
                content,
                embeddedText,
                tokenCounter.countTokens(embeddedText),
                ContentHash.of(embeddedText));
    }

    private static String join(List<Unit> units, String separator) {
        StringBuilder sb = new StringBuilder();
        for (Unit unit : units) {
            if (sb.length() > 0) {
                sb.append(unit.paragraphStart() ? "\n\n" : separator);
            }
            sb.append(unit.text());
        }
        return sb.toString();
    }

    /** A sentence or line with its token count. */
    private record Unit(String text, int tokens, boolean paragraphStart) {
        Unit startingParagraph() {
            return new Unit(text, tokens, true);
        }
    }
}
