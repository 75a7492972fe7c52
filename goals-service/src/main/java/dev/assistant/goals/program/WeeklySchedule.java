package dev.assistant.goals.program;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A program's weekly schedule: weekday names ("monday".."sunday") to the templates done that day;
 * "daily" (as the legacy tracker wrote) to templates done every day.
 */
final class WeeklySchedule {

    static final String DAILY = "daily";

    private WeeklySchedule() {}

    static boolean isKnownDay(String key) {
        if (DAILY.equals(key)) {
            return true;
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** The templates for a date: its weekday's, then the daily ones, each once. */
    static List<UUID> templatesOn(Map<String, List<UUID>> schedule, LocalDate date) {
        Set<UUID> ids = new LinkedHashSet<>();
        ids.addAll(
                schedule.getOrDefault(
                        date.getDayOfWeek().name().toLowerCase(Locale.ROOT), List.of()));
        ids.addAll(schedule.getOrDefault(DAILY, List.of()));
        return new ArrayList<>(ids);
    }

    static Set<UUID> allTemplates(Map<String, List<UUID>> schedule) {
        Set<UUID> ids = new LinkedHashSet<>();
        schedule.values().forEach(ids::addAll);
        return ids;
    }
}
