package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void finnish_words_in_an_english_question_are_read_as_their_english() {
        // "half a trillion" at the exit: 50/830 x 500 = 30.120482
        Answer a = ask("what is our stake worth if the exit is puoli biljoonaa? kiitos");
        assertEquals("30.120482", Results.value(a, "stake_value", 6), a.text());
        // a 12% irr at a 1.8T exit: ln(1800/830) / ln(1.12) = 6.830718 years
        Answer b = ask("exit 1,8 biljoonaa - montako vuotta can we hold with the irr still yli 12 %?");
        assertEquals("6.830718", Results.value(b, "holding_years", 6), b.text());
        // aws revenue per year in bear: 0.3 x 115 / 5 = 6.9
        Answer c = ask("bear: aws compute revenue per vuosi, miljardia");
        assertEquals("6.900000", Results.value(c, "aws_compute_revenue_per_year", 6), c.text());
    }

    @Test
    void a_project_finance_desk_names_the_cases_by_exceedance() {
        // P90 is the downside (bear: capture 30%, margin 30% of 115 = 10.35), P10 the upside (bull exit 1.5T: 50/830 x 1500)
        Answer a = ask("What AWS operating profit does the P90 case give over the window?");
        assertEquals("10.350000", Results.value(a, "aws_compute_profit", 6), a.text());
        Answer b = ask("Value of the position in the P10 case, please.");
        assertEquals("90.361446", Results.value(b, "stake_value", 6), b.text());
        // "short of payout" is short of breakeven: the stake $10B short of its $50B, worth 40, at an exit of 40 x 830/50 = 664
        Answer c = ask("What exit leaves the stake $10bn short of payout? Base case.");
        assertEquals("664.000000", Results.value(c, "exit_valuation", 6), c.text());
    }

    @Test
    void thai_words_in_an_english_question_are_read_as_their_english() {
        // ล้านล้าน is a trillion: a 12% irr at a 1.6T exit after ln(1600/830) / ln(1.12) = 5.791413 years
        Answer a = ask("exit at 1.6 ล้านล้าน, how many ปี can we hold for 12% irr ครับ");
        assertEquals("5.791413", Results.value(a, "holding_years", 6), a.text());
        // ล้าน is a million: 880,000 million is 880B pre-money, so 50 / (880 + 100) = 0.051020 of OpenAI
        Answer b = ask("how much % our 50,000 ล้าน gets if the pre-money is 880,000 ล้าน ครับ");
        assertEquals("0.051020", Results.value(b, "stake", 6), b.text());
        // a hold of zero years has no IRR
        Answer c = ask("irr with exit 1.2 ล้านล้าน and 0 ปี hold ครับ");
        assertTrue(c.text().startsWith("I can't compute that"), c.text());
    }

    @Test
    void an_underwriters_words_are_read_as_the_models() {
        // the severe-loss scenario is bear: AWS profit 0.3 x 0.3 x 115 = 10.35
        Answer a = ask("premium income in the severe loss scenario?");
        assertEquals("10.350000", Results.value(a, "aws_compute_profit", 6), a.text());
        // the attachment point is the exit where the limit (the check) is made whole: 830 at the 830 post; at a 1.1T post, 1100
        Answer b = ask("where's the attachment point on the oai exit if we bind at a 1.1T post?");
        assertEquals("1100.000000", Results.value(b, "exit_valuation", 6), b.text());
    }

    @Test
    void cents_kept_of_every_dollar_and_points_knocked_off_are_the_margin() {
        // 43 cents of every revenue dollar: 0.43 x 57.5 = 24.725
        Answer a = ask("aws op profit if aws keeps 43c of every revenue dollar");
        assertEquals("24.725000", Results.value(a, "aws_compute_profit", 6), a.text());
        // base margin 35% less 10 points: 0.25 x 57.5 = 14.375
        Answer b = ask("aws profit if you knock 10 pts off the margin");
        assertEquals("14.375000", Results.value(b, "aws_compute_profit", 6), b.text());
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
