-- goals-service, version 1: the fractal goal tree. Every row carries its tree's root_id and its owner.
-- Runs in schema "goals".

CREATE TABLE IF NOT EXISTS goals (
    id          uuid        PRIMARY KEY,
    owner_id    text        NOT NULL,
    root_id     uuid        NOT NULL,
    parent_id   uuid        CONSTRAINT goals_parent_fk REFERENCES goals (id),
    level       text        NOT NULL CONSTRAINT goals_level_known CHECK (level IN
                    ('UltimateGoal', 'LongTermGoal', 'MidTermGoal', 'ShortTermGoal', 'ImmediateGoal', 'MicroGoal', 'NanoGoal')),
    title       text        NOT NULL,
    description text,
    sort_order  integer     NOT NULL DEFAULT 0,
    completed_at timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    deleted_at  timestamptz,
    -- A root is its own root; a child always has a parent.
    CONSTRAINT goals_root_shape CHECK ((parent_id IS NULL AND root_id = id) OR (parent_id IS NOT NULL AND root_id <> id))
);

CREATE INDEX IF NOT EXISTS goals_owner_root_idx ON goals (owner_id, root_id, sort_order) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS goals_parent_idx ON goals (parent_id) WHERE parent_id IS NOT NULL;
