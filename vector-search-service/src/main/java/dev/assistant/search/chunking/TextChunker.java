package dev.assistant.search.chunking;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Splits text into chunks small enough for the embedding model (MiniLM reads at most 256 word
 * pieces, about 1,000 characters of English), cutting at paragraph, then sentence, then word
 * boundaries so a chunk never ends mid-word.
 */
@ApplicationScoped
public class TextChunker {

    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?。])\\s+");

    private final int maxChars;

    public TextChunker(
            @ConfigProperty(name = "assistant.chunking.max-chars", defaultValue = "1000")
                    int maxChars) {
        this.maxChars = maxChars;
    }

    public List<String> chunk(String text) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String piece : pieces(text)) {
            if (current.length() > 0 && current.length() + 1 + piece.length() > maxChars) {
                chunks.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(piece);
        }
        if (current.length() > 0) {
            chunks.add(current.toString());
        }
        return chunks;
    }

    /** Paragraphs and sentences, each at most maxChars (a longer one is cut at word boundaries). */
    private List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (String paragraph : PARAGRAPHS.split(text.strip())) {
            for (String sentence : SENTENCES.split(paragraph.strip())) {
                String s = sentence.strip().replaceAll("\\s+", " ");
                if (!s.isEmpty()) {
                    pieces.addAll(splitLong(s));
                }
            }
        }
        return pieces;
    }

    private List<String> splitLong(String sentence) {
        List<String> parts = new ArrayList<>();
        String rest = sentence;
        while (rest.length() > maxChars) {
            int cut = rest.lastIndexOf(' ', maxChars);
            if (cut <= 0) {
                cut = maxChars;
            }
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }
}
