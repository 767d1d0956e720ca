package org.thesisbot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the CPUs did during a phase: how busy the whole machine and each core was (from {@code /proc/stat}:
 * every process counts, the target, this load generator, and anything else running on the machine), how much
 * CPU this load generator used, and how much the target process used. Busy figures are -1 where
 * {@code /proc/stat} is missing.
 */
final class CpuMeter {
    private final List<long[]> start = procStat();
    private final long processStart = processCpuNanos();
    private final long wallStart = System.nanoTime();
    private final Target target;
    private final long clockTicks;
    private final double targetStart;

    CpuMeter(Target target, long clockTicks) {
        this.target = target;
        this.clockTicks = clockTicks;
        this.targetStart = target == null ? -1 : target.cpuSeconds(clockTicks);
    }

    /** A snapshot since the meter started. */
    Usage stop() {
        long wall = System.nanoTime() - wallStart;
        List<long[]> now = procStat();
        double machine = busy(start, now, 0);
        List<Double> cores = new ArrayList<>();
        if (start != null && now != null) {
            for (int i = 1; i < Math.min(start.size(), now.size()); i++) {
                cores.add(busy(start, now, i));
            }
        }
        double lg = wall <= 0 ? 0 : (processCpuNanos() - processStart) / (double) wall;
        double targetEnd = target == null ? -1 : target.cpuSeconds(clockTicks);
        double targetSeconds = targetStart < 0 || targetEnd < 0 ? -1 : targetEnd - targetStart;
        return new Usage(wall / 1e9, machine, cores, lg, targetSeconds);
    }

    /**
     * @param seconds        wall time measured
     * @param machineBusy    share of all cores' time not idle (0..1), or -1
     * @param coreBusy       the same per core (cpu0, cpu1, ...)
     * @param loadGenCores   this load generator's CPU time as a fraction of one core
     * @param targetCpuSeconds the target process's CPU seconds over the phase, or -1
     */
    record Usage(double seconds, double machineBusy, List<Double> coreBusy, double loadGenCores, double targetCpuSeconds) {
        double targetCores() {
            return targetCpuSeconds < 0 || seconds <= 0 ? -1 : targetCpuSeconds / seconds;
        }
    }

    private static double busy(List<long[]> a, List<long[]> b, int line) {
        if (a == null || b == null || a.size() <= line || b.size() <= line) {
            return -1;
        }
        long total = b.get(line)[0] - a.get(line)[0];
        long idle = b.get(line)[1] - a.get(line)[1];
        return total <= 0 ? -1 : (total - idle) / (double) total;
    }

    /** {total jiffies, idle + iowait jiffies} for the "cpu" line, then each "cpuN" line of /proc/stat. */
    private static List<long[]> procStat() {
        try {
            List<long[]> out = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
                if (!line.startsWith("cpu")) {
                    break;
                }
                String[] f = line.trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < f.length; i++) {
                    total += Long.parseLong(f[i]);
                }
                out.add(new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])});
            }
            return out.isEmpty() ? null : out;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
