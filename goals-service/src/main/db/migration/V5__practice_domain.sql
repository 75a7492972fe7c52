-- goals-service, version 5: everything the fractal tracker kept besides the goal tree — targets,
-- activities and their metrics, sessions and their activity instances, notes, templates and
-- programs. Runs in schema "goals"; new tables only, so it is an expand step old code ignores.
--
-- Rules every table follows:
--   * owner_id on every row: each statement filters on it (a user never reaches another's rows) and
--     erasure deletes by it without walking the tree;
--   * root_id on every tree-scoped row: a whole tree's rows are fetched by one indexed lookup;
--   * deleted_at is a soft delete (restorable); erasure and "delete forever" are physical;
--   * legacy_id keeps the SQLite id of an imported row (migration-job import goals): the new id is
--     derived from (owner, table, legacy_id), so a re-run finds the same row;
--   * foreign keys are enforced (the legacy app never did): an import quarantines or recovers
--     orphans instead of writing dangling references.

ALTER TABLE goals ADD COLUMN IF NOT EXISTS deadline date;
ALTER TABLE goals ADD COLUMN IF NOT EXISTS legacy_id text;

CREATE TABLE IF NOT EXISTS activity_groups (
    id          uuid        PRIMARY KEY,
    owner_id    text        NOT NULL,
    root_id     uuid        NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    name        text        NOT NULL,
    description text,
    sort_order  integer     NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    deleted_at  timestamptz,
    legacy_id   text
);
CREATE INDEX IF NOT EXISTS activity_groups_root_idx ON activity_groups (owner_id, root_id, sort_order);

CREATE TABLE IF NOT EXISTS activity_definitions (
    id                      uuid        PRIMARY KEY,
    owner_id                text        NOT NULL,
    root_id                 uuid        NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    group_id                uuid        REFERENCES activity_groups (id) ON DELETE SET NULL,
    name                    text        NOT NULL,
    description             text,
    has_sets                boolean     NOT NULL DEFAULT false,
    has_metrics             boolean     NOT NULL DEFAULT true,
    metrics_multiplicative  boolean     NOT NULL DEFAULT false,
    has_splits              boolean     NOT NULL DEFAULT false,
    sort_order              integer     NOT NULL DEFAULT 0,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    deleted_at              timestamptz,
    legacy_id               text
);
CREATE INDEX IF NOT EXISTS activity_definitions_root_idx ON activity_definitions (owner_id, root_id, sort_order);

-- Up to 3 per activity through the API (the service checks; an import keeps what the user had).
-- recovered: created by an import for metric values whose definition the legacy app hard-deleted.
CREATE TABLE IF NOT EXISTS metric_definitions (
    id                  uuid        PRIMARY KEY,
    owner_id            text        NOT NULL,
    activity_id         uuid        NOT NULL REFERENCES activity_definitions (id) ON DELETE CASCADE,
    name                text        NOT NULL,
    unit                text        NOT NULL DEFAULT '',
    is_active           boolean     NOT NULL DEFAULT true,
    is_top_set_metric   boolean     NOT NULL DEFAULT false,
    is_multiplicative   boolean     NOT NULL DEFAULT true,
    recovered           boolean     NOT NULL DEFAULT false,
    sort_order          integer     NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    deleted_at          timestamptz,
    legacy_id           text
);
CREATE INDEX IF NOT EXISTS metric_definitions_activity_idx ON metric_definitions (activity_id, sort_order);

-- Up to 5 per activity through the API.
CREATE TABLE IF NOT EXISTS split_definitions (
    id          uuid        PRIMARY KEY,
    owner_id    text        NOT NULL,
    activity_id uuid        NOT NULL REFERENCES activity_definitions (id) ON DELETE CASCADE,
    name        text        NOT NULL,
    sort_order  integer     NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    deleted_at  timestamptz,
    legacy_id   text
);
CREATE INDEX IF NOT EXISTS split_definitions_activity_idx ON split_definitions (activity_id, sort_order);

-- A goal's target: an activity and the metric thresholds an instance of it must reach
-- ([{"metricId": uuid, "min": number}]); achieved_at is when an instance first met all of them.
CREATE TABLE IF NOT EXISTS goal_targets (
    id              uuid        PRIMARY KEY,
    owner_id        text        NOT NULL,
    root_id         uuid        NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    goal_id         uuid        NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    activity_id     uuid        REFERENCES activity_definitions (id) ON DELETE SET NULL,
    name            text        NOT NULL,
    description     text,
    thresholds      jsonb       NOT NULL DEFAULT '[]',
    achieved_at     timestamptz,
    achieved_by     uuid,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    legacy_id       text
);
CREATE INDEX IF NOT EXISTS goal_targets_goal_idx ON goal_targets (goal_id);
CREATE INDEX IF NOT EXISTS goal_targets_activity_idx ON goal_targets (owner_id, activity_id) WHERE achieved_at IS NULL;

CREATE TABLE IF NOT EXISTS session_templates (
    id              uuid        PRIMARY KEY,
    owner_id        text        NOT NULL,
    root_id         uuid        NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    name            text        NOT NULL,
    description     text,
    template_data   jsonb       NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    deleted_at      timestamptz,
    legacy_id       text
);
CREATE INDEX IF NOT EXISTS session_templates_root_idx ON session_templates (owner_id, root_id);

CREATE TABLE IF NOT EXISTS programs (
    id              uuid        PRIMARY KEY,
    owner_id        text        NOT NULL,
    root_id         uuid        NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    name            text        NOT NULL,
    description     text,
    start_date      date        NOT NULL,
    end_date        date        NOT NULL,
    is_active       boolean     NOT NULL DEFAULT true,
    -- {"monday": [templateId, ...], ...}: expanded over each block's dates into program days.
    weekly_schedule jsonb       NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    deleted_at      timestamptz,
    legacy_id       text,
    CONSTRAINT programs_dates_ordered CHECK (end_date >= start_date)
);
CREATE INDEX IF NOT EXISTS programs_root_idx ON programs (owner_id, root_id);

CREATE TABLE IF NOT EXISTS program_blocks (
    id          uuid        PRIMARY KEY,
    owner_id    text        NOT NULL,
    program_id  uuid        NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    name        text        NOT NULL,
    start_date  date,
    end_date    date,
    color       text,
    sort_order  integer     NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    legacy_id   text
);
CREATE INDEX IF NOT EXISTS program_blocks_program_idx ON program_blocks (program_id, start_date);

-- Goals attached to a block; the block's end date is the goal's deadline within the program.
CREATE TABLE IF NOT EXISTS program_block_goals (
    block_id    uuid        NOT NULL REFERENCES program_blocks (id) ON DELETE CASCADE,
    goal_id     uuid        NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    owner_id    text        NOT NULL,
    PRIMARY KEY (block_id, goal_id)
);

CREATE TABLE IF NOT EXISTS program_days (
    id              uuid        PRIMARY KEY,
    owner_id        text        NOT NULL,
    block_id        uuid        NOT NULL REFERENCES program_blocks (id) ON DELETE CASCADE,
    day_date        date,
    day_number      integer,
    name            text,
    notes           text,
    is_completed    boolean     NOT NULL DEFAULT false,
    completed_at    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    legacy_id       text
);
CREATE INDEX IF NOT EXISTS program_days_block_idx ON program_days (block_id, day_date, day_number);

CREATE TABLE IF NOT EXISTS program_day_templates (
    program_day_id      uuid    NOT NULL REFERENCES program_days (id) ON DELETE CASCADE,
    session_template_id uuid    NOT NULL REFERENCES session_templates (id) ON DELETE CASCADE,
    owner_id            text    NOT NULL,
    sort_order          integer NOT NULL DEFAULT 0,
    PRIMARY KEY (program_day_id, session_template_id)
);

CREATE TABLE IF NOT EXISTS sessions (
    id                      uuid        PRIMARY KEY,
    owner_id                text        NOT NULL,
    root_id                 uuid        NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    name                    text        NOT NULL,
    description             text,
    session_start           timestamptz,
    session_end             timestamptz,
    duration_minutes        integer,
    total_duration_seconds  integer,
    template_id             uuid        REFERENCES session_templates (id) ON DELETE SET NULL,
    program_day_id          uuid        REFERENCES program_days (id) ON DELETE SET NULL,
    attributes              jsonb       NOT NULL DEFAULT '{}',
    completed               boolean     NOT NULL DEFAULT false,
    completed_at            timestamptz,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    deleted_at              timestamptz,
    legacy_id               text,
    CONSTRAINT sessions_end_after_start CHECK (session_end IS NULL OR session_start IS NULL OR session_end >= session_start)
);
-- Keyset paging (newest first) and date filters; the heatmap reads the same index.
CREATE INDEX IF NOT EXISTS sessions_owner_start_idx ON sessions (owner_id, (coalesce(session_start, created_at)) DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS sessions_root_idx ON sessions (owner_id, root_id) WHERE deleted_at IS NULL;

CREATE TABLE IF NOT EXISTS session_goals (
    session_id  uuid        NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    goal_id     uuid        NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    owner_id    text        NOT NULL,
    goal_type   text        NOT NULL CONSTRAINT session_goals_type_known CHECK (goal_type IN ('short_term', 'immediate')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, goal_id)
);
CREATE INDEX IF NOT EXISTS session_goals_goal_idx ON session_goals (goal_id);

CREATE TABLE IF NOT EXISTS activity_instances (
    id                      uuid        PRIMARY KEY,
    owner_id                text        NOT NULL,
    root_id                 uuid        NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    session_id              uuid        REFERENCES sessions (id) ON DELETE CASCADE,
    activity_definition_id  uuid        NOT NULL REFERENCES activity_definitions (id) ON DELETE CASCADE,
    sort_order              integer     NOT NULL DEFAULT 0,
    time_start              timestamptz,
    time_stop               timestamptz,
    duration_seconds        integer,
    completed               boolean     NOT NULL DEFAULT false,
    notes                   text,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    deleted_at              timestamptz,
    legacy_id               text,
    CONSTRAINT activity_instances_stop_after_start CHECK (time_stop IS NULL OR time_start IS NULL OR time_stop >= time_start),
    CONSTRAINT activity_instances_duration_positive CHECK (duration_seconds IS NULL OR duration_seconds >= 0)
);
CREATE INDEX IF NOT EXISTS activity_instances_session_idx ON activity_instances (session_id, sort_order) WHERE deleted_at IS NULL;
-- An activity's history (last N instances) and its progress over time.
CREATE INDEX IF NOT EXISTS activity_instances_definition_idx ON activity_instances (owner_id, activity_definition_id, created_at DESC) WHERE deleted_at IS NULL;

-- One value of one metric; set_index is null unless the activity has sets, split_definition_id
-- null unless it has splits.
CREATE TABLE IF NOT EXISTS metric_values (
    id                      uuid        PRIMARY KEY,
    owner_id                text        NOT NULL,
    activity_instance_id    uuid        NOT NULL REFERENCES activity_instances (id) ON DELETE CASCADE,
    metric_definition_id    uuid        NOT NULL REFERENCES metric_definitions (id) ON DELETE CASCADE,
    split_definition_id     uuid        REFERENCES split_definitions (id) ON DELETE SET NULL,
    set_index               integer,
    value                   double precision NOT NULL,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    legacy_id               text,
    CONSTRAINT metric_values_set_index_natural CHECK (set_index IS NULL OR set_index >= 0)
);
CREATE INDEX IF NOT EXISTS metric_values_instance_idx ON metric_values (activity_instance_id, metric_definition_id, set_index);
CREATE INDEX IF NOT EXISTS metric_values_metric_idx ON metric_values (metric_definition_id);

-- A note about a session, an activity instance (optionally one of its sets) or an activity
-- definition. context_type names which; the matching reference columns are set.
CREATE TABLE IF NOT EXISTS notes (
    id                      uuid        PRIMARY KEY,
    owner_id                text        NOT NULL,
    root_id                 uuid        NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    context_type            text        NOT NULL CONSTRAINT notes_context_known CHECK (context_type IN ('session', 'activity_instance', 'set', 'activity_definition')),
    session_id              uuid        REFERENCES sessions (id) ON DELETE CASCADE,
    activity_instance_id    uuid        REFERENCES activity_instances (id) ON DELETE CASCADE,
    activity_definition_id  uuid        REFERENCES activity_definitions (id) ON DELETE CASCADE,
    set_index               integer,
    content                 text        NOT NULL,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    deleted_at              timestamptz,
    legacy_id               text
);
CREATE INDEX IF NOT EXISTS notes_session_idx ON notes (session_id) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS notes_definition_idx ON notes (owner_id, activity_definition_id, created_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS notes_instance_idx ON notes (activity_instance_id) WHERE deleted_at IS NULL;

-- An import finds its rows again by (owner, legacy id); goals' own index is in V6 (existing table).
CREATE UNIQUE INDEX IF NOT EXISTS sessions_legacy_idx ON sessions (owner_id, legacy_id) WHERE legacy_id IS NOT NULL;
