package dev.assistant.search.extract;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;

/** CommonMark (with GitHub tables): each top-level node is one block. */
final class MarkdownBlocks {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final TextContentRenderer TEXT =
            TextContentRenderer.builder().extensions(EXTENSIONS).build();

    private MarkdownBlocks() {}

    static ExtractedDocument of(String markdown) {
        Outline outline = new Outline();
        List<Block> blocks = new ArrayList<>();
        String title = null;
        for (Node node = PARSER.parse(markdown).getFirstChild();
                node != null;
                node = node.getNext()) {
            switch (node) {
                case Heading heading -> {
                    String text = TEXT.render(heading).strip();
                    if (text.isEmpty()) {
                        continue;
                    }
                    title = title == null ? text : title;
                    blocks.add(
                            new Block(
                                    BlockType.HEADING,
                                    text,
                                    outline.open(heading.getLevel(), text),
                                    null));
                }
                case FencedCodeBlock code ->
                        add(blocks, BlockType.CODE, code.getLiteral(), outline);
                case IndentedCodeBlock code ->
                        add(blocks, BlockType.CODE, code.getLiteral(), outline);
                case BulletList list -> add(blocks, BlockType.LIST, TEXT.render(list), outline);
                case OrderedList list -> add(blocks, BlockType.LIST, TEXT.render(list), outline);
                case TableBlock table -> add(blocks, BlockType.TABLE, TEXT.render(table), outline);
                case HtmlBlock html ->
                        add(blocks, BlockType.TEXT, Jsoup.parse(html.getLiteral()).text(), outline);
                case ThematicBreak ignored -> {}
                default -> add(blocks, BlockType.TEXT, TEXT.render(node), outline);
            }
        }
        return new ExtractedDocument(title, blocks);
    }

    private static void add(List<Block> blocks, BlockType type, String text, Outline outline) {
        String content = type == BlockType.CODE ? text.stripTrailing() : text.strip();
        if (!content.isBlank()) {
            blocks.add(new Block(type, content, outline.path(), null));
        }
    }
}
