package org.thesisbot.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thesisbot.config.Settings;
import org.thesisbot.config.SettingsLoader;
import org.thesisbot.core.state.Admissions.Admission;
import org.thesisbot.core.state.Admissions.Arrival;
import org.thesisbot.core.state.StateStores;
import org.thesisbot.slack.testkit.MutableClock;

/** The in-memory admission: the ack path's steps in order, each meaning what its own port means. */
class LocalAdmissionsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    private final Settings settings = new SettingsLoader().load(Path.of("config", "thesisbot.yaml"),
            Map.of("THESISBOT_SLACK_RATE_LIMIT_PER_MINUTE", "3"));
    private final StateStores s = StateBackend.inMemory(settings, clock);

    private static Arrival mention(String event, String ts, String user) {
        return new Arrival(event, "C1:" + ts, user, "C1:" + ts, false, false);
    }

    @Test
    void a_question_is_answered_once_whatever_its_retries_and_its_second_event() {
        assertEquals(Admission.ANSWER_FIRST_IN_THREAD, s.admissions().admit(mention("Ev1", "1.0", "U1")));
        assertEquals(Admission.REPEATED_EVENT, s.admissions().admit(mention("Ev1", "1.0", "U1")), "Slack's retry");
        assertEquals(Admission.REPEATED_MESSAGE, s.admissions().admit(mention("Ev2", "1.0", "U1")),
                "the same message as message.channels");
        assertTrue(s.events().contains("Ev2"), "the second event is claimed too: its own retries are repeats");
        assertEquals(Admission.REPEATED_EVENT, s.admissions().admit(mention("Ev2", "1.0", "U1")));
        // neither repeat counted against the limit of 3
        assertEquals(Admission.ANSWER_FIRST_IN_THREAD, s.admissions().admit(mention("Ev3", "2.0", "U1")));
        assertEquals(Admission.ANSWER_FIRST_IN_THREAD, s.admissions().admit(mention("Ev4", "3.0", "U1")));
        assertEquals(Admission.RATE_LIMITED, s.admissions().admit(mention("Ev5", "4.0", "U1")));
    }

    @Test
    void the_rate_limit_refuses_at_the_limit_and_a_refused_question_marks_no_thread() {
        for (int i = 1; i <= 3; i++) {
            assertEquals(Admission.ANSWER_FIRST_IN_THREAD, s.admissions().admit(mention("Ev" + i, i + ".0", "U1")));
        }
        assertEquals(Admission.RATE_LIMITED, s.admissions().admit(mention("Ev4", "4.0", "U1")));
        assertFalse(s.repliedThreads().contains("C1:4.0"), "no follow-ups without a mention in a thread never answered");
        assertEquals(Admission.REPEATED_MESSAGE, s.admissions().admit(mention("Ev5", "4.0", "U1")),
                "the refused message was claimed: its note is posted once");
        assertEquals(Admission.ANSWER_FIRST_IN_THREAD, s.admissions().admit(mention("Ev6", "6.0", "U2")), "another user");
        clock.advance(Duration.ofSeconds(61));
        assertEquals(Admission.ANSWER_FIRST_IN_THREAD, s.admissions().admit(mention("Ev7", "7.0", "U1")), "a minute later");
    }

    @Test
    void a_question_too_long_gets_its_note_once_and_costs_no_rate() {
        for (int i = 1; i <= 5; i++) {
            assertEquals(Admission.TOO_LONG, s.admissions().admit(new Arrival("Ev" + i, "C1:" + i + ".0", "U1", "C1:" + i + ".0",
                    false, true)));
        }
        assertEquals(Admission.REPEATED_MESSAGE, s.admissions().admit(new Arrival("Ev9", "C1:1.0", "U1", "C1:1.0", false, true)));
        assertFalse(s.repliedThreads().contains("C1:1.0"));
        assertTrue(s.rateLimits().tryAcquire("U1"));
        assertTrue(s.rateLimits().tryAcquire("U1"));
        assertTrue(s.rateLimits().tryAcquire("U1"));
    }

    @Test
    void a_follow_up_without_a_mention_is_answered_only_in_a_thread_the_bot_answered_in() {
        Arrival stray = new Arrival("Ev1", "C1:1.5", "U2", "C1:1.0", true, false);
        assertEquals(Admission.NOT_FOLLOWED, s.admissions().admit(stray));
        assertFalse(s.messages().contains("C1:1.5"), "a message not for the bot claims nothing");
        assertEquals(Admission.ANSWER_FIRST_IN_THREAD, s.admissions().admit(mention("Ev2", "1.0", "U1")));
        assertEquals(Admission.ANSWER, s.admissions().admit(new Arrival("Ev3", "C1:1.6", "U2", "C1:1.0", true, false)),
                "a follow-up in the answered thread, and not the thread's first answer");
    }

    @Test
    void a_question_without_an_event_id_is_deduplicated_by_its_message() {
        Arrival click = new Arrival(null, "C1:clarify-1.1", "U1", "C1:1.0", false, false);
        assertEquals(Admission.ANSWER_FIRST_IN_THREAD, s.admissions().admit(click));
        assertEquals(Admission.REPEATED_MESSAGE, s.admissions().admit(click));
    }
}
