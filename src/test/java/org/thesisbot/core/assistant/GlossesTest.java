package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.lexicon.Lexicon;

/**
 * Hindi mixed into English (Hinglish, with Indian sizes: crore, lakh crore), and Arabic written in Latin letters (Arabizi),
 * glossed before reading. In wordings of my
 * own; values by hand from config/scenario.yaml ($50B check, $830B post-money, 5-year hold).
 */
class GlossesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void hinglish_questions_are_read_as_their_english() {
        // 50 / 830 x 1660 = 100
        Answer a = ask("agar oai 1,66,000 crore dollar pe exit kare toh amzn ka stake kitne ka hoga?");
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertEquals("100.000000", Results.value(a, "stake_value", 6), a.text());
        // exit 1245 for 1.5x: 1.5 x 830
        Answer b = ask("kitne pe exit karna padega ki amzn ke paise 1.5 guna ho jaye?");
        assertEquals("1245.000000", Results.value(b, "exit_valuation", 6), b.text());
        // (1660 / 830)^(1/4) - 1 = 0.189207...
        Answer c = ask("1.66 lakh crore exit, 4 saal ka hold - irr kitna hoga?");
        assertEquals("0.189207", Results.value(c, "irr", 6), c.text());
        // Hindi names the replaced figure first: 20 instead of 8, so 50 / 20
        Answer d = ask("anthropic mein 800 crore ki jagah 2,000 crore dollar hote toh oai vs anthropic ratio kitna hai?");
        assertEquals("2.500000", Results.value(d, "openai_vs_anthropic_ratio", 6), d.text());
    }

    @Test
    void arabizi_questions_are_read_as_their_english() {
        // Arabic in Latin letters, digits for its own letters: "if the exit is $1.66T, what's our stake worth" (50/830 x 1660)
        Answer a = ask("law el exit 1.66 tril, stake value ta3na kam?");
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertEquals("100.000000", Results.value(a, "stake_value", 6), a.text());
        // "what margin must aws have so that its compute profit reaches 23bn": 23 / (0.5 x 115) = 40%
        Answer b = ask("aws margin kam lazim 3ashan el compute profit yoosal 23bn?");
        assertEquals("0.400000", Results.value(b, "aws_operating_margin", 6), b.text());
        // "how many years can we hold with the irr still above 10%, exit 1.5 trillion": ln(1500/830) / ln(1.1) = 6.2091...
        Answer c = ask("exit trillion w nus: kam sneen nigdar nhold w el irr ba3do fog 10%?");
        assertEquals("6.209", Results.value(c, "holding_years", 3), c.text());
    }

    @Test
    void a_gloss_needs_enough_of_its_words() {
        Glosses g = new Glosses(List.of(new Lexicon.Gloss("test", java.util.Set.of("kitna", "toh", "hai"), 2,
                List.of(new Lexicon.Rewrite("\\bpe\\b", "at")))));
        // one marker word is not enough: "pe" stays a price-earnings ratio
        assertEquals("what pe is that, toh?", g.english("what pe is that, toh?"));
        assertEquals("kitna at hai", g.english("kitna pe hai"));
    }
}
