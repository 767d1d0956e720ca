package org.thesisbot.sources;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches {@code documents/} and {@code config/} with the JDK's {@link WatchService} (inotify on Linux) and
 * calls {@code onChange} once the files have been quiet for the debounce time, so an editor that writes a
 * file in several steps, or a copy of ten files, causes one reload. Runs on one daemon thread; the callback
 * runs there too, so reloads never overlap. Changes to {@code config/thesisbot.yaml} are logged, not acted
 * on: settings are read once at start.
 */
public final class CorpusWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusWatcher.class);
    /** Config files a reload re-reads. */
    private static final Set<String> RELOADED_CONFIG = Set.of("scenario.yaml", "lexicon.yaml");

    private final WatchService watch;
    private final Path documents;
    private final Path config;
    private final Duration debounce;
    private final Consumer<String> onChange;
    private final Thread thread;
    private volatile boolean closed;

    public CorpusWatcher(Path documents, Path config, Duration debounce, Consumer<String> onChange) throws IOException {
        this.documents = documents;
        this.config = config;
        this.debounce = debounce;
        this.onChange = onChange;
        this.watch = FileSystems.getDefault().newWatchService();
        for (Path dir : List.of(documents, config)) {
            dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        }
        this.thread = new Thread(this::run, "corpus-watcher");
        this.thread.setDaemon(true);
    }

    public CorpusWatcher start() {
        thread.start();
        LOG.info("watching {} and {} for changes (reload after {} ms of quiet)", documents, config, debounce.toMillis());
        return this;
    }

    private void run() {
        Set<String> pending = new LinkedHashSet<>();
        while (!closed) {
            try {
                WatchKey key = pending.isEmpty() ? watch.take() : watch.poll(debounce.toMillis(), TimeUnit.MILLISECONDS);
                if (key == null) {
                    // quiet for the debounce time: reload once for everything that changed
                    String what = String.join(", ", pending);
                    pending.clear();
                    try {
                        onChange.accept("watch: " + what);
                    } catch (RuntimeException e) {
                        LOG.error("reload after a file change failed; the previous state keeps serving", e);
                    }
                    continue;
                }
                Path dir = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        pending.add(dir.getFileName() + "/*");
                        continue;
                    }
                    String name = event.context().toString();
                    if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")) {
                        continue; // editors' and our own temporary files
                    }
                    if (dir.equals(config)) {
                        if (name.equals("thesisbot.yaml")) {
                            LOG.warn("config/thesisbot.yaml changed: settings are read at start; restart to apply them");
                        }
                        if (!RELOADED_CONFIG.contains(name)) {
                            continue;
                        }
                    }
                    pending.add(dir.getFileName() + "/" + name);
                }
                key.reset();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            watch.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service: {}", e.toString());
        }
        thread.interrupt();
    }
}
