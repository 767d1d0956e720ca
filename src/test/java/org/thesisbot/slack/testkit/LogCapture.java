package org.thesisbot.slack.testkit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures every log event (all loggers, at DEBUG and above while open) as formatted text, including
 * stack traces, so tests can check what reached the logs: error ids, and that no secret did.
 */
public final class LogCapture implements AutoCloseable {
    private final List<String> lines = new ArrayList<>();
    private final Logger root;
    private final Level previous;
    private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent e) {
            String line = e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage()
                    + (e.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy()));
            synchronized (lines) {
                lines.add(line);
            }
        }
    };

    public LogCapture() {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        previous = root.getLevel();
        appender.setContext(ctx);
        appender.start();
        root.addAppender(appender);
    }

    /** Also lowers the root level to DEBUG (library loggers included) while capturing. */
    public LogCapture debug() {
        root.setLevel(Level.DEBUG);
        return this;
    }

    public String text() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    /** The captured text without lines from loggers under these prefixes (e.g. a fake server's own Jetty). */
    public String textExcept(String... loggerPrefixes) {
        synchronized (lines) {
            return String.join("\n", lines.stream().filter(l -> {
                String logger = l.split(" ", 3).length > 1 ? l.split(" ", 3)[1] : "";
                for (String p : loggerPrefixes) {
                    if (logger.startsWith(p)) {
                        return false;
                    }
                }
                return true;
            }).toList());
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        root.setLevel(previous);
    }
}
