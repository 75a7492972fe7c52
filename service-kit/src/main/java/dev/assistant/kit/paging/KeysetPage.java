package dev.assistant.kit.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paged list: the repository is asked for {@link #fetchSize(int) one row more}
 * than the page holds; that extra row only tells that a next page exists, and then {@code
 * nextCursor} is the position of the page's last item. {@code nextCursor} is null on the last page.
 */
public record KeysetPage<T>(List<T> items, String nextCursor) {

    /**
     * Rows to fetch for a page of {@code limit} items: one more, to know whether a next page
     * exists.
     */
    public static int fetchSize(int limit) {
        return limit + 1;
    }

    /**
     * The first {@code limit} of what was found, and the cursor after the last of them when more
     * were found.
     */
    public static <T> KeysetPage<T> of(
            List<T> found, int limit, Function<? super T, Cursor> position) {
        if (found.size() <= limit) {
            return new KeysetPage<>(found, null);
        }
        List<T> items = found.subList(0, limit);
        return new KeysetPage<>(items, position.apply(items.getLast()).encode());
    }
}
