package dev.assistant.search.chunking;

import java.util.ArrayList;
import java.util.List;

import dev.assistant.search.extract.BlockType;

/**
 * A piece of a document to embed and index.
 *
 * @param position its place in the document, from 0
 * @param content the document's own text of the chunk (shown in snippets, indexed for keywords)
 * @param embeddedText what the model embeds: the section path, then the content, so a passage is
 *     read in the context of its headings
 * @param tokens word-piece tokens of {@code embeddedText} (the model's tokenizer)
 * @param contentHash SHA-256 of {@code embeddedText}: an unchanged chunk keeps its vector on
 *     re-index
 */
public record Chunk(
        int position,
        BlockType type,
        List<String> sectionPath,
        Integer page,
        String content,
        String embeddedText,
        int tokens,
        String contentHash) {

    /**
     * What the model reads for a chunk: a heading with the headings above it ("A > B > Heading"),
     * any other chunk with its section path on a line in front of its content. One rule, used when
     * a document is chunked and when a stored chunk is embedded again by another model.
     */
    public static String embeddedText(BlockType type, List<String> sectionPath, String content) {
        if (type == BlockType.HEADING) {
            List<String> path = new ArrayList<>(sectionPath);
            path.add(content);
            return String.join(" > ", path);
        }
        return sectionPath.isEmpty() ? content : String.join(" > ", sectionPath) + "\n" + content;
    }
}
