package dev.assistant.search.extract;

import java.util.ArrayList;
import java.util.List;

/** The headings open at the current point of a document, as it is read top to bottom. */
final class Outline {

    private final List<Integer> levels = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();

    /** Opens a heading of {@code level} (1 = outermost); returns the headings above it. */
    List<String> open(int level, String title) {
        while (!levels.isEmpty() && levels.getLast() >= level) {
            levels.removeLast();
            titles.removeLast();
        }
        List<String> parents = List.copyOf(titles);
        levels.add(level);
        titles.add(title);
        return parents;
    }

    /** The headings above text read now, outermost first. */
    List<String> path() {
        return List.copyOf(titles);
    }
}
