package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * The stake sold at a discount or premium to its mark ({@link Haircuts}), and numbers taken to one Amazon share with the
 * asker's share count and tax rate ({@link PerShare}). In wordings of my own; values by hand from config/scenario.yaml
 * (base: $50B into a $830B post, 5 years, 50% of $115B at a 35% margin).
 */
class SalesAndPerShareTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void a_sale_below_or_above_the_mark_is_an_exit_at_what_the_stake_fetches() {
        // 1.66T x 0.75 = 1245; 50/830 x 1245 = 75
        Answer a = ask("openai marked at 1.66T, we sell the stake at a 25% discount to NAV. what do we get for it?");
        assertTrue(ResultValues.of(a).contains("stake_value(base)=75.000000"), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("an exit of $1.66T \u00d7 0.75 = $1.245T")), a.notes().toString());
        // cents on the dollar: 0.9 x 1.2T = 1080; 1080/830
        assertEquals(List.of("moic(base)=1.301205"), ResultValues.of(ask("a buyer bids 90c on the dollar with oai carried at 1.2T - moic?")));
        // a premium: 1.05 x 1000 = 1050; 50/830 x 1050 - 50
        assertEquals(List.of("gain(base)=13.253012"), ResultValues.of(ask("someone pays a 5% premium to NAV on a 1T mark. gain?")));
    }

    @Test
    void the_mark_asked_under_a_haircut_is_the_exit_solved_over_the_factor() {
        // a 2.5x: the stake must fetch 2.5 x 830 = 2075, at 0.83 of the mark: 2500
        Answer a = ask("secondary buyers pay 83c on the dollar - what mark gets us 2.5x on the 50?");
        assertEquals("exit_valuation(base)=2500.000000", ResultValues.of(a).get(0), a.text());
        assertTrue(a.text().startsWith("*OpenAI must be marked at $2.5T*"), a.text());
    }

    @Test
    void a_sale_with_no_mark_is_said_unused() {
        Answer a = ask("if we sell at 80c on the dollar, what's the moic?");
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("I didn't use the sale \u201cat 80c on the dollar\u201d")), a.notes().toString());
    }

    @Test
    void a_target_per_share_is_the_total_it_takes() {
        // $6/sh on 10bn shares = 60; exit 60 x 830/50 = 996
        Answer a = ask("what exit makes the stake worth $6/sh on ~10bn diluted shares?");
        assertEquals("exit_valuation(base)=996.000000", ResultValues.of(a).get(0), a.text());
        // after a 20% tax: 2 x 10 / 0.8 = 25 of gain; (25 + 50) x 830/50 = 1245
        Answer b = ask("at what exit is the after-tax gain $2 per share, 20% tax, 10bn shares outstanding?");
        assertEquals("exit_valuation(base)=1245.000000", ResultValues.of(b).get(0), b.text());
    }

    @Test
    void a_number_asked_per_share_is_answered_then_said_per_share() {
        // stake value 50 (exit 830): 50 x 0.8 / 10 = 4.00 a share
        Answer a = ask("base case stake value per AMZN share, 10bn diluted shares, after 20% tax?");
        assertTrue(ResultValues.of(a).contains("stake_value(base)=50.000000"), a.text());
        assertTrue(a.notes().contains("Per Amazon share (10bn shares, after 20% tax): Value of Amazon's stake $4."), a.notes().toString());
    }

    @Test
    void a_share_count_and_tax_the_asker_keeps_for_later_are_left_out() {
        // AWS operating profit: 0.35 x 57.5
        Answer a = ask("aws op profit over the window? I'll tax it at 25% and divide by 10bn shares myself");
        assertEquals(List.of("aws_compute_profit(base)=20.125000"), ResultValues.of(a), a.text());
        // "pre-tax" says nothing to read: no pre-money
        assertEquals(List.of("gain(base)=40.361446"), ResultValues.of(ask("pre-tax gain at a 1.5T exit?")));
    }
}
