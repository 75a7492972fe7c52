package dev.assistant.goals.program;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.assistant.goals.goal.TreeRoots;
import dev.assistant.goals.template.TreeReferenceRepository;
import dev.assistant.kit.problem.InvalidField;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Program use cases: programs, their blocks (dates inside the program's), days (dates inside the
 * block's), day templates and block goals, all of the program's tree. Writes go through the
 * entities; reads with completion come from {@link ProgramViewRepository}, after the write's
 * commit.
 */
@ApplicationScoped
public class ProgramService {

    @Inject TreeRoots roots;

    @Inject ProgramRepository programs;

    @Inject ProgramBlockRepository blocks;

    @Inject ProgramDayRepository days;

    @Inject ProgramViewRepository views;

    @Inject TreeReferenceRepository references;

    // --- programs ---------------------------------------------------------------------------

    @WithTransaction
    public Uni<Program> create(String ownerId, ProgramRequest request) {
        Map<String, List<UUID>> schedule = orEmpty(request.weeklySchedule());
        return requireOwnedRoot(ownerId, request.rootId())
                .chain(() -> requireOrdered(request.startDate(), request.endDate()))
                .chain(() -> requireSchedule(ownerId, request.rootId(), schedule))
                .chain(
                        () -> {
                            Program program = new Program();
                            program.id = UUID.randomUUID();
                            program.ownerId = ownerId;
                            program.rootId = request.rootId();
                            program.name = request.name();
                            program.description = request.description();
                            program.startDate = request.startDate();
                            program.endDate = request.endDate();
                            program.active = request.active() == null || request.active();
                            program.weeklySchedule = schedule;
                            program.createdAt = OffsetDateTime.now();
                            program.updatedAt = program.createdAt;
                            return programs.persist(program);
                        });
    }

    @WithSession
    public Uni<List<Program>> list(String ownerId, UUID rootId) {
        return programs.listOwned(ownerId, rootId);
    }

    @WithSession
    public Uni<ProgramDetail> detail(String ownerId, UUID id) {
        return program(ownerId, id)
                .chain(
                        program ->
                                blocks.ofProgram(ownerId, id)
                                        .chain(
                                                list ->
                                                        Uni.combine()
                                                                .all()
                                                                .unis(
                                                                        views.blockGoals(
                                                                                ownerId, id),
                                                                        views.daysOfProgram(
                                                                                ownerId, id))
                                                                .with(
                                                                        (goals, dayList) ->
                                                                                new ProgramDetail(
                                                                                        program,
                                                                                        list, goals,
                                                                                        dayList))));
    }

    @WithTransaction
    public Uni<Void> update(String ownerId, UUID id, ProgramPatch patch) {
        return program(ownerId, id)
                .call(
                        program -> {
                            LocalDate start = or(patch.startDate(), program.startDate);
                            LocalDate end = or(patch.endDate(), program.endDate);
                            return requireOrdered(start, end)
                                    .chain(() -> requireBlocksWithin(ownerId, id, start, end))
                                    .chain(
                                            () ->
                                                    patch.weeklySchedule() == null
                                                            ? Uni.createFrom().voidItem()
                                                            : requireSchedule(
                                                                    ownerId,
                                                                    program.rootId,
                                                                    patch.weeklySchedule()));
                        })
                .invoke(
                        program -> {
                            program.name = or(patch.name(), program.name);
                            program.description = or(patch.description(), program.description);
                            program.startDate = or(patch.startDate(), program.startDate);
                            program.endDate = or(patch.endDate(), program.endDate);
                            program.active = or(patch.active(), program.active);
                            program.weeklySchedule =
                                    or(patch.weeklySchedule(), program.weeklySchedule);
                            program.updatedAt = OffsetDateTime.now();
                        })
                .replaceWithVoid();
    }

    /** Soft delete: the program, its blocks and days disappear from every read. */
    @WithTransaction
    public Uni<Void> delete(String ownerId, UUID id) {
        return program(ownerId, id)
                .invoke(
                        program -> {
                            program.deletedAt = OffsetDateTime.now();
                            program.updatedAt = program.deletedAt;
                        })
                .replaceWithVoid();
    }

    /**
     * Expands the weekly schedule over each block's dates (within the program's): a day per date
     * that has templates, with those templates. Idempotent: a date that already has a day in the
     * block gets only the templates it lacks.
     */
    @WithTransaction
    public Uni<Void> expandSchedule(String ownerId, UUID id) {
        return program(ownerId, id)
                .chain(
                        program -> {
                            Map<String, List<UUID>> schedule = orEmpty(program.weeklySchedule);
                            return references
                                    .templatesIn(
                                            ownerId,
                                            program.rootId,
                                            WeeklySchedule.allTemplates(schedule))
                                    .chain(
                                            live ->
                                                    blocks.ofProgram(ownerId, id)
                                                            .chain(
                                                                    list ->
                                                                            expandBlocks(
                                                                                    ownerId,
                                                                                    program,
                                                                                    schedule, live,
                                                                                    list)));
                        });
    }

    private Uni<Void> expandBlocks(
            String ownerId,
            Program program,
            Map<String, List<UUID>> schedule,
            Set<UUID> liveTemplates,
            List<ProgramBlock> blockList) {
        List<ProgramBlock> dated =
                blockList.stream().filter(b -> b.startDate != null && b.endDate != null).toList();
        if (dated.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ProgramBlock block : dated) {
            chain =
                    chain.chain(
                            () -> expandBlock(ownerId, program, schedule, liveTemplates, block));
        }
        return chain;
    }

    private Uni<Void> expandBlock(
            String ownerId,
            Program program,
            Map<String, List<UUID>> schedule,
            Set<UUID> liveTemplates,
            ProgramBlock block) {
        return days.datedDaysOf(ownerId, block.id)
                .chain(
                        existing ->
                                days.templatesOfBlocks(ownerId, List.of(block.id))
                                        .map(
                                                links ->
                                                        new BlockExpansion(
                                                                ownerId, block, existing, links)))
                .chain(
                        expansion -> {
                            LocalDate last = min(block.endDate, program.endDate);
                            for (LocalDate date = max(block.startDate, program.startDate);
                                    !date.isAfter(last);
                                    date = date.plusDays(1)) {
                                expansion.schedule(
                                        date,
                                        WeeklySchedule.templatesOn(schedule, date).stream()
                                                .filter(liveTemplates::contains)
                                                .toList());
                            }
                            return days.persistAll(expansion.newRows());
                        });
    }

    // --- blocks -----------------------------------------------------------------------------

    @WithTransaction
    public Uni<UUID> addBlock(String ownerId, UUID programId, BlockRequest request) {
        return program(ownerId, programId)
                .call(program -> requireBlockDates(program, request.startDate(), request.endDate()))
                .chain(
                        program -> {
                            ProgramBlock block = new ProgramBlock();
                            block.id = UUID.randomUUID();
                            block.ownerId = ownerId;
                            block.programId = programId;
                            block.name = request.name();
                            block.startDate = request.startDate();
                            block.endDate = request.endDate();
                            block.color = request.color();
                            block.sortOrder = request.sortOrder() == null ? 0 : request.sortOrder();
                            block.createdAt = OffsetDateTime.now();
                            block.updatedAt = block.createdAt;
                            return blocks.persist(block).map(saved -> saved.id);
                        });
    }

    @WithTransaction
    public Uni<Void> updateBlock(String ownerId, UUID id, BlockPatch patch) {
        return block(ownerId, id)
                .call(
                        block -> {
                            LocalDate start = or(patch.startDate(), block.startDate);
                            LocalDate end = or(patch.endDate(), block.endDate);
                            return programs.findOwned(ownerId, block.programId)
                                    .chain(program -> requireBlockDates(program, start, end))
                                    .chain(() -> days.countOutside(ownerId, id, start, end))
                                    .chain(
                                            outside ->
                                                    outside == 0
                                                            ? Uni.createFrom().voidItem()
                                                            : Uni.createFrom()
                                                                    .failure(
                                                                            InvalidField.of(
                                                                                    patch
                                                                                                            .startDate()
                                                                                                    != null
                                                                                            ? "startDate"
                                                                                            : "endDate",
                                                                                    "body",
                                                                                    "the block has days outside these dates")));
                        })
                .invoke(
                        block -> {
                            block.name = or(patch.name(), block.name);
                            block.startDate = or(patch.startDate(), block.startDate);
                            block.endDate = or(patch.endDate(), block.endDate);
                            block.color = or(patch.color(), block.color);
                            block.sortOrder = or(patch.sortOrder(), block.sortOrder);
                            block.updatedAt = OffsetDateTime.now();
                        })
                .replaceWithVoid();
    }

    /** Deletes the block with its days (their sessions keep existing, unlinked). */
    @WithTransaction
    public Uni<Void> deleteBlock(String ownerId, UUID id) {
        return block(ownerId, id).call(blocks::delete).replaceWithVoid();
    }

    /** Replaces the block's goals with these goals of the program's tree. */
    @WithTransaction
    public Uni<Void> setBlockGoals(String ownerId, UUID id, BlockGoalsRequest request) {
        return block(ownerId, id)
                .chain(block -> programs.findOwned(ownerId, block.programId))
                .chain(
                        program ->
                                references
                                        .goalsIn(ownerId, program.rootId, request.goalIds())
                                        .chain(
                                                found ->
                                                        requireAll(
                                                                "goalIds",
                                                                request.goalIds(),
                                                                found,
                                                                "no such goal in the program's tree")))
                .chain(() -> days.deleteGoalsOf(ownerId, id))
                .chain(
                        () ->
                                days.persistAll(
                                        request.goalIds().stream()
                                                .distinct()
                                                .map(
                                                        g ->
                                                                (Object)
                                                                        ProgramBlockGoal.of(
                                                                                ownerId, id, g))
                                                .toList()));
    }

    @WithSession
    public Uni<ProgramBlockResponse> blockDetail(String ownerId, UUID id) {
        return block(ownerId, id)
                .chain(
                        block ->
                                views.goalsOfBlock(ownerId, id)
                                        .chain(
                                                goals ->
                                                        views.daysOfBlock(ownerId, id)
                                                                .map(
                                                                        dayList ->
                                                                                ProgramBlockResponse
                                                                                        .from(
                                                                                                block,
                                                                                                goals,
                                                                                                dayList))));
    }

    public Uni<List<BlockGoalView>> blockGoals(String ownerId, UUID id) {
        return views.goalsOfBlock(ownerId, id);
    }

    // --- days -------------------------------------------------------------------------------

    @WithTransaction
    public Uni<UUID> addDay(String ownerId, UUID blockId, DayRequest request) {
        return block(ownerId, blockId)
                .call(block -> requireDayPlace(block, request.date(), request.dayNumber()))
                .chain(
                        block ->
                                days.persist(
                                                ProgramDay.of(
                                                        ownerId,
                                                        blockId,
                                                        request.date(),
                                                        request.dayNumber(),
                                                        request.name(),
                                                        request.notes()))
                                        .map(day -> day.id));
    }

    @WithTransaction
    public Uni<Void> updateDay(String ownerId, UUID id, DayRequest patch) {
        return day(ownerId, id)
                .call(
                        day ->
                                blocks.findById(day.blockId)
                                        .chain(
                                                block ->
                                                        requireDayPlace(
                                                                block,
                                                                or(patch.date(), day.date),
                                                                or(
                                                                        patch.dayNumber(),
                                                                        day.dayNumber))))
                .invoke(
                        day -> {
                            day.date = or(patch.date(), day.date);
                            day.dayNumber = or(patch.dayNumber(), day.dayNumber);
                            day.name = or(patch.name(), day.name);
                            day.notes = or(patch.notes(), day.notes);
                            day.updatedAt = OffsetDateTime.now();
                        })
                .replaceWithVoid();
    }

    @WithTransaction
    public Uni<Void> deleteDay(String ownerId, UUID id) {
        return day(ownerId, id).call(days::delete).replaceWithVoid();
    }

    /** Copies the day (name, notes, templates) to a date inside one of the program's blocks. */
    @WithTransaction
    public Uni<UUID> copyDay(String ownerId, UUID id, LocalDate date) {
        return day(ownerId, id)
                .chain(
                        source ->
                                blocks.findById(source.blockId)
                                        .chain(block -> blocks.ofProgram(ownerId, block.programId))
                                        .chain(
                                                list -> {
                                                    ProgramBlock target =
                                                            list.stream()
                                                                    .filter(b -> b.contains(date))
                                                                    .findFirst()
                                                                    .orElse(null);
                                                    if (target == null) {
                                                        return Uni.createFrom()
                                                                .failure(
                                                                        InvalidField.of(
                                                                                "date",
                                                                                "body",
                                                                                "not inside any block of the program"));
                                                    }
                                                    ProgramDay copy =
                                                            ProgramDay.of(
                                                                    ownerId,
                                                                    target.id,
                                                                    date,
                                                                    null,
                                                                    source.name,
                                                                    source.notes);
                                                    return days.templatesOf(ownerId, id)
                                                            .chain(
                                                                    links -> {
                                                                        List<Object> rows =
                                                                                new ArrayList<>();
                                                                        rows.add(copy);
                                                                        links.forEach(
                                                                                l ->
                                                                                        rows.add(
                                                                                                ProgramDayTemplate
                                                                                                        .of(
                                                                                                                ownerId,
                                                                                                                copy.id,
                                                                                                                l.templateId,
                                                                                                                l.sortOrder)));
                                                                        return days.persistAll(rows)
                                                                                .replaceWith(
                                                                                        copy.id);
                                                                    });
                                                }));
    }

    /** Replaces the day's templates with these templates of the program's tree, in order. */
    @WithTransaction
    public Uni<Void> setDayTemplates(String ownerId, UUID id, DayTemplatesRequest request) {
        List<UUID> ids = request.templateIds();
        return day(ownerId, id)
                .chain(day -> blocks.findById(day.blockId))
                .chain(block -> programs.findOwned(ownerId, block.programId))
                .chain(
                        program ->
                                references
                                        .templatesIn(ownerId, program.rootId, ids)
                                        .chain(
                                                found ->
                                                        requireAll(
                                                                "templateIds",
                                                                ids,
                                                                found,
                                                                "no such template in the program's tree")))
                .chain(() -> days.deleteTemplatesOf(ownerId, id))
                .chain(
                        () -> {
                            List<Object> links = new ArrayList<>();
                            List<UUID> distinct = ids.stream().distinct().toList();
                            for (int i = 0; i < distinct.size(); i++) {
                                links.add(ProgramDayTemplate.of(ownerId, id, distinct.get(i), i));
                            }
                            return days.persistAll(links);
                        });
    }

    public Uni<DayView> dayView(String ownerId, UUID id) {
        return views.day(ownerId, id)
                .onItem()
                .ifNull()
                .failWith(() -> new ProgramNotFoundException("program day", id));
    }

    @WithSession
    public Uni<List<DayView>> activeDays(String ownerId, UUID programId, LocalDate date) {
        return program(ownerId, programId).chain(() -> views.activeDays(ownerId, programId, date));
    }

    /** The program's dated days as an iCalendar feed. */
    @WithSession
    public Uni<String> calendar(String ownerId, UUID id) {
        return detail(ownerId, id).map(detail -> ICalendar.of(detail, Instant.now()));
    }

    // --- rules ------------------------------------------------------------------------------

    private Uni<Program> program(String ownerId, UUID id) {
        return programs.findOwned(ownerId, id)
                .onItem()
                .ifNull()
                .failWith(() -> new ProgramNotFoundException("program", id));
    }

    private Uni<ProgramBlock> block(String ownerId, UUID id) {
        return blocks.findOwned(ownerId, id)
                .onItem()
                .ifNull()
                .failWith(() -> new ProgramNotFoundException("program block", id));
    }

    private Uni<ProgramDay> day(String ownerId, UUID id) {
        return days.findOwned(ownerId, id)
                .onItem()
                .ifNull()
                .failWith(() -> new ProgramNotFoundException("program day", id));
    }

    private Uni<Void> requireOwnedRoot(String ownerId, UUID rootId) {
        return roots.require(ownerId, rootId);
    }

    private static Uni<Void> requireOrdered(LocalDate start, LocalDate end) {
        return end.isBefore(start)
                ? fail("endDate", "must not be before startDate")
                : Uni.createFrom().voidItem();
    }

    private Uni<Void> requireBlocksWithin(
            String ownerId, UUID programId, LocalDate start, LocalDate end) {
        return blocks.ofProgram(ownerId, programId)
                .chain(
                        list -> {
                            for (ProgramBlock block : list) {
                                if (block.startDate != null && block.startDate.isBefore(start)) {
                                    return fail("startDate", "a block starts before it");
                                }
                                if (block.endDate != null && block.endDate.isAfter(end)) {
                                    return fail("endDate", "a block ends after it");
                                }
                            }
                            return Uni.createFrom().voidItem();
                        });
    }

    private static Uni<Void> requireBlockDates(Program program, LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            return fail(start == null ? "startDate" : "endDate", "must not be null");
        }
        if (start.isBefore(program.startDate) || start.isAfter(program.endDate)) {
            return fail("startDate", "must be inside the program's dates");
        }
        if (end.isBefore(start)) {
            return fail("endDate", "must not be before startDate");
        }
        if (end.isAfter(program.endDate)) {
            return fail("endDate", "must be inside the program's dates");
        }
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> requireDayPlace(ProgramBlock block, LocalDate date, Integer number) {
        if (date == null && number == null) {
            return fail("date", "a day needs a date or a dayNumber");
        }
        if (date != null && !block.contains(date)) {
            return fail("date", "must be inside the block's dates");
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> requireSchedule(
            String ownerId, UUID rootId, Map<String, List<UUID>> schedule) {
        for (Map.Entry<String, List<UUID>> entry : schedule.entrySet()) {
            if (!WeeklySchedule.isKnownDay(entry.getKey())) {
                return fail(
                        "weeklySchedule." + entry.getKey(),
                        "must be a weekday name (monday..sunday) or daily");
            }
            if (entry.getValue() == null || entry.getValue().contains(null)) {
                return fail("weeklySchedule." + entry.getKey(), "must be a list of template ids");
            }
        }
        return references
                .templatesIn(ownerId, rootId, WeeklySchedule.allTemplates(schedule))
                .chain(
                        found -> {
                            for (Map.Entry<String, List<UUID>> entry : schedule.entrySet()) {
                                Uni<Void> missing =
                                        requireAll(
                                                "weeklySchedule." + entry.getKey(),
                                                entry.getValue(),
                                                found,
                                                "no such template in the program's tree");
                                if (missing != null) {
                                    return missing;
                                }
                            }
                            return Uni.createFrom().voidItem();
                        });
    }

    /** A 400 naming field[i] for the first id not found; null-safe "all present" otherwise. */
    private static Uni<Void> requireAll(
            String field, List<UUID> ids, Set<UUID> found, String message) {
        for (int i = 0; i < ids.size(); i++) {
            if (!found.contains(ids.get(i))) {
                return fail(field + "[" + i + "]", message);
            }
        }
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> fail(String field, String message) {
        return Uni.createFrom().failure(InvalidField.of(field, "body", message));
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static Map<String, List<UUID>> orEmpty(Map<String, List<UUID>> schedule) {
        return schedule == null ? Map.of() : schedule;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
