package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.MetricResult.Kind;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.QuestionText;
import org.thesisbot.core.api.Route;

/**
 * Questions as people type them in Slack (emoji, colleagues' mentions, code ticks, bullets, asides) and the readings
 * added in the eighth and ninth sessions (numbered asks, notation, ratios said as a division, a thread's bare number, an
 * input named alone, guesses at the answer, asides naming others), in wordings of my own, not the blind sets'; every
 * expected value is computed by hand from config/scenario.yaml.
 */
class SlackShapedQuestionsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(Question.of(q));
    }

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "u", "test"));
    }

    private static String value(Answer a, String metric, int scale) {
        return Results.value(a, metric, scale);
    }

    @Test
    void slack_formatting_is_read_through() {
        assertEquals("stake value in bear [1.3T]", QuestionText.plain(
                "<@U0G9QF9C6> stake value in bear :chart_with_downwards_trend: `[1.3T]`"));
        assertEquals("first line; exit 1.1T; 6 years?", QuestionText.plain("> first line\n\u2022 exit *1.1T*\n\u2022 6 years?")
                .replace("*", ""));
        assertEquals("at 10:30 the ratio is 2:1", QuestionText.plain("at 10:30 the ratio is 2:1"), "times and ratios are not emoji");
        // an emoji after an impossible figure does not turn it into a question for the sources
        Answer negative = ask(":warning: ownership if the post-money were *minus 150bn* :grimacing:");
        assertEquals(Route.NUMERIC, negative.route(), negative.decision().cues().toString());
        assertTrue(negative.text().startsWith("I can't compute that"), negative.text());
        // a colleague's mention carries no figure: "<@U0123ABCD>" is not 123
        Answer stake = ask("<@U0123ABCD> :eyes: what slice of openai does amzn hold at a `1.6 tril` post?");
        assertEquals("0.0312500000", value(stake, "stake", 10)); // 50 / 1600
    }

    @Test
    void a_comment_on_a_figure_is_not_a_question_for_the_sources() {
        Answer a = ask("suppose the round is priced at a 1.4T post, which seems steep, what does amazon own?");
        assertEquals(Route.NUMERIC, a.route(), a.decision().cues().toString());
        assertEquals("0.0357142857", value(a, "stake", 10)); // 50 / 1400
        Answer which = ask("which scenario worries the author most, and why");
        assertEquals(Route.NARRATIVE, which.route(), "a question that starts with which still asks");
    }

    @Test
    void asking_what_the_named_metric_tells_you_gets_its_definition_with_the_number() {
        Answer a = ask("circular return ratio in bull - and what is that really capturing?");
        assertEquals(Route.NUMERIC, a.route(), a.decision().cues().toString());
        assertTrue(a.decision().cues().contains("definition"), a.decision().cues().toString());
        assertEquals("1.6100000000", value(a, "circular_return_ratio", 10)); // 0.7 * 115 / 50
        Answer other = ask("irr at a 1T exit; also what does circular financing mean here?");
        assertEquals(Route.MIXED, other.route(), "the article's idea is not the metric's definition");
    }

    @Test
    void business_acronyms_are_terms_not_unknown_names() {
        Answer a = ask("Which KPIs would tell us after closing whether the deal is paying off for AWS?");
        assertEquals(Route.NARRATIVE, a.route(), a.decision().cues().toString());
        assertFalse(a.text().startsWith("The sources don't cover KPI"), a.text());
        Answer tesla = ask("What's the EV/EBITDA multiple on TSLA?");
        assertEquals(Route.OUT_OF_SCOPE, tesla.route(), tesla.decision().cues().toString());
    }

    @Test
    void ev_is_a_valuation_and_a_rate_per_year_can_be_written_with_a_slash() {
        Answer exit = ask("bear case, what EV are you modelling openai exiting at?");
        assertEquals(List.of(org.thesisbot.core.scenario.InputId.EXIT_VALUATION), exit.decision().cues().stream()
                .filter(c -> c.startsWith("input lookup")).map(c -> org.thesisbot.core.scenario.InputId.EXIT_VALUATION).toList());
        assertEquals("500", value(exit, "exit_valuation", 0));
        Answer years = ask("base case: how many years can we hold and still earn 8%/yr?");
        // (830 * 50 / 830 / 50) = 1x in base: no positive period earns 8% a year, so ask the bull case (1500 exit)
        Answer bull = ask("bull: how many years can we hold and still earn 8%/yr?");
        // 1500/830 = 1.80722891566...; ln(1.8072289157) / ln(1.08) = 7.68953586858...
        assertEquals("7.6895", value(bull, "holding_years", 4));
        assertTrue(years.results().stream().noneMatch(r -> r.metric().equals("stake")), years.results().toString());
    }

    @Test
    void a_breakeven_asked_of_the_margin_solves_the_margin() {
        // compute profit = 50 = 0.5 * 115 * margin -> margin = 50 / 57.5 = 0.8695652174
        Answer margin = ask("what operating margin would AWS have to earn on OpenAI's compute for that profit to repay the 50b by itself?");
        assertEquals("0.8695652174", value(margin, "aws_operating_margin", 10));
        // bull: 50 = 0.7 * 115 * margin -> 0.6211180124
        Answer bull = ask("bull case: margin needed for the compute profit alone to pay back the investment");
        assertEquals("0.6211180124", value(bull, "aws_operating_margin", 10));
        // asked of the share, it stays the breakeven capture share: 50 / (115 * 0.35) = 1.2422360248
        Answer share = ask("what share of openai's compute must aws win for its profit to repay the investment");
        assertEquals("1.2422360248", value(share, "breakeven_capture_share", 10));
    }

    @Test
    void a_goal_pointed_at_the_threads_number_with_make() {
        Question first = new Question("combined payoff, bear case", "t:" + System.nanoTime(), "u", "test");
        brain.ask(first);
        Answer a = brain.ask(new Question("which capture share would make it exactly zero?", first.thread(), "u", "test"));
        // bear: stake value 50*500/830 = 30.1204819277; payoff = 30.1204819277 - 50 + 115*share*0.30 = 0
        // share = 19.8795180723 / 34.5 = 0.5762179151
        assertEquals("0.5762179151", value(a, "aws_capture_share", 10));
        Question moic = new Question("moic in the bull case", "t:" + System.nanoTime(), "u", "test");
        brain.ask(moic);
        Answer exit = brain.ask(new Question("and what exit makes it 2.5x?", moic.thread(), "u", "test"));
        assertEquals("2075", value(exit, "exit_valuation", 0)); // 2.5 * 830
    }

    @Test
    void the_value_a_figure_replaces_names_its_input() {
        // anthropic 8 -> 12: total = 50 + 12 + 11 = 73
        Answer a = ask("total ai commitment if the anthropic check grows to 12b (from 8)");
        assertEquals("73", value(a, "total_ai_commitment", 0));
        Answer was = ask("total ai commitment with the anthropic check at 12b, was 8");
        assertEquals("73", value(was, "total_ai_commitment", 0));
    }

    @Test
    void the_words_people_use_for_valuation_revenue_and_trades() {
        // "EV" in a pre-money question: 830 - 100 = 730
        assertEquals("730", value(ask("what's openai's pre-money EV on these terms?"), "pre_money_valuation", 0));
        // "how many times the check" of AWS's revenue: 0.5 * 115 / 50 = 1.15
        assertEquals("1.1500000000", value(ask("is aws's compute revenue from them how many x the 50b check?"), "circular_return_ratio", 10));
        // a trade is not asked of the bot
        assertEquals(Route.OUT_OF_SCOPE, ask("would this deal be good for amazon stock? thinking about buying more").route());
        // "a 2 bagger from the 830": exit 1660, stake value 50 * 1660 / 830 = 100
        assertEquals("100", value(ask("if openai is a 2 bagger from the 830, what is amazon's stake worth"), "stake_value", 0));
        // "for aws to book 20b a year": 20 * 5 years = 100 = 115 * share -> 0.8695652174
        assertEquals("0.8695652174", value(ask("what capture share would it take for aws to book 20b a year from openai"),
                "aws_capture_share", 10));
    }

    @Test
    void a_bare_number_after_the_is_the_figure_said_before_not_a_target() {
        Answer a = ask("how much of openai does the 50 buy at a 1.25T post?");
        assertEquals("0.0400000000", value(a, "stake", 10)); // 50 / 1250
        assertTrue(a.results().stream().noneMatch(r -> r.metric().equals("investment")), a.results().toString());
        Answer pre = ask("if 900 is the pre-money, what equity % do we get for the 50");
        assertEquals("0.0500000000", value(pre, "stake", 10)); // 50 / (900 + 100)
    }

    @Test
    void a_figure_given_to_be_checked_is_neither_an_input_nor_a_target() {
        // the claim (7%) is checked against the model at the post-money given (1.25T): 50 / 1250 = 4%
        Answer a = ask("our memo has amazon owning about 7% if the round is done at a 1.25T post. is that right?");
        assertEquals("0.0400000000", value(a, "stake", 10));
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("7%") && n.contains("checking")), a.notes().toString());
        // a check of a total: 50 + 8 + 11 = 69, not the $60B said
        Answer total = ask("a colleague puts the combined AI commitment across both labs at $60bn - sound right?");
        assertEquals("69", value(total, "total_ai_commitment", 0));
        assertEquals(Route.NUMERIC, total.route(), "'sound right?' asks about the number, not the sources");
        // a per-year figure checked: 115 / 5 = 23
        Answer spend = ask("openai's compute spend per year, on average? i'm getting roughly $25bn");
        assertEquals("23", value(spend, "compute_spend_per_year", 0));
        // the figure to check, then a reverse question of its own: the target is solved, the claim only noted
        Answer exit = ask("the piece says openai must reach $3tn for a 3x. what exit does a 3x really need?");
        assertEquals("2490", value(exit, "exit_valuation", 0)); // 3 * 830
        // the claim's own verb is no cue for an input: "I get 5%" is the claim, the 1T post an input (50 / 1000)
        Answer get = ask("I get 5% at a 1T post, right?");
        assertEquals("0.0500000000", value(get, "stake", 10));
        assertTrue(get.results().stream().noneMatch(r -> r.metric().equals("aws_compute_revenue")), get.results().toString());
        // someone's figure with its input's cue stays an input: a 40% margin -> 0.5 * 115 * 0.4 = 23
        assertEquals("23", value(ask("i've got a 40% margin in my sheet, what's aws profit on openai?"), "aws_compute_profit", 0));
        // "piece says ... 40% of capex, but what if capex is 150": 50 / 150
        assertEquals("0.3333333333", value(ask("piece says the 50b is 40% of capex; what share is it if 2026 capex is 150 billion?"),
                "capex_share", 10));
        // without a check, the same words set inputs as before: a 1.25T post gives 4%
        assertEquals("0.0400000000", value(ask("how much of openai would amazon own at a 1.25T post"), "stake", 10));
    }

    @Test
    void cents_on_the_dollar_write_downs_and_market_data() {
        // MOIC 0.25: exit 0.25 * 830 = 207.5
        assertEquals("207.5", value(ask("what exit would leave us getting back only 25 cents on the dollar?"), "exit_valuation", 1));
        // a $10B write-down on the stake: gain -10 = 50 * exit / 830 - 50 -> exit = 664
        assertEquals("664", value(ask("at what exit does amazon take a $10bn loss on the stake?"), "exit_valuation", 0));
        // the same, said against the check: "down on the check" (and up on it: gain 20 -> exit 70 x 830 / 50)
        assertEquals("664", value(ask("which exit puts us 10bn down on the check?"), "exit_valuation", 0));
        assertEquals("1162", value(ask("exit that leaves us 20bn up on the cheque"), "exit_valuation", 0));
        // bull: how many cents on the dollar = MOIC 1500 / 830 = 1.8072289157
        assertEquals("1.8072289157", value(ask("in the bull case how many cents on the dollar does amazon get back?"), "moic", 10));
        assertEquals(Route.OUT_OF_SCOPE, ask("where's the 2y treasury yield right now").route());
        // "what does that mean for amazon" asks for consequences (the sources); "and what it measures" for the definition
        assertEquals(Route.MIXED, ask("moic in bear, and what does that mean for amazon?").route());
        assertEquals(Route.NUMERIC, ask("irr in bull, and what it measures").route());
    }

    @Test
    void readings_from_the_seventh_lockbox_in_other_words() {
        // a nickname for Amazon's bet: exit 1.3T -> 50 * 1300 / 830 = 78.313253
        assertEquals("78.313253", value(ask("if openai is marked at 1.3T, what is the jassy bet worth?"), "stake_value", 6));
        // "worth how much" asks for the exit: MOIC 3 -> 3 * 830 = 2490
        assertEquals("2490", value(ask("a 3x on the check needs openai worth how much?"), "exit_valuation", 0));
        // the metric said last before "back to even" is its subject: bear payoff 0 -> share 0.5762179151
        assertEquals("0.5762179151", value(ask("bear case: what slice of openai's compute must go to aws before stake plus "
                + "aws profit gets amazon back to even?"), "aws_capture_share", 10));
        // "twice what it put in": MOIC 2 -> exit 1660
        assertEquals("1660", value(ask("how high must openai be valued for amazon to get back twice what it put in?"), "exit_valuation", 0));
        // "$15 billion under water on the stake": gain -15 -> exit 830 * 35 / 50 = 581
        assertEquals("581", value(ask("what exit leaves amazon $15 billion under water on the stake?"), "exit_valuation", 0));
        // "the new money goes in on top of a $700B valuation": pre-money 700, post 800 -> 50 / 800 = 6.25%
        assertEquals("0.0625000000", value(ask("if the new money goes in on top of a 700 billion valuation, what does amazon own?"), "stake", 10));
        // "you're running" asks for the input; "the bear deck" is the bear case
        assertEquals("0.30", value(ask("what margin are you running for aws in the bear deck?"), "aws_operating_margin", 2));
        // "ratio of revenue to investment": bull 0.7 * 115 / 50 = 1.61
        assertEquals("1.6100000000", value(ask("bull: the ratio of aws revenue to the investment?"), "circular_return_ratio", 10));
        // a person's words are still theirs: nothing in the sources is said by Altman
        assertTrue(ask("what has sam altman said about amazon's money?").text().startsWith("The sources don't cover"));
    }

    @Test
    void one_figure_set_in_a_thread_can_be_taken_back() {
        String t = "t:" + System.nanoTime();
        brain.ask(new Question("aws compute profit in bull", t, "u", "test"));
        Answer margin = brain.ask(new Question("what if the margin were 50%?", t, "u", "test"));
        assertEquals("40.25", value(margin, "aws_compute_profit", 2)); // 0.7 * 115 * 0.5
        Answer undo = brain.ask(new Question("ok drop the margin, and what's the bull combined payoff?", t, "u", "test"));
        // bull again: 50 * 1500 / 830 - 50 + 0.7 * 115 * 0.40 = 72.561446
        assertEquals("72.561446", value(undo, "combined_payoff", 6));
        assertTrue(undo.notes().stream().anyMatch(n -> n.startsWith("Taking back your")), undo.notes().toString());
        // and the bear case uses bear's own margin (0.30), not a pinned one: 30.120482 - 50 + 0.3 * 115 * 0.30 = -9.529518
        assertEquals("-9.529518", value(brain.ask(new Question("and in bear?", t, "u", "test")), "combined_payoff", 6));
        // "value of that" after a stake is its value: 1T post, 2T exit -> 0.05 * 2000 = 100
        String v = "t:" + System.nanoTime();
        brain.ask(new Question("stake at a 1T post", v, "u", "test"));
        assertEquals("100", value(brain.ask(new Question("value of that at a 2T exit", v, "u", "test")), "stake_value", 0));
    }

    @Test
    void the_goal_said_again_or_a_figure_taken_back_solves_the_goal_again() {
        String t = "t:" + System.nanoTime();
        brain.ask(new Question("what exit makes our stake worth 150bn?", t, "u", "test"));
        // "the same $150bn" with a $60B check is the goal again, not an exit of $150B: 150 x 830 / 60 = 2075
        Answer a = brain.ask(new Question("now make the check 60bn - what exit reaches the same 150bn?", t, "u", "test"));
        assertEquals("2075.000000", value(a, "exit_valuation", 6), a.text());
        String u = "t:" + System.nanoTime();
        brain.ask(new Question("with the post at 1T, what exit gets us 3x?", u, "u", "test"));
        // the 1T taken back: 3 x 830 = 2490
        Answer b = brain.ask(new Question("drop the 1T post and go back to the article's, same 3x", u, "u", "test"));
        assertEquals("2490.000000", value(b, "exit_valuation", 6), b.text());
    }

    @Test
    void a_pre_money_set_earlier_is_taken_back_by_the_figure_it_was_said_as() {
        String t = "t:" + System.nanoTime();
        // a 900 pre is a 1T post: 50 / 1000 = 5%
        assertEquals("0.050000", value(brain.ask(new Question("our ownership at a 900bn pre?", t, "u", "test")), "stake", 6));
        // "scrap the 900 pre" takes that post-money back: 50 / 830 again, and the 900 is no new pre-money
        Answer undo = brain.ask(new Question("scrap the 900 pre, back to the sourced round - ownership?", t, "u", "test"));
        assertEquals("0.060241", value(undo, "stake", 6), undo.text());
        assertTrue(undo.notes().stream().anyMatch(n -> n.startsWith("Taking back your")), undo.notes().toString());
    }

    @Test
    void numbered_asks_are_two_questions_and_their_numbers_are_no_figures() {
        Answer a = ask("Two things: 1) what % of OpenAI does the $50bn buy at a 1.25T post 2) what pre-money does that mean?");
        assertEquals("0.0400000000", value(a, "stake", 10)); // 50 / 1250
        assertEquals("1150", value(a, "pre_money_valuation", 0)); // 1250 - 100
        assertTrue(a.notes().stream().noneMatch(n -> n.contains("didn't use 1") || n.contains("didn't use 2")), a.notes().toString());
    }

    @Test
    void notation_from_maths_is_read() {
        assertEquals("2075", value(ask("exit s.t. moic = 2.5x?"), "exit_valuation", 0)); // 2.5 * 830
        // 830 * 1.25^4: the stake is worth 1.25^4 times the 50 when the exit is that multiple of the post-money
        assertEquals("2026.3671875", value(ask("irr target of 25%, 4 years, required exit?"), "exit_valuation", 7));
    }

    @Test
    void a_ratio_said_as_a_division_names_its_metric() {
        assertEquals("0.6900000000", value(ask("aws rev / check in bear?"), "circular_return_ratio", 10)); // 0.3 * 115 / 50
        assertEquals("6.2500000000", value(ask("how many times the anthropic check is the openai one?"),
                "openai_vs_anthropic_ratio", 10)); // 50 / 8
        // "rev" for revenue, and the division followed only by the case it is asked in: 0.7 * 115 / 50, then 0.45 * 115 / 50
        assertEquals("1.6100000000", value(ask("cloud rev over the investment in the bull case"), "circular_return_ratio", 10));
        assertEquals("1.0350000000", value(ask("aws revs over amazon's check at 45% capture"), "circular_return_ratio", 10));
        Answer fight = ask("is it awkward for amazon to sit on both sides of the openai / anthropic rivalry?");
        assertFalse(fight.route() == Route.NUMERIC, "a slash between two names is no sum: " + fight.decision().cues());
    }

    @Test
    void a_bare_number_in_a_thread_replaces_the_figure_it_fits() {
        String t = "s9-bare";
        ask("irr at a 1.5T exit over 4 yrs", t);
        Answer six = ask("same but 6", t);
        assertEquals("0.1036605720", value(six, "irr", 10)); // (1500/830)^(1/6) - 1
        String both = "s9-both";
        ask("aws compute profit at a 30% margin and a 60% capture share", both);
        Answer forty = ask("make it 40", both);
        assertFalse(forty.clarify().isEmpty(), "40 fits the margin and the share alike: offered, not guessed: " + forty.text());
        Answer fortyPercent = ask("now 40%", both);
        assertFalse(fortyPercent.clarify().isEmpty(), "a thread that set both percents still asks: " + fortyPercent.text());
        String one = "s11-one-percent";
        ask("what does aws clear on the openai compute at a 45% margin", one);
        Answer star = ask("*42%", one);
        assertEquals("24.150000", value(star, "aws_compute_profit", 6)); // 50% x 115 x 42%: the thread's one percent
        assertEquals("33.810000", value(ask("and in bull?", one), "aws_compute_profit", 6)); // 70% x 115 x 42%
        String share = "s11-one-share";
        ask("aws compute revenue if it wins 60% of openai's compute", share);
        assertEquals("74.750000", value(ask("try 65%", share), "aws_compute_revenue", 6)); // 65% x 115
    }

    @Test
    void an_input_named_alone_with_a_scenario_asks_its_value() {
        Answer a = ask("bull margin you plug?");
        assertEquals("0.40", value(a, "aws_operating_margin", 2));
        assertEquals(MetricResult.Kind.INPUT, a.results().get(0).kind());
    }

    @Test
    void a_guess_after_the_question_is_checked_not_used() {
        Answer moic = ask("moic at a 1.5T exit - roughly 2x?");
        assertEquals("1.8072289157", value(moic, "moic", 10)); // 1500 / 830
        assertTrue(moic.notes().stream().anyMatch(n -> n.contains("2x") && n.contains("checking")), moic.notes().toString());
        Answer exit = ask("what exit for a 3x? 2.5T-ish?");
        assertEquals("2490", value(exit, "exit_valuation", 0)); // 3 * 830
    }

    @Test
    void an_aside_naming_someone_else_does_not_stop_the_answer() {
        Answer a = ask("stake at a 1.25T post? looks tiny next to msft's bet");
        assertEquals(Route.NUMERIC, a.route(), a.decision().cues().toString());
        assertEquals("0.0400000000", value(a, "stake", 10));
        Answer about = ask("what multiple has microsoft made on its openai stake?");
        assertFalse(about.route() == Route.NUMERIC, "a question about Microsoft itself is still not covered");
    }

    @Test
    void private_equity_shorthand() {
        assertEquals("2.4096385542", value(ask("MoM if oai exits at 2T"), "moic", 10)); // 2000 / 830
        assertEquals("1.8072289157", value(ask("moci in the upside case?"), "moic", 10)); // bull: 1500 / 830
    }

    @Test
    void figures_written_the_european_way() {
        assertEquals("0.0312500000", value(ask("how much percent amazon own if post money is 1 600 billion"), "stake", 10)); // 50 / 1600
        assertEquals("3.0120481928", value(ask("moic if oai exits at 2,5 trillion"), "moic", 10)); // 2500 / 830
    }

    @Test
    void zero_and_its_sides_as_goals() {
        // bear: stake value 50 x 500 / 830 = 30.1205; revenue 30% x 115 = 34.5; margin = (50 - 30.1205) / 34.5
        assertEquals("0.5762179151", value(ask("in bear, the margin that makes the combined payoff 0?"), "aws_operating_margin", 10));
        assertEquals("830", value(ask("below what exit are we in the red on the stake?"), "exit_valuation", 0));
        Answer flat = ask("stake value if the exit just stays flat?");
        assertEquals("50.00", value(flat, "stake_value", 2)); // a condition on the exit, not a goal for the value
        assertEquals("332", value(ask("what exit leaves amazon getting 40% of its money back"), "exit_valuation", 0)); // 0.4 x 830
    }

    @Test
    void goals_read_without_verb_agreement_or_in_the_asker_s_order() {
        assertEquals("1250", value(ask("the post money that give amazon exactly 4 percent"), "post_money_valuation", 0)); // 50 / 0.04
        assertEquals("45", value(ask("how much amazon must invest to own 5% at 900 post"), "investment", 0)); // 0.05 x 900
        assertEquals("1660", value(ask("at which valuation is amazon's stake worth 100bn?"), "exit_valuation", 0)); // 100 x 830 / 50
    }

    @Test
    void everyday_words_for_the_gain_the_multiple_and_the_commitment() {
        assertEquals("-13.855422", value(ask("how much does amazon lose or win on the stake at a 600bn exit"), "gain", 6)); // 50 x 600 / 830 - 50
        assertEquals("2.0000000000", value(ask("times money at a 1.66T exit?"), "moic", 10)); // 1660 / 830
        assertEquals("19", value(ask("the all-in anthropic number: the investment plus the campus"), "anthropic_commitment", 0)); // 8 + 11
        assertEquals("-19.879518", value(ask("how many billions is amazon down in the bear case"), "gain", 6)); // 50 x 500 / 830 - 50
    }

    @Test
    void a_request_to_deliver_or_confirm_is_no_narrative_question() {
        Answer pull = ask("what exit gets a 15% irr over 4 years? can you pull that for her");
        assertEquals(Route.NUMERIC, pull.route(), pull.decision().cues().toString());
        assertEquals("1451.675188", value(pull, "exit_valuation", 6)); // 830 x 1.15^4
        Answer confirm = ask("deck says ~5% of oai at a 1T post, can someone confirm that's right?");
        assertEquals(Route.NUMERIC, confirm.route(), confirm.decision().cues().toString());
        assertEquals("0.0500000000", value(confirm, "stake", 10));
    }

    @Test
    void a_percent_tried_in_place_of_one_named_before_it() {
        String t = "s10-retry";
        ask("aws compute profit in base", t);
        Answer lower = ask("35% margin feels rich - run it at 25%", t);
        assertEquals("14.375000", value(lower, "aws_compute_profit", 6)); // 57.5 x 0.25
        Answer other = ask("capture 30%, use a 40% margin: aws profit?");
        assertEquals("13.800000", value(other, "aws_compute_profit", 6)); // 0.3 x 115 x 0.4: each percent has its own word
    }

    @Test
    void a_hold_asked_against_an_annual_return_and_ratios_asked_as_a_form() {
        Answer hold = ask("in bull, how many years can amazon hold its stake before the irr drops to 8%?");
        assertEquals("7.6895358686", value(hold, "holding_years", 10)); // ln(1500 / 830) / ln(1.08)
        Answer ratio = ask("as a multiple, how does the openai bet compare in scale with the anthropic stake?");
        assertEquals("6.2500000000", value(ratio, "openai_vs_anthropic_ratio", 10)); // 50 / 8
        assertTrue(ratio.results().stream().noneMatch(r -> r.metric().equals("moic")), "'as a multiple' asks for the ratio's form");
    }

    @Test
    void a_figure_relabelled_and_goals_written_with_a_sign_or_a_where() {
        String t = "s10-relabel";
        ask("stake at the $830bn valuation", t);
        assertEquals("0.0537634409", value(ask("what if the 830 turns out to be the pre-money?", t), "stake", 10)); // 50 / (830 + 100)
        // bear: (5 + 50 - 50 x 500 / 830) / (30% x 115)
        assertEquals("0.7211454514", value(ask("what margin gets the combined payoff to +5bn in bear?"), "aws_operating_margin", 10));
        assertEquals("1660", value(ask("where does oai have to be valued for the stake to be worth $100bn"), "exit_valuation", 0));
        assertEquals("23", value(ask("openai compute run-rate?"), "compute_spend_per_year", 0)); // 115 / 5
    }

    @Test
    void a_pasted_passage_gives_no_figures_or_metrics_of_its_own() {
        Answer a = ask("the piece says \"Amazon's $50 billion stake would represent a massive return on investment if the valuation"
                + " is realized\" - what's the moic at 1.2T?");
        assertEquals("1.4457831325", value(a, "moic", 10)); // 1200 / 830
        assertEquals(1, a.results().size(), "the quote's 'stake' asks for nothing: " + a.results());
    }

    @Test
    void corporate_names_for_the_inputs_and_polite_requests() {
        assertEquals("0.3125000000", value(ask("what share of the capital plan is the check if capex is raised to $160bn?"),
                "capex_share", 10)); // 50 / 160
        assertEquals("730", value(ask("what is openai valued at before the fresh money from this round lands?"),
                "pre_money_valuation", 0)); // 830 - 100
        assertEquals("1250", value(ask("at what post-money would the $50bn translate into a 4% holding?"),
                "post_money_valuation", 0)); // 50 / 0.04
        assertEquals("19", value(ask("amazon's total commitment to anthropic, investment plus the indiana facility"),
                "anthropic_commitment", 0)); // 8 + 11
        Answer margins = ask("could you kindly list the margins assumed in each scenario?");
        assertEquals(Route.NUMERIC, margins.route(), margins.decision().cues().toString());
        assertEquals(3, margins.results().size(), margins.results().toString());
        Answer compared = ask("circular ratio in bull, and how does that compare with base?");
        assertEquals(Route.NUMERIC, compared.route(), compared.decision().cues().toString());
        assertEquals("1.61", value(compared, "circular_return_ratio", 2)); // bull first: 70% x 115 / 50
        Answer help = ask("what kinds of questions can i ask, and how do the answers come back?");
        assertEquals(Route.HELP, help.route(), "answers coming back is no circular return: " + help.decision().cues());
    }

    @Test
    void relative_changes_scale_or_shift_the_value_in_force() {
        String t = "s10-relative";
        ask("irr at a 1.5T exit over 4 years", t);
        assertEquals("0.0767791705", value(ask("double the hold", t), "irr", 10)); // (1500 / 830)^(1/8) - 1
        assertEquals("-0.0125891471", value(ask("and half the exit on top of that", t), "irr", 10)); // (750 / 830)^(1/8) - 1
        assertEquals("0.0662650602", value(ask("stake if amazon writes a 10% bigger check"), "stake", 10)); // 55 / 830
        assertEquals("28.175000", value(ask("margin 5 pts lower in bull, aws compute profit?"), "aws_compute_profit", 6)); // 80.5 x 0.35
    }

    @Test
    void the_total_and_the_yearly_figure_asked_together_and_fractions_of_the_value_in_force() {
        Answer both = ask("aws compute revenue in bull, total and per year");
        assertEquals("80.5", value(both, "aws_compute_revenue", 1)); // 70% x 115
        assertEquals("16.1", value(both, "aws_compute_revenue_per_year", 1)); // 80.5 / 5
        Answer third = ask("aws profit if the margin is raised by a third");
        assertEquals("26.833333", value(third, "aws_compute_profit", 6)); // 57.5 x 0.35 x 4/3
        Answer target = ask("at what capex does the check become exactly a third of the budget");
        assertEquals("150", value(target, "capex_2026", 0)); // a fraction said as a goal is no change: 50 x 3
    }

    @Test
    void a_portuguese_speakers_bi_tri_and_participacao_are_read() {
        assertEquals("0.04", value(ask("which participação gets amazon with 50 bi if the post is 1,25 tri?"), "stake", 2)); // 50 / 1250
        assertEquals("0.0384615385", value(ask("participação of amazon at a post of US$ 1.300 bi?"), "stake", 10)); // 50 / 1300
        assertEquals("30.120482", value(ask("how much is the stake worth if oai exits at half a tri?"), "stake_value", 6)); // 50 x 500 / 830
    }

    @Test
    void worth_asked_in_a_statements_word_order_is_the_value_of_what_the_thread_computed() {
        String t = "s18-worth";
        ask("stake at a 1.25t post", t);
        assertEquals("80", value(ask("and how much that is worth if openai exits at 2t?", t), "stake_value", 0)); // 4% x 2000
    }

    @Test
    void the_input_right_after_what_is_the_one_solved_for_and_a_target_moves_to_the_metric_the_input_changes() {
        // "the round" is named first, but "at what post-money" asks for the post-money: 50 / 4%
        assertEquals("1250", value(ask("the round would have to be priced at what post-money for amazon's 50bn to be a 4% stake?"),
                "post_money_valuation", 0));
        // OpenAI's spend per year does not depend on AWS's share; AWS's revenue per year does: 20 x 5 / 115
        Answer runRate = ask("what capture share does aws need for a 20bn per annum compute run-rate from openai");
        assertEquals("0.8695652174", value(runRate, "aws_capture_share", 10));
        assertTrue(runRate.text().contains("does not depend on"), runRate.text());
    }

    @Test
    void an_input_asked_as_what_feeds_a_metric_or_as_a_premise_is_looked_up() {
        assertEquals(Kind.INPUT, ask("what hold period is feeding the irr?").results().get(0).kind());
        assertEquals("5", value(ask("what hold period is feeding the irr?"), "holding_years", 0));
        assertEquals("5", value(ask("hold yrs used for the irr?"), "holding_years", 0));
        assertEquals("0.35", value(ask("what's the margin premise behind aws profit?"), "aws_operating_margin", 2));
    }

    @Test
    void where_a_value_ends_up_is_a_new_value_and_growth_per_year_is_the_annual_return() {
        // "the raise ends up 120bn": the round's new size, not 120bn more: 50 / 120
        assertEquals("0.4166666667", value(ask("if the raise ends up 120bn not 100, what share of the round is amazon's 50?"),
                "round_share", 10));
        // the stake is what grows; "when we sell it" is the exit: (1500 / 830)^(1/6) - 1
        Answer grows = ask("how much does our stake grow each year if openai is worth 1.5t when we sell it in 6 yrs");
        assertEquals(List.of("irr"), grows.results().stream().map(r -> r.metric()).toList());
        assertEquals("0.1037", value(grows, "irr", 4));
        // "go need to put in": the investment asked, in Nigerian English: 6% x 1100
        assertEquals("66", value(ask("how much amazon go need to put in to own 6% at the 1.1t valuation?"), "investment", 0));
        // "how far guys" greets; it asks nothing of the sources
        Answer greeted = ask("how far guys, what's the stake at a 1t post?");
        assertEquals(Route.NUMERIC, greeted.route(), greeted.decision().cues().toString());
        String t = "s18-side";
        ask("aws compute profit in bull", t);
        // a metric asked of what the thread computed, pointing back at its end: bull revenue, 70% x 115
        assertEquals("80.5", value(ask("whats the revenue side of that", t), "aws_compute_revenue", 1));
    }

    @Test
    void two_metrics_compared_with_vs_are_both_answered_even_when_one_takes_the_other_in() {
        // the combined payoff takes the gain in, but "vs" asks for both: bull gain 50 x 1500 / 830 - 50, and the payoff
        Answer both = ask("gain on the stake vs the combined payoff, bull");
        assertEquals(List.of("gain", "combined_payoff"), both.results().stream().map(r -> r.metric()).toList());
        assertEquals("40.361446", value(both, "gain", 6));
        Answer commitments = ask("anthropic commitment incl campus versus total ai commitment");
        assertEquals("19", value(commitments, "anthropic_commitment", 0)); // 8 + 11
        assertEquals("69", value(commitments, "total_ai_commitment", 0)); // 19 + 50
    }

    @Test
    void a_correction_later_in_the_message_replaces_what_it_takes_back() {
        // several words of taking back, and fillers before the new figure: 50 x 1500 / 830
        assertEquals("90.361446", value(ask("what's the stake worth at a 1.2t exit.. actually make that 1.5t"), "stake_value", 6));
        // a bare figure takes the unit of the one it corrects, and the words said again go: 50 / (800 + 100)
        assertEquals("0.0555555556", value(ask("stake if oai is 700bn pre-money... no wait, 800 pre"), "stake", 10));
        // the years, after a full stop: (2000 / 830)^(1/6) - 1
        assertEquals("0.1579", value(ask("irr at a 2t exit over 4 yrs. no wait, make it 6 yrs"), "irr", 4));
        // the nearest figure of the same kind, past a figure of another: 4% x 1000
        assertEquals("40", value(ask("how big a check to own 6% at a 1T post? sorry, 4%"), "investment", 0));
        // a figure dropped: the base margin, 35% x 115 x 50%
        assertEquals("20.125", value(ask("aws compute profit w/ a 40% margin.. actually ignore the 40%"), "aws_compute_profit", 3));
        // a scenario taken back: bear alone, 30% x 115
        Answer bear = ask("aws compute revenue, bull - scratch that, bear");
        assertEquals(List.of("bear"), bear.results().stream().map(r -> r.scenario()).toList());
        assertEquals("34.5", value(bear, "aws_compute_revenue", 1));
        // words taken back: the share of capex, 50 / 125
        assertEquals("0.40", value(ask("what share of the 100b round is the check.. wait no, share of 2026 capex"), "capex_share", 2));
    }

    @Test
    void a_word_typed_against_a_figure_is_read_and_what_the_bot_can_run_is_help() {
        assertEquals("0.04", value(ask("stake if the round prices at1.25t post"), "stake", 2)); // 50 / 1250
        // a percent said in words, typed against the word before it
        assertEquals("1919.84", value(ask("exit that lets us compound at15 pct annually across a 6 yr hold?"), "exit_valuation", 2)); // 830 x 1.15^6
        assertEquals(Route.HELP, ask("which calcs and scenarios is this tool able to run?").route());
        assertEquals(Route.HELP, ask("give me the range of analyses you can actually run - metrics only").route());
    }

    @Test
    void a_figure_or_word_taken_back_gives_way_to_the_one_said_after_it() {
        assertEquals("2490", value(ask("exit for a 2x.. no, 3x?"), "exit_valuation", 0)); // 3 x 830
        assertEquals("0.0500000000", value(ask("stake at 800 pre - sorry, 900 pre"), "stake", 10)); // 50 / (900 + 100)
        assertEquals("80.5", value(ask("bull - aws profit, sorry revenue"), "aws_compute_revenue", 1)); // 70% x 115
        String t = "s10-own";
        ask("combined payoff in bear at a 1.2T exit", t);
        // bear's own exit again: 50 x 500 / 830 + 30% x 115 x 30% - 50
        assertEquals("-9.529518", value(ask("ok use bear's own exit", t), "combined_payoff", 6));
    }

    @Test
    void words_around_the_question_that_do_not_change_its_route() {
        assertEquals(Route.NARRATIVE, ask("it's like backing two rival football clubs. how does anthropic see it?").route());
        assertEquals(Route.NARRATIVE, ask("what could go wrong here?").route());
        Answer below = ask("moic at a 400bn exit? is that below one?");
        assertEquals(Route.NUMERIC, below.route(), below.decision().cues().toString());
        assertEquals("0.4819277108", value(below, "moic", 10)); // 400 / 830
        assertEquals(Route.MIXED, ask("circular ratio? and explain the loop in one line").route());
        assertEquals(Route.MIXED, ask("stake value at a 1T exit, and what's the article's take on that valuation").route());
        assertEquals("0.30", value(ask("how much of openai's computing do you assume lands with aws in bear?"),
                "aws_capture_share", 2));
    }

    @Test
    void a_loss_asked_as_a_goal_is_a_negative_gain() {
        // gain = 50 x exit / 830 - 50 = -15  =>  exit = 35 x 830 / 50
        assertEquals("581", value(ask("how low can the exit go before amazon's loss on the stake hits 15bn"), "exit_valuation", 0));
        assertEquals("747", value(ask("what exit leaves amazon with a 5bn loss"), "exit_valuation", 0)); // 45 x 16.6
        assertEquals("664", value(ask("exit where the loss is 10bn"), "exit_valuation", 0)); // 40 x 16.6
        assertEquals("913", value(ask("what exit gives a 5bn gain"), "exit_valuation", 0)); // 55 x 16.6
    }

    @Test
    void revenue_as_a_multiple_of_the_check_is_the_circular_ratio() {
        Answer check = ask("how big a check can amazon write and still have aws compute revenue cover it 1.5 times over");
        assertEquals("38.333333", value(check, "investment", 6)); // 57.5 / 1.5: revenue does not move with the check
        assertEquals("0.869565217391304", value(ask("what capture share gets compute revenue to 2 times the investment"),
                "aws_capture_share", 15)); // 100 / 115, to 15 significant digits
        Answer twice = ask("what margin makes compute profit repay the investment twice over");
        assertTrue(twice.text().startsWith("I can't compute that"), twice.text()); // 100 / 57.5 = 174%: no margin reaches it
    }

    @Test
    void words_that_looked_like_other_requests() {
        Answer buys = ask("what ownership does the $50bn cheque buy amazon");
        assertEquals("0.0602409639", value(buys, "stake", 10)); // 50 / 830
        assertEquals(Route.OUT_OF_SCOPE, ask("would you buy amazon here").route());
        assertEquals("730", value(ask("what pre-money is left once you back out the new money"), "pre_money_valuation", 0));
        assertEquals("2490", value(ask("back out the exit that gets amazon to 3x"), "exit_valuation", 0)); // 3 x 830
        assertEquals(Route.NARRATIVE, ask("biggest risk worth flagging?").route());
        assertEquals(Route.NARRATIVE, ask("what's the best sign that aws compute profit is materialising").route());
        Answer deck = ask("irr at a 1.2T exit, just want the figure for the deck");
        assertEquals(Route.NUMERIC, deck.route(), deck.decision().cues().toString());
        assertEquals("0.0765163513", value(deck, "irr", 10)); // (1200 / 830)^(1/5) - 1
    }

    @Test
    void metrics_named_in_analysts_words() {
        assertEquals("-19.879518", value(ask("in the bear case how many $bn is amazon down on the stake"), "gain", 6)); // 50 x 500/830 - 50
        assertEquals("0.5", value(ask("of the whole raise openai wants, what slice is amazon's"), "round_share", 1)); // 50 / 100
        assertEquals("90.361446", value(ask("where is amazon's slice marked at in dollars in bull"), "stake_value", 6)); // 50 x 1500/830
        assertEquals("69", value(ask("gross exposure: the openai check plus the anthropic money"), "total_ai_commitment", 0)); // 50 + 8 + 11
        assertEquals("17.250000", value(ask("aws compute profit if they net 30 cents on the dollar"), "aws_compute_profit", 6)); // 57.5 x 30%
        Answer hunch = ask("what capture share pays back the check from compute profit? my hunch is over 100%");
        assertEquals("1.2422360248", value(hunch, "breakeven_capture_share", 10)); // 50 / (115 x 35%): the hunch is checked, not used
    }

    @Test
    void a_longer_follow_up_that_names_another_metric_keeps_the_thread() {
        String t = "s11-longer";
        ask("aws compute profit if openai sends it 40% of the compute", t);
        assertEquals("46.0", value(ask("and the revenue under that, across the full window", t), "aws_compute_revenue", 1)); // 40% x 115
    }

    @Test
    void an_input_asked_by_what_it_feeds_or_with_its_value_said_back() {
        Answer under = ask("which holding period sits under the irr figure?");
        assertEquals("5", value(under, "holding_years", 0));
        assertEquals(MetricResult.Kind.INPUT, under.results().get(0).kind());
        assertEquals("0.40", value(ask("confirm the margin applied to aws revenue in bull"), "aws_operating_margin", 2));
        assertEquals("500", value(ask("which exit valuation does bear use - still 500?"), "exit_valuation", 0));
        String t = "s11-model-exit";
        ask("stake at a 1T post", t);
        assertEquals("41.500000", value(ask("what's that stake worth at the model's exit valuation?", t), "stake_value", 6)); // 5% x 830
    }

    @Test
    void goals_said_as_growth_and_profit_said_per_dollar() {
        assertEquals("17.250000", value(ask("suppose aws keeps 30 cents of operating profit per dollar - profit over the compute window?"),
                "aws_compute_profit", 6)); // 57.5 x 30%, over the window (no grid)
        assertEquals("0.621118012422360", value(ask("if aws's profit from openai's compute should hit 25bn, what capture share?"),
                "aws_capture_share", 15)); // 25 / (115 x 35%)
        assertEquals("1494", value(ask("what exit before amazon's 50b turns into 90b"), "exit_valuation", 0)); // 90 x 830 / 50
        assertEquals("1328", value(ask("what exit turns the check into 80bn"), "exit_valuation", 0)); // 80 x 830 / 50
    }

    @Test
    void checks_help_and_off_topic_said_in_passing() {
        assertEquals(Route.OUT_OF_SCOPE, ask("not about amazon, but can you explain wacc for a utility?").route());
        assertEquals(Route.HELP, ask("which metrics and scenarios can you calculate?").route());
        Answer test = ask("just to see what happens, stake at a post of -100bn");
        assertEquals(Route.NUMERIC, test.route(), test.decision().cues().toString());
        assertEquals(Route.MIXED, ask("bull compute profit, and how would we know it's really coming through?").route());
        Answer once = ask("in bull, how many times over does aws revenue cover the 50b? is it above one?");
        assertEquals(Route.NUMERIC, once.route(), once.decision().cues().toString());
        assertEquals("1.61", value(once, "circular_return_ratio", 2)); // 80.5 / 50
        Answer notes = ask("my notes show the stake at 7% - tie it out");
        assertEquals("0.0602409639", value(notes, "stake", 10)); // the model's 50 / 830, the 7% checked
        assertTrue(notes.notes().stream().anyMatch(n -> n.contains("7%") && n.contains("checking")), notes.notes().toString());
        Answer tieOut = ask("tie out the ownership at a $900bn pre-money");
        assertEquals("0.0500000000", value(tieOut, "stake", 10)); // 50 / (900 + 100): a figure to compute with, not to check
        String t = "s11-there";
        ask("moic at a 2T exit", t);
        Answer there = ask("does the moic move if we hold longer? what's it then", t);
        assertEquals(Route.NUMERIC, there.route(), there.decision().cues().toString());
        assertEquals("2.4096385542", value(there, "moic", 10)); // 2000 / 830, the hold does not move it
    }

    @Test
    void trading_desk_shorthand() {
        assertEquals("3.6144578313", value(ask("x on the check at a 3T exit"), "moic", 10)); // 3000 / 830
        assertEquals("22.289157", value(ask("pnl on the stake at a 1.2T exit"), "gain", 6)); // 50 x 1200/830 - 50
        assertEquals("0.3571428571", value(ask("capex guide 140bn for 2026 - 50bn check as % of it"), "capex_share", 10)); // a dash, not a minus
        assertEquals("1000", value(ask("post where 40bn gets exactly 4%"), "post_money_valuation", 0)); // 40 / 4%
        assertEquals("0.521739130434783", value(ask("capture % for aws to book 12bn/yr"), "aws_capture_share", 15)); // 12 x 5 / 115
        Answer both = ask("implied pre and our % at a 1.1T post");
        assertEquals("1000", value(both, "pre_money_valuation", 0)); // 1100 - 100
        assertEquals("0.0454545455", value(both, "stake", 10)); // 50 / 1100
        assertEquals("6.25", value(ask("oai/anthropic x?"), "openai_vs_anthropic_ratio", 2)); // 50 / 8
        assertEquals("14.375000", value(ask("aws nets maybe 25 cents on the dollar. compute profit?"), "aws_compute_profit", 6));
        assertEquals("664", value(ask("what exit leaves amazon 10 billion in the hole"), "exit_valuation", 0)); // 40 x 830 / 50
        assertEquals("100", value(ask("how big does openai's compute budget need to be for aws's revenue to match the 50b"),
                "openai_compute_spend", 0)); // 50 / 50%
        Answer bar = ask("breakeven capture share in bear? does even the worst case clear it");
        assertEquals(Route.NUMERIC, bar.route(), bar.decision().cues().toString());
        assertEquals("1.4492753623", value(bar, "breakeven_capture_share", 10)); // 50 / (115 x 30%)
        Answer downside = ask("what's your downside margin");
        assertEquals("0.30", value(downside, "aws_operating_margin", 2));
        assertEquals(Route.NARRATIVE, ask("the article calls the check a bet on aws - what's the logic").route());
    }

    @Test
    void a_thread_brought_back_to_even() {
        String t = "s11-even";
        assertEquals("0.0400000000", value(ask("stake if the round prices at a 1.25T post", t), "stake", 10)); // 50 / 1250
        assertEquals("20.000000", value(ask("value of that at the bear exit", t), "stake_value", 6)); // 4% x 500
        assertEquals("-30.000000", value(ask("so the loss in dollars is what", t), "gain", 6)); // 20 - 50
        assertEquals("1250", value(ask("what exit gets that back to even", t), "exit_valuation", 0)); // gain 0 at the post-money
    }

    @Test
    void openais_value_moving_by_a_percent_and_breakevens_on_the_profit_alone() {
        Answer falls = ask("stake value if openai's valuation falls 40%");
        assertEquals("30.000000", value(falls, "stake_value", 6)); // 50 x (830 x 60%) / 830
        Answer rises = ask("stake if oai's valuation rises 25%");
        assertEquals("0.0481927711", value(rises, "stake", 10)); // 50 / (830 x 1.25): the post-money, for a stake
        Answer round = ask("moic if oai drops 20% from the round price");
        assertEquals("0.8000000000", value(round, "moic", 10)); // the exit at 80% of 830; the round is not scaled
        assertEquals("0.869565217391304", value(ask("what margin breaks even on compute profit alone"),
                "aws_operating_margin", 15)); // 50 / 57.5
        Answer share = ask("what capture share breaks even on aws compute profit");
        assertEquals(Route.NUMERIC, share.route(), share.decision().cues().toString());
        assertEquals("1.2422360248", value(share, "breakeven_capture_share", 10)); // 50 / (115 x 35%)
    }

    @Test
    void a_traders_and_a_vcs_shorthand() {
        assertEquals(Route.OUT_OF_SCOPE, ask("where does msft close today?").route());
        Answer over = ask("breakeven capture in bear, likely still over 100% rite?");
        assertEquals("1.4492753623", value(over, "breakeven_capture_share", 10)); // 50 / (115 x 30%): the 100% is checked
        assertEquals("2.4096385542", value(ask("tvpi on the check at a 2T exit"), "moic", 10)); // 2000 / 830
        assertEquals("5", value(ask("which holding period is the irr underwritten on"), "holding_years", 0));
        assertEquals("62.25", value(ask("how large a check does amazon write to get 7.5% at the 830 post"), "investment", 2)); // 7.5% x 830
        assertEquals("66.4", value(ask("what check does amazon write to get 8% at the 830 post"), "investment", 1)); // 8% x 830
    }

    @Test
    void a_multiple_said_of_the_anthropic_cheque_is_the_ratio_checked_not_an_exit() {
        String t = "s12-ratio";
        Answer check = ask("fact check: the openai cheque is more than 7 times amazon's $8bn anthropic stake?", t);
        assertEquals("6.25", value(check, "openai_vs_anthropic_ratio", 2), check.decision().cues().toString()); // 50 / 8
        assertTrue(check.text().contains("figure you're checking"), check.text());
        assertEquals("5.00", value(ask("and with a 40bn openai cheque?", t), "openai_vs_anthropic_ratio", 2)); // 40 / 8
    }

    @Test
    void one_year_of_a_yearly_metric_is_per_year_and_of_a_hold_is_the_hold() {
        assertEquals("11.5", value(ask("aws revenue on the openai compute for a single year, not the full window"),
                "aws_compute_revenue_per_year", 1)); // 115 x 50% / 5
        assertEquals("23", value(ask("what does openai spend on compute in one year"), "compute_spend_per_year", 0)); // 115 / 5
        assertEquals("0.4457831325", value(ask("irr if amazon holds for one year at a 1.2T exit"), "irr", 10)); // 1200 / 830 - 1
    }

    @Test
    void a_sentence_of_context_before_the_question_is_not_asked() {
        Answer profit = ask("The piece calls the aws side high-margin. If aws keeps 30 cents on the dollar, how much profit does that make on openai's compute?");
        assertEquals(Route.NUMERIC, profit.route(), profit.decision().cues().toString());
        assertEquals("17.250000", value(profit, "aws_compute_profit", 6)); // 115 x 50% x 30%
        assertEquals(1, profit.results().size(), profit.results().toString());
        Answer down = ask("I'm trying to get my head around the downside. If openai's valuation sinks to 400bn by the time the stake is marked, what's the annual return?");
        assertEquals(Route.NUMERIC, down.route(), down.decision().cues().toString());
        assertEquals("-0.1358355829", value(down, "irr", 10)); // (400 / 830)^(1/5) - 1: the exit, not the post-money
        assertEquals(1, down.results().size(), down.results().toString());
    }

    @Test
    void payoff_spelt_out_an_input_asked_in_the_exits_own_words_and_which_post_money() {
        assertEquals("72.561446", value(ask("what is amazon left with once you add aws's compute profit to the value of the stake and "
                + "take off the check, bull case?"), "combined_payoff", 6)); // 50 x 1500/830 + 115 x 70% x 40% - 50
        assertEquals("500", value(ask("bear case - what number do you use for openai's valuation when the stake gets marked?"),
                "exit_valuation", 0));
        assertEquals("2000", value(ask("at which post money does the 50 billions buy 2.5% of openai"), "post_money_valuation", 0)); // 50 / 2.5%
    }

    @Test
    void questions_in_a_statements_word_order_and_a_valuation_named_before_its_condition() {
        Answer help = ask("hi all, first day here. what kind of questions we can ask, and which figures you can calculate?");
        assertEquals(Route.HELP, help.route(), help.decision().cues().toString());
        assertEquals("0.0400000000", value(ask("openai pre money of 1.15 trillion - which percent of company does amazon get for its 50?"),
                "stake", 10)); // 50 / (1150 + 100)
        assertEquals("1494", value(ask("valuation of openai where the amazon stake is worth 90 billions"), "exit_valuation", 0)); // 90 x 830 / 50
        Answer both = ask("what does aws book from openai every year under your assumptions, and what over the full 2025-2029 window?");
        assertEquals("11.5", value(both, "aws_compute_revenue_per_year", 1)); // 115 x 50% / 5
        assertEquals("57.5", value(both, "aws_compute_revenue", 1)); // 115 x 50%
    }

    @Test
    void a_figure_pointed_back_at_and_called_the_pre_money_is_the_pre_money() {
        assertEquals("0.0384615385", value(ask("openai at 1.2T in the round - if that valuation were the pre-money, what's amazon's stake?"),
                "stake", 10)); // 50 / (1200 + 100)
        assertEquals("0.0500000000", value(ask("the piece has openai at $900bn; if that figure is actually the pre-money, how much of "
                + "openai does the 50bn buy?"), "stake", 10)); // 50 / (900 + 100)
    }

    @Test
    void plain_words_for_inputs_thresholds_and_totals() {
        Answer even = ask("if openai exits at 600bn, what capture share do we need to come out exactly even, counting the stake plus aws's profit?");
        assertEquals("0.3442340792", value(even, "aws_capture_share", 10)); // (50 - 50 x 600/830) / (115 x 35%)
        assertEquals("730", value(ask("what was openai valued at just before the round?"), "pre_money_valuation", 0)); // 830 - 100
        assertEquals("69", value(ask("how much are we sinking into all these ai bets, openai and anthropic together?"),
                "total_ai_commitment", 0)); // 50 + 8 + 11
        assertEquals("0.70", value(ask("which cut of openai's compute do you assume lands with aws in the bull case?"),
                "aws_capture_share", 2));
        assertEquals("0.35", value(ask("what do you assume for how many cents of every compute dollar aws keeps?"),
                "aws_operating_margin", 2));
        assertEquals("500", value(ask("bear case: what do you have openai ending up at?"), "exit_valuation", 0));
        assertEquals("0.50", value(ask("the check / the raise"), "round_share", 2)); // 50 / 100
    }

    @Test
    void up_or_down_by_an_amount_is_a_gain_and_a_figure_instead_of_the_models_own_takes_its_place() {
        assertEquals("1162", value(ask("which openai valuation gets us up 20bn on the position?"), "exit_valuation", 0)); // (50 + 20) x 830 / 50
        assertEquals("664", value(ask("what exit leaves amazon down 10bn on the stake"), "exit_valuation", 0)); // (50 - 10) x 830 / 50
        Answer round = ask("say openai only raises 70 billion this round instead of the 100 - what share of the round is the check?");
        assertEquals("0.7142857143", value(round, "round_share", 10), round.decision().cues().toString()); // 50 / 70
    }

    @Test
    void a_period_named_between_a_word_and_its_figure_and_both_halves_of_the_payoff_named() {
        assertEquals("90.000000", value(ask("if openai's compute budget across the five years were 180bn, how much would land with aws as revenue?"),
                "aws_compute_revenue", 6)); // 180 x 50%
        Answer both = ask("bottom line: in bear, counting both what the stake is worth and what aws earns in profit, where are we after the check?");
        assertEquals("-9.529518", value(both, "combined_payoff", 6)); // 50 x 500/830 + 115 x 30% x 30% - 50
        assertEquals(1, both.results().size(), both.results().toString());
    }

    @Test
    void guesses_and_asides_in_brackets_and_a_scenario_called_the_upside_case() {
        assertEquals("5", value(ask("how long do you assume amazon holds before the stake is valued (5 years iirc)?"), "holding_years", 0));
        assertEquals("2.0000000000", value(ask("(a sanity check for our FP&A team) what's the moic at a 1.66T exit?"), "moic", 10)); // 1660 / 830
        assertEquals("1500", value(ask("what exit do you carry for the upside case (around 1.5tn i think)?"), "exit_valuation", 0));
        Answer share = ask("in the upside case what capture share repays the investment from compute profit alone (my guess: north of 100%)?");
        assertEquals("1.0869565217", value(share, "breakeven_capture_share", 10)); // 50 / (115 x 40%)
        assertEquals(1, share.results().size(), share.results().toString());
    }

    @Test
    void short_phone_typing_for_the_round_and_the_anthropic_total() {
        assertEquals("0.50", value(ask("what chunk of teh raise is amzn's"), "round_share", 2)); // 50 / 100
        assertEquals("19", value(ask("all-in anthropic incl the campus"), "anthropic_commitment", 0)); // 8 + 11
        assertEquals("100", value(ask("how big is the entire round"), "round_size", 0));
    }

    @Test
    void a_risk_officers_and_a_sell_side_associates_wording() {
        assertEquals("498", value(ask("what exit puts amazon 20bn underwater on the oai position?"), "exit_valuation", 0)); // (50 - 20) x 830 / 50
        String t = "s12-pre";
        assertEquals("0.0500000000", value(ask("amzn's % if the round closes at a 900bn pre", t), "stake", 10)); // 50 / (900 + 100)
        assertEquals("45.000000", value(ask("what's that worth at the bull exit... no, at a 900bn exit", t), "stake_value", 6)); // 5% x 900
        assertEquals("5", value(ask("holding period in your irr maths?"), "holding_years", 0));
        assertEquals("0.6086956522", value(ask("capture share needed for aws's oai run-rate to reach 14bn/yr"), "aws_capture_share", 10)); // 14 x 5 / 115
        Answer even = ask("bear case: what share would aws need for compute profit to earn back the check, is it even under 100%");
        assertEquals("1.4492753623", value(even, "breakeven_capture_share", 10)); // 50 / (115 x 30%)
        assertEquals(Route.HELP, ask("what sorts of figures can u spit out for me before i build the model").route());
    }

    @Test
    void a_board_members_challenges_and_tag_questions() {
        Answer moic = ask("so the moic at a 1.2T exit, surely still above 1.3x?");
        assertEquals("1.4457831325", value(moic, "moic", 10), moic.decision().cues().toString()); // 1200 / 830
        assertEquals(1, moic.results().size(), moic.results().toString());
        assertEquals("20.125", value(ask("aws compute profit is over 15bn isn't it? what's the figure"), "aws_compute_profit", 3)); // 115 x 50% x 35%
        assertEquals("1000", value(ask("if the round prices at a 1T post, what exit does openai need for amazon to get its money back?"),
                "exit_valuation", 0)); // a multiple of one at the entry price
        assertEquals("900", value(ask("with a 900bn post, what exit does openai need for the stake to break even"), "exit_valuation", 0));
        assertEquals("1100", value(ask("what valuation would amazon need to break even on the position if the post is 1.1T"),
                "exit_valuation", 0));
        assertEquals("295.48", value(ask("at what exit does the stake value plus aws compute profit only just cover the check in bull?"),
                "exit_valuation", 2)); // (50 - 115 x 70% x 40%) x 830 / 50
        assertEquals("0.0333333333", value(ask("if the pre-money is 1.4T, what percentage holding would amazon have?"), "stake", 10)); // 50 / 1500
        assertEquals("1500", value(ask("which openai valuation does the bull case rest on?"), "exit_valuation", 0));
        assertEquals("0.30", value(ask("what margin is baked into bear - isn't that harsh?"), "aws_operating_margin", 2));
        String t = "s13-climb";
        ask("irr at a 1T exit over 6 years", t);
        assertEquals("1638.27282870272", value(ask("what exit would it take for that to climb back to 12%", t), "exit_valuation", 11)); // 830 x 1.12^6
        assertEquals("5", value(ask("if the anthropic check were 10bn rather than 8, what is the ratio"), "openai_vs_anthropic_ratio", 0)); // 50 / 10
        // two metrics that each take the other in: the longer phrase decides, the same on every start (it was a coin toss)
        Answer anthropic = ask("total commitment to anthropic including the campus");
        assertEquals("19", value(anthropic, "anthropic_commitment", 0)); // 8 + 11
        assertEquals(1, anthropic.results().size(), anthropic.results().toString());
    }

    @Test
    void a_cloud_sellers_and_a_portfolio_managers_wording() {
        assertEquals("10.35", value(ask("op profit aws books off openai in bear"), "aws_compute_profit", 2)); // 115 x 30% x 30%
        assertEquals("0.70", value(ask("what take rate do you assume in bull"), "aws_capture_share", 2));
        assertEquals("16.1", value(ask("aws yearly run-rate from openai in bull"), "aws_compute_revenue_per_year", 1)); // 115 x 70% / 5
        assertEquals("23", value(ask("openai compute burn, per year"), "compute_spend_per_year", 0)); // 115 / 5
        assertEquals("42.414157", value(ask("total pay-off incl aws if openai exits at 1.2T"), "combined_payoff", 6)); // 50 x 1200/830 + 20.125 - 50
        Answer share = ask("is the breakeven capture share in bear still >100%?");
        assertEquals("1.4492753623", value(share, "breakeven_capture_share", 10)); // 50 / (115 x 30%)
        assertEquals(1, share.results().size(), share.results().toString());
        assertEquals("1250", value(ask("the round has to be priced where for our 50bn to come out at a 4% stake?"), "post_money_valuation", 0));
        assertEquals("99.6", value(ask("we want 12% of openai at the 830 post. cheque size?"), "investment", 1)); // 12% x 830
        assertEquals("730", value(ask("what was openai worth heading into the raise, before the fresh money"), "pre_money_valuation", 0));
        String t = "s13-run-rate";
        ask("aws revenue from openai in bear", t);
        assertEquals("6.9", value(ask("and the run-rate?", t), "aws_compute_revenue_per_year", 1)); // 115 x 30% / 5
        assertEquals(Route.HELP, ask("what sorts of figures can you calculate for me?").route());
        assertEquals("90.361446", value(ask("bull: our stake, and what it's worth"), "stake_value", 6)); // 50 x 1500 / 830
        String flat = "s13-flat";
        ask("combined payoff in bear", flat);
        assertEquals("0.5762179151", value(ask("what capture gets the bear case to flat?", flat), "aws_capture_share", 10)); // (50 - 50 x 500/830) / (115 x 30%)
    }

    @Test
    void dictated_figures_and_formal_asides() {
        assertEquals("1.1445783133", value(ask("moic if openai is at point nine five trillion when we mark it"), "moic", 10)); // 950 / 830
        assertEquals("0.0625", value(ask("what stake at a post of point eight trillion"), "stake", 4)); // 50 / 800
        assertEquals("747", value(ask("what exit leaves amazon down five bill on the stake"), "exit_valuation", 0)); // (50 - 5) x 830 / 50
        assertEquals("180.722892", value(ask("stake value if it exits at three trill"), "stake_value", 6)); // 50 x 3000 / 830
        assertEquals("21.85", value(ask("profit over the window if aws keeps thirty-eight cents of operating profit on every dollar of revenue"),
                "aws_compute_profit", 2)); // 57.5 x 38%
        assertEquals("30.120482", value(ask("what's the steak worth in the bare case"), "stake_value", 6)); // 50 x 500 / 830
        String zero = "s13-zero";
        ask("combined payoff at a 1.2T exit", zero);
        Answer even = ask("at what valuation does it hit zero", zero);
        assertEquals("495.925", value(even, "exit_valuation", 3), even.decision().cues().toString()); // (50 - 20.125) x 830 / 50
        assertTrue(even.text().indexOf("didn't use") < 0, even.text());
        String marked = "s13-marked";
        ask("stake at a 1T post", marked);
        assertEquals("80", value(ask("supposing openai were later valued at 1.6T when the position comes to be marked, what would the holding then be worth?",
                marked), "stake_value", 0)); // 5% x 1600
        assertEquals("11.5", value(ask("on an annual basis, what revenue would aws derive from openai's compute?"), "aws_compute_revenue_per_year", 1));
        assertEquals("23", value(ask("what does openai's compute spend work out to per year"), "compute_spend_per_year", 0));
        Answer argued = ask("purely for the sake of argument, with a 1.1T post what percentage would amazon own?");
        assertEquals(Route.NUMERIC, argued.route(), argued.decision().cues().toString());
        assertEquals("0.0454545455", value(argued, "stake", 10)); // 50 / 1100
        assertEquals(Route.OUT_OF_SCOPE, ask("Entirely separately from the deal, could you recommend a pension portfolio allocation?").route());
        assertEquals("6.25", value(ask("how would the openai cheque compare, as a multiple, with the anthropic cheque?"), "openai_vs_anthropic_ratio", 2));
        assertEquals("-0.0963955056", value(ask("assuming the bear exit over the model's holding period, what annual return does amazon earn?"),
                "irr", 10)); // (500/830)^(1/5) - 1
        assertEquals(Route.NARRATIVE, ask("does the piece say what google thinks of this?").route());
        Answer bad = ask("irr with the exit at 2,000,000m and a 0 year hold");
        assertTrue(bad.text().startsWith("I can't compute that"), bad.text());
        assertEquals("58.1", value(ask("how much capital would amazon need to commit to hold 7% at the 830 post?"), "investment", 1)); // 7% x 830
        assertEquals("0.40", value(ask("what margin are you booking in bull"), "aws_operating_margin", 2));
        String basis = "s13-basis";
        ask("post of 1.25T", basis);
        assertEquals("1250", value(ask("what exit do we need for that to recover our cost basis", basis), "exit_valuation", 0));
        assertEquals("0.8695652174", value(ask("what capture share makes compute revenue 2x the money we put in"), "aws_capture_share", 10)); // 100 / 115
        Answer bad2 = ask("gain in bear - how bad are we talking");
        assertEquals(Route.NUMERIC, bad2.route(), bad2.decision().cues().toString());
        assertEquals("-19.879518", value(bad2, "gain", 6)); // 50 x 500/830 - 50
        assertEquals(Route.HELP, ask("what kinda q's can i ask u").route());
    }

    @Test
    void forwarded_questions_and_money_made_whole() {
        // a question in double quotes is forwarded, not pasted source text: its figures count
        Answer forwarded = ask("from our CFO: \"what would our irr look like if openai exits at 1.2T?\"");
        assertEquals(Route.NUMERIC, forwarded.route(), forwarded.decision().cues().toString());
        assertEquals("0.0765163513", value(forwarded, "irr", 10)); // (1200/830)^(1/5) - 1
        String whole = "s13-whole";
        ask("stake at a 1.1T post", whole);
        assertEquals("1100", value(ask("what exit would we need to be made whole", whole), "exit_valuation", 0));
        assertEquals("730", value(ask("what is openai valued at ex the new money?"), "pre_money_valuation", 0));
        assertEquals("1500", value(ask("what exit does the upside deck assume?"), "exit_valuation", 0));
        assertEquals("415", value(ask("what exit valuation means we only recover half the 50b on the stake"), "exit_valuation", 0)); // 0.5 x 830
    }

    @Test
    void figures_reported_from_others_and_the_question_asked_apart() {
        // someone's figure is checked, not used: the pre-money is 830 - 100 = 730, not the banker's 700
        assertEquals("730", value(ask("a banker told me 700bn. what is openai worth before the new money?"), "pre_money_valuation", 0));
        // 0.5 x 115 x 0.35 = 20.125 < 50, so the breakeven share is 50 / (115 x 0.35) = 1.2422360248
        Answer breakeven = ask("people keep saying the breakeven capture share is under 100%. what is it really?");
        assertEquals(Route.NUMERIC, breakeven.route(), breakeven.decision().cues().toString());
        assertEquals("1.2422360248", value(breakeven, "breakeven_capture_share", 10));
        // the goal in a question of its own is asked; the hearsay after it is checked: 830 x (50 - 5) / 50 = 747
        assertEquals("747", value(ask("what exit leaves amazon 5bn in the red on the stake? i heard about 750bn"), "exit_valuation", 0));
        // the reported goal, asked for in the next sentence: 3 x 830 = 2490, the 2 trillion being checked
        assertEquals("2490", value(ask("word is amazon triples its money if openai hits 2 trillion. what valuation does that really take?"),
                "exit_valuation", 0));
        // someone's premise is used: a 900bn pre-money is a 1T post, 50 / 1000 = 5%
        assertEquals("0.0500", value(ask("somebody said the pre-money is only 900bn, so what would amazon own then"), "stake", 4));
        // "can you check that?" asks for the number: 50 / 1250 = 4%
        Answer check = ask("my source says amazon would own 4% if the post-money is 1.25 trillion. can you check that?");
        assertEquals(Route.NUMERIC, check.route(), check.decision().cues().toString());
        assertEquals("0.0400", value(check, "stake", 4));
        // the reported ratio is checked, not solved for: 50 / 200 = 25%
        assertEquals("0.2500", value(ask("the memo says the 50bn is 40% of capex. if capex comes in at 200bn instead, what share of it "
                + "is the openai check?"), "capex_share", 4));
        // "how did you get to roughly 11bn a year": the bot's own figure, exactly 0.5 x 115 / 5 = 11.5
        assertEquals("11.5", value(ask("how did you get to roughly 11bn a year of aws revenue? what's the exact number"),
                "aws_compute_revenue_per_year", 1));
        // a contraction inside a phrase ("how long we're assuming … keeps")
        assertEquals("5", value(ask("the md wants to know how long we're assuming amzn keeps the stake"), "holding_years", 0));
        // "half the raise, true?": the round share, 50 / 100 = 0.5, asked to be checked
        Answer half = ask("so amazon funds half the raise, true?");
        assertEquals(Route.NUMERIC, half.route(), half.decision().cues().toString());
        assertEquals("0.50", value(half, "round_share", 2));
        // a multiple with no object, asked with a valuation in general: 3 x 830 = 2490
        assertEquals("2490", value(ask("what valuation does it take to triple?"), "exit_valuation", 0));
    }

    @Test
    void money_made_beyond_the_check_and_the_compute_wallet() {
        // "make the investment back through operating profit": 50 / (115 x 0.35) = 1.2422360248
        assertEquals("1.2422360248", value(ask("what slice of the compute wallet does aws need to make the investment back through "
                + "operating profit"), "breakeven_capture_share", 10));
        // payoff 40 = stake value + 20.125 - 50, so the stake is worth 69.875 and the exit 69.875 x 830 / 50 = 1159.925
        assertEquals("1159.925", value(ask("what exit valuation has the stake plus aws profit netting amazon 40bn over the check"),
                "exit_valuation", 3));
        // a gain of 20 on the stake: worth 70, exit 70 x 830 / 50 = 1162
        assertEquals("1162", value(ask("what exit gets the stake to 20bn above what we put in"), "exit_valuation", 0));
        // revenue at the check plus 10: 60 / 115 = 0.5217391304
        assertEquals("0.5217391304", value(ask("what capture share gets aws revenue to 10b over the check"), "aws_capture_share", 10));
    }

    @Test
    void german_units_phone_clipping_fund_slang_and_what_to_watch() {
        // "1.150 Mrd." is 1,150 billion: a 1.25T post, 50 / 1250 = 4%
        assertEquals("0.0400", value(ask("what stake does amazon get if openai's pre-money is 1.150 Mrd.?"), "stake", 4));
        // "wat", "wld": (1200 / 830)^(1/5) - 1 = 0.0765163513
        assertEquals("0.0765163513", value(ask("wat irr wld amzn get at a 1.2t exit"), "irr", 10));
        // "turnover" is revenue: 0.5 x 115 / 5 = 11.5 a year
        assertEquals("11.5", value(ask("aws turnover from openai per year?"), "aws_compute_revenue_per_year", 1));
        // "our paper": 50 x 600 / 830 = 36.1445783133
        assertEquals("36.1445783133", value(ask("if we mark openai at 600bn what's our paper worth"), "stake_value", 10));
        // "in the minus": 50 x 500 / 830 - 50 = -19.8795180723
        assertEquals("-19.8795180723", value(ask("how many billions is amazon in the minus on the stake in bear"), "gain", 10));
        // "post-close" is after the deal closes, not the post-money; what to watch is asked of the sources
        assertEquals(Route.NARRATIVE, ask("after post-close, which number should we be watching to see the aws revenue come through?")
                .route());
        // a word of another language in an input's place is read around (50 / (1000 + 100)); a name there is still refused
        assertEquals("0.0454545455", value(ask("OpenAI has a pre-money Bewertung of 1.000 Mrd. - which stake gets Amazon?"), "stake", 10));
        assertEquals("1500", value(ask("Bull scenario: on which exit Bewertung of OpenAI does it rest?"), "exit_valuation", 0));
        assertTrue(ask("what's the Microsoft stake worth at a 1T exit").results().isEmpty(), "a party the sources never name");
        // "this double game": an adjective, not a 2x
        Answer game = ask("what's the main danger of this double game with two ai labs?");
        assertEquals(Route.NARRATIVE, game.route(), game.decision().cues().toString());
        // "three turns" is 3x, and "where does openai have to mark" asks for the exit: 3 x 830 = 2490
        assertEquals("2490", value(ask("where does openai have to mark for us to make three turns"), "exit_valuation", 0));
        // "to 10bn from 8": the 8 is the value replaced, 50 / 10 = 5
        assertEquals("5", value(ask("anthropic's check goes to 10bn from 8 - how many times is the openai check vs that"),
                "openai_vs_anthropic_ratio", 0));
        // help asked in a statement's word order
        assertEquals(Route.HELP, ask("before i use this, explain what kinds of figures you are able to work out").route());
        // "how high is it?" asks for the number just named
        assertEquals(Route.NUMERIC, ask("the irr in bull please - how high is it?").route());
    }

    @Test
    void an_accountants_carrying_values_and_a_phones_bare_follow_ups() {
        // a query without its verb: 80 x 830 / 50 = 1328
        assertEquals("1328", value(ask("exit valuation needed for the holding to be worth 80b"), "exit_valuation", 0));
        // "carried at": the stake's value, 50 x 1500 / 830 = 90.3614457831 in bull
        assertEquals("90.3614457831", value(ask("what would the stake be carried at in bull"), "stake_value", 10));
        assertEquals("0.35", value(ask("what margin you running on the compute revenue"), "aws_operating_margin", 2));
        // "0,6" is 0.6: 0.6 x 115 = 69
        assertEquals("69", value(ask("with a capture share of 0,6 what does aws book in revenue"), "aws_compute_revenue", 0));
        // the money between the verb and "back": 50 / (0.5 x 115) = 0.8695652174
        assertEquals("0.8695652174", value(ask("which margin would aws need so the profit alone earns the check back"),
                "aws_operating_margin", 10));
        // "Mrd." before "post-money" keeps its phrase: 50 / 900 = 0.0555555556
        assertEquals("0.0555555556", value(ask("Say openai is valued at 900 Mrd. post-money. what stake results?"), "stake", 10));
        // "in both" after "stakes" is no total commitment
        assertEquals(Route.NARRATIVE, ask("what is the main risk the author sees in amazon holding positions in both labs?").route());
        // an accountant's loss: 50 x 600 / 830 - 50 = -13.8554216867
        assertEquals("-13.8554216867", value(ask("what write-down would we book if openai is marked at 600bn"), "gain", 10));
        String w = "s14-writedown";
        ask("stake at a 900bn pre-money", w);
        ask("what's it worth at the base exit?", w);
        assertEquals("-8.5", value(ask("a write-down of how much?", w), "gain", 1)); // 50 / 1000 x 830 - 50
        // "were the 830 to turn out to be the pre-money": 50 / (830 + 100) = 0.0537634409
        assertEquals("0.0537634409", value(ask("were the 830 to turn out to be the pre-money, what would the 50b buy"), "stake", 10));
        // both named with "plus", the campus with them: 50 + 8 + 11 = 69
        assertEquals("69", value(ask("openai plus everything for anthropic incl the campus, how much in total"), "total_ai_commitment", 0));
        // "what's the tell that …": the evidence to look for, asked of the sources beside the number
        assertEquals(Route.MIXED, ask("aws compute profit in bull - and what's the tell that it's actually landing?").route());
        // bare follow-ups: a metric's word and a question mark
        String t = "s14-bare";
        ask("aws compute profit from openai?", t);
        assertEquals("57.5", value(ask("rev?", t), "aws_compute_revenue", 1)); // 0.5 x 115
        assertEquals("13.8", value(ask("per yr at 60pct capture", t), "aws_compute_revenue_per_year", 1)); // 0.6 x 115 / 5
        String s = "s14-worth";
        ask("stake at 1t post", s);
        assertEquals("41.5", value(ask("worth?", s), "stake_value", 1)); // 50 / 1000 x 830
    }

    @Test
    void talking_points_prefaces_and_a_quants_notation() {
        // a preface for the calls, then the question: 600 / 830 = 0.7228915663
        assertEquals("0.7228915663", value(ask("let's walk through the downside for the analyst calls. if openai ends up worth 600bn, "
                + "what multiple does amazon make?"), "moic", 10));
        // "suppose the media frames it as …": a hypothesis with its figure, 50 / (1000 + 100)
        Answer framed = ask("suppose the media frames it as openai being worth 1T before the new money goes in. what would the 50b buy?");
        assertEquals(Route.NUMERIC, framed.route(), framed.decision().cues().toString());
        assertEquals("0.0454545455", value(framed, "stake", 10));
        assertEquals(Route.HELP, ask("which metrics/inputs can u compute").route());
        assertEquals(Route.NARRATIVE, ask("kpi to track post-close?").route());
        // "margin -> 45%?": bear's stake 50 x 500 / 830, its profit 30% x 115 x 45%, less 50 = -4.3545180723
        String t = "s14-arrow";
        ask("combined payoff in bear", t);
        assertEquals("-4.3545180723", value(ask("margin -> 45%?", t), "combined_payoff", 10));
        // "stake $": the stake in dollars, 50 x 1200 / 830 = 72.2891566265
        assertEquals("72.2891566265", value(ask("stake $ @ exit 1.2T?"), "stake_value", 10));
        // an aside between the metric and its value, the value the check's size (so not read as the check): payoff 50 =
        // 50 x exit / 830 + 20.125 - 50, exit 1325.925
        assertEquals("1325.925", value(ask("what exit gets the combined payoff, stake plus aws profit net of the check, to 50bn"),
                "exit_valuation", 3));
        // "vs bear?" after bull: both
        String v = "s14-vs";
        ask("irr in bull", v);
        Answer both = ask("vs bear?", v);
        assertTrue(both.results().stream().anyMatch(r -> r.scenario().equals("bull")) && both.results().stream()
                .anyMatch(r -> r.scenario().equals("bear")), both.results().toString());
    }

    @Test
    void plain_words_for_levels_multiples_and_the_aws_side() {
        // "how thick does … have to be": any adjective after "how" asks for the input named next; 50 / (0.5 x 115)
        assertEquals("0.8695652174", value(ask("how fat does our margin on the openai compute have to be for compute profit alone to repay the 50b"),
                "aws_operating_margin", 10));
        // "what x": the multiple; 1800 / 830
        assertEquals("2.1686746988", value(ask("if openai exits at 1.8T what x is that on amazon's money"), "moic", 10));
        // money made "on the cloud side" is AWS's profit, not the stake's gain: bull 0.7 x 115 x 0.4
        assertEquals("32.2", value(ask("bull case, what do we earn on the cloud side"), "aws_compute_profit", 1));
        // "ur" before a verb in -ing is "you're"
        assertEquals("5", value(ask("hold horizon ur running?"), "holding_years", 0));
        assertEquals(Route.HELP, ask("what can you crunch?").route());
        // a capture asked to bring the thread's profit to a level that is the investment's size: a target (the solved
        // share), not the check said again; 50 / (115 x 0.5) at the thread's margin
        String t = "s15-capture";
        ask("aws compute profit at a 50% margin", t);
        assertEquals("0.8695652174", value(ask("what capture takes that to 50bn", t), "aws_capture_share", 10));
        // the same level said as paying the money back is the breakeven share, answered as numbers (it was routed to the
        // sources: the goal's own words had been taken for context); 50 / (115 x 0.35)
        Answer repay = ask("what capture share makes the compute profit repay the investment");
        assertEquals(Route.NUMERIC, repay.route(), repay.decision().cues().toString());
        assertEquals("1.2422360248", value(repay, "breakeven_capture_share", 10));
    }

    @Test
    void slack_markup_pairs_and_links_are_read_through() {
        // a pair of markers goes, a lone star (a correction) and snake_case stay
        assertEquals("aws revenue per yr?", QuestionText.plain("aws revenue _per yr_?"));
        assertEquals("stake in bull vs bear", QuestionText.plain("stake in **bull** vs ~bear~"));
        assertEquals("capex 150b - *160b", QuestionText.plain("capex 150b - *160b"));
        assertEquals("what is aws_capture_share at 50*2", QuestionText.plain("what is aws_capture_share at 50*2"));
        // a link's label is what was written; a bare link carries no words
        assertEquals("per the ainvest piece, what stake?", QuestionText.plain("per <https://www.ainvest.com/news/x|the ainvest piece>, what stake?"));
        assertEquals("see , what stake?", QuestionText.plain("see <https://example.com/a>, what stake?"));
        // italics around a unit no longer hide it: 0.5 x 115 / 5
        assertEquals("11.5", value(ask("aws compute revenue _per yr_, base"), "aws_compute_revenue_per_year", 1));
    }

    @Test
    void losses_said_as_questions_breakevens_asked_as_exits_and_dictated_words() {
        // "are we down 20bn": the loss, in a question's word order; 830 x (50 - 20) / 50 = 498
        assertEquals("498", value(ask("at which exit valuation are we down 20bn on the stake"), "exit_valuation", 0));
        // "lose on the stake": the gain, negative; 50 x 400 / 830 - 50
        assertEquals("-25.9036144578", value(ask("how much would we lose on the stake at a 400bn exit"), "gain", 10));
        // "break even" asked as an exit is the stake's breakeven, not AWS's share: gain 0 at the post-money
        assertEquals("830", value(ask("which exit valuation do we need just to break even?"), "exit_valuation", 0));
        // ... with AWS's profit counted in, the combined payoff: 830 x (50 - 20.125) / 50
        assertEquals("495.925", value(ask("which exit valuation do we need to break even once aws profit is counted"), "exit_valuation", 3));
        // "gets us back to flat": Amazon's own money back
        Answer flat = ask("what exit valuation gets us back to flat");
        assertEquals(Route.NUMERIC, flat.route(), flat.decision().cues().toString());
        assertEquals("830", value(flat, "exit_valuation", 0));
        // a guess hedged with "well over" is the figure to check, not an input: bear breakeven 50 / (115 x 0.3)
        assertEquals("1.4492753623", value(ask("breakeven capture share in bear, well over 100% presumably"), "breakeven_capture_share", 10));
        // "our 50" points at the investment, so the pre-money asked is still to be found: 50 / 0.04 - 100
        assertEquals("1150", value(ask("at which pre-money would our 50 buy just 4%"), "pre_money_valuation", 0));
        // speech to text: "open a eye", "a w s", "moyc", "comma"; 1500 / 830
        assertEquals("1.8072289157", value(ask("moyc for amazon if open a eye exits at one point five trillion"), "moic", 10));
        assertEquals("23", value(ask("how much does a w s bring in per year if it wins all of open a eyes compute comma base case"),
                "aws_compute_revenue_per_year", 0));
        // an analyst's rating call is advice, not a question for the sources
        assertEquals(Route.OUT_OF_SCOPE, ask("do we upgrade amazon to overweight on this and lift our target price?").route());
        assertEquals(Route.HELP, ask("first week here: which metrics can this bot calculate?").route());
        // a target said with "bring in … a year": AWS's yearly revenue; 12 x 5 / 115
        assertEquals("0.5217391304", value(ask("what share of the compute spend must aws win to bring in 12bn a year"),
                "aws_capture_share", 10));
        // "worth before the 100 billion goes in": the pre-money, its figure the round said again
        assertEquals("730", value(ask("what is openai worth before the 100bn comes in"), "pre_money_valuation", 0));
        // "stake val." is the stake's value; "exit val." a valuation whose full stop ends no sentence; 50 x 1500 / 830
        assertEquals("90.3614457831", value(ask("stake val. at an exit val. of 1.5T"), "stake_value", 10));
        // "walk away owning": the stake; 50 / (800 + 100)
        assertEquals("0.0555555556", value(ask("at an 800bn pre what share does amazon end up holding"), "stake", 10));
        // a size the metric is compared with, at the question's end, is the figure to check (not the margin)
        Answer over = ask("breakeven capture share in bull is over 100%?? odd");
        assertEquals("1.0869565217", value(over, "breakeven_capture_share", 10)); // 50 / (115 x 0.4)
        assertTrue(over.notes().stream().anyMatch(n -> n.contains("figure you're checking")), over.notes().toString());
        // "check" inside "the anthropic check" names no other input: 50 / 12, no choice offered
        assertEquals("4.1666666667", value(ask("openai to anthropic ratio if the anthropic check were 12bn"), "openai_vs_anthropic_ratio", 10));
        // a value replaced five words after the new one: "14bn for the anthropic stake line in place of 8bn"; 50 / 14
        assertEquals("3.5714285714", value(ask("ratio of the openai check to anthropic with 14bn for the anthropic stake line in place of 8bn"),
                "openai_vs_anthropic_ratio", 10));
    }

    @Test
    void spreadsheet_habits_raw_dollars_declared_units_and_cells() {
        // raw dollars: 30,000,000,000 is $30B; 30 / (0.5 x 115)
        assertEquals("0.5217391304", value(ask("what margin gets aws compute profit to 30,000,000,000"), "aws_operating_margin", 10));
        // a declared unit: 1,200,000 in $mm is $1.2T; 1200 / 830
        assertEquals("1.4457831325", value(ask("moic at an exit of 1,200,000 ($ in millions)"), "moic", 10));
        // "hold = 6": a bare small number after the hold's word is years; (1200 / 830)^(1/6) - 1
        assertEquals("0.0633686660", value(ask("irr with exit 1.2T and hold = 6"), "irr", 10));
        // the stake times the exit is the stake's value: 50 / 830 x 1200
        assertEquals("72.2891566265", value(ask("=stake*exit at an exit of 1.2T, in dollars?"), "stake_value", 10));
        // a cell's value, an input in the formula: lookups
        assertEquals("100", value(ask("what is the round size cell set to"), "round_size", 0));
        assertEquals("5", value(ask("which holding period sits in the irr formula"), "holding_years", 0));
        assertEquals(Route.HELP, ask("what can you actually calc - which outputs and inputs do you have").route());
        // "N dollars under water": the loss; 830 x (50 - 25) / 50
        assertEquals("415", value(ask("at which exit valuation would amazon be 25 billion dollars under water on its stake"), "exit_valuation", 0));
        // "gets that back to 50" after the stake's value: the value pointed at, 50 (the check's size, said again)
        String t = "s15-back";
        ask("stake value in bull", t);
        assertEquals("830", value(ask("which exit gets that back to 50", t), "exit_valuation", 0));
        // "which kpi goes on the tracker … to see if the aws rev shows up": what to watch, from the sources
        assertEquals(Route.NARRATIVE, ask("which kpi should go on our tracker after close to see whether the aws revenue is real").route());
        assertEquals(Route.OUT_OF_SCOPE, ask("apart from this, could you recommend a classic textbook on valuation?").route());
    }

    @Test
    void french_habits_and_a_lawyers_currency_codes() {
        // "Mds", "Md$", "1 200 Md$" (a space groups thousands), "participation", "ans": 50 / (800 + 100)
        assertEquals("0.0555555556", value(ask("on a pre-money of 800 Md$, which participation gets amazon for its 50 Mds ?"), "stake", 10));
        // (1200 / 830)^(1/6) - 1
        assertEquals("0.0633686660", value(ask("irr if we keep the participation 6 ans and openai exits at 1 200 Md$ ?"), "irr", 10));
        // "bénéfice" is profit: 30 / (0.5 x 115)
        assertEquals("0.5217391304", value(ask("which margin gives a compute bénéfice of 30 Md$ ?"), "aws_operating_margin", 10));
        // "what is worth the stake": the stake's value, bull 50 x 1500 / 830
        assertEquals("90.3614457831", value(ask("what is worth the participation in the bull case ?"), "stake_value", 10));
        // "plus-value" is the gain: 830 x (50 + 20) / 50
        assertEquals("1162", value(ask("which exit gives a plus-value of 20 Md$ on the stake ?"), "exit_valuation", 0));
        // "so amazon makes 2.5x": a plain "makes" names no gain of a multiple; 2.5 x 830
        assertEquals("2075", value(ask("which exit valorisation so amazon makes 2.5x on its ticket ?"), "exit_valuation", 0));
        // "by year ?" after a revenue: per year (bull 0.7 x 115 / 5)
        String t = "s15-by-year";
        ask("aws compute revenue in bull", t);
        assertEquals("16.1", value(ask("by year ?", t), "aws_compute_revenue_per_year", 1));
        // "nil" is zero: bear, 50 x 500 / 830 + c x 115 x 0.3 - 50 = 0
        assertEquals("0.5762179151", value(ask("in the bear case, what capture share would aws need for the combined payoff to amazon to be exactly nil?"),
                "aws_capture_share", 10));
        // a currency code before the amount
        Answer minus = ask("were openai's exit valuation to be minus USD 200 billion, what multiple would amazon realise?");
        assertTrue(minus.results().isEmpty() && minus.text().startsWith("I can't compute that"), minus.text());
        assertEquals("100", value(ask("what size of fundraising do you take in the model?"), "round_size", 0));
        assertEquals(Route.HELP, ask("before I go on, could you kindly set out which categories of calculation and which questions you are in a position to handle?").route());
    }

    @Test
    void office_politeness_own_attempts_and_losses_against_the_check() {
        // "pc" is per cent: 830 x 1.25^4
        assertEquals("2026.3671875", value(ask("what exit gets a 25 pc irr over 4 yrs"), "exit_valuation", 7));
        // "incl." counts the campus into the commitment it names, 8 + 11 ("figure" asks the total, not the campus)
        assertEquals("19", value(ask("total anthropic commitment incl. the indiana dc campus, just the figure"), "anthropic_commitment", 0));
        // the asker's own attempt is the figure to check, not a post-money: 3 x 830
        assertEquals("2490", value(ask("what exit for a 3x? i tried it by hand and got roughly 2.4tn"), "exit_valuation", 0));
        // a loss said without what on: 830 x (50 - 15) / 50
        assertEquals("581", value(ask("at what exit are we 15bn under water"), "exit_valuation", 0));
        // short of the money put in: 830 x (50 - 5) / 50
        assertEquals("747", value(ask("which exit leaves the stake worth 5bn less than the check"), "exit_valuation", 0));
        // "double check" is no multiple; the bull exit looked up
        assertEquals("1500", value(ask("exit valuation assumed in bull? want to double check it's 1.5tn"), "exit_valuation", 0));
        // a repayment right after the metric is its goal, not the "breakeven" said later: 50 / (115 x 0.35)
        assertEquals("1.2422360248", value(ask("capture share for the compute profit to repay the 50b, not the share you assume, the breakeven one"),
                "breakeven_capture_share", 10));
        // "spread evenly over the years" is over time, no grid by holding years: 0.6 x 115 / 5
        assertEquals("13.8", value(ask("aws revenue a year at 60% capture, spread evenly over the years"), "aws_compute_revenue_per_year", 1));
        // office politeness asks nothing of the sources
        assertEquals(Route.NUMERIC, ask("what's the irr at a 1.2tn exit? do the needful").route());
        assertEquals(Route.HELP, ask("new here - i was told to use this bot for the openai thesis. what kinds of things can you calculate or answer?").route());
        assertEquals(Route.OUT_OF_SCOPE, ask("sorry, unrelated to the deal, but can someone book the meeting room for 3pm?").route());
    }

    @Test
    void phone_slips_a_writers_checks_and_pseudo_code() {
        // autocorrect's words for the domain's: "capes" is capex (50 / 140), "ire" is irr ((1200 / 830)^(1/5) - 1)
        assertEquals("0.3571428571", value(ask("capes is 140b now, what share of it is the check"), "capex_share", 10));
        assertEquals("0.0765163513", value(ask("ire if exit is 1.2t"), "irr", 10));
        // the sentence says what the figure is, a pre-money: 50 / (800 + 100)
        assertEquals("0.0555555556", value(ask("say 800 is what openai's worth before the round money goes in - our %?"), "stake", 10));
        assertEquals("730", value(ask("what's openai valued at before anyone's new money comes in"), "pre_money_valuation", 0));
        // the model's inputs asked in plain words
        assertEquals("1500", value(ask("what are we assuming openai is worth in the bull case"), "exit_valuation", 0));
        assertEquals("0.35", value(ask("what margin have you got in there for aws"), "aws_operating_margin", 2));
        assertEquals("5", value(ask("over how many years is the irr computed in the model"), "holding_years", 0));
        assertEquals("0.30", value(ask("what share of openai's compute spend goes to aws in the bear case per the model"), "aws_capture_share", 2));
        // a writer's line to check: the number is computed, the claimed figure is no input (50 / 830 x 1660; 8 + 17)
        assertEquals("100", value(ask("can i say the stake is worth about 100bn if openai exits at 1.66t?"), "stake_value", 0));
        assertEquals("25", value(ask("does the anthropic commitment come to 25bn if the campus costs 17bn?"), "anthropic_commitment", 0));
        // pseudo-code: a metric's id, an arrow to what is solved (bull: (50 - 0.7 x 115 x 0.4) x 830 / 50), a loss after
        // "solve exit:", a division set to a value (1.5 x 50 / 0.5), a delta against the money put in (50 / 830 x 1000 - 50)
        assertEquals("295.48", value(ask("`combined_payoff = 0` -> exit? bull"), "exit_valuation", 2));
        assertEquals("498", value(ask("solve exit: stake 20B underwater"), "exit_valuation", 0));
        assertEquals("150", value(ask("openai compute spend s.t. aws rev / check = 1.5x"), "openai_compute_spend", 0));
        assertEquals("10.2409638554", value(ask("\u0394 $ on the stake vs the 50 in, at exit 1T"), "gain", 10));
        // "per year?" after a multiple is the annual return: (2000 / 830)^(1/5) - 1
        String t = "s16-per-year";
        ask("how many times our money at a 2t exit", t);
        assertEquals("0.1923132786", value(ask("per year?", t), "irr", 10));
        // "there" points at the solved exit: 3^(1/6) - 1
        String u = "s16-there";
        ask("solve exit s.t. moic=3", u);
        assertEquals("0.2009369552", value(ask("irr there, n=6", u), "irr", 10));
        // asked of the article about someone it never names: the sources' answer, not a refusal
        assertEquals(Route.NARRATIVE, ask("is jassy mentioned in the article?").route());
    }

    @Test
    void spanish_habits_and_forum_slang() {
        // "billones" are trillions, the comma a decimal one: 50 / 1250
        assertEquals("0.04", value(ask("qué participación gets amazon if the post-money is 1,25 billones?"), "stake", 2));
        // "1.250 MM": a point groups thousands, MM is mil millones; "TIR", "años": (1250 / 830)^(1/6) - 1
        assertEquals("0.0706281385", value(ask("TIR if the exit is at 1.250 MM and we hold 6 años"), "irr", 10));
        // "medio billón" is half a trillion: 500 / 830
        assertEquals("0.6024096386", value(ask("which múltiplo at an exit of medio billón?"), "moic", 10));
        // "150.000 millones" is 150 billion: 50 / 150
        assertEquals("0.3333333333", value(ask("if the ronda is 150.000 millones instead of 100, which parte is amazon?"), "round_share", 10));
        // "how much vale our participación": the stake's value, 50 / 830 x 1660
        assertEquals("100", value(ask("how much vale our participación if openai exits at 1,66 billones?"), "stake_value", 0));
        // "minusvalía" is a loss: 830 x (50 - 15) / 50
        assertEquals("581", value(ask("minusvalía of 15 MM on the stake - at which valoración de salida?"), "exit_valuation", 0));
        // "pony up" is investing: 0.04 x 830
        assertEquals("33.2", value(ask("how much would amzn have to pony up to own 4% at the 830 val"), "investment", 1));
        // a common word in capitals is emphasis, not a name the sources lack: 830 - 100
        assertEquals("730", value(ask("what's openai valued at BEFORE the round money goes in"), "pre_money_valuation", 0));
        assertEquals(Route.OUT_OF_SCOPE, ask("should i yolo my savings into amzn shares??").route());
        // "yolo" describing the deal asks the sources, not for advice
        assertEquals(Route.NARRATIVE, ask("is this deal amazon's yolo bet?").route());
        // a question wholly in Spanish still gets the request to ask in English
        assertEquals(Route.OUT_OF_SCOPE, ask("¿Por qué invierte Amazon en OpenAI?").route());
    }

    @Test
    void british_money_words_and_plain_analogies() {
        // "half a tn": 50 / 830 x 500
        assertEquals("30.1204819277", value(ask("if openai's marked at half a tn at exit, what's our stake worth"), "stake_value", 10));
        // "25p of every quid" is a 25% margin: 0.25 x 0.5 x 115
        assertEquals("14.375", value(ask("aws keeps 25p of every quid as profit - compute profit?"), "aws_compute_profit", 3));
        // "for our 50 to turn into 100": the stake's value to reach, 100 / 50 x 830
        assertEquals("1660", value(ask("what would openai be worth at the end for our 50 to turn into 100"), "exit_valuation", 0));
        // "the rosy version" is the bull case: 1500 / 830
        assertEquals("1.8072289157", value(ask("in the rosy version, what's the moic"), "moic", 10));
        // AWS's sales covering the check, how many times: bull 0.7 x 115 / 50
        assertEquals("1.61", value(ask("how many times over do aws's sales from openai cover the check in bull"), "circular_return_ratio", 2));
        // "before this round happens" names a pre-money: 50 / (700 + 100)
        assertEquals("0.0625", value(ask("if openai is valued at 700bn before this round happens, what's our %"), "stake", 4));
        assertEquals(Route.HELP, ask("what sort of sums can you run?").route());
        // the model's inputs in plain words: "for" after a lookup's verb names what is asked; cents of profit per dollar
        // is the margin (40 / (0.5 x 115)); the money plus the building is Anthropic's commitment (8 + 11); how long we
        // hold before checking its worth is the holding period
        assertEquals("0.70", value(ask("what are you assuming for how much of openai's compute goes to aws in bull?"), "aws_capture_share", 2));
        assertEquals("0.6956521739", value(ask("how many cents of profit per dollar would aws need to keep for the compute profit to hit 40b?"),
                "aws_operating_margin", 10));
        assertEquals("19", value(ask("just anthropic - the money plus the building - total?"), "anthropic_commitment", 0));
        assertEquals("5", value(ask("how long do we hold before we check what it's worth?"), "holding_years", 0));
    }

    @Test
    void numbers_about_the_message_are_left_alone_and_a_figure_left_out_is_offered() {
        // a date, a headcount, a slide and a clock time belong to the message, not to the model
        Answer stake = ask("for the 3/14 board review (14 ppl) - stake at a 1.25t post? slide 9, call at 2:15");
        assertEquals("0.0400", value(stake, "stake", 4)); // 50 / 1250
        assertTrue(stake.notes().stream().noneMatch(n -> n.contains("didn't use")), stake.notes().toString());
        assertTrue(stake.clarify().isEmpty(), stake.clarify().toString());
        // "6" no word places: the answer leaves it out, says so before the numbers, and offers each reading that changes them
        Answer irr = ask("what's amazon's irr with openai worth 1.5t and 6 on the hold?");
        assertEquals("0.1256480759", value(irr, "irr", 10)); // (1500/830)^(1/5) - 1, over the model's 5 years
        assertTrue(irr.text().startsWith("_This leaves out 6"), irr.text());
        assertEquals(List.of("6 as years until the stake is valued"), irr.clarify().stream().map(Answer.Clarification::label).toList(),
                "$6B invested leaves the IRR as it is, so it is not offered");
        assertEquals("0.1036605720", value(ask(irr.clarify().get(0).question()), "irr", 10)); // (1500/830)^(1/6) - 1
        // a figure the words place is not offered again
        assertTrue(ask("irr at a 1.5t exit over 6 years").clarify().isEmpty());
    }

    @Test
    void relative_clauses_echo_questions_accountants_words_and_a_scenario_said_in_passing() {
        // "the mark that quadruples …": a verb with its -s after "that" is the goal, not a "that double strategy" adjective
        assertEquals("3320", value(ask("need the openai mark that quadruples amazon's money"), "exit_valuation", 0)); // 4 x 830
        // an echo question: "where" last
        assertEquals("1660", value(ask("openai would need to be valued where for the stake to be worth 100b?"), "exit_valuation", 0));
        // "on that" points back at the value the last answer solved for
        String t = "relative-1";
        ask("the exit that doubles amazon's money", t);
        assertEquals("0.1892071150", value(ask("irr on that over 4 years", t), "irr", 10)); // 2^(1/4) - 1
        // a meeting word does not make a question with a target to solve off-topic
        assertEquals("1660", value(ask("for the 9/12 offsite: exit that doubles amazon's money?"), "exit_valuation", 0));
        // "in the downside": the bear case, said in passing
        assertEquals("0.30", value(ask("what capture share do you use in the downside?"), "aws_capture_share", 2));
        // EBIT is operating profit
        assertEquals("17.25", value(ask("aws keeps 30c of EBIT per dollar of openai compute - compute profit?"), "aws_compute_profit", 2)); // 115 x 0.5 x 0.3
        assertEquals("72.5614", value(ask("value of the stake plus aws EBIT, net of the check, bull case"), "combined_payoff", 4));
        // where the metric's money comes from may stand between it and the goal
        assertEquals("300", value(ask("how much compute spend for aws revenue off it to cover the check 3x"), "openai_compute_spend", 0));
    }

    @Test
    void the_bot_called_this_thing_is_still_asked_for_help() {
        assertEquals(Route.HELP, ask("quick one before the memo: what can this bot actually compute?").route());
        assertEquals(Route.HELP, ask("what can the bot do for me").route());
        assertEquals(Route.HELP, ask("which line items can this thing calc for the model?").route());
        // "this" alone is the deal, not the bot
        assertEquals(Route.NARRATIVE, ask("what can this deal do for aws").route());
    }

    @Test
    void ticket_ids_german_habits_team_sizes_and_back_to_even_after_the_stake() {
        // a ticket's id names no one the sources lack
        assertEquals("0.1923132786", value(ask("ticket OPS-310: irr at a 2t exit?"), "irr", 10)); // (2000/830)^(1/5) - 1
        assertEquals(Route.NARRATIVE, ask("what's Microsoft's stake in openai?").route(), "a name the sources lack still is one");
        // German words for the thesis' terms, and a decimal comma before them
        assertEquals("0.05", value(ask("how many Prozent of oai at a post money of 1.000 Mrd.?"), "stake", 2));
        assertEquals("16.10", value(ask("aws Umsatz per year in bull?"), "aws_compute_revenue_per_year", 2)); // 115 x 0.7 / 5
        assertEquals("7.4669221578", value(ask("irr of min. 12,5 Prozent - max years we can hold at a 2t exit?"), "holding_years", 10));
        assertEquals(Route.HELP, ask("which Kennzahlen can you do?").route());
        // a superlative hold beside a money figure: the money is the exit's, the hold is asked; a bare rate over years is the IRR
        assertEquals("7.4669221578", value(ask("longest we can hold at a 2t exit and still clear 12.5%"), "holding_years", 10));
        assertEquals("7.4669221578", value(ask("max hold at a 2t exit and still have an irr of 12.5%?"), "holding_years", 10));
        // "in Dollar": the stake's value
        assertEquals("72.2891566265", value(ask("amazon's stake in Dollar at a 1.2t exit"), "stake_value", 10)); // 50/830 x 1200
        // a team's size, a sprint and a date before a checklist are the message's
        assertEquals("3.00", value(ask("for the 7/15 checklist (sprint 4, 5-person team): moic at a 2.49t exit"), "moic", 2));
        assertEquals("0.40", value(ask("what margin do you assume for aws in bull? asking for the 4-person infra team"), "aws_operating_margin", 2));
        // after the stake's value, "back to even" is the money put in back: the gain at zero
        String t = "even-1";
        ask("stake at a 1t post", t);
        ask("worth what at a 1.5t exit?", t);
        assertEquals("1000", value(ask("what exit gets that back to even", t), "exit_valuation", 0));
    }

    @Test
    void a_ticket_id_before_a_question_for_the_sources_is_not_searched_for() {
        Answer kpi = ask("OPS-901: what should we watch after the deal closes to see it working?");
        assertEquals(Route.NARRATIVE, kpi.route());
        assertTrue(kpi.text().contains("[1]"), kpi.text());
        assertEquals(ask("what should we watch after the deal closes to see it working?").text(), kpi.text());
    }

    @Test
    void who_needs_it_an_inverted_pre_money_and_a_bracketed_aside_beside_a_metric() {
        // "we'd need for": who needs the exit may stand between its name and the goal
        assertEquals("2065.3056", value(ask("exit valuation we'd need for a 20% irr over 5 years?"), "exit_valuation", 4)); // 830 x 1.2^5
        // a stake asked with a pre-money given: the pre-money is an input (post = pre + the round), not a target
        assertEquals("0.04", value(ask("what stake does amazon get if the round is priced at a pre-money of 1.15 trillion"), "stake", 2)); // 50 / 1250
        // an aside in brackets that names an input does not turn a metric's question into a look-up
        String t = "aside-1";
        ask("irr at a 1.2t exit", t);
        assertEquals("54.4892", value(ask("in bull instead (my exit figure staying, I hope), what's the combined payoff?", t), "combined_payoff", 4));
    }

    @Test
    void as_opposed_to_a_view_called_bullish_and_sorta() {
        // "as opposed to the 8bn" names the value replaced, as "rather than" does
        assertEquals("3.125", value(ask("what if anthropic's investment were 16bn as opposed to the 8bn - how many times bigger is the openai check?"),
                "openai_vs_anthropic_ratio", 3)); // 50 / 16
        // "is the author bearish on …" is a view, not the bear case
        Answer view = ask("moic at a 2t exit - and is the author bearish on openai's valuation?");
        assertEquals("2.4096385542", value(view, "moic", 10)); // 2000 / 830, base
        assertTrue(view.results().stream().allMatch(r -> r.scenario().equals("base")), view.results().toString());
        assertEquals("1.8072289157", value(ask("moic in the bullish case"), "moic", 10));
        // "what sorta figures can you …" asks what the bot does; "what sorta figures does …" asks the thesis
        assertEquals(Route.HELP, ask("hey, what sorta figures can you work out for me?").route());
        assertEquals(Route.NUMERIC, ask("what sorta numbers does aws book from openai?").route());
    }

    @Test
    void an_accountants_brackets_and_thousands_of_millions() {
        // "(300)bn" is minus 300 billion: no exit can be negative
        assertTrue(ask("moic if openai exits at (300)bn").text().startsWith("I can't compute that"));
        // "1250k mn" is 1,250,000 million: $1.25T
        assertEquals("0.04", value(ask("post-money 1250k mn, our ownership %?"), "stake", 2));
        // "lose how many $" is the gain, negative; Anthropic's "cheque plus campus" its commitment
        assertEquals("-19.8795", value(ask("in the bear case we lose how many $ on the stake?"), "gain", 4)); // 50/830 x 500 - 50
        assertEquals("19", value(ask("just anthropic: the cheque plus the campus, total?"), "anthropic_commitment", 0));
        // "over how many yrs" asks the holding period
        assertEquals("5", value(ask("and the irr, that's over how many yrs?"), "holding_years", 0));
    }

    @Test
    void a_formula_spelled_out_names_its_metric() {
        // the amounts added and taken away say which metric is meant, whatever the words around them
        assertEquals("-9.5295", value(ask("bear: value of the stake plus what aws clears on compute, less the cheque"),
                "combined_payoff", 4)); // 50/830 x 500 + 0.30 x 0.30 x 115 - 50 (the bear case)
        assertEquals("40.3614", value(ask("bull, stake value minus what amazon paid"), "gain", 4)); // 50/830 x 1500 - 50
        assertEquals("69", value(ask("openai plus everything amazon sank into anthropic?"), "total_ai_commitment", 0)); // 50 + 8 + 11
        assertEquals("19", value(ask("the anthropic equity plus the indiana data centre?"), "anthropic_commitment", 0)); // 8 + 11
        // "the check" inside the formula is one of its amounts, not an input asked for
        Answer all = ask("the all-in figure: stake value plus what aws earns on the compute, minus the check, bull");
        assertEquals("72.5614", value(all, "combined_payoff", 4)); // 90.3614 + 32.2 - 50
        assertTrue(all.results().stream().noneMatch(r -> r.metric().equals("investment")), all.results().toString());
    }

    @Test
    void an_input_asked_for_with_the_metric_and_its_goal_after_it() {
        // "on openai's spend" says what the profit is on; 30bn is the profit to reach, and the margin is what is asked
        assertEquals("0.5217391304", value(ask("what margin does aws need for its compute profit on openai's spend to land at 30bn?"),
                "aws_operating_margin", 10)); // 30 / (0.5 x 115)
        // a period asked of a metric that reads none: the period of the metrics that share its inputs
        assertEquals("5", value(ask("how long does your model have amazon holding the stake before it's valued?"), "holding_years", 0));
    }

    @Test
    void defined_terms_in_capitals_and_italian_units() {
        // "the Combined Payoff" is the model's own term in capitals, not a name the sources lack
        Answer payoff = ask("What is the Combined Payoff in the Bear case?");
        assertEquals(Route.NUMERIC, payoff.route(), payoff.decision().cues().toString());
        assertEquals("-9.5295", value(payoff, "combined_payoff", 4));
        // "1.250 mld" is 1,250 billion; "anni" are years
        assertEquals("0.04", value(ask("stake of amazon with a post of 1.250 mld?"), "stake", 2)); // 50 / 1250
        assertEquals("0.1187", value(ask("irr su 4 anni if oai exits at 1.300 mld"), "irr", 4)); // (1300/830)^(1/4) - 1
    }

    @Test
    void shouted_words_colouring_words_and_a_scenario_by_its_mood() {
        // an English word in capitals is emphasis, not a name the sources lack
        Answer shouted = ask("what post money gives amazon a NEAT 8% of openai??");
        assertEquals(Route.NUMERIC, shouted.route(), shouted.decision().cues().toString());
        assertEquals("625", value(shouted, "post_money_valuation", 0)); // 50 / 0.08
        assertEquals("5", value(ask("what HOLDING period does the irr use?"), "holding_years", 0));
        // "a tidy 120 billion" is 120 billion, tied to what it is worth
        assertEquals("1992", value(ask("what exit gets our stake worth a tidy 120 billion?"), "exit_valuation", 0)); // 120 x 830 / 50
        // "a zero" is zero
        assertEquals("0.5762", value(ask("bear: what aws capture share brings the combined payoff to exactly a zero?"), "aws_capture_share", 4)); // (50 - 50/830 x 500) / (115 x 0.30)
        // a scenario named by its mood
        assertEquals("500", value(ask("which exit valuation do you run in the doomsday case?"), "exit_valuation", 0));
    }

    @Test
    void a_figure_relabelled_by_a_verb_of_description_and_its_premise_asks_nothing() {
        // "is correctly classified as the pre-money": the figure is relabelled, as "is really the pre-money" would
        Answer relabelled = ask("if the 830 is correctly classified as a pre-money valuation, what does our stake come to?");
        assertEquals("0.0538", value(relabelled, "stake", 4)); // 50 / (830 + 100)
        assertTrue(relabelled.results().stream().noneMatch(r -> r.metric().equals("pre_money_valuation")), relabelled.results().toString());
        // a premise with its figure that names the article asks nothing of the sources
        Answer premise = ask("if the 830bn in the article is properly characterised as the pre-money rather than the post, what does that do to our stake?");
        assertEquals(Route.NUMERIC, premise.route(), premise.decision().cues().toString());
        assertEquals("0.0538", value(premise, "stake", 4));
    }

    @Test
    void a_bettors_payout_winnings_and_cashing_out() {
        // the payout is what comes back (the stake's value); cashing out at a figure is the exit
        assertEquals("90.3614", value(ask("if openai cashes out at 1.5 trillion, what's the payout on amazon's slice?"), "stake_value", 4)); // 50/830 x 1500
        // winnings are net of what was staked: the gain
        assertEquals("-19.8795", value(ask("net winnings on the openai bet in the bear case?"), "gain", 4)); // 50/830 x 500 - 50
    }

    @Test
    void the_investments_size_naming_the_holding_is_no_goal() {
        // "our 50b stake" names the holding by what it cost; the exit after it sets what it is worth
        assertEquals("42.1687", value(ask("what would our 50b stake be worth if openai gets marked at 700bn at exit?"), "stake_value", 4)); // 50/830 x 700
    }

    @Test
    void a_bare_number_after_the_hold_and_private_equity_turns() {
        // "hold for 7" is seven years, not a 7% return to reach (the lockbox's, fixed after it was scored)
        String t = "hold-turns-1";
        ask("irr if openai exits at 1.3T", t);
        Answer longer = ask("same exit, but we hold for 8", t);
        assertEquals("0.0577", value(longer, "irr", 4)); // (1300/830)^(1/8) - 1
        assertTrue(longer.results().stream().noneMatch(r -> r.metric().equals("exit_valuation")), longer.results().toString());
        // "turns" of the money are times it
        assertEquals("1.15", value(ask("how many turns of the cheque flow back to aws as compute revenue?"), "circular_return_ratio", 2)); // 57.5 / 50
    }

    @Test
    void full_width_punctuation_and_japanese_magnitudes() {
        // "？", "：" and "、" typed on a Japanese keyboard read as "?", ":" and ","; an oku is 100 million, a cho a trillion
        assertEquals("0.0625", value(ask("Kindly confirm：what share of OpenAI would Amazon hold at a post-money of 8,000 oku dollars？"),
                "stake", 4)); // 50 / 800
        assertEquals("1.8072", value(ask("If the exit is at 1.5 cho dollars、what multiple does Amazon earn？"), "moic", 4)); // 50/830 x 1500 / 50
        // "based on" asks what an answer rests on
        assertEquals("5", value(ask("Which holding period are your annual return figures based on？"), "holding_years", 0));
    }

    @Test
    void a_figure_whose_unit_is_unknown_is_asked_about_at_each_size_that_fits() {
        // "snark" is no unit the reader knows: no number stands on 2,400 read as billions; each plausible size is a choice,
        // nearest the $830B in force first
        Answer a = ask("what would our stake come to at a post-money of 2,400 snark?");
        assertTrue(a.results().isEmpty(), a.results().toString());
        assertEquals(List.of("2,400 snark as $2.4T, OpenAI's post-money valuation", "2,400 snark as $240B, OpenAI's post-money valuation"),
                a.clarify().stream().map(Answer.Clarification::label).toList());
        assertTrue(a.text().startsWith("I can't tell how big 2,400 snark is"), a.text());
        assertTrue(a.text().contains("20.83%") && a.text().contains("2.08%"), a.text()); // 50 / 240, 50 / 2400
        // a small figure that only one size makes plausible still waits for the click: 3.1 snark as $3.1T
        Answer small = ask("irr if openai exits at 3.1 snark over 5 years");
        assertTrue(small.results().isEmpty(), small.results().toString());
        assertEquals(1, small.clarify().size(), small.clarify().toString());
        // a currency code and an English word after the figure are no unknown unit
        assertEquals("0.0417", value(ask("stake at a post of 1,200 usd"), "stake", 4)); // 50 / 1200
        // a figure no size makes possible is refused as it stands, not left out of a headline
        Answer negative = ask("our stake at a post-money of minus 200 snark?");
        assertTrue(negative.results().isEmpty() && negative.text().startsWith("I can't compute that"), negative.text());
    }

    @Test
    void chinese_korean_and_indian_magnitudes() {
        // 亿 and "yi" are a hundred million, 万亿 and "wan yi" a trillion, 조 a trillion, a crore ten million
        assertEquals("0.0625", value(ask("our % of openai if the round's post is 8000亿？"), "stake", 4)); // 50 / 800
        assertEquals("1.5663", value(ask("multiple on the check if oai exits at 1.3万亿"), "moic", 4)); // 50/830 x 1300 / 50
        assertEquals("0.05", value(ask("stake at a post-money of 10000 yi"), "stake", 2)); // 50 / 1000
        assertEquals("1.4458", value(ask("moic if openai is worth 1.2 wan yi at exit"), "moic", 4)); // 1200 / 830
        assertEquals("0.04", value(ask("stake at a 1.25조 post"), "stake", 2)); // 50 / 1250
        assertEquals("0.0556", value(ask("what share of openai at a post of 90,000 crore"), "stake", 4)); // 50 / 900
    }

    @Test
    void the_askers_own_guess_after_a_hedge_and_bear_as_a_verb() {
        // the guess and the hedge after it ("but don't hold me to it") are the asker's, not an input
        Answer guessed = ask("what exit valuation gets us a 12% irr over 5 years - my back-of-envelope guess is ~1.5tn but don't hold me to it");
        assertEquals("1463", value(guessed, "exit_valuation", 0)); // 830 x 1.12^5
        assertTrue(guessed.results().stream().noneMatch(r -> r.metric().equals("post_money_valuation")), guessed.results().toString());
        // "bear with me" asks for no bear case
        Answer patient = ask("bear with me here, what's our stake at a 1.6T post-money?");
        assertEquals("0.0313", value(patient, "stake", 4)); // 50 / 1600
        assertEquals("base", patient.results().get(0).scenario());
    }

    @Test
    void a_rerun_at_a_new_percent_replaces_the_one_said_to_be_off() {
        // "i reckon 50% is stingy, redo it at 60%": the 50% is the capture share in force (no word names it), the 60% replaces
        // it, and neither is a figure the asker claims for checking
        String t = "rerun-1";
        ask("how much revenue does aws book on the openai compute over the window?", t);
        Answer again = ask("i reckon 50% is stingy for aws these days, redo it at 60%", t);
        assertEquals(Route.NUMERIC, again.route(), again.decision().cues().toString());
        assertEquals("69", value(again, "aws_compute_revenue", 0)); // 115 x 0.60
    }

    @Test
    void a_traders_bag_mcap_and_where_the_valuation_needs_to_be() {
        // "the bag" is the holding, "mcap" a valuation; "where does openai need to be" asks the valuation for the goal
        assertEquals("2075", value(ask("where does oai need to be for amazon to 2.5x its investment"), "exit_valuation", 0)); // 2.5 x 830
        assertEquals("1.6867", value(ask("oai mcap at 1.4T when we sell, whats the x on our bag"), "moic", 4)); // 1400 / 830
        assertEquals("0.0417", value(ask("how much of the company does the 50b buy at a 1.2T post"), "stake", 4)); // 50 / 1200
    }

    @Test
    void a_percent_that_moves_a_sum_of_money_scales_it() {
        // a stress said as a move: the exit down 25% is 75% of the $830B in force, not 25 points off it
        assertEquals("37.5", value(ask("stress the exit valuation down 25% - where does our stake value land?"), "stake_value", 1)); // 50/830 x 622.5
        assertEquals("37.5", value(ask("stake value with the exit down 25% from the 830"), "stake_value", 1));
        assertEquals("37.5", value(ask("haircut the exit by 25%, what's the stake worth?"), "stake_value", 1));
    }

    @Test
    void what_a_question_of_saying_asks_about_and_whether_someone_has_spoken() {
        // "say anything about amazon getting veto rights": the thing asked is the object of the getting, which the sources
        // never name
        Answer rights = ask("does the note say anything about amazon getting veto rights in openai?");
        assertTrue(rights.text().startsWith("The sources never mention \u201cveto rights\u201d"), rights.text());
        // "any word on what the bet does to amzn's credit rating": the thing a clause asks about ends it
        Answer rating = ask("any word on what the bet does to amzn's credit rating?");
        assertTrue(rating.text().startsWith("The sources never mention \u201ccredit rating\u201d"), rating.text());
        // whether someone has spoken is answered by their silence, not by what a response would mean
        Answer quiet = ask("has anthropic said anything in public about amazon's openai bet, or are they keeping quiet so far?");
        assertTrue(quiet.text().startsWith("For now, the silence from Anthropic is notable"), quiet.text());
    }

    @Test
    void english_with_the_odd_word_of_another_script_is_english() {
        // a Korean particle and "달러" (dollars) in an English question: read, not refused as another language
        Answer mixed = ask("our stake at a 1.3조 달러 post-money 요?");
        assertEquals(Route.NUMERIC, mixed.route(), mixed.decision().cues().toString());
        assertEquals("0.0385", value(mixed, "stake", 4)); // 50 / 1300
        assertEquals("0.1256", value(ask("irr in the bull case 요?"), "irr", 4));
        // a question in another script is still refused
        assertEquals(Route.OUT_OF_SCOPE, ask("아마존의 오픈에이아이 지분은 얼마입니까?").route());
    }

    @Test
    void dropped_gs_baggers_and_making_a_multiple_of_the_check() {
        assertEquals("23", value(ask("how much is openai burnin through on compute every year?"), "compute_spend_per_year", 0)); // 115 / 5
        assertEquals("8300", value(ask("what exit turns our 50b into a ten-bagger?"), "exit_valuation", 0)); // 10 x 830
        // to make 3x the check is a multiple of three, not a gain of three checks
        assertEquals("2490", value(ask("what exit valuation lets amazon make 3x the check?"), "exit_valuation", 0)); // 3 x 830
        assertEquals("5", value(ask("the irr has us selling after how many years?"), "holding_years", 0));
    }

    @Test
    void swiss_thousands_milliarden_and_dollars_under_water() {
        // an apostrophe groups thousands ("1'250"), "Mia." is Milliarden: billions
        assertEquals("0.04", value(ask("Which share of OpenAI at a post-money of 1'250 Mia.?"), "stake", 2)); // 50 / 1250
        Answer negative = ask("Amazon's stake at a post-money of minus 300 Mia.?");
        assertTrue(negative.results().isEmpty() && negative.text().startsWith("I can't compute that"), negative.text());
        // "how many bn underwater are we": the loss, in dollars
        assertEquals("-19.8795", value(ask("bear case - how many bn underwater would we be on the stake?"), "gain", 4)); // 50/830 x 500 - 50
    }

    @Test
    void a_percent_we_still_get_is_the_stake() {
        // the subject a few words before the verb: 50 / 0.055, and 50 / 0.06 - 100 as the pre
        assertEquals("909.090909", value(ask("highest post we can pay in at and still get 5.5%"), "post_money_valuation", 6));
        assertEquals("733.333333", value(ask("what pre can amazon pay and still own 6%"), "pre_money_valuation", 6));
        // AWS's own profit is no stake: 20 / (0.35 x 115)
        assertEquals("0.496894", value(ask("what capture share can aws lose and still get 20bn of profit"), "aws_capture_share", 6));
    }

    @Test
    void what_ends_up_at_a_figure_is_the_input_named_before_it_not_the_exit() {
        // "ends up" says an exit only of OpenAI itself: the compute spend's figure, its cue four words back, is never read as
        // the exit; asked about with "over the window" between, both readings are offered, the spend's first
        Answer a = ask("combined payoff if oai's compute spend over the window ends up 200b");
        assertTrue(a.results().stream().noneMatch(r -> r.metric().equals("combined_payoff")), a.text());
        assertTrue(a.clarify().get(0).label().startsWith("$200B as OpenAI's planned compute spend"), a.clarify().toString());
        // 50/830 x 1400
        assertEquals("84.337349", value(ask("stake value if oai ends up at 1.4T"), "stake_value", 6));
    }

    @Test
    void european_portuguese_bilioes_are_trillions_and_tir_is_the_irr() {
        // "bilião" is the long scale's million million, with a decimal comma: 50/830 x 1750
        assertEquals("105.421687", value(ask("if openai gets to 1,75 biliões at exit, our stake vale how much in USD?"), "stake_value", 6));
        // half of one as the post-money: 50 / 500
        assertEquals("0.1", value(ask("the round at meio bilião post-money - what % do we get? obrigado"), "stake", 1));
        // TIR over "anos": (1660/830)^(1/4) - 1
        assertEquals("0.189207", value(ask("openai exits at 1,66 biliões, which TIR over 4 anos?"), "irr", 6));
        // per ano: 0.5 x 115 / 5
        assertEquals("11.5", value(ask("aws compute revenue per ano?"), "aws_compute_revenue_per_year", 1));
    }

    @Test
    void british_trebles_nil_and_a_cheque_covered_times_over() {
        assertEquals("2490", value(ask("what exit would let amazon treble its money?"), "exit_valuation", 0)); // 3 x 830
        assertEquals("658.19", value(ask("bear case: what exit valuation would leave the combined payoff to be precisely nil?"), "exit_valuation", 2));
        // revenue that covers amazon's $50bn cheque twice over is a circular return of 2: 100 / (115 x capture)
        assertEquals("0.8696", value(ask("what capture share lets the compute revenue cover amazon's $50bn cheque twice over?"),
                "aws_capture_share", 4)); // 100 / 115
        assertEquals("14", value(ask("if openai's compute bill is $140bn instead of $115bn, what does aws receive per annum?"),
                "aws_compute_revenue_per_year", 0)); // 140 x 0.5 / 5
    }

    @Test
    void millions_far_too_small_for_their_input_are_asked_about() {
        // "USD 60 M" as millions would be a $0.06B check; an M may be the billions of "miliar" or "Mrd": asked, not guessed
        Answer m = ask("what's our stake if amazon puts in USD 60 M at the 830 post?");
        assertTrue(m.results().isEmpty(), m.results().toString());
        assertEquals(List.of("$60 m as $60B, Amazon's investment in OpenAI"), m.clarify().stream().map(Answer.Clarification::label).toList());
        // a sum in millions that fits its input is read as written
        assertEquals("0.0602", value(ask("stake at a 830,000 million post"), "stake", 4)); // 50 / 830
    }

    @Test
    void indonesian_magnitudes_and_years() {
        // "1,5 triliun" is $1.5T (a decimal comma), "miliar" billions, "tahun" years
        assertEquals("0.0333", value(ask("kalau post-money 1,5 triliun, stake amzn berapa?"), "stake", 4)); // 50 / 1500
        assertEquals("0.1037", value(ask("irr if oai exits at 1.500 miliar after 6 tahun"), "irr", 4)); // (1500/830)^(1/6) - 1
    }

    @Test
    void a_kpi_is_an_indicator_to_monitor() {
        // "KPI" is a key performance indicator: the sentence naming the indicator to monitor answers
        Answer kpi = ask("top kpi to follow once it closes, to tell if it's working?");
        assertTrue(kpi.text().startsWith("The primary financial indicator to monitor is AWS's reported growth"), kpi.text());
    }

    @Test
    void size_words_of_every_language_from_cldr() {
        // the CLDR's compact number words, not a rule per language: Russian "трлн" (10^12) with a decimal comma, Turkish
        // "milyar" (10^9), Vietnamese "tỷ" (10^9, no longer "5 t" read as trillions)
        assertEquals("0.0417", value(ask("what's our stake at a 1,2 трлн post-money?"), "stake", 4)); // 50 / 1200
        assertEquals("0.0602", value(ask("stake at a post of 830 milyar?"), "stake", 4)); // 50 / 830
        assertEquals("0.0556", value(ask("stake at a post of 900 tỷ dollars?"), "stake", 4)); // 50 / 900
        // a point before three digits and "bn" groups thousands, as in Greek or German: 1,250 billion, not 1.25
        assertEquals("0.0400", value(ask("stake at a post money of 1.250 bn?"), "stake", 4)); // 50 / 1250
        // ... but three decimals that end in another digit are decimals: nobody groups thousands as "28.175" and means the
        // point to be read away, while a figure worked out to the million is written just so
        assertEquals("467.705", value(ask("what exit makes the stake worth 28.175bn"), "exit_valuation", 3)); // 28.175 x 830 / 50
        // where the decimal is far too small for its input, both sizes are offered, never one guessed
        Answer small = ask("stake at a post of 1.179 billion?");
        assertTrue(small.results().isEmpty(), small.text());
        assertTrue(small.clarify().stream().anyMatch(c -> c.label().contains("$1.179T")), small.clarify().toString());
        // digits of another script are digits
        assertEquals("0.0602", value(ask("stake at a post of \u0668\u0663\u0660 billion?"), "stake", 4)); // 50 / 830
    }

    @Test
    void money_put_in_to_get_a_percent_is_put_in_to_own_it() {
        // "to get 10%" of the money put in is a stake, not AWS's capture: 10% of 830
        assertEquals("83", value(ask("what would amazon have to put in to get 10%?"), "investment", 0));
    }

    @Test
    void a_yes_no_comparison_checks_its_mark_and_sets_no_input() {
        // "is X still over 15bn?": the 15bn is the mark the number is checked against, not OpenAI's compute spend
        assertEquals("16.1", value(ask("if aws only takes 40 cents of every dollar oai spends on compute, is aws's profit on it"
                + " still over 15bn?"), "aws_compute_profit", 1)); // 115 x 0.4 x 0.35
        assertEquals("6.9", value(ask("aws's yearly revenue off oai compute in bear - below 10bn?"),
                "aws_compute_revenue_per_year", 1)); // bear: 115 x 0.3 / 5
        assertEquals("69", value(ask("is it true amzn is in for more than 70bn all in across oai and anthropic incl the campus?"),
                "total_ai_commitment", 0)); // 50 + 8 + 11
        // a mark after an input's name is that input's value: the exit here, with the stake's $100bn the mark
        assertEquals("90.36", value(ask("is the stake worth more than 100bn at an exit over 1.5T?"), "stake_value", 2)); // 50/830 x 1500
    }

    @Test
    void a_figures_own_noun_inside_the_metric_phrase_still_says_what_it_is() {
        // "the $120bn raise": the share asked is of the round, and the $120bn is the round, not Amazon's cheque
        assertEquals("0.4167", value(ask("how big a slice of the $120bn raise would amazon's cheque be, as a %?"), "round_share", 4)); // 50 / 120
    }

    @Test
    void the_threads_number_as_a_ratio_of_an_input_is_the_metric_dividing_them() {
        // after the compute revenue, "as a multiple of our cheque" is the revenue over the investment (the circular return),
        // read from the model's formulas; and a change after it keeps that metric
        Answer revenue = ask("how much compute revenue does aws book off openai in the bull case?", "t-ratio");
        assertEquals("80.5", value(revenue, "aws_compute_revenue", 1)); // 115 x 0.70
        assertEquals("1.61", value(ask("and what's that as a multiple of our cheque?", "t-ratio"), "circular_return_ratio", 2)); // 80.5 / 50
        assertEquals("1.84", value(ask("same with capture at 80%", "t-ratio"), "circular_return_ratio", 2)); // 115 x 0.8 / 50
    }

    @Test
    void a_doubt_about_the_last_answer_asks_nothing_of_the_sources() {
        // "you sure?" before a change is said to the bot, not asked of the article: the follow-up stays a number
        ask("bull case irr?", "t-doubt");
        Answer redo = ask("hmm are u certain? try it over 3 yrs", "t-doubt");
        assertEquals(Route.NUMERIC, redo.route());
        assertEquals("0.2181", value(redo, "irr", 4)); // (50/830 x 1500 / 50)^(1/3) - 1
    }

    @Test
    void a_remark_after_asking_an_inputs_value_is_checked_not_used() {
        // "...? hopefully it isn't 30": the margin asked, and the 30 a doubt about its value
        Answer margin = ask("which operating margin is the model running on aws's compute? hopefully it isn't 30");
        assertEquals("0.35", value(margin, "aws_operating_margin", 2));
        assertEquals("5", value(ask("how long a hold does the irr assume? please say it's more than 3"), "holding_years", 0));
    }

    @Test
    void numbered_questions_are_answered_part_by_part_each_a_follow_up_of_the_last() {
        // "same, but for 3x" points back at part 1's target; each part's answer under its number
        Answer two = ask("quick pair for the deck: 1) what exit gets amazon a 2x 2) same, but for 3x");
        assertEquals(List.of("1660", "2490"), two.results().stream().filter(r -> r.metric().equals("exit_valuation"))
                .map(r -> r.value().setScale(0, RoundingMode.HALF_UP).toPlainString()).toList()); // 2 x 830, 3 x 830
        assertTrue(two.text().startsWith("*1)* ") && two.text().contains("\n\n*2)* "), two.text());
        // the premise before the list holds for every part: the 1T post for the stake, then the MOIC at a 1.5T exit
        Answer premise = ask("if the round is done at a 1T post - 1) our stake 2) the moic if oai exits at 1.5T");
        assertEquals("0.05", value(premise, "stake", 2)); // 50 / 1000
        assertEquals("1.50", value(premise, "moic", 2)); // 50/1000 x 1500 / 50
        // a number part and a words part: asked whole, as a mixed question (the words read with the number beside them)
        Answer mixed = ask("1) capex share of the check 2) how does the author read that proportion?");
        assertEquals(Route.MIXED, mixed.route());
        assertEquals("0.4000", value(mixed, "capex_share", 4)); // 50 / 125
        assertFalse(mixed.citations().isEmpty());
    }

    @Test
    void the_matching_value_points_back_at_what_was_just_solved() {
        // "the corresponding pre-money" goes with the post-money the last answer solved for
        assertEquals("1250", value(ask("which post-money valuation would give amazon precisely 4%?", "t-match"),
                "post_money_valuation", 0)); // 50 / 0.04
        assertEquals("1150", value(ask("and the corresponding pre-money?", "t-match"), "pre_money_valuation", 0)); // 1250 - 100
    }

    @Test
    void a_new_value_for_the_threads_target_solves_it_again() {
        // "same question but for 3.5x" after a target: the thread's target at the new value
        ask("which exit valuation makes amazon 1.5x its money?", "t-again");
        assertEquals("2905", value(ask("same question but for 3.5x", "t-again"), "exit_valuation", 0)); // 3.5 x 830
    }

    @Test
    void a_period_the_metric_is_computed_over_is_no_input_asked() {
        // "over the model's standard holding period" says over what the IRR is asked, after a stake value of $105.4B
        ask("stake value at a 1.75T exit?", "t-over");
        assertEquals("0.1609", value(ask("what annualised return does that represent over the model's standard holding period?",
                "t-over"), "irr", 4)); // (50/830 x 1750 / 50)^(1/5) - 1
    }

    @Test
    void where_an_inputs_value_comes_from_is_asked_of_the_model() {
        // provenance: the lookup answers with the value and its quote, or says it is an assumption
        Answer hold = ask("is the 5-year hold in there sourced from the piece or made up?");
        assertEquals(Route.NUMERIC, hold.route());
        assertEquals("5", value(hold, "holding_years", 0));
        assertEquals("0.50", value(ask("where does the 50% capture share come from?"), "aws_capture_share", 2));
    }

    @Test
    void a_takeout_price_is_an_exit_and_a_stated_purpose_asks_nothing() {
        // "taken out at" is an acquisition: the exit, with the post-money given separately
        assertEquals("96.39", value(ask("what's our stake worth if openai gets taken out at 1.6T, with entry at the 830 post?"),
                "stake_value", 2)); // 50/830 x 1600
        // "need to show the committee why…" says why the asker asks; the number alone answers
        assertEquals(Route.NUMERIC, ask("moic at a 2T exit - need to show the committee why patience pays").route());
    }

    @Test
    void a_sentence_pasted_above_the_question_is_not_the_answers_lead() {
        // the asker quoted it and asks about it: the sentence that answers leads, not the one they pasted
        Answer a = ask("> For now, the silence from Anthropic is notable, but watch for any statements that acknowledge the competitive dynamic\n"
                + "what would count as anthropic breaking that silence?");
        assertEquals(Route.NARRATIVE, a.route());
        int answer = a.narrative().indexOf("A shift in tone");
        int pasted = a.narrative().indexOf("For now, the silence");
        assertTrue(answer >= 0 && (pasted < 0 || answer < pasted), a.narrative());
    }

    @Test
    void a_wash_is_zero_and_becoming_zero_is_a_goal() {
        // "before it's a wash": the combined payoff at zero, solved for the exit
        assertEquals("495.93", value(ask("how low could openai's valuation drop before the whole position incl the aws profit is a wash for amazon?"),
                "exit_valuation", 2)); // (50 - 20.125) x 830 / 50
        // "the capture share at which the combined payoff reaches zero" asks for the share
        assertEquals("0.5762", value(ask("bear case: the capture share at which the combined payoff reaches zero?"),
                "aws_capture_share", 4)); // (50 - 50/830 x 500) / (115 x 0.30)
    }

    @Test
    void someones_guess_in_a_sentence_after_the_question_is_checked_not_used() {
        // "…? Jo reckons 1.8T": a guess to check, not a post-money
        Answer a = ask("what exit gets us a 15% irr over 5 years? Jo reckons 1.8T");
        assertEquals("1669.43", value(a, "exit_valuation", 2)); // 50 x 1.15^5 x 830 / 50
        // said to be unrelated to the thesis: refused, whatever it names
        assertEquals(Route.OUT_OF_SCOPE, ask("hi all, unrelated to amazon: what's the best sushi place near the office?").route());
    }
    @Test
    void a_question_passed_on_is_the_question_that_follows() {
        // "the IC asks why …": the frame goes; "bankroll" is funding (the thesaurus), so the sources' answer is found
        Answer a = ask("the IC asks why amzn would bankroll anthropic's biggest competitor");
        assertEquals(Route.NARRATIVE, a.route());
        assertTrue(a.narrative().startsWith("The core driver is securing AWS"), a.narrative());
    }

    @Test
    void all_in_on_ai_a_guess_from_memory_and_a_definition_asked_in_passing() {
        assertEquals("69", value(ask("how deep is amazon in on ai overall"), "total_ai_commitment", 0)); // 50 + 8 + 11
        // "afaik its about 5pc": the asker's own figure, checked
        Answer stake = ask("stake share at 1T post, afaik its about 5pc");
        assertEquals("0.05", value(stake, "stake", 2)); // 50 / 1000
        assertTrue(stake.notes().stream().anyMatch(n -> n.contains("the figure you're checking")), stake.notes().toString());
        // "I'm not a finance person, so please also tell me what IRR means": the number with its definition, nothing asked of
        // the sources
        Answer irr = ask("What's the IRR in the bear case? I'm not a finance person, so please also tell me what IRR means.");
        assertEquals(Route.NUMERIC, irr.route());
        assertTrue(irr.text().contains("the annual rate that turns the investment into the stake value"), irr.text());
    }
    @Test
    void what_openai_is_worth_in_the_end_is_the_exit() {
        // "what does the model assume OpenAI is ultimately worth" asks for the exit valuation the scenario assumes
        assertEquals("500", value(ask("in the downside case, what does the model assume openai is ultimately worth?"), "exit_valuation", 0));
    }

    @Test
    void code_like_notation_sets_inputs_by_name() {
        // "1.2e3B": scientific notation with a unit glued on counts units (1200B), and "post=" names the figure's input
        assertEquals("0.0417", value(ask("post=1.2e3B -> amzn %?"), "stake", 4)); // 50 / 1200
        // "exit=-2.5e2B": a negative exit, set by name, is refused, not dropped
        assertTrue(ask("moic w/ exit=-2.5e2B").text().startsWith("I can't compute that"));
        // "margin=.3" in a thread about revenue: the name set to the figure beats the thread's capture share
        String thread = "t:" + System.nanoTime();
        ask("aws rev from oai compute w/ capture=.6", thread);
        assertEquals("20.7", value(ask("-> profit @ margin=.3", thread), "aws_compute_profit", 1)); // 115 x 0.6 x 0.3
    }

    @Test
    void interest_a_year_is_the_annual_return_and_openais_share_price_its_valuation() {
        // a relayed question in loose words: "15% interest a year" is the IRR, the "exit share price" OpenAI's exit valuation
        assertEquals("1669.43", value(ask("Raj would like to know what exit share price OpenAI needs for Amazon to earn 15% interest "
                + "a year over five years."), "exit_valuation", 2)); // 830 x 1.15^5
        assertEquals("0.1256", value(ask("What annual interest would Amazon earn on the OpenAI stake in the bull case?"), "irr", 4)); // (1500/830)^(1/5) - 1
        // "fell all the way to zero": a valuation of zero, refused
        assertTrue(ask("Raj is asking what Amazon's stake would be worth if OpenAI's share price fell all the way to zero.").text()
                .startsWith("I can't compute that"));
        // the round's own valuation is the post-money: solved for it, not for the round's size
        assertEquals("1428.57", value(ask("He wants to know how high OpenAI's valuation in the round would have to be for Amazon's "
                + "$50 billion to buy only 3.5% of the company."), "post_money_valuation", 2)); // 50 / 0.035
    }

    @Test
    void where_a_relayed_question_comes_from_is_not_the_question() {
        // "From the offsite:" says where the question was asked; the offsite is not the topic
        assertEquals(Route.NARRATIVE, ask("From the offsite: what is the biggest risk for Amazon in going ahead with this?").route());
        String thread = "t:" + System.nanoTime();
        ask("Raj is asking what Amazon's stake would be worth if OpenAI's share price reaches $1.2 trillion.", thread);
        assertEquals("22.29", value(ask("And one more from Raj: how much profit is that on the stake, in dollars?", thread),
                "gain", 2)); // 50 / 830 x 1200 - 50
        assertEquals("-19.88", value(ask("net $ on the stake alone, w/o the aws side, bear"), "gain", 2)); // 50 / 830 x 500 - 50
    }

    @Test
    void without_my_figure_takes_it_back_in_a_thread() {
        String thread = "t:" + System.nanoTime();
        ask("irr at a 1.1T exit over 7 years", thread);
        // "w/o my exit": the exit the thread set is dropped; bear's own 500 is used, the 7 years stay
        Answer a = ask("now bear, w/o my exit", thread);
        assertEquals("-0.0698", value(a, "irr", 4)); // (500 / 830)^(1/7) - 1
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("Taking back your")), a.notes().toString());
    }

    @Test
    void a_memo_label_an_acknowledgement_and_a_sign_off_are_not_the_question() {
        // "v/r, Mike" signs the message; Mike is no party the sources should know
        assertEquals("0.30", value(ask("BLUF: which AWS op margin are you running in the bear deck? v/r, Mike"), "aws_operating_margin", 2));
        assertEquals("1500", value(ask("RFI: bull case exit assumption, in $? v/r, Mike"), "exit_valuation", 0));
        Answer campus = ask("RFI: purpose of the Indiana campus? v/r, Mike");
        assertEquals(Route.NARRATIVE, campus.route());
        assertFalse(campus.text().startsWith("The sources don't"), campus.text());
        // "Copy. Follow-on:": an acknowledgement and a label before the follow-up
        String thread = "t:" + System.nanoTime();
        ask("RFI: AWS op profit on OAI compute, base case? v/r, Mike", thread);
        assertEquals("25.875", value(ask("Copy. Follow-on: rerun at 45% margin. v/r, Mike", thread), "aws_compute_profit", 3)); // 115 x 0.5 x 0.45
        // a thanks on its own is still thanks
        assertEquals(Route.HELP, ask("thanks").route());
    }

    @Test
    void said_to_be_unrelated_is_refused_whatever_model_words_it_uses() {
        assertEquals(Route.OUT_OF_SCOPE, ask("Hello, unrelated to OpenAI deal - what is current Polish CIT rate on capital gains of holding "
                + "company, and does participation exemption apply? Regards, M.").route());
    }

    @Test
    void a_figure_after_to_book_is_what_should_come_in() {
        // "must capture to book 15 mld USD of compute revenue per year": a goal for the revenue, not the compute spend
        assertEquals("0.6522", value(ask("Hello, which share of OpenAI compute spending AWS must capture to book 15 mld USD of compute "
                + "revenue per year? Regards, M."), "aws_capture_share", 4)); // 15 / (115 / 5)
        // "capex to reach $125B" still sets capex
        assertEquals("0.40", value(ask("> Amazon has forecast capital expenditures to reach $125 billion for 2026\nwhat pct of it is the 50"),
                "capex_share", 2));
        // "what percentage of shares Amazon will hold" is the stake
        assertEquals("0.05", value(ask("Hello, let us assume OpenAI pre-money valuation is 900 mld USD. What percentage of shares Amazon "
                + "will hold directly after closing? Regards, M."), "stake", 2)); // 50 / (900 + 100)
    }

    @Test
    void a_turkish_keyboard_and_turkish_number_words() {
        // dotless i ("openaı", "ırr"), full stops between thousands, "milyar", "trilyon", "yıl", a percent sign written first
        assertEquals("0.0417", value(ask("hocam if openaı round closes at 1.200.000.000.000$ post money, what % of company does amzn get "
                + "for its 50 milyar$?"), "stake", 4)); // 50 / 1200
        assertEquals("2065.31", value(ask("exit needed for %20 ırr over 5 yıl?"), "exit_valuation", 2)); // 830 x 1.2^5
        assertEquals("30.12", value(ask("if openai exit is only half a trilyon$, amzn stake worth how much?"), "stake_value", 2)); // 50 / 830 x 500
        assertTrue(ask("aws captures %130 of oai compute → revenue?").text().startsWith("I can't compute that"));
    }

    @Test
    void common_words_written_with_capitals_are_no_names() {
        // a writer who capitalises common words ("Exit Valuation", "Zero", "Pre-Money", "Ownership"): no party the sources miss
        assertEquals("658.19", value(ask("Quick question..  in the Bear case, what Exit Valuation brings the Combined Payoff back to Zero..  "
                + "Thx, Dick"), "exit_valuation", 2)); // bear: (50 - 115 x 0.30 x 0.30) x 830 / 50
        assertEquals("0.05", value(ask("Quick question..  say OpenAI's Pre-Money is $900 Billion and the new round goes in on top of "
                + "that... what Ownership does Amazon come away with?  Thx, Dick"), "stake", 2)); // 50 / (900 + 100)
        assertEquals("1500", value(ask("Quick question..  what is OpenAI Worth at the end in your Bull case?  Thx, Dick"), "exit_valuation", 0));
        // a name is still a name, however the words around it are written
        assertTrue(ask("What does Microsoft Think of the Deal?").text().contains("don't cover Microsoft"));
    }

    @Test
    void what_is_that_after_a_solved_target_is_asked_of_its_value() {
        // "what IRR is that over 6 years?" after the exit for a 4x: the IRR at that exit
        String thread = "t:" + System.nanoTime();
        assertEquals("3320", value(ask("what exit does openai need for amazon to make four times its money?", thread), "exit_valuation", 0));
        assertEquals("0.2599", value(ask("what IRR is that over 6 years?", thread), "irr", 4)); // 4^(1/6) - 1
        // "1.000 milyar$": a full stop between thousands before a size word
        assertEquals("0.05", value(ask("openaı post 1.000 milyar$ → our %?"), "stake", 2)); // 50 / 1000
    }

    @Test
    void a_message_in_capitals_or_with_every_word_capitalised_is_read_as_in_lower_case() {
        // capitals that mark nothing: no word stands out as a name ("AMZNS", "Your", "Calc")
        assertEquals("60.24", value(ask("WHATS AMZNS PIECE OF OAI WORTH IF OAI HITS 1T"), "stake_value", 2)); // 50 / 830 x 1000
        assertEquals("0.7", value(ask("What Share Of Oai's Compute Spend Goes To Aws In The Bull Case Per Your Assumptions"),
                "aws_capture_share", 1));
        assertEquals("5", value(ask("Hold Period In The Irr Calc?"), "holding_years", 0));
        // a name written among capitals for names only is still a name
        assertTrue(ask("What is Microsoft's stake in OpenAI?").text().contains("don't cover Microsoft"));
    }

    @Test
    void greetings_relays_request_frames_and_sign_offs_are_no_part_of_the_ask() {
        assertEquals("32.2", value(ask("Good afternoon, Kindly provide AWS compute profit in bull case"), "aws_compute_profit", 1));
        assertEquals("1.0870", value(ask("Forwarding for Grace: breakeven capture share, bull case"), "breakeven_capture_share", 4));
        assertEquals("0.05", value(ask("Asking for Tom - at what post-money does 50bn get amazon exactly 5%?"), "stake", 2));
        assertEquals("0.5", value(ask("do you know what share of OpenAI's compute spend are we assuming ends up with AWS in the base case?"),
                "aws_capture_share", 1));
        assertEquals("0.3", value(ask("what aws op margin are u running in the bear case cheers, Grace"), "aws_operating_margin", 1));
        assertEquals("5", value(ask("over how many yrs is the 115b compute spend spread - Will"), "compute_years", 0));
        // a greeting alone is still greeted
        assertEquals(org.thesisbot.core.api.Route.HELP, ask("Morning!").route());
        assertEquals(org.thesisbot.core.api.Route.HELP, ask("hey there").route());
        // "do you know if …" keeps its frame: a yes/no question
        assertEquals(org.thesisbot.core.api.Route.NARRATIVE, ask("do you know if anthropic has said anything about this?").route());
    }

    @Test
    void a_typo_in_any_word_the_reader_knows_is_mended_and_a_real_word_never_is() {
        assertEquals("295.48", value(ask("In the bull case, how low could the exit valuation fall before the combined payoff turns negtaive?"),
                "exit_valuation", 2)); // (50 - 115 x 0.70 x 0.40) x 830 / 50
        assertEquals("23", value(ask("anthropic all in commitment if the indiana campus is actually fifeten bill not eleven"),
                "anthropic_commitment", 0)); // 8 + 15
        assertEquals("11.5", value(ask("aws revenu on the oai compute per year (not the total) ?"), "aws_compute_revenue_per_year", 1));
        // "whose" is no typo of "whole", "snark" none of "stark": a real word, or too short a one, stays as typed
        assertTrue(ask("what would our stake come to at a post-money of 2,400 snark?").text().startsWith("I can't tell how big 2,400 snark is"));
    }

    @Test
    void the_askers_own_guess_at_the_answer_is_a_figure_to_check() {
        Answer a = ask("what's the breakeven capture share in the bear case, I suppose it's well over a hundred per cent at that stage");
        assertEquals("1.4493", value(a, "breakeven_capture_share", 4)); // 50 / (115 x 0.30)
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("figure you're checking") || n.contains("your guess at the answer")),
                a.notes().toString());
        assertEquals("2478.37", value(ask("what exit valuation would openai need for amazon to earn a twenty per cent irr if it holds for six "
                + "years, I suppose it's up around two and a half tn or so"), "exit_valuation", 2)); // 830 x 1.2^6
        assertEquals("1.0870", value(ask("breakeven capture in bull, still >100% lol"), "breakeven_capture_share", 4));
    }

    @Test
    void phone_words_autocorrect_swaps_and_curly_quotes_are_read_as_meant() {
        assertEquals("730", value(ask("what was oai valued at b4 the new $$ goes in"), "pre_money_valuation", 0));
        assertEquals("730", value(ask("Quick question..  what was OpenAI valued at before the new $100B goes in? Thx, Dick"),
                "pre_money_valuation", 0));
        assertEquals("1000", value(ask("at what posy does the 50b buy exactly 5% 🤔"), "post_money_valuation", 0));
        assertEquals("0.5762", value(ask("bare case — what aws capture share gets the combined pay off to zero"), "aws_capture_share", 4));
        assertEquals("2478.37", value(ask("target irr=20%, hold=6y -> req\u2019d exit val?"), "exit_valuation", 2));
    }

    @Test
    void scrapping_the_changes_goes_back_to_the_models_numbers() {
        String thread = "t:" + System.nanoTime();
        assertEquals("0.2459", value(ask("exit at 2T, irr over 4 yrs", thread), "irr", 4));
        assertEquals("-0.0964", value(ask("ok scrap all of that and go back to the model's own numbers, what's the irr in the bear case so",
                thread), "irr", 4)); // (500/830)^(1/5) - 1
    }

    @Test
    void a_loss_said_before_its_figure_and_the_asked_thing_named_first_are_read() {
        assertEquals("664", value(ask("which exit leaves amazon down $10bn on its stake?"), "exit_valuation", 0)); // 830 x 40 / 50
        assertEquals("0.5217", value(ask("aws op margin has to be what for the combined payoff to reach 30bn?"), "aws_operating_margin", 4));
        assertEquals("4", value(ask("the anthropic ticket is really 12.5bn, so how many x is the openai one?"), "openai_vs_anthropic_ratio", 0));
        // a stake bought by money is no trade, and a trade is still refused
        assertEquals("1250", value(ask("what post-money would let 50 billion dollars buy Amazon exactly 4% of OpenAI"), "post_money_valuation", 0));
        assertEquals(org.thesisbot.core.api.Route.OUT_OF_SCOPE, ask("should we be buying amazon shares after this news?").route());
    }

    @Test
    void forms_to_fill_in_and_ellipses_ask_what_they_name() {
        assertEquals("1.15", value(ask("circular ratio for the memo: aws compute revenue \u00f7 the 50b check = ___x"), "circular_return_ratio", 2));
        assertEquals("5", value(ask("holding period sitting behind the irr = ___ yrs"), "holding_years", 0));
        Answer bad = ask("and AWS's operating profit on that compute... what is it in the gloomy case.");
        assertEquals(org.thesisbot.core.api.Route.NUMERIC, bad.route());
        assertEquals("10.35", value(bad, "aws_compute_profit", 2)); // 115 x 0.30 x 0.30
        assertEquals("0.5", value(ask("what share of the compute do you take AWS to win, middle case?"), "aws_capture_share", 1));
        assertEquals("50", value(ask("what would the holding itself be worth then, in dollars?"), "stake_value", 0)); // 50 / 830 x 830
    }

    @Test
    void the_pre_money_said_as_before_the_others_put_their_money_in() {
        assertEquals("730", value(ask("what was openai valued at before amazon and the rest put their money in?"), "pre_money_valuation", 0));
        // a figure a year after its dollars is a yearly figure
        assertEquals("0.6522", value(ask("what capture share gets aws fifteen billion dollars a year of revenue?"), "aws_capture_share", 4)); // 15 x 5 / 115
    }

    @Test
    void chat_follow_ups_go_on_from_the_thread() {
        String thread = "t:" + System.nanoTime();
        assertEquals("0.0455", value(ask("our stake at a 1.1T post?", thread), "stake", 4));
        assertEquals("90.91", value(ask("n worth what if oai exits 2T", thread), "stake_value", 2)); // 50 / 1100 x 2000
        String other = "t:" + System.nanoTime();
        assertEquals("1660", value(ask("what exit doubles our money?", other), "exit_valuation", 0));
        assertEquals("0.2599", value(ask("irr there if we only hold 3 yrs", other), "irr", 4)); // 2^(1/3) - 1
        // what to watch, and when it closes, ask the sources, whatever metric words they hold
        assertEquals(org.thesisbot.core.api.Route.NARRATIVE,
                ask("after it closes, which figure should we be keeping an eye on to see whether the aws revenue shows up?").route());
        assertEquals(org.thesisbot.core.api.Route.NARRATIVE, ask("when is the whole thing supposed to close?").route());
    }

    @Test
    void a_compute_spend_said_per_year_is_that_much_in_each_of_the_compute_years() {
        Answer a = ask("say openai burns $40bn/yr on compute, what does aws pull in over the full period?");
        assertEquals("100", value(a, "aws_compute_revenue", 0)); // 40 x 5 x 0.5
        assertTrue(a.text().contains("$40B \u00d7 5 years = $200B"), a.text());
        assertEquals("60", value(ask("with oai's annual compute spend at roughly 24bn, aws revenue across 2025-29?"), "aws_compute_revenue", 0)); // 24 x 5 x 0.5
        // a change to the spend said per year is read as a change to the total, as its note says: $115B + $10B = $125B,
        // not that total times five (scaling the change itself is not done yet)
        Answer change = ask("raise openai's compute spend by 10bn a year, aws revenue?");
        assertTrue(change.notes().stream().anyMatch(n -> n.contains("$115B + $10B = $125B")), change.notes().toString());
        assertEquals("12.50", value(change, "aws_compute_revenue_per_year", 2)); // 125 x 0.5 / 5
        // a total stays a total
        assertEquals("100", value(ask("if oai's compute spend comes to 200bn in all, aws revenue?"), "aws_compute_revenue", 0));
    }

    @Test
    void a_margin_widened_or_compressed_by_some_points_moves_from_the_base() {
        assertEquals("20.99", value(ask("expand the aws operating margin on it by 150 bps - compute profit?"), "aws_compute_profit", 2)); // 57.5 x 0.365
        assertEquals("14.38", value(ask("narrow aws's op margin by 10 points, what's the compute profit now"), "aws_compute_profit", 2)); // 57.5 x 0.25
    }

    private static List<String> values(Answer a, String metric, int scale) {
        return a.results().stream().filter(r -> r.metric().equals(metric))
                .map(r -> r.value().setScale(scale, RoundingMode.HALF_UP).toPlainString()).toList();
    }

    @Test
    void one_question_at_two_values_is_answered_at_both_side_by_side() {
        Answer a = ask("moic if openai exits at 1.2 trillion vs 900b?");
        assertEquals(List.of("1.4458", "1.0843"), values(a, "moic", 4)); // 1200 / 830, 900 / 830
        assertTrue(a.text().contains("*1) At 1.2 trillion:*") && a.text().contains("*2) At 900b:*"), a.text());
        assertEquals(List.of("0.0541", "0.0965"), values(ask("irr on a 1.2t exit held 7y vs held 4y"), "irr", 4)); // (1200/830)^(1/7) - 1
        assertEquals(List.of("0.6522", "0.8696"), values(ask("capture share aws needs to book 15bn a yr of compute rev vs 20bn a yr"),
                "aws_capture_share", 4)); // 15 x 5 / 115, 20 x 5 / 115
        // a thread goes on from the first value
        String thread = "t:" + System.nanoTime();
        assertEquals(List.of("0.0500", "0.0417"), values(ask("our stake at a 1t post vs 1.2t", thread), "stake", 4));
        assertEquals("1.5000", value(ask("and the moic if it exits at 1.5t?", thread), "moic", 4)); // 1500 / 1000, not / 1200
        // the model's own values, and a value the thread set, on one side
        assertEquals(List.of("5.00", "6.25"), values(ask("openai check as a multiple of the anthropic one if the anthropic check were 10bn vs as is"),
                "openai_vs_anthropic_ratio", 2)); // 50 / 10, 50 / 8
        String pointed = "t:" + System.nanoTime();
        ask("our stake at a 1.1t post?", pointed);
        assertEquals(List.of("0.0455", "0.0602"), values(ask("and our % at that post vs the 830", pointed), "stake", 4)); // 50/1100, 50/830
        // two amounts asked side by side, when reading the whole finds one: each half asked in turn
        Answer two = ask("the circular ratio vs the breakeven capture share?");
        assertEquals("1.15", value(two, "circular_return_ratio", 2)); // 57.5 / 50
        assertEquals("1.2422", value(two, "breakeven_capture_share", 4)); // 50 / (115 x 0.35)
        // two amounts compared with each other are one question
        assertEquals("1.15", value(ask("aws compute revenue vs the 50b check, as a multiple?"), "circular_return_ratio", 2));
    }

    @Test
    void an_investment_held_some_years_holds_it_that_long() {
        assertEquals("0.0768", value(ask("irr at a 1.5t exit held 8y?"), "irr", 4)); // (1500/830)^(1/8) - 1
    }

    @Test
    void signs_for_times_and_at_least_and_a_question_said_again_after_ie_are_read() {
        assertEquals("0.6522", value(ask("capture share that gets aws's compute revenue to \u2265 1.5\u00d7 the 50 check?"), "aws_capture_share", 4)); // 75 / 115
        assertEquals("0.69", value(ask("bear: how many \u00d7 over does aws's compute revenue cover the 50bn check?"), "circular_return_ratio", 2)); // 34.5 / 50
        Answer a = ask("exit needed for a 3\u00d7 moic \u2014 i.e. how high does the mark have to go?");
        assertEquals(Route.NUMERIC, a.route());
        assertEquals("2490", value(a, "exit_valuation", 0)); // 3 x 830
    }

    @Test
    void an_answer_stated_hedged_and_tagged_for_confirmation_is_the_figure_to_check() {
        assertEquals("2490", value(ask("exit for a 3x on the check is like 2.5T, right?"), "exit_valuation", 0)); // 3 x 830
        assertEquals("0.4348", value(ask("for aws to clear 25B profit on it the margin has to be like 45%, yeah?"), "aws_operating_margin", 4)); // 25 / 57.5
        assertEquals("0.0417", value(ask("stake at like a 1.2T post, right?"), "stake", 4)); // a hedged input stays an input: 50 / 1200
    }

    @Test
    void croatian_magnitudes_years_and_courtesies() {
        // "bilijun" is a trillion (the long scale) with a decimal comma, "mlrd." billions, "god." years, "koliko" how much
        assertEquals("0.1037", value(ask("Bok, irr ako OpenAI exits at 1,5 bilijuna after 6 god.? hvala"), "irr", 4)); // (1500/830)^(1/6) - 1
        assertEquals("0.0625", value(ask("koliko % do we own if the post is 800 mlrd.?"), "stake", 4)); // 50 / 800
        // half a trillion is the exit: 50/830 x 500
        assertEquals("30.1205", value(ask("stake worth in mlrd. if oai is only worth half bilijuna at the exit?"), "stake_value", 4));
        // a multiple with a decimal comma: 2.5 x 830
        assertEquals("2075.0000", value(ask("what exit for a moic of 2,5?"), "exit_valuation", 4));
        // before the new money came in is the pre-money: 830 - 100
        assertEquals("730.0000", value(ask("what was openai worth right before the fresh cash came in?"), "pre_money_valuation", 4));
    }

    @Test
    void an_input_asked_as_what_a_metric_is_worked_out_over_is_looked_up() {
        // the model's five-year hold and five-year compute window, not the IRR or the revenue
        assertEquals("5.0000", value(ask("what hold period is the irr calc worked out over?"), "holding_years", 4));
        assertEquals("5.0000", value(ask("how many years is the compute spend spread over?"), "compute_years", 4));
        assertEquals("0.3500", value(ask("which margin is wired into aws profit?"), "aws_operating_margin", 4));
    }
}
