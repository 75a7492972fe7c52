package dev.assistant.goals.instance;

import java.time.OffsetDateTime;

/**
 * Body of PUT /api/goals/activity-instances/{id}/times: both times as they should be (null clears
 * one); a stop needs a start at or before it.
 */
public record InstanceTimes(OffsetDateTime timeStart, OffsetDateTime timeStop) {}
