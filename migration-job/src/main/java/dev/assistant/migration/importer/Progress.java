package dev.assistant.migration.importer;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a long run on stderr: done/total, percentage, rate and ETA, at most every two
 * seconds, plus a final line. Counts "units" (what the ETA is based on) and reports a second count
 * alongside.
 */
public final class Progress {

    private static final long EVERY_NANOS = 2_000_000_000L;

    private final String label;
    private final String unit;
    private final long total;
    private final String secondaryUnit;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private long done;
    private long secondary;
    private long lastPrinted;

    public Progress(String label, String unit, long total, String secondaryUnit, PrintStream out) {
        this.label = label;
        this.unit = unit;
        this.total = total;
        this.secondaryUnit = secondaryUnit;
        this.out = out;
    }

    public synchronized void advance(long units, long secondaryUnits) {
        done += units;
        secondary += secondaryUnits;
        long now = System.nanoTime();
        if (now - lastPrinted >= EVERY_NANOS) {
            lastPrinted = now;
            out.println(line(now));
        }
    }

    public synchronized String finish() {
        String line =
                String.format(
                        Locale.ROOT,
                        "[%s] done: %,d %s and %,d %s in %.1f s (%,.0f %s/s)",
                        label,
                        done,
                        unit,
                        secondary,
                        secondaryUnit,
                        seconds(System.nanoTime()),
                        secondary / Math.max(0.001, seconds(System.nanoTime())),
                        secondaryUnit);
        out.println(line);
        return line;
    }

    public double secondaryPerSecond() {
        return secondary / Math.max(0.001, seconds(System.nanoTime()));
    }

    private String line(long now) {
        double elapsed = seconds(now);
        double rate = done / Math.max(0.001, elapsed);
        long eta = rate == 0 ? -1 : (long) ((total - done) / rate);
        return String.format(
                Locale.ROOT,
                "[%s] %,d/%,d %s (%d%%) · %,d %s · %,.0f %s/s · ETA %s",
                label,
                done,
                total,
                unit,
                total == 0 ? 100 : done * 100 / total,
                secondary,
                secondaryUnit,
                secondary / Math.max(0.001, elapsed),
                secondaryUnit,
                eta < 0 ? "?" : eta + " s");
    }

    private double seconds(long now) {
        return (now - started) / 1e9;
    }
}
