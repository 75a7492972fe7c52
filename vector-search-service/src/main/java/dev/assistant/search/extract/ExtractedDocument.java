package dev.assistant.search.extract;

import java.util.List;

/**
 * A document's text as blocks, and the title it names itself by (HTML title, first heading, PDF
 * information), or null.
 */
public record ExtractedDocument(String title, List<Block> blocks) {}
