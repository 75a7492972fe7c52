package dev.assistant.search.extract;

import java.util.List;

/**
 * One structural piece of a document, in reading order.
 *
 * @param sectionPath the headings above it, outermost first (a heading's own path excludes itself)
 * @param page the PDF page it is on (1-based), null for formats without pages
 */
public record Block(BlockType type, String text, List<String> sectionPath, Integer page) {

    public Block {
        sectionPath = List.copyOf(sectionPath);
    }
}
