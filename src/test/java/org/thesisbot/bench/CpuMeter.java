package org.thesisbot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy the machine's CPUs were during a phase (from {@code /proc/stat}, all processes: target, load
 * generator, fake Slack, and anything else running), and how much CPU this load generator used itself.
 * On a machine without {@code /proc/stat} the machine figure is -1.
 */
final class CpuMeter {
    private final long[] start = procStat();
    private final long processStart = processCpuNanos();
    private final long wallStart = System.nanoTime();

    /** Fraction of all cores' time that was not idle since this meter started (0..1), or -1. */
    double machineBusy() {
        long[] now = procStat();
        if (start == null || now == null) {
            return -1;
        }
        long total = now[0] - start[0];
        long idle = now[1] - start[1];
        return total <= 0 ? -1 : (total - idle) / (double) total;
    }

    /** This JVM's CPU time since the meter started, as a fraction of one core. */
    double loadGeneratorCores() {
        long wall = System.nanoTime() - wallStart;
        return wall <= 0 ? 0 : (processCpuNanos() - processStart) / (double) wall;
    }

    /** {total jiffies, idle + iowait jiffies} from the first line of /proc/stat. */
    private static long[] procStat() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
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
