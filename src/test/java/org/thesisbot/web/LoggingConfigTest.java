package org.thesisbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;

/**
 * The shipped logback.xml (loaded into a context of its own: the test suite itself logs through
 * logback-test.xml): levels, and secrets masked by the console encoder itself.
 */
class LoggingConfigTest {
    private final LoggerContext context = shipped();

    private static LoggerContext shipped() {
        LoggerContext ctx = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(ctx);
        try {
            configurator.doConfigure(LoggingConfigTest.class.getResource("/logback.xml"));
        } catch (JoranException e) {
            throw new IllegalStateException(e);
        }
        return ctx;
    }

    @SuppressWarnings("unchecked")
    private String encode(String message, Throwable t) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> console =
                (ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent>) root.getAppender("CONSOLE");
        Encoder<ch.qos.logback.classic.spi.ILoggingEvent> encoder = console.getEncoder();
        LoggingEvent e = new LoggingEvent("x", context.getLogger("org.thesisbot.Test"), Level.ERROR, message, t, null);
        return new String(encoder.encode(e), StandardCharsets.UTF_8);
    }

    @Test
    void tokens_and_keys_are_masked_in_messages_and_stack_traces() {
        String line = encode("posting with xoxb-123-456-abcDEF, app xapp-1-A01-99-ff, key sk-proj-AbC123xyz "
                + "and Authorization: Bearer my.api-token_42", new IllegalStateException("auth failed for xoxp-9-8-secret"));
        for (String secret : new String[] {"abcDEF", "A01-99-ff", "AbC123xyz", "my.api-token_42", "9-8-secret"}) {
            assertFalse(line.contains(secret), secret + " leaked: " + line);
        }
        assertTrue(line.contains("xoxb-***") && line.contains("Bearer ***"), line);
        assertTrue(line.contains("IllegalStateException"), "the stack trace itself is kept: " + line);
    }

    @Test
    void a_logged_value_cannot_forge_a_log_line() {
        // issue 10, item 19: a feedback click whose value carries a newline and a fake log line
        String forged = "U0ALICE\n2026-01-05T10:12:03.123Z INFO  [worker-2] o.t.core.Admin - user promoted to admin";
        String line = encode("Slack feedback vote=up answer=q-1 user=" + forged + " \u001b[31mred\r\u2028", null);
        assertEquals(1, line.lines().count(), "one event, one line: " + line);
        assertTrue(line.contains("user=U0ALICE\\n2026-01-05T10:12:03.123Z INFO"), line);
        assertTrue(line.contains("\\u001b[31mred\\r\\u2028"), line);
        assertFalse(line.contains("\u001b"), "no raw escape character reaches a terminal");
    }

    @Test
    void an_exception_message_cannot_forge_a_log_line_but_the_trace_keeps_its_lines() {
        String out = encode("failed", new IllegalArgumentException("bad input\nERROR fake line"));
        assertTrue(out.contains("IllegalArgumentException: bad input\\nERROR fake line"), out);
        assertTrue(out.lines().noneMatch(l -> l.startsWith("ERROR fake line")), out);
        assertTrue(out.lines().anyMatch(l -> l.strip().startsWith("at ")), "stack frames stay on their own lines: " + out);
    }

    @Test
    void non_ascii_text_is_written_as_utf8_whatever_the_default_charset() {
        String line = encode("question from café 🚀", null);
        assertTrue(line.contains("café 🚀"), line);
    }

    @Test
    void library_noise_is_at_warn_and_the_bot_logs_at_info() {
        assertEquals(Level.WARN, context.getLogger("org.eclipse.jetty").getEffectiveLevel());
        assertEquals(Level.WARN, context.getLogger("io.javalin").getEffectiveLevel());
        assertEquals(Level.WARN, context.getLogger("com.slack.api").getEffectiveLevel());
        assertEquals(Level.INFO, context.getLogger("org.thesisbot.core.Anything").getEffectiveLevel());
        assertFalse(context.getLogger("org.thesisbot.core.Anything").isDebugEnabled(),
                "question text (debug) stays out of the log by default");
    }
}
