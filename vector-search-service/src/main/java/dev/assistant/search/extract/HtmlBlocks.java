package dev.assistant.search.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML (jsoup): h1-h6 are headings, p and other leaf containers text, ul/ol/dl lists, pre code,
 * tables one row per line with cells separated by " | ". Scripts, styles and templates are dropped;
 * containers (div, section, article...) are walked into.
 */
final class HtmlBlocks {

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> LISTS = Set.of("ul", "ol", "dl");
    private static final Set<String> DROPPED =
            Set.of("script", "style", "template", "noscript", "head", "svg", "nav");
    private static final Set<String> BLOCK_ELEMENTS =
            Set.of(
                    "p",
                    "div",
                    "section",
                    "article",
                    "main",
                    "aside",
                    "header",
                    "footer",
                    "blockquote",
                    "pre",
                    "table",
                    "ul",
                    "ol",
                    "dl",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "figure",
                    "form",
                    "fieldset",
                    "details",
                    "body",
                    "li",
                    "address",
                    "hr");

    private HtmlBlocks() {}

    static ExtractedDocument of(String html) {
        Document document = Jsoup.parse(html);
        List<Block> blocks = new ArrayList<>();
        new Walker(blocks).visit(document.body());
        String title = document.title().isBlank() ? null : document.title().strip();
        return new ExtractedDocument(title, blocks);
    }

    private record Walker(List<Block> blocks, Outline outline) {

        Walker(List<Block> blocks) {
            this(blocks, new Outline());
        }

        void visit(Element element) {
            String tag = element.normalName();
            if (DROPPED.contains(tag)) {
                return;
            }
            if (HEADINGS.contains(tag)) {
                String text = element.text().strip();
                if (!text.isEmpty()) {
                    List<String> parents = outline.open(tag.charAt(1) - '0', text);
                    blocks.add(new Block(BlockType.HEADING, text, parents, null));
                }
            } else if (LISTS.contains(tag)) {
                add(BlockType.LIST, listText(element));
            } else if (tag.equals("pre")) {
                add(BlockType.CODE, element.wholeText());
            } else if (tag.equals("table")) {
                add(BlockType.TABLE, tableText(element));
            } else if (hasBlockChildren(element)) {
                for (Node child : element.childNodes()) {
                    if (child instanceof Element e) {
                        visit(e);
                    } else if (child instanceof TextNode text) {
                        add(BlockType.TEXT, text.text());
                    }
                }
            } else {
                add(BlockType.TEXT, element.text());
            }
        }

        private void add(BlockType type, String text) {
            String content = type == BlockType.CODE ? text.stripTrailing() : text.strip();
            if (!content.isBlank()) {
                blocks.add(new Block(type, content, outline.path(), null));
            }
        }

        private static boolean hasBlockChildren(Element element) {
            return element.children().stream()
                    .anyMatch(
                            c ->
                                    BLOCK_ELEMENTS.contains(c.normalName())
                                            || DROPPED.contains(c.normalName()));
        }

        private static String listText(Element list) {
            return list.children().stream()
                    .map(item -> "- " + item.text().strip())
                    .collect(Collectors.joining("\n"));
        }

        private static String tableText(Element table) {
            return table.select("tr").stream()
                    .map(
                            row ->
                                    row.select("th, td").stream()
                                            .map(cell -> cell.text().strip())
                                            .collect(Collectors.joining(" | ")))
                    .filter(row -> !row.isBlank())
                    .collect(Collectors.joining("\n"));
        }
    }
}
