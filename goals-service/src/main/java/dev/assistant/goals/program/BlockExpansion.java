package dev.assistant.goals.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One block's weekly-schedule expansion: which dated days and template links to add so that each
 * scheduled date has a day with its templates, reusing the days and links already there.
 */
final class BlockExpansion {

    private final String ownerId;
    private final UUID blockId;
    private final Map<LocalDate, UUID> dayByDate = new HashMap<>();
    private final Map<UUID, List<UUID>> templatesByDay = new HashMap<>();
    private final List<Object> newRows = new ArrayList<>();

    BlockExpansion(
            String ownerId,
            ProgramBlock block,
            List<ProgramDay> datedDays,
            List<ProgramDayTemplate> links) {
        this.ownerId = ownerId;
        this.blockId = block.id;
        datedDays.forEach(day -> dayByDate.putIfAbsent(day.date, day.id));
        links.forEach(
                link ->
                        templatesByDay
                                .computeIfAbsent(link.dayId, k -> new ArrayList<>())
                                .add(link.templateId));
    }

    /** The date should have a day with these templates (none: nothing to do that day). */
    void schedule(LocalDate date, List<UUID> templates) {
        if (templates.isEmpty()) {
            return;
        }
        UUID dayId = dayByDate.get(date);
        if (dayId == null) {
            ProgramDay day = ProgramDay.on(ownerId, blockId, date);
            newRows.add(day);
            dayId = day.id;
            dayByDate.put(date, dayId);
        }
        List<UUID> has = templatesByDay.computeIfAbsent(dayId, k -> new ArrayList<>());
        for (UUID template : templates) {
            if (!has.contains(template)) {
                newRows.add(ProgramDayTemplate.of(ownerId, dayId, template, has.size()));
                has.add(template);
            }
        }
    }

    /** Days before their template links, so inserts respect the foreign keys. */
    List<Object> newRows() {
        return newRows;
    }
}
