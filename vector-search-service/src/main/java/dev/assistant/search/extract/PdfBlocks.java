package dev.assistant.search.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF (PDFBox): the text of each page in reading order, split into paragraphs as plain text is;
 * every block carries its page. A PDF has no reliable heading markup, so its chunks have no section
 * path; a scanned PDF without a text layer yields no text.
 */
final class PdfBlocks {

    private PdfBlocks() {}

    static ExtractedDocument of(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphEnd("\n\n");
            List<Block> blocks = new ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                blocks.addAll(PlainTextBlocks.of(stripper.getText(pdf), List.of(), page));
            }
            String title = pdf.getDocumentInformation().getTitle();
            return new ExtractedDocument(
                    title == null || title.isBlank() ? null : title.strip(), blocks);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("the PDF is encrypted", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException("not a readable PDF: " + e.getMessage(), e);
        }
    }
}
