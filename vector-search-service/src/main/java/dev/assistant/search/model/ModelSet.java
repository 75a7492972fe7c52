package dev.assistant.search.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The models vectors are written for now: the active one (queries read it) and the one being built,
 * if any. Either may be null (a new database has no model until the first target is built).
 */
public record ModelSet(String active, String building) {

    public static final ModelSet NONE = new ModelSet(null, null);

    /** Every chunk written now needs a vector of each of these. */
    public List<String> live() {
        List<String> live = new ArrayList<>(2);
        if (active != null) {
            live.add(active);
        }
        if (building != null) {
            live.add(building);
        }
        return live;
    }
}
