package org.thesisbot.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How figures written the European way are spelled before they are read. */
class AmountsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "post money is 1 200 billion           | post money is 1200 billion",
            "put 35 000 million only                | put 35000 million only",
            "exit 1\u202F500 bn                     | exit 1500 bn",
            "exit at 1,25 trillion                  | exit at 1.25 trillion",
            "1,5T post                              | 1.5t post",
            "margin 35,5%                           | margin 35.5%",
            "a 1,200bn exit                         | a 1,200bn exit",
            "years 2025 2029 and 5 100 questions    | years 2025 2029 and 5 100 questions",
            "stakes of 1,2 and 3                    | stakes of 1,2 and 3",
    })
    void thousands_set_apart_by_spaces_and_decimal_commas_are_read_as_numbers(String typed, String read) {
        assertEquals(read, Amounts.normalise(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "exit at 1.1e12                 | exit at 1100 billion",
            "post=1.2e3B -> stake           | post=1200b -> stake",
            "spend=1.5e2 bn total           | spend=150 bn total",
            "exit=-2.5e2B                   | exit=-250b",
            "1.2e3 is the post              | 1200 is the post",
            "the e3 plan and 3e             | the e3 plan and 3e",
    })
    void scientific_notation_counts_dollars_or_the_unit_glued_to_it(String typed, String read) {
        assertEquals(read, Amounts.normalise(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sold for 900b, sorry, 950b                      | sold for 950b",
            "exit needed for 2x.. no, 2.5x on the check?     | exit needed for 2.5x on the check?",
            "gain of 40bn - sorry, 30bn - what exit          | gain of 30bn - what exit",
            "900 pre - no wait, 950 pre. stake %?            | 950 pre. stake %?",
            "entry 1t post (sorry, 1.05t), exit 1.6t         | entry 1.05t post, exit 1.6t",
            "aws takes 55c on the dollar - no, 60c - rev?    | aws takes 60% on the dollar - rev?",
            "capex 150b - *160b - for 2026                   | capex 160b - for 2026",
            "what post gives 5% - sorry, 4.5%                | what post gives 4.5%",
            "exit *$1.2t* please                             | exit $1.2t please",
            "aws keeps *42 cents of every dollar* as profit  | aws keeps 42% of every dollar as profit",
            "stake at 5%, no?                                | stake at 5%, no?",
            "margin 30% and 40%                              | margin 30% and 40%",
            "exit for a 25% irr over 6 yrs                   | exit for a 25% irr over 6 yrs",
            "80bn on compute over 2025-2029 per year         | 80bn on compute over 2025-2029 per year",
            // several words of taking back, fillers before the new figure, a full stop or a question mark kept
            "moic at 1.1t.. actually make that 1.4t          | moic at 1.4t",
            "exit for 3x... no wait, just 2.5x please        | exit for 2.5x please",
            "irr over 4 yrs. no wait, make it 5 yrs          | irr over 5 yrs.",
            "capex at 140b, sorry i mean 145b, margin base   | capex at 145b, margin base",
            "capture share 45%, no scratch that 48%          | capture share 48%",
            // the nearest figure of the same kind, never one said as the value replaced, never a calendar year
            "post for a 6% stake at 1t exit? sorry, 5%       | post for a 5% stake at 1t exit?",
            "check of 60b rather than 50 - no, 70b           | check of 70b rather than 50",
            "capex for 2026 - no sorry, 150b                 | capex for 2026 - no sorry, 150b",
            "stake worth at 1t - scratch that, say it goes to zero | stake worth at $0",
            "margin 35c on the dollar. correction: 38c       | margin 38% on the dollar.",
            // a figure dropped, a scenario taken back, words said again
            "irr w/ a 30% margin.. actually ignore the 30%, base otherwise | irr w/ a margin base otherwise",
            "stake value in bear, sorry, bull - thanks       | stake value in bull - thanks",
            "what share of the round is the check.. wait no, share of capex | what share of capex",
            // not corrections: an apology, a plain "no" inside a sentence, a different kind of figure
            "sorry if this is basic but irr at 1.2t?         | sorry if this is basic but irr at 1.2t?",
            "is there no 40% case at 2t                      | is there no 40% case at 2t",
            "irr at 1.2t, sorry, over 6 yrs                  | irr at 1.2t, sorry, over 6 yrs",
    })
    void a_figure_taken_back_gives_way_to_the_one_said_after_it(String typed, String read) {
        assertEquals(read, Amounts.normalise(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "stake if the round prices at1.1t post        | stake if the round prices at 1.1t post",
            "exit to compound at12% a yr                  | exit to compound at 12% a yr",
            "when is the stake worth90bn                  | when is the stake worth 90bn",
            "capture of c. 55% of it                      | capture of about 55% of it",
            "exit approx. 1.3t                            | exit about 1.3t",
            "fy26 capex and h100 and gpt4 count           | fy26 capex and h100 and gpt4 count",
    })
    void a_word_typed_against_a_figure_or_an_abbreviated_about_is_read_apart(String typed, String read) {
        assertEquals(read, Amounts.normalise(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "for the 3/14 board review (14 ppl) - stake at a 1.25t post? slide 9      | 1.25t",
            "irr at a 1.5t exit over 6 yrs, call at 2:15                              | 1.5t;6 yrs",
            "moic at 2t, need it by 10am, page 4 of 12                                | 2t",
            "exit at 3 trillion before the sync at 2, 45 mins from now                 | 3 trillion",
            "hold 7 years at a 1.2t exit, tab 3, asked before (#12)                  | 7 years;1.2t",
            "stake if 2 of us think the post is 900b, 1 more q after this            | 900b",
            "for my 1:1 - irr at a 2t exit? 12:30 lunch                              | 2t",
    })
    void numbers_about_the_message_itself_are_not_figures(String typed, String figures) {
        assertEquals(List.of(figures.split(";")), figuresIn(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "exit at 3 trillion, hold 4                  | 3 trillion;4",
            "capture 60% at 12 months                    | 60%;12 months",
            "margin 30 over 5 yrs                        | 30;5 yrs",
            "aws revenue to the check at 2:1             | 2;1",
    })
    void numbers_without_a_meeting_a_page_or_a_headcount_stay_figures(String typed, String figures) {
        assertEquals(List.of(figures.split(";")), figuresIn(typed));
    }

    /** The figures found in a question, as written. */
    private static List<String> figuresIn(String typed) {
        return Amounts.find(Amounts.normalise(typed)).stream().map(Amount::text).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MON-44: which kpi goes on the tracker?                  | which kpi goes on the tracker?",
            "slide 9, readout at 3:30: why back both labs?           | slide , readout at : why back both labs?",
            "for the 4-person team (sprint 12): what is the catalyst | for the team (sprint ): what is the catalyst",
            "exit at 1.5t over 6 yrs                                 | exit at 1.5t over 6 yrs",
    })
    void a_search_of_the_sources_leaves_out_the_numbers_about_the_message(String typed, String searched) {
        assertEquals(searched, Amounts.withoutMessageNumbers(typed));
    }
}
