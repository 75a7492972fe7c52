#!/usr/bin/env python3
"""Writes a large goals.db of the legacy tracker's last SQLite generation (v4), shaped like the real
files: trees of goals (every level), sessions linked to short-term goals, activity instances with
metric values (a third of them on metric definitions that were hard-deleted), set values kept only
in the instances' data JSON, notes, soft-deleted rows, naive UTC timestamps.

usage: generate.py FILE TREES GOALS_PER_TREE SESSIONS INSTANCES_PER_SESSION VALUES_PER_INSTANCE
"""
import json
import random
import sqlite3
import sys
import uuid
from datetime import datetime, timedelta

path, trees, goals_per_tree, sessions, per_session, per_instance = sys.argv[1], *map(int, sys.argv[2:])
rnd = random.Random(42)
LEVELS = ["UltimateGoal", "LongTermGoal", "MidTermGoal", "ShortTermGoal", "ImmediateGoal", "MicroGoal", "NanoGoal"]
T0 = datetime(2025, 1, 1)


def uid():
    return str(uuid.UUID(int=rnd.getrandbits(128), version=4))


def ts(seconds):
    return (T0 + timedelta(seconds=seconds)).strftime("%Y-%m-%d %H:%M:%S.%f")


db = sqlite3.connect(path)
db.executescript("""
PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
CREATE TABLE goals (id TEXT PRIMARY KEY, type TEXT, name TEXT, description TEXT, deadline TEXT, completed BOOLEAN, created_at TEXT,
  parent_id TEXT, root_id TEXT, duration_minutes INTEGER, session_data TEXT, targets TEXT, updated_at TEXT, session_start TEXT,
  session_end TEXT, total_duration_seconds INTEGER, template_id TEXT, attributes TEXT, deleted_at TEXT, sort_order INTEGER,
  program_day_id TEXT, completed_at TEXT);
CREATE TABLE activity_definitions (id TEXT PRIMARY KEY, root_id TEXT, name TEXT, description TEXT, created_at TEXT, has_sets BOOLEAN,
  has_metrics BOOLEAN, metrics_multiplicative BOOLEAN, has_splits BOOLEAN, group_id TEXT, deleted_at TEXT, updated_at TEXT);
CREATE TABLE metric_definitions (id TEXT PRIMARY KEY, activity_id TEXT, name TEXT, unit TEXT, created_at TEXT, deleted_at TEXT,
  is_active BOOLEAN, is_top_set_metric BOOLEAN, is_multiplicative BOOLEAN, root_id TEXT, updated_at TEXT, sort_order INTEGER);
CREATE TABLE sessions (id TEXT PRIMARY KEY, root_id TEXT, name TEXT, description TEXT, session_start TEXT, session_end TEXT,
  duration_minutes INTEGER, total_duration_seconds INTEGER, template_id TEXT, program_day_id TEXT, attributes TEXT, created_at TEXT,
  updated_at TEXT, deleted_at TEXT, completed BOOLEAN, completed_at TEXT);
CREATE TABLE session_goals (session_id TEXT, goal_id TEXT, goal_type TEXT, created_at TEXT);
CREATE TABLE activity_instances (id TEXT PRIMARY KEY, practice_session_id TEXT, activity_definition_id TEXT, created_at TEXT,
  time_start TEXT, time_stop TEXT, duration_seconds INTEGER, root_id TEXT, deleted_at TEXT, updated_at TEXT, sort_order INTEGER,
  completed BOOLEAN, notes TEXT, data TEXT, session_id TEXT);
CREATE TABLE metric_values (id TEXT PRIMARY KEY, activity_instance_id TEXT, metric_definition_id TEXT, value REAL, root_id TEXT,
  updated_at TEXT, created_at TEXT, split_definition_id TEXT);
CREATE TABLE notes (id TEXT PRIMARY KEY, root_id TEXT, context_type TEXT, context_id TEXT, session_id TEXT, activity_instance_id TEXT,
  activity_definition_id TEXT, set_index INTEGER, content TEXT, created_at TEXT, updated_at TEXT, deleted_at TEXT);
""")

