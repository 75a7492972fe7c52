package dev.assistant.goals.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.assistant.goals.goal.GoalLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A whole tree as exported, and as POST /api/goals/imports takes it back: one array per table
 * ({@link ExportTables}), each row with its columns in camelCase, soft-deleted rows included (with
 * deletedAt). Ids are the exporting account's; an import gives every row a new one.
 */
public record TreeExport(
        @NotBlank @Pattern(regexp = TreeExport.FORMAT) String format,
        @NotNull @Positive Integer version,
        @Schema(nullable = true) OffsetDateTime exportedAt,
        @NotNull @Size(min = 1, max = 200_000) List<@NotNull @Valid GoalRow> goals,
        @Size(max = 200_000) List<@NotNull @Valid ActivityGroupRow> activityGroups,
        @Size(max = 200_000) List<@NotNull @Valid ActivityRow> activities,
        @Size(max = 200_000) List<@NotNull @Valid MetricRow> metrics,
        @Size(max = 200_000) List<@NotNull @Valid SplitRow> splits,
        @Size(max = 200_000) List<@NotNull @Valid TargetRow> targets,
        @Size(max = 200_000) List<@NotNull @Valid TemplateRow> templates,
        @Size(max = 200_000) List<@NotNull @Valid ProgramRow> programs,
        @Size(max = 200_000) List<@NotNull @Valid ProgramBlockRow> programBlocks,
        @Size(max = 200_000) List<@NotNull @Valid ProgramBlockGoalRow> programBlockGoals,
        @Size(max = 200_000) List<@NotNull @Valid ProgramDayRow> programDays,
        @Size(max = 200_000) List<@NotNull @Valid ProgramDayTemplateRow> programDayTemplates,
        @Size(max = 200_000) List<@NotNull @Valid SessionRow> sessions,
        @Size(max = 200_000) List<@NotNull @Valid SessionGoalRow> sessionGoals,
        @Size(max = 200_000) List<@NotNull @Valid ActivityInstanceRow> activityInstances,
        @Size(max = 200_000) List<@NotNull @Valid MetricValueRow> metricValues,
        @Size(max = 200_000) List<@NotNull @Valid NoteRow> notes) {

    public static final String FORMAT = "assistant-suite/goals-tree";
    public static final int VERSION = 1;

    /** A goal; the one without parentId is the root. */
    public record GoalRow(
            @NotNull UUID id,
            @Schema(nullable = true) UUID parentId,
            @NotNull GoalLevel level,
            @NotNull String title,
            @Schema(nullable = true) String description,
            @Schema(nullable = true) LocalDate deadline,
            @NotNull Integer sortOrder,
            @Schema(nullable = true) OffsetDateTime completedAt,
            @NotNull OffsetDateTime createdAt,
            @NotNull OffsetDateTime updatedAt,
            @Schema(nullable = true) OffsetDateTime deletedAt) {}

    public record ActivityGroupRow(
            @NotNull UUID id,
            @NotNull String name,
            @Schema(nullable = true) String description,
            @NotNull Integer sortOrder,
            @NotNull OffsetDateTime createdAt,
            @NotNull OffsetDateTime updatedAt,
            @Schema(nullable = true) OffsetDateTime deletedAt) {}

    /** An activity definition. */
    public record ActivityRow(
            @NotNull UUID id,
            @Schema(nullable = true) UUID groupId,
            @NotNull String name,
            @Schema(nullable = true) String description,
            @NotNull Boolean hasSets,
            @NotNull Boolean hasMetrics,
            @NotNull Boolean metricsMultiplicative,
            @NotNull Boolean hasSplits,
            @NotNull Integer sortOrder,
            @NotNull OffsetDateTime createdAt,
            @NotNull OffsetDateTime updatedAt,
            @Schema(nullable = true) OffsetDateTime deletedAt) {}

    /** A metric of an activity. */
    public record MetricRow(
            @NotNull UUID id,
            @NotNull UUID activityId,
            @NotNull String name,
            @NotNull String unit,
            @NotNull Boolean isActive,
            @NotNull Boolean isTopSetMetric,
            @NotNull Boolean isMultiplicative,
            @NotNull Boolean recovered,
            @NotNull Integer sortOrder,
            @NotNull OffsetDateTime createdAt,
            @NotNull OffsetDateTime updatedAt,
            @Schema(nullable = true) OffsetDateTime deletedAt) {}

    /** A split of an activity. */
    public record SplitRow(
            @NotNull UUID id,
            @NotNull UUID activityId,
            @NotNull String name,
            @NotNull Integer sortOrder,
            @NotNull OffsetDateTime createdAt,
            @NotNull OffsetDateTime updatedAt,
            @Schema(nullable = true) OffsetDateTime deletedAt) {}

    /** A goal target; thresholds are [{metricId, min}]. */
    public record TargetRow(
            @NotNull UUID id,
            @NotNull UUID goalId,
            @Schema(nullable = true) UUID activityId,
            @NotNull String name,
            @Schema(nullable = true) String description,
            @NotNull
                    @Schema(
                            type = SchemaType.ARRAY,
                            description =
                                    "any JSON value as stored; an array when written through the API")
                    Object thresholds,
            @Schema(nullable = true) OffsetDateTime achievedAt,
            @Schema(nullable = true) UUID achievedBy,
            @NotNull OffsetDateTime createdAt,
            @NotNull OffsetDateTime updatedAt) {}

    /** A session template. */
    public record TemplateRow(
            @NotNull UUID id,
            @NotNull String name,
            @Schema(nullable = true) String description,
            @NotNull
                    @Schema(
                            type = SchemaType.OBJECT,
                            description =
                                    "any JSON value as stored; an object when written through the API")
                    Object templateData,
            @NotNull OffsetDateTime createdAt,
            @NotNull OffsetDateTime updatedAt,
            @Schema(nullable = true) OffsetDateTime deletedAt) {}

    /** A program; weeklySchedule maps weekdays to template ids. */
    public record ProgramRow(
            @NotNull UUID id,
            @NotNull String name,
            @Schema(nullable = true) String description,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @NotNull Boolean isActive,
            @NotNull
                    @Schema(
                            type = SchemaType.OBJECT,
                            description =
                                    "any JSON value as stored; an object when written through the API")
                    Object weeklySchedule,
            @NotNull OffsetDateTime createdAt,
            @NotNull OffsetDateTime updatedAt,
            @Schema(nullable = true) OffsetDateTime deletedAt) {}

    public record ProgramBlockRow(
            @NotNull UUID id,
            @NotNull UUID programId,
            @NotNull String name,
            @Schema(nullable = true) LocalDate startDate,
            @Schema(nullable = true) LocalDate endDate,
            @Schema(nullable = true) String color,
            @NotNull Integer sortOrder,
            @NotNull OffsetDateTime createdAt,
            @NotNull OffsetDateTime updatedAt) {}

    public record ProgramBlockGoalRow(@NotNull UUID blockId, @NotNull UUID goalId) {}

    public record ProgramDayRow(
            @NotNull UUID id,
            @NotNull UUID blockId,
            @Schema(nullable = true) LocalDate dayDate,
            @Schema(nullable = true) @Positive Integer dayNumber,
            @Schema(nullable = true) String name,
            @Schema(nullable = true) String notes,
            @NotNull Boolean isCompleted,
            @Schema(nullable = true) OffsetDateTime completedAt,
            @NotNull OffsetDateTime createdAt,
            @NotNull OffsetDateTime updatedAt) {}

    public record ProgramDayTemplateRow(
            @NotNull UUID programDayId,
            @NotNull UUID sessionTemplateId,
            @NotNull Integer sortOrder) {}

    public record SessionRow(
            @NotNull UUID id,
            @NotNull String name,
            @Schema(nullable = true) String description,
            @Schema(nullable = true) OffsetDateTime sessionStart,
            @Schema(nullable = true) OffsetDateTime sessionEnd,
            @Schema(nullable = true) Integer durationMinutes,
            @Schema(nullable = true) Integer totalDurationSeconds,
            @Schema(nullable = true) UUID templateId,
            @Schema(nullable = true) UUID programDayId,
            @NotNull
                    @Schema(
                            type = SchemaType.OBJECT,
                            description =
                                    "any JSON value as stored; an object when written through the API")
                    Object attributes,
            @NotNull Boolean completed,
            @Schema(nullable = true) OffsetDateTime completedAt,
            @NotNull OffsetDateTime createdAt,
            @NotNull OffsetDateTime updatedAt,
            @Schema(nullable = true) OffsetDateTime deletedAt) {}

    public record SessionGoalRow(
            @NotNull UUID sessionId,
            @NotNull UUID goalId,
            @NotNull @Pattern(regexp = "short_term|immediate") String goalType,
            @NotNull OffsetDateTime createdAt) {}

    public record ActivityInstanceRow(
            @NotNull UUID id,
            @Schema(nullable = true) UUID sessionId,
            @NotNull UUID activityDefinitionId,
            @NotNull Integer sortOrder,
            @Schema(nullable = true) OffsetDateTime timeStart,
            @Schema(nullable = true) OffsetDateTime timeStop,
            @Schema(nullable = true) @PositiveOrZero Integer durationSeconds,
            @NotNull Boolean completed,
            @Schema(nullable = true) String notes,
            @NotNull OffsetDateTime createdAt,
            @NotNull OffsetDateTime updatedAt,
            @Schema(nullable = true) OffsetDateTime deletedAt) {}

    public record MetricValueRow(
            @NotNull UUID id,
            @NotNull UUID activityInstanceId,
            @NotNull UUID metricDefinitionId,
            @Schema(nullable = true) UUID splitDefinitionId,
            @Schema(nullable = true) @PositiveOrZero Integer setIndex,
            @NotNull Double value,
            @NotNull OffsetDateTime createdAt,
            @NotNull OffsetDateTime updatedAt) {}

    public record NoteRow(
            @NotNull UUID id,
            @NotNull @Pattern(regexp = "session|activity_instance|set|activity_definition")
                    String contextType,
            @Schema(nullable = true) UUID sessionId,
            @Schema(nullable = true) UUID activityInstanceId,
            @Schema(nullable = true) UUID activityDefinitionId,
            @Schema(nullable = true) @PositiveOrZero Integer setIndex,
            @NotNull String content,
            @NotNull OffsetDateTime createdAt,
            @NotNull OffsetDateTime updatedAt,
            @Schema(nullable = true) OffsetDateTime deletedAt) {}
}
