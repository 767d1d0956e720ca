package org.thesisbot.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One app under load: its name, where it listens (one URL, or several replicas that requests go to in turn, as a
 * load balancer would), whether it replies to each event through the fake Slack (then end-to-end latency, missing
 * and duplicate replies are measured), and where the script wrote its process ids (then their CPU time is
 * measured from {@code /proc/<pid>/stat}; several replicas: one pid per line, summed).
 */
record Target(String name, List<URI> bases, boolean replies, Path pidFile) {

    Target {
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("target " + name + " needs a URL");
        }
        bases = List.copyOf(bases);
    }

    /** The first replica's URL (the only one, usually). */
    URI base() {
        return bases.get(0);
    }

    /** The replica request {@code i} goes to: in turn. */
    URI base(int i) {
        return bases.get(Math.floorMod(i, bases.size()));
    }

    /** The target processes' user + system CPU time in seconds, or -1 when unknown (no pid file, not Linux). */
    double cpuSeconds(long clockTicksPerSecond) {
        if (pidFile == null) {
            return -1;
        }
        try {
            long ticks = 0;
            for (String pid : Files.readString(pidFile).trim().split("\\s+")) {
                String stat = Files.readString(Path.of("/proc", pid, "stat"));
                // Fields after the command name, which is in parentheses and may contain spaces.
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
            }
            return ticks / (double) clockTicksPerSecond;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
