package dev.assistant.chat.admin;

/**
 * A 0-100 score for the connection pool, so a dashboard or a person sees at a glance whether the
 * database side is the bottleneck. Starts at 100 and loses points for: busy connections beyond half
 * the pool (up to 40), each slow statement (10, up to 30), each connection idle inside a
 * transaction (10, up to 20: they hold locks and block vacuum).
 */
public final class PoolHealth {

    private PoolHealth() {}

    public static int score(int poolMaxSize, int active, int slowQueries, int idleInTransaction) {
        double usage = poolMaxSize <= 0 ? 0 : Math.min(1.0, (double) active / poolMaxSize);
        double score =
                100
                        - 40 * Math.max(0, usage - 0.5) / 0.5
                        - 10 * Math.min(3, slowQueries)
                        - 10 * Math.min(2, idleInTransaction);
        return (int) Math.max(0, Math.round(score));
    }
}
