package dev.assistant.search.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text has no markup: paragraphs are separated by blank lines; a paragraph whose every line
 * starts with a list marker is a list, one whose every line is indented by four spaces or a tab is
 * code. Used for PDF pages too.
 */
final class PlainTextBlocks {

    private static final Pattern PARAGRAPHS = Pattern.compile("\\n[ \\t]*\\n");
    private static final Pattern LIST_ITEM =
            Pattern.compile("^\\s*([-*+•▪◦]|\\d{1,3}[.)])\\s+\\S.*");
    private static final Pattern CODE_LINE = Pattern.compile("^( {4}|\\t).*");

    private PlainTextBlocks() {}

    static List<Block> of(String text, List<String> sectionPath, Integer page) {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : PARAGRAPHS.split(text.replace("\r\n", "\n").replace('\r', '\n'))) {
            if (paragraph.isBlank()) {
                continue;
            }
            BlockType type = typeOf(paragraph.lines().filter(l -> !l.isBlank()).toList());
            String content = type == BlockType.CODE ? paragraph.stripTrailing() : paragraph.strip();
            blocks.add(new Block(type, content, sectionPath, page));
        }
        return blocks;
    }

    private static BlockType typeOf(List<String> lines) {
        if (lines.stream().allMatch(l -> LIST_ITEM.matcher(l).matches())) {
            return BlockType.LIST;
        }
        if (lines.stream().allMatch(l -> CODE_LINE.matcher(l).matches())) {
            return BlockType.CODE;
        }
        return BlockType.TEXT;
    }
}
