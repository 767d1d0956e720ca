package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * An exit said as an enterprise value with debt to clear ({@link Bridges}): the stake is a share of the equity, the EV less
 * the net debt. In wordings of my own; values by hand from config/scenario.yaml ($50B into a $830B post, 5 years, a bull
 * exit of $1.5T).
 */
class BridgesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void the_stake_is_valued_on_the_equity_left_after_the_net_debt() {
        // 50/830 x (1200 - 80)
        Answer a = ask("openai exits at an EV of 1.2T with 80bn of net debt - value of our stake?", null);
        assertEquals("67.4698795181", Results.value(a, "stake_value", 10), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("$1.2T \u2212 $80B of net debt = $1.12T")), a.notes().toString());
        // net cash adds: 2150 / 830
        Answer b = ask("2T enterprise value at exit plus 150bn net cash: moic?", null);
        assertEquals("2.5903614458", Results.value(b, "moic", 10), b.text());
        // a bare debt is in billions (only a bare valuation beside "EV" is in trillions): 50/830 x 1195
        Answer c = ask("exit EV 1.2T with net debt 5 - stake value?", null);
        assertEquals("71.9879518072", Results.value(c, "stake_value", 10), c.text());
    }

    @Test
    void gross_debt_less_cash_and_a_scenarios_own_exit_are_bridged_too() {
        // (1420/830)^(1/5) - 1
        Answer a = ask("exit EV 1.5T, 120bn gross debt and 40bn cash on hand - irr over 5 years?", null);
        assertEquals("0.1133765", Results.value(a, "irr", 7), a.text());
        // the bull exit as the EV: 50/830 x 1400
        Answer b = ask("bull case with 100bn of net debt at exit: stake value?", null);
        assertEquals("84.3373493976", Results.value(b, "stake_value", 10), b.text());
    }

    @Test
    void the_ev_asked_for_is_the_equity_solved_plus_the_net_debt() {
        // 2.5x is a stake worth 125, an equity of 2075, an EV of 2075 + 60
        Answer a = ask("what EV at exit gets us a 2.5x if openai has 60bn of net debt?", null);
        assertEquals("2135", Results.value(a, "exit_valuation", 0), a.text());
        assertTrue(a.text().startsWith("*OpenAI's exit EV must be $2.135T*"), a.text());
        // an EV on the way in is the pre-money, not an exit
        Answer b = ask("what's the entry EV if the post is 1T?", null);
        assertEquals("900", Results.value(b, "pre_money_valuation", 0), b.text());
    }

    @Test
    void the_bridge_lasts_in_the_thread_and_a_new_debt_bridges_the_same_ev() {
        String t = "bridges-1";
        Answer a = ask("exit EV 1.6T with 100bn net debt: what's our stake worth?", t);
        assertEquals("90.3614457831", Results.value(a, "stake_value", 10), a.text());
        Answer b = ask("net debt rises to 200 - same?", t);
        assertEquals("84.3373493976", Results.value(b, "stake_value", 10), b.text());
        assertTrue(b.notes().stream().anyMatch(n -> n.startsWith("Still in this thread's frame: net debt $200B at exit")), b.notes().toString());
    }

    @Test
    void leaving_the_bridge_values_the_stake_at_the_ev_again() {
        String t = "bridges-2";
        Answer a = ask("say oai sells at 1.3 tn EV with 40bn of net debt. moic on our 50?", t);
        // 50/830 x 1260 / 50
        assertEquals("1.5180722892", Results.value(a, "moic", 10), a.text());
        // without the debt the exit is the EV: 1300 / 830
        Answer b = ask("what if there was no net debt?", t);
        assertEquals("1.5662650602", Results.value(b, "moic", 10), b.text());
        // and it stays so, in a question of its own: (1300/830)^(1/5) - 1
        Answer c = ask("what's the irr?", t);
        assertEquals("0.0939", Results.value(c, "irr", 4), c.text());
        // leaving with a question of its own: 50/830 x 1300
        String u = "bridges-3";
        ask("say oai sells at 1.3 tn EV with 40bn of net debt. moic on our 50?", u);
        Answer d = ask("ignore the debt - what's the stake worth then", u);
        assertEquals("78.3132530120", Results.value(d, "stake_value", 10), d.text());
        // leaving one bridge for a new one bridges the new EV, with nothing undone: 50/830 x (2000 - 100)
        String v = "bridges-4";
        ask("say oai sells at 1.3 tn EV with 40bn of net debt. moic on our 50?", v);
        Answer e = ask("forget the debt - exit EV 2T with 100bn net debt now, stake worth?", v);
        assertEquals("114.4578313253", Results.value(e, "stake_value", 10), e.text());
    }
}
