package dev.assistant.goals.goal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A tree's rows (fetched by one indexed lookup on owner and root) put in order here rather than by
 * a recursive query: pre-order, each goal before its children, siblings by sort order, then age,
 * then id.
 */
final class GoalTree {

    static final Comparator<Goal> SIBLINGS =
            Comparator.comparingInt(Goal::sortOrder)
                    .thenComparing(Goal::createdAt)
                    .thenComparing(Goal::id);

    private GoalTree() {}

    /**
     * The goal {@code top} and everything below it among {@code rows}, in pre-order; a row whose
     * parent is not among them is not reached. Empty when {@code top} is not among them.
     */
    static List<Goal> preOrder(List<Goal> rows, UUID top) {
        Map<UUID, List<Goal>> children = new HashMap<>();
        Goal start = null;
        for (Goal goal : rows) {
            if (goal.id().equals(top)) {
                start = goal;
            } else if (goal.parentId() != null) {
                children.computeIfAbsent(goal.parentId(), k -> new ArrayList<>()).add(goal);
            }
        }
        if (start == null) {
            return List.of();
        }
        List<Goal> ordered = new ArrayList<>(rows.size());
        Deque<Goal> pending = new ArrayDeque<>();
        pending.push(start);
        while (!pending.isEmpty()) {
            Goal goal = pending.pop();
            ordered.add(goal);
            List<Goal> below = children.get(goal.id());
            if (below != null) {
                below.sort(SIBLINGS.reversed());
                below.forEach(pending::push);
            }
        }
        return ordered;
    }

    /** The goals directly below {@code parent} among {@code rows}, in sibling order. */
    static List<Goal> childrenOf(List<Goal> rows, UUID parent) {
        return rows.stream().filter(g -> parent.equals(g.parentId())).sorted(SIBLINGS).toList();
    }
}
