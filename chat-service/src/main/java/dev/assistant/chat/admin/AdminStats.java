package dev.assistant.chat.admin;

/** Counts across all users (GET /api/chat/admin/stats). */
public record AdminStats(
        long users,
        long activeUsers,
        long usersSeenLast24h,
        long conversations,
        long messages,
        long memories,
        long files,
        long storedContentBytes,
        long outboxBacklog) {}
