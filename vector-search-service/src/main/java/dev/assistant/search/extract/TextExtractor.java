package dev.assistant.search.extract;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/** A document's text and structure, whatever its format. CPU work: not on the event loop. */
@ApplicationScoped
public class TextExtractor {

    public ExtractedDocument extract(DocumentFormat format, byte[] content) {
        return switch (format) {
            case PDF -> PdfBlocks.of(content);
            case HTML -> HtmlBlocks.of(text(content));
            case MARKDOWN -> MarkdownBlocks.of(text(content));
            case PLAIN_TEXT ->
                    new ExtractedDocument(null, PlainTextBlocks.of(text(content), List.of(), null));
        };
    }

    private static String text(byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }
}
