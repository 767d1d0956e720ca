package org.thesisbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * Held-out help phrasings (src/test/resources/help-heldout, written before help detection was changed and never
 * tuned on), asked of the real offline brain, each in a thread of its own: how many requests for help get the help
 * text, and that no near miss (a question about the deal or a metric, "what can Amazon do if …") does.
 */
class HelpHeldOutTest {
    private static final Path DIR = Path.of("src/test/resources/help-heldout");
    /** Held-out help questions that may miss (measured: 14 of 20 missed before help detection was changed, 3 after). */
    private static final int MAX_MISSED = 3;

    @Test
    void held_out_requests_for_help_get_the_help_text_and_near_misses_do_not() throws IOException {
        Assistant brain = TestBrains.offline().assistant();
        List<String> missed = new ArrayList<>();
        List<String> falseHelp = new ArrayList<>();
        List<String> help = lines("help.txt");
        List<String> notHelp = lines("not-help.txt");
        int i = 0;
        for (String q : help) {
            Answer a = brain.ask(new Question(q, "heldout-help-" + i++, "eval", "test"));
            if (a.route() != Route.HELP) {
                missed.add(row(a, q));
            }
        }
        for (String q : notHelp) {
            Answer a = brain.ask(new Question(q, "heldout-help-" + i++, "eval", "test"));
            if (a.route() == Route.HELP) {
                falseHelp.add(row(a, q));
            }
        }
        System.out.printf(Locale.ROOT, "%nHeld-out help: %d/%d help questions got help; %d/%d near misses got help%n",
                help.size() - missed.size(), help.size(), falseHelp.size(), notHelp.size());
        missed.forEach(r -> System.out.println("missed " + r));
        falseHelp.forEach(r -> System.out.println("false  " + r));
        assertEquals(20, help.size());
        assertEquals(20, notHelp.size());
        assertEquals(List.of(), falseHelp, "no near miss gets the help text");
        assertTrue(missed.size() <= MAX_MISSED, "held-out help questions missed: " + missed);
    }

    private static String row(Answer a, String q) {
        return String.format(Locale.ROOT, "%-12s %s  %s", a.route().wireName(), q, a.decision().cues());
    }

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(DIR.resolve(file)).stream().filter(l -> !l.isBlank()).toList();
    }
}
