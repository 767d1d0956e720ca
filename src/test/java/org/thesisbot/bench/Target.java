package org.thesisbot.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One app under load: its name, where it listens, whether it replies to each event through the fake Slack
 * (then end-to-end latency, missing and duplicate replies are measured), and where {@code bench/run.sh} wrote
 * its process id (then its own CPU time is measured from {@code /proc/<pid>/stat}).
 */
record Target(String name, URI base, boolean replies, Path pidFile) {

    /** The target process's user + system CPU time in seconds, or -1 when unknown (no pid file, not Linux). */
    double cpuSeconds(long clockTicksPerSecond) {
        if (pidFile == null) {
            return -1;
        }
        try {
            String pid = Files.readString(pidFile).trim();
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            // Fields after the command name, which is in parentheses and may contain spaces.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long utime = Long.parseLong(f[11]);
            long stime = Long.parseLong(f[12]);
            return (utime + stime) / (double) clockTicksPerSecond;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
