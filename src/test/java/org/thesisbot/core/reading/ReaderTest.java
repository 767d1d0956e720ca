package org.thesisbot.core.reading;

import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.scenario.TestModels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.state.ThreadState;
import java.time.Instant;

class ReaderTest {
    /** Questions enter through the assistant, which spells out shorthand ("oai", "5y") first. */
    private static final org.thesisbot.core.scenario.Shorthand SHORTHAND =
            new org.thesisbot.core.scenario.Shorthand(org.thesisbot.core.lexicon.TestLexicons.real().shorthand());
    private final Reader reader = TestModels.reader();

    /**
     * question | metrics (in order) | overrides (id=value, sorted by id) | scenarios named.
     * Values are in the model's units: $B, fractions, years.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // stake, entry valuations
            "What stake would $50B buy at $830B?                                   | stake | - | -",
            "What would Amazon own if it puts in $50B at $830B?                    | stake | - | -",
            "how much of openai does amazon get for 50bn                          | stake | - | -",
            "ownership % if OpenAI is valued at $1T?                               | stake | post_money_valuation=1000 | -",
            "stake at a $1 trillion valuation                                      | stake | post_money_valuation=1000 | -",
            "what % of OpenAI would Amazon hold at 1,200B post-money               | stake | post_money_valuation=1200 | -",
            "Amazon's stake if the pre-money is $900B?                             | stake | post_money_valuation=1000 | -",
            "what's the pre-money valuation                                        | pre_money_valuation | - | -",
            "If Amazon invests $40B at an $830bn valuation what stake is that      | stake | investment=40 | -",
            "stake if amazon only puts in $25 billion                              | stake | investment=25 | -",
            "what share of openai does a $60B check buy at $1.5T?                  | stake | investment=60;post_money_valuation=1500 | -",
            // capex and round
            "How big is the $50B relative to Amazon's capex plan?                  | capex_share | - | -",
            "what fraction of its 2026 capital expenditure is this deal            | capex_share | - | -",
            "share of capex if capex comes in at $150B                             | capex_share | capex_2026=150 | -",
            "how much of the round is amazon taking?                               | round_share | - | -",
            "what portion of OpenAI's $100 billion raise is Amazon's               | round_share | - | -",
            "share of the round if the raise is $120B                              | round_share | round_size=120 | -",
            // exit valuations, multiples, IRR, gain
            "If OpenAI ends up worth $1.5T, what's the multiple on Amazon's money? | moic | exit_valuation=1500 | -",
            "MOIC at a $2T exit                                                     | moic | exit_valuation=2000 | -",
            "what's the return if openai reaches 1.5 trillion                      | moic | exit_valuation=1500 | -",
            "annualised return if OpenAI hits $1.5T in 5 years                     | irr | exit_valuation=1500 | -",
            "IRR if openai is valued at $1.2T over 7 years                         | irr | exit_valuation=1200;holding_years=7 | -",
            "irr with a 3-year hold and a $1T exit                                 | irr | exit_valuation=1000;holding_years=3 | -",
            "how much would Amazon's stake be worth if OpenAI is worth $1T?        | stake_value | exit_valuation=1000 | -",
            "value of the stake at $2 trillion                                     | stake_value | exit_valuation=2000 | -",
            "what's the gain on the stake if openai doubles                         | gain | exit_valuation=1660 | -",
            "how much would amazon lose if openai falls to $400B                   | gain | exit_valuation=400 | -",
            "what is the multiple if the valuation halves                          | moic | exit_valuation=415 | -",
            // AWS compute economics
            "What does AWS earn if it captures 60% of OpenAI's compute spend?      | aws_compute_revenue | aws_capture_share=0.6 | -",
            "aws compute revenue assuming it wins three quarters of openai's compute | aws_compute_revenue | aws_capture_share=0.75 | -",
            "aws compute revenue if it wins a tenth of openai's compute             | aws_compute_revenue | aws_capture_share=0.1 | -",
            "aws compute revenue if it wins one fourth of openai's compute          | aws_compute_revenue | aws_capture_share=0.25 | -",
            "aws compute revenue if it wins seven tenths of openai's compute       | aws_compute_revenue | aws_capture_share=0.7 | -",
            "aws compute revenue if it wins two fifths of openai's compute         | aws_compute_revenue | aws_capture_share=0.4 | -",
            "stake if amazon comes in at a quarter trillion post-money             | stake | post_money_valuation=250 | -",
            "moic if oai exits at three quarters of a trillion                     | moic | exit_valuation=750 | -",
            "moic if oai exits at one and a half trillion                          | moic | exit_valuation=1500 | -",
            "moic if oai exits at two hundred bn                                   | moic | exit_valuation=200 | -",
            "in dollars how much does amazon make or lose on the stake             | gain | - | -",
            "net net what does amazon come out with incl the aws profit            | combined_payoff | - | -",
            "openai's worth befor the new money goes in                            | pre_money_valuation | - | -",
            "aws revenue per year from openai at 70% share                         | aws_compute_revenue_per_year | aws_capture_share=0.7 | -",
            "compute profit for AWS at a 30% margin                                | aws_compute_profit | aws_operating_margin=0.3 | -",
            "AWS operating profit if it gets 80% of the compute at 40% margins     | aws_compute_profit | aws_capture_share=0.8;aws_operating_margin=0.4 | -",
            "how much does openai spend on compute per year                        | compute_spend_per_year | - | -",
            "openai annual compute spend if they spend $200B on compute            | compute_spend_per_year | openai_compute_spend=200 | -",
            "how much of the $50B comes back to AWS?                               | circular_return_ratio | - | -",
            "what's the breakeven capture share                                    | breakeven_capture_share | - | -",
            "at what share does the compute profit pay back the investment, assuming a 50% margin | breakeven_capture_share | aws_operating_margin=0.5 | -",
            // Anthropic
            "total anthropic commitment?                                           | anthropic_commitment | - | -",
            "how does the openai check compare to the anthropic one               | openai_vs_anthropic_ratio | - | -",
            "how many times bigger than the Anthropic investment is this           | openai_vs_anthropic_ratio | - | -",
            "amazon's total AI commitment across openai and anthropic              | total_ai_commitment | - | -",
            "what percentage of the $125bn capex would the check be                | capex_share | - | -",
            // combined
            "combined payoff if openai is worth $1.5T and aws wins 70% at a 40% margin | combined_payoff | aws_capture_share=0.7;aws_operating_margin=0.4;exit_valuation=1500 | -",
            "net payoff in the bear case                                           | combined_payoff | - | bear",
            // scenarios
            "bull case?                                                            | stake_value,moic,irr,aws_compute_profit,combined_payoff | - | bull",
            "compare the scenarios                                                 | stake_value,moic,irr,aws_compute_profit,combined_payoff | - | bear,base,bull",
            "IRR in the bull scenario                                              | irr | - | bull",
            "show me the downside case multiple                                    | moic | - | bear",
            "bull vs bear on the stake value                                       | stake_value | - | bear,base,bull",
            // several metrics
            "what stake does Amazon get and what's the multiple if OpenAI reaches $1.5T? | stake,moic | exit_valuation=1500 | -",
            "capex share and round share                                           | capex_share,round_share | - | -",
            // sloppy writing
            "stake @ 1t??                                                          | stake | post_money_valuation=1000 | -",
            "moic if oai exits at 2.5tn                                            | moic | exit_valuation=2500 | -",
            "Whats the irr if openai is worth 1500B                                | irr | exit_valuation=1500 | -",
            "AWS rev if capture is 0.6                                             | aws_compute_revenue | aws_capture_share=0.6 | -",
            "stake at $1T pre                                                      | stake | post_money_valuation=1100 | -",
            "moic if oai is worth half of 830                                      | moic | exit_valuation=415 | -",
            "what does aws actually earn (profit) from oai's compute over 5y        | aws_compute_profit | - | -",
            "irr with a 3y hold at a $1T exit                                      | irr | exit_valuation=1000;holding_years=3 | -",
            "what's the stake if amazon invests 0                                  | stake | investment=0 | -",
            "upside scenario moic pls                                              | moic | - | bull",
            "oai check as a multiple of the anthropic one                          | openai_vs_anthropic_ratio | - | -",
            // metrics described rather than named
            "what's amazon's cut at a 1.25T post                                   | stake | post_money_valuation=1250 | -",
            "money on money if oai is worth 2T                                     | moic | exit_valuation=2000 | -",
            "aws's gross take from the oai compute in bull                         | aws_compute_revenue | - | bull",
            "and what's left after margin                                          | aws_compute_profit | - | -",
            "is amzn in the red on the stake in the bear case                      | gain | - | bear",
            "net for amazon once you add what aws makes on the compute             | combined_payoff | - | -",
            "what's openai burning on compute per year                             | compute_spend_per_year | - | -",
            "how many times the check does aws see back as revenue                 | circular_return_ratio | - | -",
            "what is openai worth pre-money on the 830 figure                      | pre_money_valuation | - | -",
            "anthropic commitment if the data center for anthropic costs 14bn      | anthropic_commitment | anthropic_campus=14 | -",
            "what part of the company does amazon get if the pre-money is 950bn     | stake | post_money_valuation=1050 | -",
            "aws profit if it keeps 30 cents of each dollar as operating income    | aws_compute_profit | aws_operating_margin=0.3 | -",
            "everything amazon has committed for anthropic, the stake plus the campus | anthropic_commitment | - | -",
            "whats the pre money valuation of oai in this round per the model       | pre_money_valuation | - | -",
            "amazon's total ai money out the door                                  | total_ai_commitment | - | -",
            "stake at the 830 - is 830 pre or post money?                          | stake | - | -",
            // self-corrections, cents per dollar, a name's own verb, scenario in plain words, cloud profits
            "stake value at an exit of 1.1T, sorry, 1.3T                           | stake_value | exit_valuation=1300 | -",
            "aws profit if it keeps 42 cents per dollar                            | aws_compute_profit | aws_operating_margin=0.42 | -",
            "aws profit if the margin only gets to 28%                             | aws_compute_profit | aws_operating_margin=0.28 | -",
            "gain on the shares if things go south                                 | gain | - | bear",
            "net for amazon, the shares and the cloud profits together, in bull    | combined_payoff | - | bull",
            "capex share - the 50 as a percent of capex                            | capex_share | - | -",
            "the compute profit at the assumed margin, profit not top line         | aws_compute_profit | - | -",
            "the 50b as a % of the total round                                     | round_share | - | -",
            // a figure said to replace an input's current value sets that input; the replaced one is no figure of its own
            "openai vs anthropic ratio if anthropic got 10bn rather than 8         | openai_vs_anthropic_ratio | anthropic_investment=10 | -",
            "openai vs anthropic ratio with 12b in place of the 8                 | openai_vs_anthropic_ratio | anthropic_investment=12 | -",
            "round share if the round goes from 100 to 150b                        | round_share | round_size=150 | -",
            // the base of a share is named by its word, the figure is the part; a bare 2-digit year is no input
            "40b is what % of amazon's capex                                       | capex_share | investment=40 | -",
            "what pct of capex would 75b be                                        | capex_share | investment=75 | -",
            "capex share if capex comes in at 150bn for 27                         | capex_share | capex_2026=150 | -",
            "stake at a 1T post in fy27                                            | stake | post_money_valuation=1000 | -",
            // a slice "in dollar terms" is its value; money sunk into one lab, campus included, is that lab's total;
            // "both sides" of a rivalry is no sum of the two bets
            "bear: amazon's piece in dollar terms                                  | stake_value | - | bear",
            "the position in $ terms at a 2T exit                                  | stake_value | exit_valuation=2000 | -",
            "what has amazon poured into anthropic altogether, campus included     | anthropic_commitment | - | -",
            "amazon's anthropic money incl the indiana data center                 | anthropic_commitment | - | -",
            "across openai and anthropic incl the campus, what's the total         | total_ai_commitment | - | -",
            // what the money gets is a share of the company; what it gets back is its value
            "what would the check get amazon at a 1.1T post                        | stake | post_money_valuation=1100 | -",
            "what does the 40bn buy at 900b                                        | stake | investment=40;post_money_valuation=900 | -",
            // metrics described: gerunds of make-or-lose, a mark plus margin dollars, a run-rate take, all of it in ai
            "is amazon winning or losing on the position in the bear case          | gain | - | bear",
            "equity mark plus aws margin dollars less the check                    | combined_payoff | - | -",
            "aws's run-rate take from openai, per annum                             | aws_compute_revenue_per_year | - | -",
            "the sum of everything amazon has invested in ai                       | total_ai_commitment | - | -",
            // changes to the value in force: points added, a percent with a comparative scales it
            "aws profit with the margin 50 bps above base                           | aws_compute_profit | aws_operating_margin=0.355 | base",
            "aws profit if the margin were 20% higher                               | aws_compute_profit | aws_operating_margin=0.42 | -",
            "compute revenue with capture bumped up by 5 percentage points          | aws_compute_revenue | aws_capture_share=0.55 | -",
            "moic with the exit 130b below the base case                            | moic | exit_valuation=700 | base",
            "moic if oai is worth 1.2T down the line                                | moic | exit_valuation=1200 | -",
            // the pre-money said after the money; a negative in words with a clipped unit; the downside one is bear
            "before the fresh cash lands, what's openai really worth               | pre_money_valuation | - | -",
            "stake if the post is minus two hundred bil                             | stake | post_money_valuation=-200 | -",
            "irr in the downside one                                                | irr | - | bear",
            "breakeven capture share under the bear case assumptions                | breakeven_capture_share | - | bear",
            // a pronoun after "versus"; cents of profit are a margin; what aws clears; how much we are down; a zero
            // inside a decimal is no goal
            "anthropic at 9bn - how many x is the openai check versus that          | openai_vs_anthropic_ratio | anthropic_investment=9 | -",
            "if aws keeps 30 cents profit on every dollar, what's the compute profit | aws_compute_profit | aws_operating_margin=0.30 | -",
            "how much does aws clear on the openai compute                          | aws_compute_profit | - | -",
            "bear case, how much are we down on the stake                          | gain | - | bear",
            "capex share if capex is raised to 0.15T                                | capex_share | capex_2026=150 | -",
    })
    void reads_metrics_overrides_and_scenarios(String question, String metrics, String overrides, String scenarios) {
        Reading i = reader.read(SHORTHAND.expand(question), null);
        assertEquals(metrics, i.metrics().stream().map(Metric::id).collect(Collectors.joining(",")),
                "metrics of: " + question + " cues=" + i.cues());
        assertEquals(parse(overrides), normalise(i.changes()), "overrides of: " + question + " cues=" + i.cues());
        assertEquals(scenarios == null ? List.of() : Arrays.asList(scenarios.split(",")), i.scenarios(),
                "scenarios of: " + question);
        assertTrue(i.confidence() >= 0.5, "confidence of: " + question);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "Why is Amazon investing in OpenAI?",
            "What are the risks of the deal?",
            "what's the weather in Paris",
            "Write me a haiku about Jeff Bezos",
            "who is Eli Grant",
            "what should investors watch after the deal",
            "hello",
            "is it awkward for amazon to be on both sides of the openai / anthropic fight",
            "what revenue is openai making these days",
            "is openai's revenue growing",
    })
    void recognises_no_metric_in_questions_that_ask_for_none(String question) {
        Reading i = reader.read(SHORTHAND.expand(question), null);
        assertTrue(i.metrics().isEmpty() || i.confidence() < 0.6, question + " -> " + i.metrics() + " " + i.cues());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "bear case margin %?                                       | aws_operating_margin",
            "how long are we assuming amzn sits on the stake           | holding_years",
            "how many years r u assuming before the stake is marked    | holding_years",
            "which margin does the bull case use for aws               | aws_operating_margin",
            "what round size does the model use                        | round_size",
            "what op margin are you giving aws in bear                 | aws_operating_margin",
            "what slice of openai's compute do you assume aws gets     | aws_capture_share",
            "holding period you use, bear versus bull                  | holding_years",
            "what opm do you assume for aws                            | aws_operating_margin",
            "which margin does the bear case plug in                   | aws_operating_margin",
    })
    void an_input_named_with_a_percent_sign_or_an_everyday_verb_is_looked_up(String q, String input) {
        Reading i = reader.read(SHORTHAND.expand(q), null);
        assertEquals(List.of(InputId.of(input)), i.lookups(), i.cues().toString());
    }

    /** "what's", as people type it, asks what "what is" asks (its "'s" was left over and the name read as more than asked). */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "what's the size of the raise?         | round_size",
            "whats the round size                  | round_size",
            "what's the holding period?            | holding_years",
            "whats the op margin?                  | aws_operating_margin",
            "what's the post-money?                | post_money_valuation",
    })
    void an_input_asked_with_whats_is_looked_up(String q, String input) {
        Reading i = reader.read(SHORTHAND.expand(q), null);
        assertEquals(List.of(InputId.of(input)), i.lookups(), i.cues().toString());
    }

    /** A metric named only by an input's name, related to nothing, asks the input's value (the share of capex is another quantity). */
    @Test
    void capex_alone_asks_for_the_capex_and_capex_against_the_deal_for_its_share() {
        for (String q : List.of("what's amazon's 2026 capex forecast?", "how big is amazon's capex budget?")) {
            Reading i = reader.read(SHORTHAND.expand(q), null);
            assertEquals(List.of(InputId.CAPEX_2026), i.lookups(), q + " " + i.cues());
        }
        Reading j = reader.read(SHORTHAND.expand("what is amazon's capex relative to the deal?"), null);
        assertEquals(List.of(Metric.CAPEX_SHARE), j.metrics(), j.cues().toString());
    }

    @Test
    void a_question_for_a_number_of_years_asks_for_the_period_even_when_it_names_the_stake() {
        Reading i = reader.read(SHORTHAND.expand("how many yrs till you mark the stake?"), null);
        assertEquals(List.of(InputId.HOLDING_YEARS), i.lookups(), i.cues().toString());
        assertTrue(i.metrics().isEmpty());
        // a number of years that is a metric's own unit is not a lookup: "stake" alone asked is still the stake
        Reading stake = reader.read(SHORTHAND.expand("what stake does amzn get?"), null);
        assertEquals(List.of(Metric.STAKE), stake.metrics());
    }

    @Test
    void pct_written_against_its_figure_is_a_percentage() {
        Reading i = reader.read(SHORTHAND.expand("how much would amzn have to write to get 12pct of oai"), null);
        assertEquals(Metric.STAKE, i.target().metric(), i.cues().toString());
        assertEquals(0, new BigDecimal("0.12").compareTo(i.target().value()));
        assertEquals(InputId.INVESTMENT, i.target().solveFor());
    }

    @Test
    void states_the_reading_of_an_ambiguous_valuation() {
        Reading stake = reader.read(SHORTHAND.expand("what stake at $1T?"), null);
        assertEquals(List.of("Reading $1T as OpenAI's post-money valuation."), stake.used());
        Reading moic = reader.read(SHORTHAND.expand("what multiple at $1T?"), null);
        assertEquals(List.of("Reading $1T as OpenAI's exit valuation (when the stake is valued)."), moic.used());
    }

    @Test
    void a_word_figure_inside_a_threshold_belongs_to_the_goal_not_to_an_input() {
        Reading i = reader.read(SHORTHAND.expand("bear case - what exit gets the combined payoff back to zero"), null);
        assertEquals(Metric.COMBINED_PAYOFF, i.target().metric(), i.cues().toString());
        assertTrue(i.changes().isEmpty(), i.changes().toString());
    }

    @Test
    void a_stated_pre_money_is_a_given_when_the_question_asks_for_a_metric() {
        Reading i = reader.read(SHORTHAND.expand("say oai is 900bn pre money, what slice does amzn get"), null);
        assertNull(i.target(), i.cues().toString());
        assertEquals(List.of(Metric.STAKE), i.metrics());
        assertEquals(0, new BigDecimal("1000").compareTo(i.changes().get(InputId.POST_MONEY_VALUATION)), i.changes().toString());
    }

    @Test
    void what_you_are_modelling_asks_for_the_inputs_value() {
        Reading i = reader.read(SHORTHAND.expand("how big is the oai round ur modelling"), null);
        assertEquals(List.of(InputId.ROUND_SIZE), i.lookups(), i.cues().toString());
    }

    @Test
    void pre_money_adds_the_round_and_says_so() {
        Reading i = reader.read(SHORTHAND.expand("stake at a $730B pre-money"), null);
        assertEquals(0, new BigDecimal("830").compareTo(i.changes().getOrDefault(InputId.POST_MONEY_VALUATION, new BigDecimal("830"))));
        Reading j = reader.read(SHORTHAND.expand("stake at a pre-money of $1.2T"), null);
        assertEquals(0, new BigDecimal("1300").compareTo(j.changes().get(InputId.POST_MONEY_VALUATION)));
        assertTrue(j.used().get(0).contains("$1.2T pre-money valuation as $1.3T post-money"), j.used().toString());
    }

    @Test
    void a_known_figure_said_to_be_the_valuation_before_the_money_becomes_the_pre_money() {
        // the thread's post-money is 830; "that 830" is re-labelled, not restated
        ThreadState stake = new ThreadState(Map.of(), List.of(), List.of(Metric.STAKE), null, Route.NUMERIC, 1, Instant.EPOCH);
        Reading i = reader.read(SHORTHAND.expand("hmm, suppose that 830 is really the valuation before the fresh money lands"), stake);
        assertEquals(0, new BigDecimal("930").compareTo(i.changes().get(InputId.POST_MONEY_VALUATION)), i.cues().toString());
        assertTrue(i.metrics().isEmpty(), "the thread's stake is asked: " + i.metrics());
    }

    @Test
    void a_figure_said_to_be_the_pre_money_across_a_clause_of_its_own_is_the_pre_money() {
        Reading i = reader.read(SHORTHAND.expand("say the 830b everyone cites is actually the pre-money, what's amazon's stake"), null);
        assertEquals(0, new BigDecimal("930").compareTo(i.changes().get(InputId.POST_MONEY_VALUATION)), i.cues().toString());
        assertEquals(List.of(Metric.STAKE), i.metrics());
    }

    @Test
    void a_metric_asked_as_well_is_shown_beside_the_threads() {
        ThreadState moic = new ThreadState(Map.of(), List.of(), List.of(Metric.MOIC), null, Route.NUMERIC, 1, Instant.EPOCH);
        assertEquals(List.of(Metric.MOIC, Metric.IRR), reader.read(SHORTHAND.expand("and the irr as well please"), moic).metrics());
        assertEquals(List.of(Metric.IRR), reader.read(SHORTHAND.expand("and the irr instead"), moic).metrics());
    }

    @Test
    void a_guess_at_the_answer_is_no_input() {
        Reading i = reader.read(SHORTHAND.expand("what margin makes the aws profit 30b? i think it's more than 50%, right?"), null);
        assertTrue(i.changes().isEmpty(), i.cues().toString());
        // "more than 50%, right?" is a value claimed and checked (a comparison before the figure counts since session 12)
        assertTrue(i.unused().get(0).contains("figure you're checking"), i.unused().toString());
    }

    @Test
    void the_input_you_assume_named_as_the_setting_of_a_question_is_not_looked_up() {
        Reading i = reader.read(SHORTHAND.expand("what profit comes out of that, at the margin you're assuming?"), null);
        assertEquals(List.of(Metric.AWS_COMPUTE_PROFIT), i.metrics(), i.cues().toString());
        assertTrue(i.lookups().isEmpty());
        assertEquals(List.of(InputId.AWS_OPERATING_MARGIN), reader.read(SHORTHAND.expand("what margin are you assuming?"), null).lookups());
    }

    @Test
    void a_figure_set_against_an_input_is_compared_with_it_not_its_value() {
        Reading i = reader.read(SHORTHAND.expand("45bn versus the capex plan - what share is that"), null);
        assertEquals(List.of(Metric.CAPEX_SHARE), i.metrics());
        assertEquals(Map.of("investment", "45"), normalise(i.changes()), i.cues().toString());
        Reading j = reader.read(SHORTHAND.expand("how big is a 70b check relative to capex"), null);
        assertEquals(Map.of("investment", "70"), normalise(j.changes()), j.cues().toString());
    }

    @Test
    void under_your_assumptions_beside_a_named_metric_asks_for_the_metric_not_an_input() {
        Reading i = reader.read(SHORTHAND.expand("how much of openai's compute becomes aws revenue under your assumptions"), null);
        assertEquals(List.of(Metric.AWS_COMPUTE_REVENUE), i.metrics(), i.cues().toString());
        assertTrue(i.lookups().isEmpty());
        // but a share asked of a spend, whose only metric is a sum, is the share the model assumes (blind writers ask the
        // capture share this way: "what share of oai's compute spend goes to aws … per your assumptions")
        assertEquals(List.of(InputId.AWS_CAPTURE_SHARE),
                reader.read(SHORTHAND.expand("what share of openai's compute becomes aws revenue under your assumptions"), null).lookups());
        // with no metric named, the same words ask what the model uses
        assertEquals(List.of(InputId.ROUND_SIZE),
                reader.read(SHORTHAND.expand("how big is the raise openai is doing, per the model?"), null).lookups());
    }

    @Test
    void follow_up_without_a_metric_reads_its_figure_with_the_threads_metric() {
        ThreadState stake = new ThreadState(Map.of(), List.of(), List.of(Metric.STAKE), null, Route.NUMERIC, 1, Instant.EPOCH);
        Reading i = reader.read(SHORTHAND.expand("what about at $1T?"), stake);
        assertTrue(i.metrics().isEmpty());
        assertEquals(0, new BigDecimal("1000").compareTo(i.changes().get(InputId.POST_MONEY_VALUATION)));

        ThreadState moic = new ThreadState(Map.of(), List.of(), List.of(Metric.MOIC), null, Route.NUMERIC, 1, Instant.EPOCH);
        assertEquals(0, new BigDecimal("2000").compareTo(reader.read(SHORTHAND.expand("and at $2T?"), moic).changes().get(InputId.EXIT_VALUATION)));

        Reading bull = reader.read(SHORTHAND.expand("and in the bull case?"), stake);
        assertEquals(List.of("bull"), bull.scenarios());
    }

    @Test
    void a_figure_that_sets_nothing_is_reported_not_dropped() {
        Reading i = reader.read(SHORTHAND.expand("pre-money valuation if 12%?"), null);
        assertFalse(i.unused().isEmpty(), i.cues().toString());
        assertTrue(i.unused().get(0).contains("12%"), i.unused().toString());
        assertTrue(i.changes().isEmpty());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "what valuation gives Amazon a 10% stake?                  | stake | 0.1 | post_money_valuation",
            "how much would amzn need to put in to own 10%             | stake | 0.1 | investment",
            "what valuation does oai need for amzn to 2x               | moic  | 2   | exit_valuation",
            "what exit do we need for a 3x return                      | moic  | 3   | exit_valuation",
            "what exit valuation gives a 20% irr over 5 years          | irr   | 0.2 | exit_valuation",
            // a metric linked to its figure through a source, a threshold verb or a multiple of the investment
            "what capture share gets aws compute profit from oai to 30bn | aws_compute_profit | 30 | aws_capture_share",
            "how long can we hold before the irr falls below 9% at a 1.2T exit | irr | 0.09 | holding_years",
            "longest hold that still clears 12% annualised             | irr   | 0.12 | holding_years",
            "share of oai compute aws must win for compute revenue to come to 1.5 times the investment | circular_return_ratio | 1.5 | aws_capture_share",
            "what exit brings the combined payoff back to zero         | combined_payoff | 0 | exit_valuation",
            "what post money would leave amzn with exactly 5 pct       | stake | 0.05 | post_money_valuation",
            // read again as a target: the question asks for an input and holds a figure no input took (or took on no cue)
            "at what post money does the 50b buy only 3 pct            | stake | 0.03 | post_money_valuation",
            "what operating margin does aws need for compute profit to land at 25bn | aws_compute_profit | 25 | aws_operating_margin",
            "at what exit do we walk away with 3x on the 50b           | moic  | 3   | exit_valuation",
            "what size raise makes the 50b 30% of the round            | round_share | 0.3 | round_size",
            "what pre-money gets amazon a 4% stake                     | stake | 0.04 | post_money_valuation",
            "size of check for an 8 pct stake                          | stake | 0.08 | investment",
            "how many years of holding until irr drops to 10%          | irr   | 0.1 | holding_years",
            "what share of oai compute must aws win so the combined payoff is 0 | combined_payoff | 0 | aws_capture_share",
            // an interrogative after the verb asks for the later name; a stake in dollars is its value; a plural metric word
            "3x on the check needs what exit                           | moic  | 3   | exit_valuation",
            "at what exit is amazon's stake a 120bn position           | stake_value | 120 | exit_valuation",
            "how much must amzn invest for total ai commitments (incl anthropic) to reach 90b | total_ai_commitment | 90 | investment",
            "capex level at which the check is only 25% of 2026 spend  | capex_share | 0.25 | capex_2026",
            "what does oai need to be worth for amazon to compound at 15% over 5 yrs | irr | 0.15 | exit_valuation",
            // a thresholds in words, a payoff that covers the investment, a superlative a few words from its name
            "lowest exit where the combined payoff stays positive      | combined_payoff | 0 | exit_valuation",
            "capture share at which the stake plus aws profit covers the 50b | combined_payoff | 0 | aws_capture_share",
            "if oai ends at 1.5T how long can we hold and still make 8% annualized | irr | 0.08 | holding_years",
            "whats the longest we could sit on it and still get 9% a year  | irr | 0.09 | holding_years",
            "capture share where the stake plus the aws compute profit nets to zero | combined_payoff | 0 | aws_capture_share",
            "margin at which stake value and aws profit equal the 50b  | combined_payoff | 0 | aws_operating_margin",
            "over how many years must amazon hold for a 2T exit to mean 15% a year | irr | 0.15 | holding_years",
            "lowest exit where amazon does not lose money once the aws profit is counted | combined_payoff | 0 | exit_valuation",
            "capture share so stake + aws profit washes out against the 50b | combined_payoff | 0 | aws_capture_share",
            "what valuation must oai have when amazon sells for the investment to give back 4 times | moic | 4 | exit_valuation",
            "at a 2T sale, until how many years does the irr stay over 12% | irr | 0.12 | holding_years",
            "capture share to just break even overall, meaning stake value plus aws profit minus the 50b is nil | combined_payoff | 0 | aws_capture_share",
            "exit where amazon would break even once you add in the cloud profits | combined_payoff | 0 | exit_valuation",
            "openai valuation where amazon's position is worth 150b    | stake_value | 150 | exit_valuation",
            "margin at which it breaks even overall, counting the stake and the aws profit | combined_payoff | 0 | aws_operating_margin",
            // a hurdle is an annual return; a percent per year or annually is one too; flat is zero
            "exit needed to clear a 12% hurdle rate over 6 years       | irr | 0.12 | exit_valuation",
            "valuation at exit for amazon to earn 9 per cent a year    | irr | 0.09 | exit_valuation",
            "how long can amazon hold at a 2T exit and still compound 10 percent annually | irr | 0.10 | holding_years",
            "which capture share brings the combined payoff back to flat | combined_payoff | 0 | aws_capture_share",
            "what margin gets stake value plus aws profit back to the 50b we invested | combined_payoff | 0 | aws_operating_margin",
            "which exit does the stake value need to land at 90b            | stake_value | 90 | exit_valuation",
    })
    void targets_name_the_metric_the_value_and_the_input_to_solve_for(String q, String metric, String value, String input) {
        Reading i = reader.read(SHORTHAND.expand(q), null);
        assertEquals(metric, i.target().metric().id(), q + " " + i.cues());
        assertEquals(0, new BigDecimal(value).compareTo(i.target().value()), q + " " + i.cues());
        assertEquals(input, i.target().solveFor().id(), q + " " + i.cues());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            // the figure replaced is nobody's target; an interrogative that opens the metric asks for the metric
            "if amazon had put 12bn into anthropic instead of 8, how many times bigger would the openai cheque be",
            "stake if amazon puts in 60b instead of 50",
            "what does the check come to as a share of capex",
    })
    void a_question_that_asks_for_a_metric_is_not_read_as_a_target(String q) {
        Reading i = reader.read(SHORTHAND.expand(q), null);
        assertNull(i.target(), q + " " + i.cues());
    }

    @Test
    void a_figure_several_metrics_could_be_the_goal_of_is_offered_as_targets_and_sets_nothing() {
        Reading i = reader.read(SHORTHAND.expand("what exit gets amzn to 40b"), null);
        assertNull(i.target(), i.cues().toString());
        assertTrue(i.metrics().isEmpty(), i.metrics().toString());
        assertTrue(i.changes().isEmpty(), "40b is not read as the investment meanwhile: " + i.changes());
        assertEquals(List.of(Metric.STAKE_VALUE, Metric.GAIN, Metric.COMBINED_PAYOFF),
                i.targetChoices().stream().map(t -> t.metric()).toList(), i.cues().toString());
        assertTrue(i.targetChoices().stream().allMatch(t -> t.solveFor().id().equals("exit_valuation")
                && t.value().compareTo(new BigDecimal("40")) == 0), i.targetChoices().toString());
    }

    @Test
    void a_figure_replaced_across_a_possessive_is_the_old_value_of_the_same_input() {
        // "instead of half" names the capture share being replaced, not a margin of 50%
        Reading i = reader.read(SHORTHAND.expand("with three fifths of oai's compute landing on aws instead of half, what's aws profit"), null);
        assertEquals(0, new BigDecimal("0.6").compareTo(i.changes().get(InputId.AWS_CAPTURE_SHARE)), i.cues().toString());
        assertFalse(i.changes().containsKey(InputId.AWS_OPERATING_MARGIN), i.cues().toString());
        // the compute window asked by what the spend is divided across; revenue said as an x of the check
        Reading j = reader.read(SHORTHAND.expand("the $115bn of openai compute, how many years does your model divide that across?"), null);
        assertEquals(List.of(InputId.COMPUTE_YEARS), j.lookups(), j.cues().toString());
        Reading k = reader.read(SHORTHAND.expand("whole-window aws rev off oai as an x of our check, bear"), null);
        assertEquals(List.of(Metric.CIRCULAR_RETURN_RATIO), k.metrics(), k.cues().toString());
    }

    @Test
    void a_round_named_inside_the_post_moneys_own_words_is_not_the_input_solved_for() {
        // "where would the round have to price" names the post-money; "the round" inside it is a word of that name
        Reading i = reader.read(SHORTHAND.expand("at what level would the round have to price post money for our 50 to come with an 8% stake"), null);
        assertEquals("post_money_valuation", i.target().solveFor().id(), i.cues().toString());
        assertEquals(0, new BigDecimal("0.08").compareTo(i.target().value()), i.cues().toString());
        // the round's size asked in its own words is still the round's
        Reading j = reader.read(SHORTHAND.expand("how big would the round have to be for our 50 to be 8% at a 600 pre"), null);
        assertEquals("round_size", j.target().solveFor().id(), j.cues().toString());
    }

    @Test
    void the_checks_own_size_after_on_the_names_the_holding_not_a_goal() {
        // "down on the 50": the loss on the $50B check, asked; not a loss of $50B to solve for
        Reading i = reader.read(SHORTHAND.expand("bear case, how much are we underwater on the 50"), null);
        assertNull(i.target(), i.cues().toString());
        assertEquals(List.of(Metric.GAIN), i.metrics(), i.cues().toString());
        Reading j = reader.read(SHORTHAND.expand("in the bull case how many bn are we ahead on our 50?"), null);
        assertNull(j.target(), j.cues().toString());
        assertEquals(List.of(Metric.GAIN), j.metrics(), j.cues().toString());
        // a loss that is not the check's size is still a goal
        Reading k = reader.read(SHORTHAND.expand("what exit leaves us down 15 on the 50"), null);
        assertEquals("gain", k.target().metric().id(), k.cues().toString());
        assertEquals(0, new BigDecimal("-15").compareTo(k.target().value()), k.cues().toString());
    }

    @Test
    void what_the_check_buys_is_the_stake_and_a_plans_year_said_in_two_digits_is_the_year() {
        Reading i = reader.read(SHORTHAND.expand("round at a 900 pre - what would our 50 really buy us?"), null);
        assertEquals(List.of(Metric.STAKE), i.metrics(), i.cues().toString());
        // "capex for 26" is the 2026 plan, not a capex of $26B
        Reading j = reader.read(SHORTHAND.expand("say the capex plan for 26 is 160b - what % of it is the oai check"), null);
        assertEquals(0, new BigDecimal("160").compareTo(j.changes().get(InputId.CAPEX_2026)), j.cues().toString());
        assertEquals(List.of(Metric.CAPEX_SHARE), j.metrics(), j.cues().toString());
    }

    @Test
    void a_holding_left_flat_is_a_gain_of_nothing() {
        // "leaves our stake flat": the stake neither up nor down, not a stake of some percent to reach
        Reading i = reader.read(SHORTHAND.expand("bear case - which exit would leave our position flat?"), null);
        assertEquals("gain", i.target().metric().id(), i.cues().toString());
        assertEquals(0, BigDecimal.ZERO.compareTo(i.target().value()), i.cues().toString());
        assertEquals("exit_valuation", i.target().solveFor().id(), i.cues().toString());
    }

    @Test
    void the_pre_money_asked_for_is_shown_beside_the_solved_post_money() {
        Reading i = reader.read(SHORTHAND.expand("what pre money would cut amzn to a 4% stake"), null);
        assertEquals("post_money_valuation", i.target().solveFor().id(), i.cues().toString());
        assertTrue(i.metrics().contains(Metric.PRE_MONEY_VALUATION), i.metrics().toString());
    }

    @Test
    void restating_sourced_figures_changes_nothing() {
        Reading i = reader.read(SHORTHAND.expand(
                "With capex at $125B and a $50B investment in a $100B round valued at $830B, what's the stake?"), null);
        assertEquals(List.of(Metric.STAKE), i.metrics());
        assertTrue(i.changes().isEmpty(), i.changes().toString());
        assertTrue(i.used().isEmpty(), i.used().toString());
        assertTrue(i.unused().isEmpty(), i.unused().toString());
    }

    @Test
    void dollars_written_in_full_are_billions() {
        Reading i = reader.read("stake if Amazon invests $40,000,000,000", null);
        assertEquals(0, new BigDecimal("40").compareTo(i.changes().get(InputId.INVESTMENT)));
    }

    @Test
    void amounts_parse_every_notation() {
        assertAmount("$1.5 trillion", Amount.Kind.MONEY, "1500");
        assertAmount("$1.5T", Amount.Kind.MONEY, "1500");
        assertAmount("a trillion three", Amount.Kind.MONEY, "1300");
        assertAmount("one billion five", Amount.Kind.MONEY, "1.5");
        assertAmount("1,500B", Amount.Kind.MONEY, "1500");
        assertAmount("830bn", Amount.Kind.MONEY, "830");
        assertAmount("$830 billion", Amount.Kind.MONEY, "830");
        assertAmount("$500M", Amount.Kind.MONEY, "0.5");
        assertAmount("half", Amount.Kind.RATIO, "0.5");
        assertAmount("60%", Amount.Kind.RATIO, "0.6");
        assertAmount("60 percent", Amount.Kind.RATIO, "0.6");
        assertAmount("0.6", Amount.Kind.RATIO, "0.6");
        assertAmount("7 years", Amount.Kind.YEARS, "7");
        assertAmount("a 7-year hold", Amount.Kind.YEARS, "7");
        assertAmount("seven years", Amount.Kind.YEARS, "7");
        assertAmount("a trillion", Amount.Kind.MONEY, "1000");
        assertAmount("half a trillion", Amount.Kind.MONEY, "500");
        assertAmount("doubles", Amount.Kind.VALUATION_FACTOR, "2");
        assertAmount("2025", Amount.Kind.CALENDAR_YEAR, "2025");
    }

    @Test
    void confidence_is_low_for_weak_hints_and_high_for_named_metrics() {
        assertEquals(0.9, reader.read(SHORTHAND.expand("what's the IRR"), null).confidence());
        assertEquals(0.5, reader.read(SHORTHAND.expand("why would amazon buy in"), null).confidence());
        assertEquals(0.0, reader.read(SHORTHAND.expand("what is circular financing"), null).confidence() > 0.6 ? 1.0 : 0.0,
                "circular financing is narrative unless a number is asked");
    }

    private void assertAmount(String text, Amount.Kind kind, String value) {
        List<Amount> found = Amounts.find(Amounts.normalise(text));
        assertEquals(1, found.size(), text + " -> " + found);
        assertEquals(kind, found.get(0).kind(), text);
        assertEquals(0, new BigDecimal(value).compareTo(found.get(0).value()), text + " -> " + found.get(0).value());
    }

    private static Map<String, String> parse(String overrides) {
        Map<String, String> out = new TreeMap<>();
        if (overrides != null) {
            for (String kv : overrides.split(";")) {
                String[] p = kv.split("=");
                out.put(p[0].trim(), new BigDecimal(p[1].trim()).stripTrailingZeros().toPlainString());
            }
        }
        return out;
    }

    private static Map<String, String> normalise(Map<InputId, BigDecimal> overrides) {
        Map<String, String> out = new TreeMap<>();
        overrides.forEach((k, v) -> out.put(k.id(), v.stripTrailingZeros().toPlainString()));
        return out;
    }
}