roots, short_terms, activities = [], {}, {}
for t in range(trees):
    root = uid()
    roots.append(root)
    rows = [(root, "UltimateGoal", f"Tree {t} 🎯", None, None, 0, ts(t), None, root, 0, None)]
    by_level = {0: [root]}
    for g in range(1, goals_per_tree):
        level = min(6, 1 + int(rnd.random() * 4) + (1 if rnd.random() < 0.2 else 0))
        parent = rnd.choice(by_level.get(level - 1) or by_level[max(k for k in by_level if k < level)])
        gid = uid()
        by_level.setdefault(level, []).append(gid)
        rows.append((gid, LEVELS[level], f"Goal {t}.{g} — luyện tập", None, None, int(rnd.random() < 0.3), ts(t * 1000 + g),
                     parent, None if rnd.random() < 0.5 else root, g, ts(t * 1000 + g + 60) if rnd.random() < 0.02 else None))
    db.executemany("INSERT INTO goals (id, type, name, description, deadline, completed, created_at, parent_id, root_id, sort_order, deleted_at)"
                   " VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    short_terms[root] = by_level.get(3, [root])
    acts = []
    for a in range(10):
        aid = uid()
        metrics = [uid() for _ in range(3)]
        acts.append((aid, metrics, [uid() for _ in range(2)]))  # two hard-deleted metric ids per activity
        db.execute("INSERT INTO activity_definitions VALUES (?,?,?,?,?,1,1,0,0,NULL,NULL,?)", (aid, root, f"Activity {a}", None, ts(t), ts(t)))
        db.executemany("INSERT INTO metric_definitions VALUES (?,?,?,?,?,NULL,1,0,1,?,?,?)",
                       [(m, aid, f"Metric {i}", "reps", ts(t), root, ts(t), i) for i, m in enumerate(metrics)])
    activities[root] = acts

s_rows, sg_rows, i_rows, v_rows, n_rows = [], [], [], [], []
for s in range(sessions):
    root = roots[s % trees]
    sid = uid()
    start = 86400 * 30 + s * 3600
    s_rows.append((sid, root, f"Session {s}", None, ts(start), ts(start + 3000), 50, 3000, None, None, '{"sections": []}',
                   ts(start), ts(start + 3000), None, 1, ts(start + 3000)))
    sg_rows.append((sid, rnd.choice(short_terms[root]), "short_term", ts(start)))
    for i in range(per_session):
        aid, metrics, deleted = rnd.choice(activities[root])
        iid = uid()
        sets = None
        if i % 5 == 4:  # a set-based instance: its values only in data JSON
            sets = {"sets": [{"metrics": [{"metric_id": m, "value": str(rnd.randint(1, 100))} for m in metrics[:per_instance]]}
                             for _ in range(2)]}
        i_rows.append((iid, None, aid, ts(start + i * 60), ts(start + i * 60), ts(start + i * 60 + 50), 50, root, None,
                       ts(start + i * 60 + 50), i, 1, None, json.dumps(sets) if sets else None, sid))
        if sets is None:
            for v in range(per_instance):
                metric = deleted[v % 2] if rnd.random() < 1 / 3 else metrics[v % 3]
                v_rows.append((uid(), iid, metric, rnd.random() * 100, root, ts(start), ts(start), None))
        if i == 0:
            n_rows.append((uid(), root, "session", sid, sid, None, None, None, f"Ghi chú {s} ✍️", ts(start), ts(start), None))
db.executemany("INSERT INTO sessions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", s_rows)
db.executemany("INSERT INTO session_goals VALUES (?,?,?,?)", sg_rows)
db.executemany("INSERT INTO activity_instances VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", i_rows)
db.executemany("INSERT INTO metric_values VALUES (?,?,?,?,?,?,?,?)", v_rows)
db.executemany("INSERT INTO notes VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", n_rows)
db.commit()
total = sum(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("goals", "activity_definitions", "metric_definitions", "sessions", "session_goals", "activity_instances",
                      "metric_values", "notes"))
print(total)
