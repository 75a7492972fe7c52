package dev.assistant.goals.session;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What a session list is narrowed to (null: any): a tree, and [from, to) in time. */
record SessionFilter(UUID rootId, OffsetDateTime from, OffsetDateTime until) {}
