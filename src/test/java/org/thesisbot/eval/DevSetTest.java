package org.thesisbot.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.thesisbot.TestBrains;

/**
 * The development set: questions written by helpers who never read src/ (README, article and
 * scenario.yaml only), scored on the real offline brain. Prints the per-class table and every miss, and holds
 * regression floors.
 */
@Execution(ExecutionMode.CONCURRENT) // each set has its own EvalRun (its own thread names) on the shared brain
class DevSetTest {
    @Test
    void dev_set_scores() throws IOException {
        score("dev-", "Dev set", 300, 0.97, 0.01, 0.95, 0.762, 0.762);
    }

    /** A second blind set, written later by other helpers, first scored after the reader was built on the dev set. */
    @Test
    void validation_set_scores() throws IOException {
        score("val-", "Validation set", 200, 0.97, 0.01, 0.95, 0.78, 0.855);
    }

    /** A third blind set, by helpers with other personas, first scored after the validation set was used. */
    @Test
    void second_validation_set_scores() throws IOException {
        score("val2-", "Second validation set", 200, 0.96, 0.015, 0.95, 0.708, 0.687);
    }

    /**
     * The lockbox: 100 questions written blind at the start of the redesign and kept unread (by people and by
     * the code's authors) until the reader was finished; scored once, on 2026-11-30, and reported as it came
     * out (docs/evaluation.md, How well it reads). Kept here so that later changes show what they do to it.
     */
    @Test
    void lockbox_scores() throws IOException {
        score("lockbox-", "Lockbox", 100, 0.95, 0.01, 0.94, 0.63, 0.76);
    }

    /**
     * A fresh blind set, written at the end of the 2026-11-30 session by a helper who saw only the README, the
     * article and scenario.yaml, after every change of that session; scored once and reported as it came out.
     */
    @Test
    void fresh_set_scores() throws IOException {
        score("fresh-", "Fresh set", 60, 0.89, 0.07, 0.96, 0.75, 0.812);
    }

    /**
     * The second lockbox: 100 questions written blind at the start of the fourth session by a helper who saw only the
     * README, the article and scenario.yaml, and scored once at the end of it (docs/evaluation.md, How well it reads); floors under that score.
     */
    @Test
    void second_lockbox_scores() throws IOException {
        score("lockbox3-", "Second lockbox", 100, 0.86, 0.07, 0.96, 0.55, 0.515);
    }

    /**
     * The third lockbox: 100 questions written blind in the fourth session, after the second lockbox was scored, by
     * a helper who saw only the README, the article and scenario.yaml; scored once at the end; floors under that score.
     */
    @Test
    void third_lockbox_scores() throws IOException {
        // scored once at 86.1% exact / 11.1% wrong / route 97%; the floors are under today's score, after the fifth
        // session's reverse-question work, which its misses motivated (so it is no longer blind)
        score("lockbox4-", "Third lockbox", 100, 0.97, 0.015, 0.99, 0.8, 0.72);
    }

    /**
     * A development set for the fifth session, written blind at its start (README, article, scenario.yaml only) and
     * weighted to the hard cases: reverse questions (30), thread turns (30), help (8). First scored before any change
     * made for it (82.7% exact, 14.4% confidently wrong, route 95.8%, thread turns 26/30); used to develop that
     * session's changes, so it is no longer blind.
     */
    @Test
    void third_validation_set_scores() throws IOException {
        score("val3-", "Third validation set", 120, 0.97, 0.015, 0.96, 0.74, 0.745);
    }

    /**
     * A fourth validation set, written blind in the fifth session after that session's first reverse-question and
     * thread work, scored before any change made for it (77.3% exact, 13.6% confidently wrong, route 92.0%, thread
     * turns 17/20, narrative 58.3%); its causes were then fixed, so it is no longer blind.
     */
    @Test
    void fourth_validation_set_scores() throws IOException {
        score("val4-", "Fourth validation set", 100, 0.94, 0.05, 0.96, 0.66, 0.66);
    }

    /**
     * The fourth lockbox: 100 questions written blind at the start of the fifth session by a helper who saw only the
     * README, the article and scenario.yaml, kept unread until that session's understanding work was done, then
     * scored once: route 92.0%, numeric exact 83.3%, confidently wrong 9.7%, thread turns 16/16, narrative 50.0%.
     * Its general causes were then fixed (no longer blind); floors under today's score.
     */
    @Test
    void fourth_lockbox_scores() throws IOException {
        score("lockbox5-", "Fourth lockbox", 100, 0.94, 0.02, 0.96, 0.58, 0.54);
    }

    /**
     * A fifth validation set, written blind at the start of the sixth session (README, article, scenario.yaml only),
     * first scored before any change made for it (89.5% exact, 5.8% confidently wrong, route 99.1%, thread turns 20/20,
     * narrative 50.0%); its general causes were then fixed, so it is no longer blind.
     */
    @Test
    void fifth_validation_set_scores() throws IOException {
        score("val6-", "Fifth validation set", 110, 0.97, 0.01, 0.98, 0.50, 0.62);
    }

    /**
     * A sixth validation set, written blind in the sixth session (README, article, scenario.yaml only), weighted to the
     * numbers: figures written oddly, metrics described rather than named, reverse questions, yes/no questions that
     * need a number. First scored before any change made for it (74.5% exact, 17.0% confidently wrong, route 92.0%,
     * thread turns 4/16, narrative 40.0%); its general causes were then fixed, so it is no longer blind.
     */
    @Test
    void sixth_validation_set_scores() throws IOException {
        score("val7-", "Sixth validation set", 100, 0.93, 0.025, 0.97, 0.40, 0.66);
    }

    /**
     * A seventh validation set, written blind in the sixth session after the val7 fixes (README, article, scenario.yaml
     * only): analysts' shorthand, a non-native speaker's grammar, British spellings. First scored before any change made
     * for it (86.3% exact, 8.8% confidently wrong, route 95.0%, thread turns 18/18, narrative 70.8%); its general
     * causes were then fixed, so it is no longer blind.
     */
    @Test
    void seventh_validation_set_scores() throws IOException {
        score("val8-", "Seventh validation set", 100, 0.97, 0.01, 0.98, 0.75, 0.708);
    }

    /**
     * An eighth validation set, written blind in the sixth session after the val8 fixes (README, article, scenario.yaml
     * only): a portfolio manager on a phone, a research associate's jargon, a consultant's hedged asides, a journalist's
     * plain English, self-corrections. First scored before any change made for it (86.9% exact, 6.0% confidently
     * wrong, route 94.0%, thread turns 17/18, narrative 60.0%); its general causes were then fixed, so it is no longer
     * blind.
     */
    @Test
    void eighth_validation_set_scores() throws IOException {
        score("val9-", "Eighth validation set", 100, 0.96, 0.015, 0.96, 0.60, 0.595);
    }

    /**
     * The fifth lockbox: 100 questions written blind at the start of the sixth session by two helpers who saw only the
     * README, the article and scenario.yaml, kept unread until that session's understanding work was done, then scored
     * once: route 97.0%, numeric exact 97.3%, confidently wrong 1.4% (one question), thread turns 16/16, help 3/4,
     * narrative 75.0%. Its four misses' general causes were then fixed ("plug in" asks for an input, "% of the whole
     * raise", "y" for why, "qs" for questions), so it is no longer blind; floors at the blind score.
     */
    @Test
    void fifth_lockbox_scores() throws IOException {
        score("lockbox6-", "Fifth lockbox", 100, 0.97, 0.015, 0.97, 0.75, 0.745);
    }

    /**
     * A set written blind at the very end of the sixth session (README, article, scenario.yaml only), after every change
     * of that session, and scored once: route 94.0%, numeric exact 96.1%, confidently wrong 1.3% (one question), thread
     * turns 15/16, help 3/4, narrative 50.0%. Two of its causes were then fixed ("valuation where …" asks for the
     * valuation; "what kinds of qs can i throw at you" is help), so it is no longer blind; floors at the blind score.
     */
    @Test
    void end_of_session_six_set_scores() throws IOException {
        score("end6-", "End-of-session-6 set", 100, 0.96, 0.013, 0.94, 0.583, 0.541);
    }

    /**
     * A ninth validation set, written blind at the start of the seventh session (README, article, scenario.yaml only):
     * a portfolio manager on a phone (dictated numbers, emoji) and a journalist with a junior associate (mostly
     * narrative: paraphrase, yes/no, things the article does not cover). First scored before any change made for it (82.5%
     * exact, 12.3% confidently wrong, route 91.0%, thread turns 10/23, narrative 46.2%); its general causes were then
     * fixed, so it is no longer blind.
     */
    @Test
    void ninth_validation_set_scores() throws IOException {
        score("val10-", "Ninth validation set", 100, 0.97, 0.01, 0.97, 0.557, 0.519);
    }

    /**
     * A tenth validation set, written blind mid-session 7 after the val10 fixes (README, article, scenario.yaml only): a
     * risk analyst's sensitivities and odd notations, and an assistant writing politely at length in non-native English.
     * First scored before any change made for it (72.1% exact, 18.6% confidently wrong, route 87.0%, thread turns 8/18,
     * narrative 68.8%); its general causes were then fixed, so it is no longer blind.
     */
    @Test
    void tenth_validation_set_scores() throws IOException {
        score("val11-", "Tenth validation set", 100, 0.97, 0.015, 0.97, 0.70, 0.60);
    }

    /**
     * The sixth lockbox: 100 questions written blind at the start of the seventh session by two helpers who saw only the
     * README, the article and scenario.yaml, kept unread until that session's understanding work was done, then scored
     * once (11:58 UTC): route 94.0%, numeric exact 90.7%, clarified 0.0%, confidently wrong 7.0% (6 of 86), missed 2.3%,
     * thread turns 15/18, help 1/2, narrative 62.5% (strict 62.5%). Its causes were then fixed, so it is no longer blind.
     */
    @Test
    void sixth_lockbox_scores() throws IOException {
        score("lockbox7-", "Sixth lockbox", 100, 0.98, 0.01, 0.98, 0.625, 0.625);
    }

    /**
     * A set written blind near the end of the seventh session (README, article, scenario.yaml only; a hedge-fund PM with
     * their analyst, and a strategy consultant preparing a board deck), scored once after every change of that session
     * (12:03 UTC): route 94.0%, numeric exact 82.6%, clarified 4.7%, confidently wrong 7.0% (6 of 86), missed 5.8%, thread
     * turns 16/18, narrative 56.3% (strict 50.0%). Its causes were then fixed, so it is no longer blind; floors at the
     * blind score.
     */
    @Test
    void end_of_session_seven_set_scores() throws IOException {
        score("end7-", "End-of-session-7 set", 100, 0.82, 0.07, 0.94, 0.687, 0.625);
    }

    /**
     * An eleventh validation set, written blind at the start of the eighth session (README, article, scenario.yaml only;
     * a finance intern with textbook words used loosely, and a Slack power user writing with Slack's formatting).
     * First scored before any change made for it: 89.9% exact, 6.1% confidently wrong, route 90.8%, thread turns 21/24,
     * narrative 76.0% (strict 68.0%); its causes were then fixed, so it is no longer blind; floors under the session's last score.
     */
    @Test
    void eleventh_validation_set_scores() throws IOException {
        score("val12-", "Eleventh validation set", 120, 0.96, 0.02, 0.98, 0.86, 0.78);
    }

    /**
     * A twelfth validation set, written blind in the eighth session after that session's first reading changes (README,
     * its reading-rules page, article, scenario.yaml only; an AWS product manager thinking in cloud terms, and a retail
     * investor in a community channel).
     * First score: 88.7% exact, 9.3% confidently wrong, route 95.0%, thread turns 20/24, narrative 70.4% (strict 59.3%); its
     * causes were then fixed, so it is no longer blind; floors under the session's last score.
     */
    @Test
    void twelfth_validation_set_scores() throws IOException {
        score("val13-", "Twelfth validation set", 120, 0.96, 0.02, 0.99, 0.75, 0.703);
    }

    /**
     * A thirteenth validation set, written blind in the eighth session after the val13 changes (README, its reading-rules
     * page, article, scenario.yaml only; a bank credit analyst, and a journalist fact-checking a draft).
     * First score: 75.0% exact, 16.0% confidently wrong, route 92.5%, thread turns 16/24, narrative 66.7% (strict 62.5%); its
     * causes were then fixed (figures given to be checked, above all), so it is no longer blind; floors under the last score.
     */
    @Test
    void thirteenth_validation_set_scores() throws IOException {
        score("val14-", "Thirteenth validation set", 120, 0.90, 0.07, 0.96, 0.625, 0.625);
    }

    /**
     * The seventh lockbox: 120 questions written blind at the start of the eighth session (README, article, scenario.yaml
     * only; a buy-side analyst typing fragments, and a sceptical investment-committee member), kept unread until that
     * session's understanding work was done, then scored once.
     * Scored once (14:41 UTC): route 93.3%, numeric exact 79.0%, clarified 1.0%, confidently wrong 14.0%, missed 6.0%, thread
     * turns 22/24, narrative 50.0% (strict 50.0%). Its general causes were then fixed, so it is no longer blind; floors under
     * the session's last score.
     */
    @Test
    void seventh_lockbox_scores() throws IOException {
        score("lockbox8-", "Seventh lockbox", 120, 0.95, 0.04, 0.97, 0.583, 0.583);
    }

    /**
     * A set written blind near the end of the eighth session, after every reading change of that session (README, its
     * reading-rules page, article, scenario.yaml only; a family-office CIO, and an equity-research associate writing a
     * wiki page); scored once.
     * Scored once (15:22 UTC): route 95.8%, numeric exact 85.0%, clarified 1.0%, confidently wrong 10.0%, missed 4.0%, thread
     * turns 17/24, narrative 75.0% (strict 66.7%). Its thread causes (taking one change back) were then fixed, so it is no
     * longer blind; floors under the session's last score.
     */
    @Test
    void end_of_session_eight_set_scores() throws IOException {
        score("end8-", "End-of-session-8 set", 120, 0.90, 0.05, 0.94, 0.73, 0.666);
    }

    /**
     * A fourteenth validation set, written blind at the start of the ninth session (README, its reading-rules page,
     * article, scenario.yaml only; a board member's chief of staff writing numbered asks, and a quant writing formula-like
     * messages). First score: 68.0% exact, 2.0% clarified, 25.0% confidently wrong, route 89.2%, thread turns 14/24,
     * narrative 62.5% (strict 58.3%); its causes were then fixed (numbered asks, notation, ratios said as divisions, input
     * values asked by naming the input), so it is no longer blind; floors under the session's last score.
     */
    @Test
    void fourteenth_validation_set_scores() throws IOException {
        score("val15-", "Fourteenth validation set", 120, 0.92, 0.06, 0.97, 0.78, 0.74);
    }

    /**
     * A fifteenth validation set, written blind in the ninth session after the val15 changes (README, its reading-rules
     * page, article, scenario.yaml only; a private-equity associate in deal-memo shorthand, and a bot-tester asking in
     * unusual orders, with typos and very short follow-ups). First score: 86.0% exact, 1.0% clarified, 8.0% confidently wrong,
     * route 95.8%, thread turns 18/24, narrative 62.5% (strict 62.5%); its causes were then fixed, so it is no longer blind;
     * floors under the session's last score.
     */
    @Test
    void fifteenth_validation_set_scores() throws IOException {
        score("val16-", "Fifteenth validation set", 120, 0.98, 0.01, 0.99, 0.708, 0.708);
    }

    /**
     * The eighth lockbox: 120 questions written blind at the start of the ninth session (README, its reading-rules page,
     * article, scenario.yaml only; a macro strategist in a morning call, and a software engineer new to finance), kept
     * unread until that session's understanding work was done, then scored once.
     * Scored once (17:15 UTC): route 95.0%, numeric exact 83.0%, clarified 2.0%, confidently wrong 10.0%, missed 5.0%, thread
     * turns 21/24, narrative 70.8% (strict 66.7%). Its general causes were then fixed (guesses at the answer after the
     * question, asides naming others, matches by meaning), so it is no longer blind; floors under the session's last score.
     */
    @Test
    void eighth_lockbox_scores() throws IOException {
        score("lockbox9-", "Eighth lockbox", 120, 0.91, 0.05, 0.98, 0.70, 0.66);
    }

    /**
     * A set written blind in the ninth session (README, its reading-rules page, article, scenario.yaml only; an AWS sales
     * leader with their finance partner, and a board meeting's note-taker writing questions as said aloud), kept unread
     * until that session's reading changes were done, then scored once.
     * Scored once (17:30 UTC): route 90.0%, numeric exact 81.0%, clarified 1.0%, confidently wrong 11.0%, missed 7.0%, thread
     * turns 15/24, narrative 50.0% (strict 45.8%). Some of its causes were then fixed ("I mean" as filler, "wallet share",
     * the whole window after a yearly figure), so it is no longer blind; floors under the session's last score. Route floor
     * 0.98 since session 23: "flip it - what take % would we need for that profit to cover the full 50b by itself" now reads
     * "the full 50b" as the investment it restates (it was read as the compute spend: a confident wrong answer) and goes to
     * the sources, a miss instead of a wrong number.
     */
    @Test
    void end_of_session_nine_set_scores() throws IOException {
        score("end9-", "End-of-session-9 set", 120, 0.91, 0.07, 0.98, 0.54, 0.50);
    }

    /**
     * A sixteenth validation set, written blind at the start of the tenth session (README, its reading-rules page,
     * article, scenario.yaml only; a colleague whose first language is not English, and a risk manager stress-testing the
     * thesis). First score: 81.0% exact, 4.0% clarified, 15.0% confidently wrong, route 96.7%, thread turns 22/24, narrative
     * 70.8% (strict 66.7%); its causes were then fixed (thousands set apart by spaces, decimal commas, goals without verb
     * agreement, zero right after a metric), so it is no longer blind; floors under the session's last score.
     */
    @Test
    void sixteenth_validation_set_scores() throws IOException {
        score("val17-", "Sixteenth validation set", 120, 0.94, 0.04, 0.96, 0.70, 0.66);
    }

    /**
     * A seventeenth validation set, written blind in the tenth session (README, its reading-rules page, article,
     * scenario.yaml only; an executive assistant relaying the boss's questions, and a product manager writing with Slack
     * formatting and chat abbreviations), scored first after the val17 changes. First score: 90.0% exact, 1.0% clarified, 6.0%
     * confidently wrong, route 95.0%, thread turns 18/24, narrative 75.0% (strict 70.8%); its causes were then fixed, so it
     * is no longer blind; floors under the session's last score. Strict 0.66: narr9's absent-focus rule (held out from it,
     * scored once) hedges "any other names in the piece" (17 -> 16 of 24; docs/evaluation.md).
     */
    @Test
    void seventeenth_validation_set_scores() throws IOException {
        score("val18-", "Seventeenth validation set", 120, 0.97, 0.03, 0.99, 0.75, 0.62);
    }

    /**
     * The ninth lockbox: 120 questions written blind at the start of the tenth session (README, its reading-rules page,
     * article, scenario.yaml only; a financial journalist fact-checking a draft, and an FP&A analyst who lives in
     * spreadsheets), kept unread until the val17 and val18 changes were done, then scored once.
     * Scored once (19:29 UTC): route 97.5%, numeric exact 89.0%, clarified 2.0%, confidently wrong 7.0%, missed 2.0%, thread
     * turns 21/24, narrative 66.7% (strict 62.5%). Its general causes were then fixed (a holding-period cue found inside
     * "stake", "turns out to be" relabelling a figure, "as a multiple" as a form, "+10bn" as a goal), so it is no longer
     * blind; floors under the session's last score.
     */
    @Test
    void ninth_lockbox_scores() throws IOException {
        score("lockbox10-", "Ninth lockbox", 120, 0.97, 0.01, 0.99, 0.66, 0.62);
    }

    /**
     * An eighteenth validation set, written blind in the tenth session (README, its reading-rules page, article,
     * scenario.yaml only; an investor-relations manager briefing a CFO, and a data scientist thinking in variables and
     * relative changes), scored first after the val17, val18 and ninth-lockbox changes. First score: 82.0% exact, 1.0%
     * clarified, 11.0% confidently wrong, route 92.5%, thread turns 15/24, narrative 58.3% (strict 54.2%); its causes were
     * then fixed (relative changes in words, corporate names, polite requests), so it is no longer blind; floors under the
     * session's last score.
     */
    @Test
    void eighteenth_validation_set_scores() throws IOException {
        score("val19-", "Eighteenth validation set", 120, 0.97, 0.02, 0.99, 0.54, 0.50);
    }

    /**
     * A nineteenth validation set, written blind in the tenth session (README, its reading-rules page, article,
     * scenario.yaml only; a board director who is not a finance person, and a busy analyst who corrects themselves in
     * threads), scored first after the val19 changes. First score: 78.0% exact, 4.0% clarified, 15.0% confidently wrong,
     * route 94.2%, thread turns 19/24, narrative 62.5% (strict 58.3%); its causes were then fixed (figures and words taken
     * back and said again, "computing", an analogy before the question), so it is no longer blind; floors under the
     * session's last score.
     */
    @Test
    void nineteenth_validation_set_scores() throws IOException {
        score("val20-", "Nineteenth validation set", 120, 0.93, 0.03, 0.99, 0.66, 0.62);
    }

    /**
     * A set written blind in the tenth session (README, its reading-rules page, article, scenario.yaml only; a sell-side
     * analyst drafting a note, and a junior analyst typing fast on a phone), kept unread until that session's reading
     * changes were done, then scored once. Scored once (20:27 UTC): route 99.2%, numeric exact 95.0%, clarified 0.0%,
     * confidently wrong 5.0%, thread turns 22/24, narrative 79.2% (strict 79.2%). Three of its causes were then fixed ("push
     * margin up 500bps", "what's amzn's 50 worth", "logic"), so it is no longer blind; floors under the session's last score.
     */
    @Test
    void end_of_session_ten_set_scores() throws IOException {
        score("end10-", "End-of-session-10 set", 120, 0.99, 0.01, 0.99, 0.83, 0.79);
    }

    /**
     * A twentieth validation set, written blind at the start of the eleventh session (README, its reading-rules page,
     * article, scenario.yaml only; a credit analyst's downside language, a consultant building a slide). First score
     * (after the session's first change): 86.0% exact, 4.0% clarified, 5.0% confidently wrong, route 94.2%, thread turns
     * 23/24, narrative 79.2% (strict 75.0%); its causes were then fixed, so it is no longer blind; floors under the
     * session's score after them.
     */
    @Test
    void twentieth_validation_set_scores() throws IOException {
        score("val21-", "Twentieth validation set", 120, 0.97, 0.01, 0.99, 0.83, 0.79);
    }

    /**
     * A twenty-first validation set, written blind in the eleventh session (README, its reading-rules page, article,
     * scenario.yaml only; a finance student's loose textbook words, an auditor tying out figures), scored first after the
     * val21 changes. First score: 88.8% exact, 1.0% clarified, 9.2% confidently wrong, route 92.5%, thread turns 21/24,
     * narrative 57.7% (strict 50.0%); its causes were then fixed, so it is no longer blind; floors under the session's
     * score after them.
     */
    @Test
    void twenty_first_validation_set_scores() throws IOException {
        score("val22-", "Twenty-first validation set", 120, 0.97, 0.01, 0.99, 0.61, 0.53);
    }

    /**
     * A tenth lockbox, written blind at the start of the eleventh session by two helpers (README, its reading-rules page,
     * article, scenario.yaml only; a hedge-fund portfolio manager's trading shorthand, a short-seller probing the bear
     * side), kept unread until the val21 and val22 changes were done. Scored once (22:49 UTC): route 93.3%, numeric exact
     * 85.0%, clarified 5.0%, confidently wrong 5.0%, thread turns 23/24, narrative 54.2% (strict 54.2%). Its causes were
     * then fixed, so it is no longer blind; floors under the session's last score.
     */
    @Test
    void tenth_lockbox_scores() throws IOException {
        score("lockbox11-", "Tenth lockbox", 120, 0.96, 0.01, 0.99, 0.54, 0.54);
    }

    /**
     * A set written blind at the start of the eleventh session (README, its reading-rules page, article, scenario.yaml only;
     * a venture-capital associate's startup jargon, an impatient trader's lowercase Slack), kept unread until that
     * session's reading and narrative changes were done, then scored once. Scored once (23:34 UTC): route 98.3%, numeric
     * exact 93.0%, clarified 1.0%, confidently wrong 5.0%, thread turns 24/24, narrative 87.5% (strict 79.2%). Five of its
     * causes were then fixed (tvpi, "underwriting", "to get 10%", a guess after "prob still over", a market close), so it
     * is no longer blind; floors under the session's last score.
     */
    @Test
    void end_of_session_eleven_set_scores() throws IOException {
        score("end11-", "End-of-session-11 set", 120, 0.96, 0.02, 0.99, 0.87, 0.75);
    }

    /**
     * A twenty-second validation set, written blind at the start of the twelfth session (README, its reading-rules page,
     * article, scenario.yaml only; a journalist fact-checking figures from the article, an analyst whose first language is
     * not English). First score (before any change of that session): 85.6% exact, 1.0% clarified, 11.3% confidently wrong,
     * route 95.8%, thread turns 19/24, narrative 88.9% (strict 88.9%); its causes were then fixed, so it is no longer blind;
     * floors under the session's score after them. Session 14 lowered the exact floor to 0.96: since "mrd." is read as
     * billions, "capex … becomes 140 mrd. openai check is what share of it?" offers two readings ($140B as the capex, the
     * right one, or as the check) where the bare 140 was taken as the capex.
     */
    @Test
    void twenty_second_validation_set_scores() throws IOException {
        score("val23-", "Twenty-second validation set", 120, 0.96, 0.02, 0.99, 0.85, 0.85);
    }

    /**
     * A twenty-third validation set, written blind in the twelfth session (README, its reading-rules page, article,
     * scenario.yaml only; a product manager's plain words, a quant's compact notation), scored first after the val23
     * changes. First score: 78.0% exact, 3.0% clarified, 12.0% confidently wrong, route 92.5%, thread turns 23/24, narrative
     * 70.8% (strict 66.7%); its causes were then fixed, so it is no longer blind; floors under the session's score after them.
     */
    @Test
    void twenty_third_validation_set_scores() throws IOException {
        score("val24-", "Twenty-third validation set", 120, 0.91, 0.06, 0.95, 0.70, 0.66);
    }

    /**
     * An eleventh lockbox, written blind at the start of the twelfth session by two helpers (README, its reading-rules page,
     * article, scenario.yaml only; a rival cloud provider's corporate-development manager in British English, a junior
     * analyst typing on a phone), kept unread until the val23 and val24 changes and narr11 were merged. Scored once (01:54
     * UTC): route 96.7%, numeric exact 89.0%, clarified 2.0%, confidently wrong 4.0%, thread turns 24/24, narrative 83.3%
     * (strict 79.2%). Its causes were then fixed, so it is no longer blind; floors under the session's last score.
     */
    @Test
    void eleventh_lockbox_scores() throws IOException {
        score("lockbox12-", "Eleventh lockbox", 120, 0.95, 0.01, 0.99, 0.83, 0.79);
    }

    /**
     * A set written blind at the start of the twelfth session (README, its reading-rules page, article, scenario.yaml only;
     * a portfolio risk officer's stress-test language, an equity-research associate's sell-side shorthand), kept unread until
     * every reading and narrative change of that session was done, then scored once (02:00 UTC): route 98.3%, numeric exact
     * 86.0%, clarified 2.0%, confidently wrong 9.0%, thread turns 18/24, narrative 79.2% (strict 75.0%). Its causes were then
     * fixed in part (losses underwater, a pre-money given at a price, guesses, run-rate, cents of income), so it is no longer
     * blind; floors under the session's last score.
     */
    @Test
    void end_of_session_twelve_set_scores() throws IOException {
        score("end12-", "End-of-session-12 set", 120, 0.94, 0.03, 0.99, 0.75, 0.7);
    }

    /**
     * A twenty-fourth validation set, written blind at the start of the thirteenth session (README, its reading-rules page,
     * article, scenario.yaml only; a sceptical board member, an analyst writing Indian business English). First score
     * (before any change of that session): 88.9% exact, 1.0% clarified, 8.1% confidently wrong, route 94.2%, thread turns
     * 21/24, narrative 84.0% (strict 76.0%); its causes were then fixed, so it is no longer blind; floors under the session's
     * score after them.
     */
    @Test
    void twenty_fourth_validation_set_scores() throws IOException {
        score("val25-", "Twenty-fourth validation set", 120, 0.98, 0.02, 0.97, 0.87, 0.79);
    }

    /**
     * A twenty-fifth validation set, written blind in the thirteenth session (README, its reading-rules page, article,
     * scenario.yaml only; an AWS solutions architect's cloud vocabulary, a hedge-fund PM's verbless shorthand), scored first
     * after the val25 changes. First score: 82.0% exact, 1.0% clarified, 11.0% confidently wrong, route 93.3%, thread turns
     * 21/24, narrative 70.8% (strict 70.8%); its causes were then fixed, so it is no longer blind; floors under the session's
     * score after them.
     */
    @Test
    void twenty_fifth_validation_set_scores() throws IOException {
        score("val26-", "Twenty-fifth validation set", 120, 0.98, 0.01, 0.99, 0.70, 0.70);
    }

    /**
     * A twelfth lockbox, written blind at the start of the thirteenth session by two helpers (README, its reading-rules page,
     * article, scenario.yaml only; a pension fund's investment-committee chair writing long formal questions, a summer intern
     * dictating into a phone), kept unread until the val25 and val26 changes were merged. Scored once (04:01 UTC): route
     * 91.7%, numeric exact 80.0%, clarified 0.0%, confidently wrong 15.0%, thread turns 14/24, narrative 83.3% (strict
     * 75.0%). Its causes were then fixed (number words said with "point", clipped units, dictation's homophones, formal
     * asides, a condition before the question), so it is no longer blind; floors under the session's last score.
     */
    @Test
    void twelfth_lockbox_scores() throws IOException {
        score("lockbox13-", "Twelfth lockbox", 120, 0.99, 0.01, 0.99, 0.87, 0.83);
    }

    /**
     * A set written blind at the start of the thirteenth session (README, its reading-rules page, article, scenario.yaml
     * only; a CFO-office finance staffer thinking in basis points and millions, a Slack power user's terse quoting
     * follow-ups), kept unread until the val25 and val26 changes were merged, then scored once (04:01 UTC, right after the
     * twelfth lockbox, before any change from it): route 96.7%, numeric exact 94.0%, clarified 1.0%, confidently wrong 2.0%,
     * thread turns 23/24, narrative 87.5% (strict 87.5%). Its causes were then fixed in part, so it is no longer blind;
     * floors under the session's last score.
     */
    @Test
    void end_of_session_thirteen_set_scores() throws IOException {
        score("end13-", "End-of-session-13 set", 120, 0.98, 0.02, 0.99, 0.87, 0.87);
    }

    /**
     * A set written blind in the thirteenth session, after the twelfth lockbox and the end-of-session-13 set had been scored
     * (README, its reading-rules page, article, scenario.yaml only; a credit analyst's downside wording, a strategy VP
     * forwarding questions from others), kept unread until every other reading change of that session was done, then
     * scored once (04:44 UTC): route 95.8%, numeric exact 88.8%, clarified 0.0%, confidently wrong 6.1% (6 of 98), thread
     * turns 20/24, narrative 84.6% (strict 84.6%). Some of its causes were then fixed (a forwarded question in quotes, "made
     * whole", "ex the new money", "the upside deck", "recover half the 50b"), so it is no longer blind; floors under the
     * session's last score.
     */
    @Test
    void final_set_of_session_thirteen_scores() throws IOException {
        score("final13-", "Final set of session 13", 120, 0.94, 0.04, 0.98, 0.84, 0.8);
    }

    /**
     * A twenty-sixth validation set, written blind at the start of the fourteenth session (README, its reading-rules page,
     * article, scenario.yaml only; a journalist fact-checking claims, a cloud capacity planner's compute vocabulary),
     * scored first after one small change (contractions inside phrases). First score: 89.0% exact, 1.0% clarified, 8.0%
     * confidently wrong, route 97.5%, thread turns 23/24, narrative 87.5% (strict 87.5%); its causes were then fixed
     * (figures reported from others, money made beyond the check, the compute wallet), so it is no longer blind; floors
     * under the session's score after them.
     */
    @Test
    void twenty_sixth_validation_set_scores() throws IOException {
        score("val27-", "Twenty-sixth validation set", 120, 0.98, 0.01, 0.99, 0.91, 0.91);
    }

    /**
     * A thirteenth lockbox, written blind at the start of the fourteenth session (README, its reading-rules page, article,
     * scenario.yaml only; a private-equity partner's fund vocabulary, a German analyst's literal English and decimal
     * commas), kept unread until the val27 changes were merged. Scored once (06:37 UTC): route 88.3%, numeric exact 80.0%,
     * clarified 2.0%, confidently wrong 11.0%, thread turns 20/24, narrative 62.5% (strict 58.3%). Its causes were then
     * fixed (German units and words, a fund's "turns" and "our paper", "post-close", "to 12bn from 8"), so it is no
     * longer blind; floors under the session's last score.
     */
    @Test
    void thirteenth_lockbox_scores() throws IOException {
        score("lockbox14-", "Thirteenth lockbox", 120, 0.96, 0.02, 0.98, 0.66, 0.62);
    }

    /**
     * A set written blind at the start of the fourteenth session (README, its reading-rules page, article, scenario.yaml
     * only; a tax and accounting manager's carrying values and write-downs, a phone typist's typos and shorthand), kept
     * unread until the val27 changes were merged, then scored once (06:37 UTC, right after the thirteenth lockbox, before
     * any change from it): route 91.7%, numeric exact 86.0%, clarified 1.0%, confidently wrong 9.0%, thread turns 17/24,
     * narrative 70.8% (strict 70.8%). Its causes were then fixed (a phone's clipped words, "carried at", write-downs, bare
     * follow-ups), so it is no longer blind; floors under the session's last score.
     */
    @Test
    void end_of_session_fourteen_set_scores() throws IOException {
        score("end14-", "End-of-session-14 set", 120, 0.98, 0.01, 0.99, 0.83, 0.83);
    }

    /**
     * A set written blind in the fourteenth session, after the thirteenth lockbox and the end-of-session-14 set had been
     * scored (README, its reading-rules page, article, scenario.yaml only; a head of investor relations preparing talking
     * points, a quant typing in formula notation), kept unread until every other reading change of that session was done,
     * then scored once (07:06 UTC): route 92.5%, numeric exact 85.9%, clarified 2.0%, confidently wrong 9.1% (9 of 99),
     * thread turns 15/24, narrative 72.0% (strict 72.0%). Some of its causes were then fixed (prefaces for the calls, the
     * quant's arrows and "stake $", "vs bear?"), so it is no longer blind; floors under the session's last score.
     */
    @Test
    void final_set_of_session_fourteen_scores() throws IOException {
        score("final14-", "Final set of session 14", 120, 0.93, 0.04, 0.97, 0.75, 0.75);
    }

    /**
     * A twenty-seventh validation set, written blind at the start of the fifteenth session (README, its reading-rules page,
     * article, scenario.yaml only; an AWS product manager's plain words, a sceptical hedge-fund PM's one-liners), scored first
     * before any change of that session: 93.0% exact, 0.0% clarified, 6.0% confidently wrong, route 97.5%, thread turns
     * 20/24, narrative 62.5% (strict 54.2%). Its causes were then fixed ("how fat does … have to be", "what x", "on the aws
     * side", a re-read target the check's size), so it is no longer blind; floors under the session's score after them.
     */
    @Test
    void twenty_seventh_validation_set_scores() throws IOException {
        score("val28-", "Twenty-seventh validation set", 120, 0.97, 0.02, 0.99, 0.58, 0.54);
    }

    /**
     * A fourteenth lockbox, written blind at the start of the fifteenth session (README, its reading-rules page, article,
     * scenario.yaml only; a sell-side research associate's note fragments, a voice-dictation user's spelled-out numbers),
     * kept unread until the val28 changes were done. Scored once (10:42 UTC): route 95.0%, numeric exact 89.0%, clarified
     * 1.0%, confidently wrong 7.0%, thread turns 24/24, narrative 75.0% (strict 75.0%). Its causes were then fixed (dictated
     * words, "val.", "before the 100bn goes in", "bring in … a year"), so it is no longer blind; floors under the session's
     * last score.
     */
    @Test
    void fourteenth_lockbox_scores() throws IOException {
        score("lockbox15-", "Fourteenth lockbox", 120, 0.98, 0.01, 0.99, 0.79, 0.79);
    }

    /**
     * A set written blind at the start of the fifteenth session (README, its reading-rules page, article, scenario.yaml
     * only; a credit and risk officer's downside questions, a junior analyst's Slack-formatted messages), scored once right
     * after the fourteenth lockbox (10:42 UTC, before any change from either): route 99.2%, numeric exact 88.0%, clarified
     * 2.0%, confidently wrong 9.0%, thread turns 22/24, narrative 75.0% (strict 70.8%). Its causes were then fixed (losses
     * asked as questions, "break even" asked as an exit, italics and links, hedged guesses), so it is no longer blind;
     * floors under the session's last score.
     */
    @Test
    void end_of_session_fifteen_set_scores() throws IOException {
        score("end15-", "End-of-session-15 set", 120, 0.97, 0.02, 0.99, 0.74, 0.70);
    }

    /**
     * A set written blind at the start of the fifteenth session (README, its reading-rules page, article, scenario.yaml only;
     * a spreadsheet power user's cells and pasted numbers, a business-school professor's careful prose), kept unread until
     * the lockbox and end-set changes were done, then scored once (11:07 UTC): route 95.0%, numeric exact 93.0%, clarified
     * 0.0%, confidently wrong 3.0%, thread turns 23/24, narrative 95.8% (strict 91.7%). Its causes were then fixed (raw
     * dollars and declared units, "hold = 7", cells and formulas, "calc"), so it is no longer blind; floors under the
     * session's last score.
     */
    @Test
    void final_set_of_session_fifteen_scores() throws IOException {
        score("final15-", "Final set of session 15", 120, 0.99, 0.01, 0.99, 0.95, 0.91);
    }

    /**
     * A last set of session 15, written blind after the final set's changes (README, its reading-rules page, article,
     * scenario.yaml only; a French-speaking analyst's "Md$", decimal commas and literal translations, a compliance officer's
     * formal conditionals and "USD 1.2 trillion"), kept unread until then and scored once (11:20 UTC): route 91.7%, numeric
     * exact 79.0%, clarified 3.0%, confidently wrong 15.0%, thread turns 13/24, narrative 70.8% (strict 66.7%). Its causes
     * were then fixed (French words and units, currency codes, "nil", a plain verb before a multiple), so it is no longer
     * blind; floors under the session's last score.
     */
    @Test
    void last_set_of_session_fifteen_scores() throws IOException {
        score("last15-", "Last set of session 15", 120, 0.95, 0.02, 0.95, 0.70, 0.66);
    }

    /**
     * A twenty-eighth validation set (session 16), written blind (README, its reading-rules page, article, scenario.yaml
     * only; an Indian-English analyst's office politeness, "pc" for per cent and "incl.", an intern's long apologetic
     * messages with the question buried in them). First score, before any change made for it: route 90.0%, numeric exact
     * 86.0%, clarified 0.0%, confidently wrong 13.0%, thread turns 24/24, narrative 66.7% (strict 62.5%). Its causes were
     * then fixed ("pc", chatter clauses that ask nothing of the sources, the asker's own attempt as the figure to check,
     * losses said against the money put in, a sales verb as revenue, "double check", what is said not to be asked).
     */
    @Test
    void val29_scores() throws IOException {
        score("val29-", "Twenty-eighth validation set", 120, 0.99, 0.01, 0.99, 0.66, 0.62);
    }

    /**
     * The fifteenth lockbox (session 16), written blind at the session's start (README, its reading-rules page, article,
     * scenario.yaml only; a phone typist's lower case, autocorrect slips and "w"/"n", a board member's plain business
     * words), kept unread until the val29 changes were made, scored once (13:40 UTC): route 91.7%, numeric exact 81.0%,
     * clarified 4.0%, confidently wrong 7.0%, missed 8.0%, thread turns 23/24, narrative 70.8% (strict 66.7%). Its causes
     * were then fixed, so it is no longer blind; floors under the session's last score.
     */
    @Test
    void fifteenth_lockbox_scores() throws IOException {
        score("lockbox16-", "Fifteenth lockbox", 120, 0.97, 0.01, 0.99, 0.79, 0.79);
    }

    /**
     * An end-of-session-16 set, written blind at the session's start (a journalist checking lines before printing them, a
     * quant's pseudo-code: metric ids, arrows, "s.t.", "÷", "Δ"), kept unread, scored once with the lockbox (13:40 UTC):
     * route 95.8%, numeric exact 87.0%, clarified 3.0%, confidently wrong 10.0%, thread turns 22/24, narrative 66.7%
     * (strict 66.7%). Its causes were then fixed, so it is no longer blind; floors under the session's last score.
     */
    @Test
    void end_of_session_sixteen_set_scores() throws IOException {
        score("end16-", "End-of-session-16 set", 120, 0.99, 0.01, 0.99, 0.75, 0.75);
    }

    /**
     * A final set of session 16, written blind at mid-session (README, its reading-rules page, article, scenario.yaml only;
     * a Spanish-speaking analyst's "billones", "MM", decimal commas and literal translations, a retail investor's forum
     * slang and emojis), kept unread, scored once after every other change (14:14 UTC): route 86.7%, numeric exact 61.0%,
     * clarified 2.0%, confidently wrong 22.0%, missed 15.0%, thread turns 15/24, narrative 70.8% (strict 66.7%). Its causes
     * were then fixed (Spanish numbers and words, shouted common words, forum idioms), so it is no longer blind; floors
     * under the session's last score.
     */
    @Test
    void final_set_of_session_sixteen_scores() throws IOException {
        score("final16-", "Final set of session 16", 120, 0.99, 0.01, 0.99, 0.79, 0.75);
    }

    /**
     * A last set of session 16, written blind after the final set's changes (a British salesperson's "30p of every quid",
     * "half a tn", "where'd"; a product designer's plain words and analogies, "the rosy / gloomy version"), kept unread,
     * scored once after every other change (14:37 UTC): route 92.5%, numeric exact 82.0%, clarified 4.0%, confidently
     * wrong 10.0%, missed 4.0%, thread turns 23/24, narrative 62.5% (strict 62.5%). Its causes were then fixed (British
     * money words, plain-word lookups of the model's inputs, the scenarios' "rosy / gloomy version"), so it is no longer
     * blind; floors under the session's last score.
     */
    @Test
    void last_set_of_session_sixteen_scores() throws IOException {
        score("last16-", "Last set of session 16", 120, 0.95, 0.01, 0.96, 0.62, 0.62);
    }

    /**
     * val30: written blind at the start of session 17 by two helpers (a CFO's accounting words; a chatty analyst whose
     * messages carry slide numbers, meeting times, dates and headcounts). First score, before any change: 83.0% exact,
     * 3.0% clarified, 12.0% confidently wrong, route 96.7%, thread turns 21/24, narrative 58.3% (strict 58.3%). Its causes
     * were then fixed (numbers about the message, a figure left out offered as a choice, relative clauses, EBIT), so it is
     * no longer blind; floors under the session's last score.
     */
    @Test
    void val30_scores() throws IOException {
        score("val30-", "val30", 120, 0.99, 0.01, 0.99, 0.66, 0.66);
    }

    /**
     * The end-of-session-17 set: written blind at the start of session 17 (a Singaporean analyst's Singlish; a terse
     * executive's one-line commands). First score, before any change: 92.0% exact, 0.0% clarified, 7.0% confidently wrong,
     * route 94.2%, thread turns 23/24, narrative 62.5% (strict 58.3%); its misses were kept unread, and scored once more
     * after the session's other changes (17:17 UTC): the same figures. Two causes were then fixed; floors under the
     * session's last score.
     */
    @Test
    void end_of_session_seventeen_set_scores() throws IOException {
        score("end17-", "End-of-session-17 set", 120, 0.94, 0.06, 0.94, 0.62, 0.58);
    }

    /**
     * The final set of session 17: written blind mid-session (a project manager's tickets, due dates, team sizes and
     * versions; a German analyst's "Mrd.", "Prozent" and decimal commas), scored once after the val30 changes: 82.0% exact,
     * 2.0% clarified, 4.0% confidently wrong, route 86.7%, thread turns 20/24, narrative 66.7% (strict 58.3%); the code at
     * the session's start: 80.0% / 5.0%. Its causes were then fixed; floors under the session's last score.
     */
    @Test
    void final_set_of_session_seventeen_scores() throws IOException {
        score("final17-", "Final set of session 17", 120, 0.99, 0.01, 0.99, 0.91, 0.83);
    }

    /**
     * The last set of session 17: written blind after the final set's changes (an Australian analyst's slang; an investor
     * relations manager's long, formal, bracketed sentences), scored once after every change before it (17:00 UTC): 88.0%
     * exact, 2.0% clarified, 9.0% confidently wrong, route 97.5%, thread turns 18/24, narrative 54.2% (strict 54.2%); the
     * code at the session's start: 88.0% / 10.0%. Its causes were then fixed; floors under the session's last score.
     */
    @Test
    void last_set_of_session_seventeen_scores() throws IOException {
        score("last17-", "Last set of session 17", 120, 0.94, 0.05, 0.98, 0.54, 0.54);
    }

    /**
     * The sixteenth lockbox: written blind at the start of session 17 (a venture partner's jargon; an accountant's
     * brackets for negatives, "950k mn" and several figures per message), kept unread until the session's other changes were
     * done, and scored once (17:17 UTC): 83.0% exact, 3.0% clarified, 11.0% confidently wrong, route 97.5%, thread turns
     * 19/24, narrative 70.8% (strict 66.7%). The code at the session's start scores it the same. A few causes were then
     * fixed; floors under the session's last score.
     */
    @Test
    void sixteenth_lockbox_scores() throws IOException {
        score("lockbox17-", "Sixteenth lockbox", 120, 0.85, 0.09, 0.99, 0.70, 0.66);
    }

    /**
     * val31: written blind at the start of session 18 by two helpers (a management consultant's framework talk and loosely
     * rounded figures, "c. 150bn"; a careless fast typist's dropped letters and figures typed against the word before them,
     * "at1.25t"). First score, before any change: 93.0% exact, 2.0% clarified, 4.0% confidently wrong, route 96.7%, thread
     * turns 23/24, narrative 75.0% (strict 70.8%). Its causes were then fixed (a word typed against a figure, "c." for about,
     * "%/yr", what the bot can run asked in any order), so it is no longer blind; floors under the session's last score.
     */
    @Test
    void val31_scores() throws IOException {
        score("val31-", "val31", 120, 0.97, 0.01, 0.98, 0.74, 0.70);
    }

    /**
     * The end-of-session-18 set: written blind at the start of session 18 (an engineer's scientific notation and SI units,
     * "5e10", "1.2 T$"; an analyst who corrects themselves mid-message and mid-thread, "900bn pre... no wait, 950 pre"). First
     * score, before any change: 75.0% exact, 4.0% clarified, 18.0% confidently wrong, route 95.0%, thread turns 18/24,
     * narrative 58.3% (strict 54.2%). Unlike earlier end sets its misses were read at once, since one class (corrections)
     * held most of them; a correction taken back in the same message is now read for any figure, scenario or words. Not blind;
     * floors under the session's last score.
     */
    @Test
    void end_of_session_eighteen_set_scores() throws IOException {
        score("end18-", "End-of-session-18 set", 120, 0.92, 0.05, 0.94, 0.62, 0.58);
    }

    /**
     * The final set of session 18: written blind mid-session (a Brazilian analyst's "bi", "tri", "1.200 bi", decimal commas
     * and "participação"; an economist's rates, run-rates and "p.a."), scored once after the val31 and end18 changes: 79.0%
     * exact, 7.0% clarified, 9.0% confidently wrong, route 97.5%, thread turns 20/24, narrative 75.0% (strict 70.8%); the
     * code at the session's start scores it the same. Its causes were then fixed (Portuguese units and words, worth asked in
     * a statement's word order, the input right after "what" solved for, a target moved to the metric its input changes);
     * floors under the session's last score.
     */
    @Test
    void final_set_of_session_eighteen_scores() throws IOException {
        score("final18-", "Final set of session 18", 120, 0.95, 0.04, 0.98, 0.66, 0.66);
    }

    /**
     * The last set of session 18: written blind after the final set's changes (a Gen-Z intern's slang; a Lagos analyst's
     * Nigerian English and pidgin, "how far", "wetin be", "go need"), scored once after every change before it (20:21 UTC):
     * 96.0% exact, 0.0% clarified, 3.0% confidently wrong, route 98.3%, thread turns 23/24, narrative 87.5% (strict 87.5%).
     * Its causes were then fixed (a value that "ends up", growth per year as the return, "when we mark it" as the exit, "go
     * need to put in", a greeting that reads like a question, a metric asked "of that" in a thread); floors under the
     * session's last score.
     */
    @Test
    void last_set_of_session_eighteen_scores() throws IOException {
        score("last18-", "Last set of session 18", 120, 0.99, 0.01, 0.99, 0.86, 0.83);
    }

    /**
     * The seventeenth lockbox: written blind at the start of session 18 (a former sports trader's betting words, "payout",
     * "cashes out at", "let it ride"; a strategy team member's comparisons, "X vs Y", spreads), kept unread until the
     * session's other changes were done, and scored once (21:35 UTC): 82.0% exact, 3.0% clarified, 13.0% confidently wrong,
     * route 91.7%, thread turns 17/24, narrative 70.8% (strict 62.5%); the session-start code scores it the same. One cause
     * was then fixed (two metrics compared with "vs" are both answered): 84.0% / 11.0%; in session 19 its betting words
     * ("payout", "net winnings", "cashes out at"): 92.0% / 4.0%, thread turns 22/24; floors under that.
     */
    @Test
    void seventeenth_lockbox_scores() throws IOException {
        score("lockbox18-", "Seventeenth lockbox", 120, 0.92, 0.04, 0.91, 0.70, 0.62);
    }

    /**
     * The thirty-first validation set (val32): written blind at the start of session 19 (a podcast host's loose figures, "a cool
     * 100 billion"; an Italian analyst's "1.200 mld", "anni", "plusvalenza"). First score, before any change: 78.0% exact,
     * 4.0% clarified, 15.0% wrong, route 97.5%, thread turns 20/24, narrative 70.8% (strict 66.7%). After its causes were
     * fixed: 98.0% / 1.0%, 24/24; floors under that.
     */
    @Test
    void val32_scores() throws IOException {
        score("val32-", "val32", 120, 0.98, 0.01, 0.98, 0.70, 0.66);
    }

    /**
     * The end-of-session-19 set: written blind at the start of session 19 (a risk manager's stress tests; a corporate
     * lawyer's defined terms in capitals, "the Combined Payoff"). First score, before any change: 90.0% exact, 3.0%
     * clarified, 4.0% wrong, route 95.8%, thread turns 23/24, narrative 70.8%; read at once. After its causes were fixed:
     * 97.0% / 1.0%, route 99.2%, 24/24; floors under that.
     */
    @Test
    void end_of_session_nineteen_set_scores() throws IOException {
        score("end19-", "End-of-session nineteen set", 120, 0.97, 0.01, 0.99, 0.70, 0.70);
    }

    /**
     * The final set of session 19: written blind mid-session (a Dutch founder's "mld", "klopt?"; a trading-forum investor's
     * capitals and emoji) and scored once after the val32 and end19 changes: 90.0% exact, 3.0% clarified, 3.0% wrong, route
     * 95.0%, thread turns 21/24, narrative 79.2%. The session-start code scores it 78.0% / 9.0%, route 90.8%, 18/24; of the
     * fourteen questions gained, ten use "mld" (or follow it in a thread), which the lexicon's Italian entry (added for
     * val32) also reads. With the
     * evaluation's clarification fix and its causes fixed: 95.0% / 1.0%, 24/24; floors under that.
     */
    @Test
    void final_set_of_session_nineteen_scores() throws IOException {
        score("final19-", "Final set of session nineteen", 120, 0.95, 0.01, 0.97, 0.79, 0.79);
    }

    /**
     * The eighteenth lockbox: written blind at the start of session 19 (a private-equity associate's "MOM", "wire", "turns
     * of the check", "hold to 7"; a Canadian treasury analyst's "(i)/(ii)" assumptions, "n.b." asides and "US$1,050bn"), kept
     * unread until the session's other changes were done, and scored once (23:41 UTC): 92.0% exact, 1.0% clarified, 4.0%
     * confidently wrong, route 97.5%, thread turns 23/24, narrative 66.7% (strict 62.5%); the session-start code scores it
     * the same, with the same misses. Two of its causes were then fixed (a bare number after the hold is years; "turns" and
     * "wire"): 94.0% / 3.0%, route 99.2%, 24/24; floors under that.
     */
    @Test
    void eighteenth_lockbox_scores() throws IOException {
        score("lockbox19-", "Eighteenth lockbox", 120, 0.94, 0.03, 0.99, 0.66, 0.62);
    }

    /**
     * The last set of session 19: written blind after the lockbox was scored (a logistics operations manager; a Japanese
     * analyst's formal English, "9,500 oku dollars", "1.2 cho", full-width "？" and "："), scored once (23:53 UTC) on the
     * code after the lockbox's two fixes: 83.0% exact, 1.0% clarified, 15.0% wrong, route 96.7%, thread turns 16/24,
     * narrative 75.0% (strict 66.7%); the session-start code scores it the same. After its causes were fixed (full-width
     * punctuation read as ASCII; oku and cho; "based on"): 95.0% / 5.0%, route 97.5%, 23/24; floors under that.
     */
    @Test
    void last_set_of_session_nineteen_scores() throws IOException {
        score("last19-", "Last set of session nineteen", 120, 0.95, 0.05, 0.97, 0.79, 0.70);
    }

    /**
     * val33 (session 20): a Shanghai analyst's Chinese magnitudes ("8300亿", "1.2万亿", "8500 yi") and an actuary's stresses
     * and guesses; read at once. First score, before any change (2026-12-03): 72.0% exact, 7.0% wrong, 20.0% missed (CJK
     * refused as another language), route 82.5%, thread turns 20/24, narrative 66.7%.
     */
    @Test
    void val33_scores() throws IOException {
        score("val33-", "val33", 120, 0.97, 0.02, 0.97, 0.70, 0.70);
    }

    /**
     * end20 (session 20): a Scottish strategist's run-on sentences and a crypto trader's "bag", "mcap" and "x"; read at once.
     * First score, before any change (2026-12-03): 84.0% exact, 12.0% wrong, route 95.8%, narrative 62.5%.
     */
    @Test
    void end_of_session_twenty_set_scores() throws IOException {
        score("end20-", "End-of-session twenty set", 120, 0.94, 0.04, 0.97, 0.58, 0.54);
    }

    /**
     * final20 (session 20): a Seoul analyst's Korean magnitudes ("8300억 달러", "1.2조", "1.5 jo") and a Texas banker's idioms;
     * scored once after the val33 and end20 changes (04:33 UTC): 70.0% exact, 4.0% wrong, 26.0% missed (Korean particles and
     * "달러" refused as another language), route 73.3%, thread turns 18/24, narrative 70.8%.
     */
    @Test
    void final_set_of_session_twenty_scores() throws IOException {
        score("final20-", "Final set of session twenty", 120, 0.97, 0.02, 0.95, 0.79, 0.75);
    }

    /**
     * The nineteenth lockbox (session 20): a Zurich family-office director's apostrophes and abbreviations and a growth
     * analyst typing on a phone; kept unread until the session's other changes were done, then scored once (04:45 UTC):
     * 81.0% exact, 8.0% clarified, 10.0% wrong, route 98.3%, thread turns 19/24, narrative 62.5% (strict 58.3%); the
     * session-start code scores 82.0 / 6.0 / 11.0%, the same routes and turns. Most of its wrong answers are Swiss
     * thousands ("1'150 Mia."), fixed after the score.
     */
    @Test
    void nineteenth_lockbox_scores() throws IOException {
        score("lockbox20-", "Nineteenth lockbox", 120, 0.97, 0.01, 0.99, 0.58, 0.54);
    }

    /**
     * last20 (session 20): a Jakarta analyst's "830 miliar", "1,2 triliun", "USD 50 M" and a UK pension trustee's formal
     * English; written blind after the lockbox was scored, then scored once (04:59 UTC): 73.0% exact, 10.0% clarified, 12.0%
     * wrong, route 95.8%, thread turns 16/24, narrative 79.2% (strict 75.0%); the session-start code scores it 75.0% / 6.0% /
     * 14.0%, route 95.0%, 15/24. Its Indonesian magnitudes and the millions too small for their input fixed after the score.
     */
    @Test
    void last_set_of_session_twenty_scores() throws IOException {
        score("last20-", "Last set of session twenty", 120, 0.89, 0.06, 0.97, 0.75, 0.70);
    }

    /**
     * val34 (session 21): a Slack-native analyst's formatting, pasted quotes and chains of short follow-ups, and a sceptical
     * PM's yes/no questions and push-backs; more threads and narrative than the usual mix. First score, before any change
     * (2026-12-03): 90.2% exact, 1.1% clarified, 7.6% wrong, route 99.2%, thread turns 37/40, narrative 68.8% (strict 65.6%).
     */
    @Test
    void val34_scores() throws IOException {
        score("val34-", "val34", 120, 0.97, 0.02, 0.99, 0.72, 0.65);
    }

    /**
     * val35 (session 21): a strategy director's numbered multi-part messages that point back at earlier answers, and a
     * diligence analyst's questions about the model's assumptions with corrections mid-thread. First score, after val34's
     * changes (2026-12-03): 85.0% exact, 2.0% clarified, 11.0% wrong, route 93.3%, thread turns 19/24, narrative 72.0%
     * (strict 68.0%); one narrative question lost since, to the inline enumeration's clauses (V35G043).
     */
    @Test
    void val35_scores() throws IOException {
        score("val35-", "val35", 120, 0.93, 0.06, 0.95, 0.66, 0.62);
    }

    /**
     * The twentieth lockbox (session 21): two personas chosen blind by a helper (not read by the session), kept unread
     * until the session's other changes were done, then scored once (07:49 UTC): 97.0% exact, 0.0% clarified, 3.0% wrong,
     * route 97.5%, thread turns 24/24, narrative 79.2% (strict 79.2%); the session-start code scores it the same, question
     * for question. Its four misses (a guess in a sentence of its own, "a wash", "becomes zero", "unrelated to") fixed after.
     */
    @Test
    void twentieth_lockbox_scores() throws IOException {
        score("lockbox21-", "Twentieth lockbox", 120, 0.99, 0.01, 0.98, 0.77, 0.77);
    }

    /**
     * last21 (session 21): two personas chosen blind by a helper, written after the lockbox was scored, then scored once
     * (08:04 UTC): 93.0% exact, 0.0% clarified, 6.0% wrong, route 95.8%, thread turns 20/24, narrative 75.0% (strict 75.0%);
     * the session-start code scores it the same, question for question.
     */
    @Test
    void last_set_of_session_twenty_one_scores() throws IOException {
        score("last21-", "Last set of session twenty-one", 120, 0.93, 0.06, 0.97, 0.7, 0.7);
    }

    /**
     * val36 (session 22): a data scientist typing half-code (key=value, arrows, 1.2e3B) and an executive assistant relaying
     * her vice-president's questions with loose finance words ("interest" for return, "share price" for valuation). First
     * score, before any change (2026-12-03): 81.0% exact, 4.0% clarified, 11.0% wrong, route 95.0%, thread turns 17/24,
     * narrative 54.2% (strict 54.2%).
     */
    @Test
    void val36_scores() throws IOException {
        score("val36-", "val36", 120, 0.97, 0.02, 0.97, 0.54, 0.54);
    }

    /**
     * The twenty-first lockbox (session 22): two personas chosen blind by a helper (not read by the session), kept unread
     * until val36's changes and the narrative change were done, then scored once (10:25 UTC): 88.7% exact, 1.0% clarified,
     * 3.1% wrong, route 92.5%, thread turns 17/24, narrative 51.9% (strict 51.9%); the session-start code scores it the same.
     * Its writers: a Polish analyst ("900 mld USD", "Regards, M.") and a writer in military memo style ("BLUF:", "RFI:",
     * "v/r, Mike"), whose sign-off was read as a party the sources do not know; fixed after.
     */
    @Test
    void twenty_first_lockbox_scores() throws IOException {
        score("lockbox22-", "Twenty-first lockbox", 120, 0.96, 0.02, 0.98, 0.85, 0.85);
    }

    /**
     * last22 (session 22): two personas chosen blind by a helper, kept unread until the lockbox's fixes were done, then
     * scored once (10:40 UTC): 75.0% exact, 2.0% clarified, 12.0% wrong, route 90.8%, thread turns 19/24, narrative 79.2%
     * (strict 70.8%); the session-start code scores it 66.0% / 2.0% / 12.0%, route 83.3%, 14/24, 58.3%. Its writers: one who
     * capitalises common words ("what Exit Valuation brings the Combined Payoff back to Zero", "Thx, Dick") and a Turkish
     * analyst ("openaı", "ırr", "50 milyar$", "%20", "1.200.000.000.000$", "yıl").
     */
    @Test
    void last_set_of_session_twenty_two_scores() throws IOException {
        score("last22-", "Last set of session twenty-two", 120, 0.96, 0.03, 0.99, 0.79, 0.70);
    }

    /**
     * val37 (session 23): an Irish equity analyst writing long hedged run-on questions with figures spelt out ("one point
     * two trillion", "a quarter") and a founder typing phone fragments whose autocorrect swaps finance words for real ones
     * ("steak", "posy"). First score, before any change (2026-12-03): 85.0% exact, 2.0% clarified, 9.0% wrong, route 95.0%,
     * thread turns 18/24, narrative 83.3% (strict 79.2%).
     */
    @Test
    void val37_scores() throws IOException {
        score("val37-", "val37", 120, 0.96, 0.02, 0.99, 0.83, 0.79);
    }

    /**
     * The twenty-second lockbox (session 23): two personas chosen blind by a helper (not read by the session), kept unread
     * until val37's changes and the style probe's were done, then scored once (13:03 UTC): 94.0% exact, 3.0% clarified,
     * 2.0% wrong, route 99.2%, thread turns 24/24, narrative 70.8% (strict 62.5%); the session-start code scores it the same
     * on numbers, route and threads, and 62.5% (strict 58.3%) on narrative. Its writers: a terse writer of "B$" figures
     * ("nu, round prices at 1.1T$ post") and a non-native writer ending each question "pls thank you so much!!".
     */
    @Test
    void twenty_second_lockbox_scores() throws IOException {
        score("lockbox23-", "Twenty-second lockbox", 120, 0.96, 0.01, 0.99, 0.70, 0.66);
    }

    /**
     * last23 (session 23): two personas chosen blind by a helper, kept unread until the lockbox's fixes were done, then
     * scored once (13:13 UTC): 89.0% exact, 0.0% clarified, 6.0% wrong, route 90.0%, thread turns 22/24, narrative 75.0%
     * (strict 70.8%); the session-start code scores it 88.0% / 0.0% / 7.0%, route 90.0%, 21/24, 75.0%. Its writers: an
     * elderly gentleman writing in ellipses ("… what is it in the bad case.  Regards, Harold") and a writer of forms to fill
     * in ("= ___%", "aws compute revenue ÷ amzn's check = ___x").
     */
    @Test
    void last_set_of_session_twenty_three_scores() throws IOException {
        score("last23-", "Last set of session twenty-three", 120, 0.95, 0.02, 0.94, 0.75, 0.70);
    }

    /**
     * val38 (session 24): two personas chosen blind by a helper; one writes every question as a condition, an arrow, then
     * the ask ("if the raise ends up $80bn → what share …? (ballpark is fine)"), the other opens "Morning - ", closes
     * "TIA" and writes money in millions ("$1,200,000mm"). First score, before any change (2026-12-03): 98.0% exact, 0.0%
     * clarified, 2.0% wrong, route 100.0%, thread turns 24/24, narrative 79.2% (strict 75.0%).
     */
    @Test
    void val38_scores() throws IOException {
        score("val38-", "val38", 120, 0.99, 0.01, 0.99, 0.79, 0.75);
    }

    /**
     * The twenty-third lockbox (session 24): two personas chosen blind by a helper (not read by the session), kept unread
     * until val38's changes were done, then scored once (15:36 UTC): 67.0% exact, 9.0% clarified, 23.0% wrong, route 97.5%,
     * thread turns 20/24, narrative 87.5% (strict 83.3%). One writer asked nearly everything as a comparison ("amzn % of oai
     * if the round prices at $1,100bn post vs the 830 post in the article", "irr on a 1.2 tril exit held 7y vs held 4y"),
     * which the reader had no way to answer; the other wrote long questions with "i.e." asides and signs ("≥ 1.5×").
     * After comparisons were answered side by side: 84.0% / 5.0% / 10.0%, route 98.3%, 21/24. Session 37: a ratio asked
     * "as a multiple" before a second question ("aws compute rev vs the 50 check as a multiple, and why does the author call
     * the whole thing circular") is now the ratio, exact; its narrative half hedges ("the sources don't say … directly; the
     * closest they come:" and the answering sentence first), as that why-question does on its own, so strict is 19/24.
     */
    @Test
    void twenty_third_lockbox_scores() throws IOException {
        score("lockbox24-", "Twenty-third lockbox", 120, 0.84, 0.10, 0.98, 0.87, 0.79);
    }

    /**
     * last24 (session 24): two personas chosen blind by the same helper, kept unread until the lockbox's fixes were done,
     * then scored once (16:03 UTC): 78.0% exact, 3.0% clarified, 19.0% wrong, route 97.5%, thread turns 20/24, narrative
     * 58.3% (strict 58.3%). One writer states the answer and asks to have it confirmed ("exit for a 2x on the check is like
     * 1.7T, no?"); the other quotes a line of the article or of the bot ("> Amazon's stake value (bull): $90.36B") and asks
     * about it ("wait - that's still at the 830 post right? redo it at a $1T post"). After the stated answer was read as
     * the figure to check: 85.0% / 1.0% / 14.0%.
     */
    @Test
    void last_set_of_session_twenty_four_scores() throws IOException {
        score("last24-", "Last set of session twenty-four", 120, 0.85, 0.14, 0.97, 0.58, 0.58);
    }

    /**
     * val39 (session 25): two personas chosen blind by a helper that was asked to make at least half of its six personas
     * change the structure of a question; written to a file never read. First score, before any change: 76.0% exact, 4.0%
     * clarified, 9.0% wrong, route 88.3%, thread turns 16/24, narrative 54.2% (strict 50.0%). One writer gives every time
     * as a calendar date or a count of quarters ("close at the end of Q1'26 … exit at the Dec 2028 year-end", "$4bn of
     * compute revenue per quarter"). After the dates, spans and per-quarter money were read: 96.0% / 2.0% / 1.0%.
     */
    @Test
    void val39_scores() throws IOException {
        score("val39-", "val39", 120, 0.96, 0.01, 0.95, 0.58, 0.50);
    }

    /**
     * The twenty-fourth lockbox (session 25): two personas chosen blind by the same helper, kept unread until val39's
     * changes were done, then scored once (18:54 UTC): 80.0% exact, 2.0% clarified, 15.0% wrong, route 94.2%, thread
     * turns 21/24, narrative 70.8% (strict 70.8%); the session-start code scores it the same. One writer is terse ("bull:
     * our piece in $", "doom case"); the other nests hypotheticals and takes some back ("in a world where …; actually, set
     * the trim aside and keep the full fifty billion"). After the takings-back and those words were read: 88.0% / 2.0% /
     * 7.0%.
     */
    @Test
    void twenty_fourth_lockbox_scores() throws IOException {
        score("lockbox25-", "Twenty-fourth lockbox", 120, 0.88, 0.07, 0.96, 0.70, 0.70);
    }

    /**
     * last25 (session 25): two personas chosen blind by the same helper, kept unread until the lockbox's fixes were done,
     * then scored once (19:21 UTC): 80.0% exact, 4.0% clarified, 10.0% wrong, route 94.2%, thread turns 21/24, narrative
     * 58.3% (strict 58.3%); the session-start code scores it the same. One writer calls OpenAI "the lab" and AWS "the
     * cloud side"; the other writes Greek sizes and thousands ("10 δισ.", "1.100 bn"). After those were read: 89.0% / 2.0%
     * / 5.0%.
     */
    @Test
    void last_set_of_session_twenty_five_scores() throws IOException {
        score("last25-", "Last set of session twenty-five", 120, 0.89, 0.05, 0.95, 0.58, 0.58);
    }

    /**
     * val40 (session 26): two personas chosen blind by a helper asked to make at least three of its six change the
     * structure of a question (one put each question inside a status update of bullet lines addressed to the bot; one
     * took amounts out of sums and put them back). First score, on the session-start code: 72.0% exact, 0.0% clarified,
     * 11.0% confidently wrong, route 81.7%, thread turns 10/24, narrative 45.8% (strict 45.8%); its causes were then fixed,
     * so it is no longer blind; floors under the session's score after them.
     */
    @Test
    void val40_scores() throws IOException {
        score("val40-", "val40", 120, 0.98, 0.01, 0.96, 0.75, 0.66);
    }

    /**
     * The twenty-fifth lockbox (session 26): two personas chosen blind by the same helper (a terse writer who points back
     * at earlier answers by position, "halve the first", "your last number = your first"; a writer of rates per quarter
     * and per month, "$3B/qtr", "$1.25B/month", "20 qtrs"), kept unread until val40's changes were done. Scored once
     * (22:11 UTC): route 91.7%, numeric exact 63.6%, clarified 5.1%, confidently wrong 25.3%, missed 6.1%, thread turns
     * 10/24, narrative 64.0% (strict 64.0%); the session-start code scores it 63.6% / 5.1% / 26.3%. Its general causes were
     * then fixed in part, so it is no longer blind; floors under the session's last score.
     */
    @Test
    void twenty_fifth_lockbox_scores() throws IOException {
        score("lockbox26-", "Twenty-fifth lockbox", 120, 0.76, 0.14, 0.91, 0.64, 0.64);
    }

    /**
     * last26 (session 26): two personas chosen blind by the same helper, kept unread until the lockbox's fixes were done.
     * Scored once (22:33 UTC): route 94.2%, numeric exact 96.0%, clarified 0.0%, confidently wrong 3.0%, missed 1.0%,
     * thread turns 21/24, narrative 64.0% (strict 64.0%); the session-start code scores it the same. Two of its causes were
     * then fixed ("what IRR would that represent" after a solve, "to 2 d.p."), so it is no longer blind.
     */
    @Test
    void last_set_of_session_twenty_six_scores() throws IOException {
        score("last26-", "Last set of session twenty-six", 120, 0.99, 0.01, 0.94, 0.64, 0.64);
    }

    /**
     * val41 (session 27): two personas chosen blind by a helper asked to make at least three of its six change the
     * structure of a question (one opens with a greeting and a topic on lines of their own, "how about if\n7yrs"; one names
     * scenarios and mixes them, "call this 'heatwave': …", "slow grind but with heatwave's capture"). First score, after
     * the session's position references (the session-start code scores it the same): 87.0% exact, 2.0% clarified, 7.0%
     * confidently wrong, route 90.8%, thread turns 12/24, narrative 62.5% (strict 62.5%); its causes were then fixed, so it
     * is no longer blind; floors under the session's score after them.
     */
    @Test
    void val41_scores() throws IOException {
        score("val41-", "val41", 120, 0.95, 0.03, 0.99, 0.66, 0.66);
    }

    /**
     * The twenty-sixth lockbox (session 27): two personas chosen blind by the same helper (a writer who puts every question
     * against a hurdle, "Quick check. Hurdle: 2x on the USD 50 bn. Pass or fail if …"; a writer who points at earlier
     * answers by their rounded values, "the 80 bil one", "that 9.5 bil hole"), kept unread until val41's changes were done.
     * Scored once (00:44 UTC): route 97.5%, numeric exact 75.0%, clarified 5.0%, confidently wrong 18.0%, missed 2.0%,
     * thread turns 14/24, narrative 79.2% (strict 79.2%); the session-start code scores it the same. Its general causes were
     * then fixed, so it is no longer blind; floors under the session's last score.
     */
    @Test
    void twenty_sixth_lockbox_scores() throws IOException {
        score("lockbox27-", "Twenty-sixth lockbox", 120, 0.94, 0.03, 0.99, 0.79, 0.79);
    }

    /**
     * last27 (session 27): two personas chosen blind by the same helper (one writes Slack emoji for scenarios, ":bear:",
     * "the :rocket: case", and "x2.5"), kept unread until the lockbox's fixes were done. Scored once (01:04 UTC): route
     * 95.0%, numeric exact 81.0%, clarified 1.0%, confidently wrong 13.0%, missed 5.0%, thread turns 19/24, narrative 66.7%
     * (strict 62.5%); the session-start code scores it 81.0% / 1.0% / 13.0% (route 94.2%). Its causes were then fixed in
     * part, so it is no longer blind; floors under the session's last score.
     */
    @Test
    void last_set_of_session_twenty_seven_scores() throws IOException {
        score("last27-", "Last set of session twenty-seven", 120, 0.97, 0.02, 0.99, 0.70, 0.66);
    }

    /** Scores every set file starting with {@code prefix} on the offline brain, prints the table and misses, holds the floors. */
    /**
     * val42 (session 28): two personas chosen blind by a helper asked to make at least three of its six change the
     * structure of a question (one asks a quantity in a word, then lists its conditions as a diff, "exit?\n+ need 3x on the
     * check", "- 6 yrs\n+ 4 instead\nnow?"; one re-solves a thread's target, "ok now solve for 25% instead"). First score,
     * on the session-start code before any change: 71.0% exact, 4.0% clarified, 18.0% confidently wrong, route 94.2%, thread
     * turns 13/24, narrative 75.0% (strict 66.7%); its causes were then fixed, so it is no longer blind; floors under the
     * session's score after them (93.0% / 6.0%, 21/24). Missed help by meaning: none new.
     */
    @Test
    void val42_scores() throws IOException {
        score("val42-", "val42", 120, 0.92, 0.07, 0.97, 0.74, 0.66);
    }

    /**
     * lockbox28 (session 28): the twenty-seventh lockbox, two personas chosen blind by the same helper and never read by
     * the session (a planner's variances, "flex the exit -20% vs article", "capture +8pts vs budget"; a trainer's questions
     * with a didactic clause in capitals). Scored once (04:56 UTC), after val42's changes: 75.0% exact, 2.0% clarified, 17.0%
     * confidently wrong, route 90.8%, thread turns 14/24, narrative 83.3% (strict 83.3%); the session-start code scores it
     * the same. Its variances and its clauses asking how the numbers move were then read, so it is no longer blind; floors
     * under the session's score after them (91.0% / 3.0%, 22/24, route 95.8%).
     */
    @Test
    void lockbox28_scores() throws IOException {
        score("lockbox28-", "Twenty-seventh lockbox", 120, 0.90, 0.04, 0.95, 0.82, 0.82);
    }

    /**
     * last28 (session 28): two personas chosen blind by the same helper (South African English, "ja", "Eish", "Shot!";
     * metrics defined by their arithmetic and named, "call that the payback cover"), kept unread until the lockbox's fixes
     * were done. Scored once (05:27 UTC): route 97.5%, numeric exact 91.0%, clarified 2.0%, confidently wrong 6.0%, thread
     * turns 20/24, narrative 70.8% (strict 66.7%); the session-start code scores it the same. Four of its causes were then
     * fixed, so it is no longer blind; a metric named by the user ("the payback cover in bull") is not.
     */
    @Test
    void last_set_of_session_twenty_eight_scores() throws IOException {
        score("last28-", "Last set of session twenty-eight", 120, 0.96, 0.03, 0.97, 0.70, 0.66);
    }

    /**
     * val43 (session 29): two personas chosen blind by a helper asked to make at least three of its six change the
     * structure of a question (one types a few words a line, the form asked on a line of its own, "our oai stake\nin $ not
     * %\nbull"; one gives figures as bands, "a post-money anywhere 900bn–1T, low end to high end"). First score, on the
     * session-start code before any change: 52.0% exact, 7.0% clarified, 36.0% confidently wrong, route 96.7%, thread turns
     * 12/24, narrative 75.0% (strict 75.0%); its causes were then fixed, so it is no longer blind; floors under the session's
     * score after them (90.0% / 4.0%, 19/24).
     */
    @Test
    void val43_scores() throws IOException {
        score("val43-", "val43", 120, 0.89, 0.05, 0.96, 0.74, 0.74);
    }

    /**
     * lockbox29 (session 29): the twenty-eighth lockbox, two personas chosen blind by the same helper and never read by the
     * session (a terse "ty!" writer; an infrastructure analyst who prices everything in gigawatts and chips, "~2 GW at
     * $50bn/GW, so 100bn of compute spend"). Scored once (09:19 UTC), after val43's first changes: 74.0% exact, 9.0%
     * clarified, 12.0% confidently wrong, route 97.5%, thread turns 17/24, narrative 79.2% (strict 70.8%); the
     * session-start code scores it the same. Its causes were then fixed, so it is no longer blind; floors under the
     * session's score after them (94.0% / 2.0%, 21/24, route 98.3%).
     */
    @Test
    void lockbox29_scores() throws IOException {
        score("lockbox29-", "Twenty-eighth lockbox", 120, 0.93, 0.03, 0.98, 0.78, 0.70);
    }

    /**
     * last29 (session 29): two personas chosen blind by the same helper (long formal questions that chain a solve and a
     * return, "what does OpenAI need to be worth … and if it takes seven years, what IRR"; Taglish, "magkano yung stake ng
     * amzn sa bull?"), kept unread until the lockbox's fixes were done. Scored once (09:48 UTC): route 94.2%, numeric exact
     * 77.0%, clarified 2.0%, confidently wrong 14.0%, thread turns 20/24, narrative 62.5% (strict 58.3%); the
     * session-start code scores it 76.0% / 2.0% / 14.0%. Its causes were then fixed in part, so it is no longer blind;
     * floors under the session's score after them (91.0% / 4.0%, 24/24, route 99.2%).
     */
    @Test
    void last_set_of_session_twenty_nine_scores() throws IOException {
        score("last29-", "Last set of session twenty-nine", 120, 0.90, 0.05, 0.99, 0.78, 0.70);
    }

    /**
     * val44 (session 30): two personas chosen blind by a helper asked to make at least three of its six change the
     * structure of a question: questions asked as a quiz, with figures to choose from ("OpenAI's exit valuation must be (a)
     * $1.2T (b) $1.5T (c) $1.66T (d) $2T. Which?"); a Scandinavian writer ("USD 1 200 mdr", "hold 6 år", "10 %"). First
     * score, on the session-start code, before any change: 64.0% exact, 16.0% clarified, 13.0% confidently wrong, route
     * 95.0%, thread turns 13/24, narrative 79.2% (strict 70.8%). Its causes were then fixed, so it is no longer blind;
     * floors under the session's score after them (96.0% / 1.0%, 24/24, route 95.8%).
     */
    @Test
    void val44_scores() throws IOException {
        score("val44-", "val44", 120, 0.95, 0.02, 0.95, 0.79, 0.70);
    }

    /**
     * lockbox30 (session 30): the twenty-ninth lockbox, two personas chosen blind by the same helper and never read by the
     * session (a writer who states defaults and fallbacks, "Use the article's post-money, or 1tn if it doesnt give one";
     * a property analyst who speaks of rent, tenants and disposition prices, "what sale valuation gets us to a 20 percent
     * levered IRR"). Scored once (12:53 UTC), after val44's first changes: 85.0% exact, 4.0% clarified, 8.0% confidently
     * wrong, route 94.2%, thread turns 20/24, narrative 66.7% (strict 62.5%); the session-start code scores it the same.
     * Floors under the session's score after its fixes (91.0% / 5.0%, 23/24, route 97.5%).
     */
    @Test
    void lockbox30_scores() throws IOException {
        score("lockbox30-", "Twenty-ninth lockbox", 120, 0.90, 0.06, 0.97, 0.66, 0.62);
    }

    /**
     * last30 (session 30): two personas chosen blind by the same helper (someone else's question quoted and asked again with
     * a change, "dana asked what exit gets amzn to 2x, same but for 2.5x pls"; sensitivities per step, "per +$100bn of exit
     * value, how much does the x on the check move?"). Scored once (13:01 UTC), after the lockbox's fixes: 80.0% exact, 4.0%
     * clarified, 14.0% confidently wrong, route 95.8%, thread turns 20/24, narrative 91.7% (strict 87.5%); the session-start
     * code scores it the same. Its causes were then fixed in part, so it is no longer blind; floors under the session's
     * score after them (92.0% / 2.0%, 21/24, route 95.8%).
     */
    @Test
    void last_set_of_session_thirty_scores() throws IOException {
        score("last30-", "Last set of session thirty", 120, 0.91, 0.03, 0.95, 0.91, 0.87);
    }

    /**
     * val45 (session 31): two personas chosen blind by a helper asked to make at least three of its six change a question's
     * structure (a writer who asks for everything as a table, "rows: hold 3 / 5 / 7 yrs; cols: exit $1.2T / $2T; cells: irr
     * on the 50b"; a writer who shows their working and asks which line is wrong, "1) oai exits 1.2T 2) stake val = 50/830 x
     * 1200 = 72.3B 3) moic = 1.54x — which line breaks"). First score, on the session-start code: 47.0% exact, 31.0%
     * clarified, 21.0% confidently wrong, route 70.0%, thread turns 12/24, narrative 66.7% (strict 58.3%). Floors under the
     * session's score after its fixes (79.0% / 11.0%, 20/24, route 90.0%).
     */
    @Test
    void val45_scores() throws IOException {
        score("val45-", "val45", 120, 0.78, 0.11, 0.89, 0.66, 0.54);
    }

    /**
     * lockbox31 (session 31): the thirtieth lockbox, two personas chosen blind by the same helper and never read by the
     * session (a writer who solves for periods, "over how many yrs wld oai have to spread the 115 for aws to only be booking
     * 9bn a yr"; a writer who says how the answer is to be laid out first, "One %, no decimals:", "$bn, 2dp -"). Scored once
     * (15:57 UTC), after val45's first changes: 87.0% exact, 4.0% clarified, 4.0% confidently wrong, route 95.8%, thread
     * turns 20/24, narrative 79.2% (strict 75.0%); the session-start code scores it the same. Floors under the session's
     * score after its fixes (93.0% / 3.0%, 20/24, route 98.3%).
     */
    @Test
    void lockbox31_scores() throws IOException {
        score("lockbox31-", "Thirtieth lockbox", 120, 0.92, 0.04, 0.98, 0.83, 0.79);
    }

    /**
     * last31 (session 31): two personas chosen blind by the same helper (an English learner whose questions put the question
     * word last and say "mlrd", "round post-money should be how big so that 50 mlrd equals exactly 5%"; a writer who speaks
     * in a clinician's words, "length of stay", "vitals", "dosing both"). Scored once (16:12 UTC), after the lockbox's
     * fixes: 90.0% exact, 2.0% clarified, 7.0% confidently wrong, route 100%, thread turns 23/24, narrative 66.7% (strict
     * 54.2%); the session-start code scores it the same. Its causes were then fixed in part, so it is no longer blind; floors
     * under the session's score after them (95.0% / 4.0%, 23/24, route 100%).
     */
    @Test
    void last_set_of_session_thirty_one_scores() throws IOException {
        score("last31-", "Last set of session thirty-one", 120, 0.94, 0.05, 0.99, 0.66, 0.54);
    }

    /**
     * val46 (session 32): two personas chosen blind by a helper asked to make at least three of its six change a question's
     * structure (a writer who marks terms with footnote symbols and defines them below the ask, "check size* to own 7% at
     * a 1T post?\n*amzn's investment. $bn"; a writer who thinks per dollar, "each $1 of our check is worth what", "cents of
     * aws rev per $1 of check"). First score, on the session-start code: 76.0% exact, 4.0% clarified, 16.0% confidently
     * wrong, route 96.7%, thread turns 19/24, narrative 75.0% (strict 70.8%). Floors under the session's score after its
     * fixes (96.0% / 2.0%, 24/24, route 98.3%).
     */
    @Test
    void val46_scores() throws IOException {
        score("val46-", "val46", 120, 0.95, 0.03, 0.98, 0.74, 0.70);
    }

    /**
     * lockbox32 (session 32): the thirty-first lockbox, two personas chosen blind by the same helper and never read by the
     * session (a writer who wants answers in another currency, "in quid @ 1.27"; a writer who cites the article by
     * paragraph and sentence, "¶5 s3 has capex at 125"). Scored once (18:19 UTC, commit 37ae24a), after val46's first
     * changes: 91.0% exact, 2.0% clarified, 7.0% confidently wrong, route 95.8%, thread turns 22/24, narrative 70.8%
     * (strict 70.8%); the session-start code scores it the same. Its causes were then fixed, so it is no longer blind;
     * floors under the session's score after them (98.0% / 1.0%, 24/24, route 99.2%).
     */
    @Test
    void lockbox32_scores() throws IOException {
        score("lockbox32-", "Thirty-first lockbox", 120, 0.97, 0.02, 0.99, 0.87, 0.83);
    }

    /**
     * last32 (session 32): two personas chosen blind by the same helper (a Vietnamese analyst's size and time words, "1,5
     * nghìn tỷ", "per năm", "ạ"; a buyer's words for the compute deal, "compute commit", "drawn down", "take-or-pay",
     * "run-rate", "PO"). Scored once (18:36 UTC, commit 3c78155), after the lockbox's fixes: 80.0% exact, 5.0% clarified,
     * 11.0% confidently wrong, route 95.8%, thread turns 20/24, narrative 70.8% (strict 62.5%); the session-start code
     * scores it the same. Its causes were then fixed, so it is no longer blind; floors under the session's score after
     * them (98.0% / 0.0%, 24/24, route 98.3%).
     */
    @Test
    void last_set_of_session_thirty_two_scores() throws IOException {
        score("last32-", "Last set of session thirty-two", 120, 0.97, 0.01, 0.98, 0.70, 0.62);
    }

    /**
     * val47 (session 33): two personas chosen blind by a helper asked to make at least three of its six change a question's
     * structure (a writer who sets a scene in short statements before asking, "It's 2030. oai is still at 1T. what's our
     * piece worth?"; a writer who lays a question out as a worksheet, "Given: bull\nFind: breakeven capture share"). First
     * score, on the session-start code: 72.0% exact, 3.0% clarified, 6.0% confidently wrong, route 83.3%, thread turns
     * 19/24, narrative 58.3% (strict 54.2%). Floors under the session's score after its fixes (95.0% / 2.0%, 24/24, route
     * 97.5%).
     */
    @Test
    void val47_scores() throws IOException {
        score("val47-", "val47", 120, 0.94, 0.03, 0.97, 0.70, 0.62);
    }

    /**
     * lockbox33 (session 33): the thirty-second lockbox, two personas chosen blind by the same helper and never read by the
     * session (a writer who rambles in a paragraph of context and asks in a last "tl;dr:" line; a writer who quotes the
     * question a board member will ask and adds "what do i say back"). Scored once (20:59 UTC, commit ce16504), after
     * val47's first changes: 86.0% exact, 3.0% clarified, 4.0% confidently wrong, route 78.3%, thread turns 16/24, narrative
     * 58.3% (strict 54.2%); the session-start code scores it the same. Its causes were then fixed in part, so it is no
     * longer blind; floors under the session's score after them (91.0% / 3.0%, 21/24, route 96.7%).
     */
    @Test
    void lockbox33_scores() throws IOException {
        score("lockbox33-", "Thirty-second lockbox", 120, 0.90, 0.04, 0.96, 0.66, 0.66);
    }

    /**
     * last33 (session 33): two personas chosen blind by the same helper (an English learner's words for the model's numbers,
     * "yield per year", "in minus 10 bln", "exactly 4 percents", "how much bln costs Amazon stake"; a writer who adds why
     * they ask after the question, "matters for whether we get characterised as leading it", "for a worst case briefing
     * note"). Scored once (21:20 UTC, commit 52ba583), after the lockbox's first fixes: 85.0% exact, 3.0% clarified, 9.0%
     * confidently wrong, route 98.3%, thread turns 20/24, narrative 79.2% (strict 70.8%); the session-start code scores it
     * the same. Its causes were then fixed, so it is no longer blind; floors under the session's score after them (97.0% /
     * 1.0%, 22/24, route 100%).
     */
    @Test
    void last_set_of_session_thirty_three_scores() throws IOException {
        score("last33-", "Last set of session thirty-three", 120, 0.96, 0.02, 0.99, 0.79, 0.70);
    }

    /**
     * val48 (session 34): two personas chosen blind by a helper (a Slack dispute pasted whole, "Ken: at $1,100bn post our 50
     * buys ~4.5% of oai\nAisha: nah its still 5 and change\nwho's right?"; a status line with the ask in brackets or between
     * dashes, "filling in the summary table (our stake in dollars not pct, bull case) then off to the next thing"). First
     * score, on the session-start code: 65.0% exact, 8.0% clarified, 16.0% confidently wrong, route 77.5%, thread turns 14/24,
     * narrative 50.0% (strict 45.8%). Floors under the session's score after its fixes (92.0% / 3.0%, 24/24, route 95.0%).
     */
    @Test
    void val48_scores() throws IOException {
        score("val48-", "Forty-seventh validation set", 120, 0.91, 0.04, 0.94, 0.70, 0.62);
    }

    /**
     * lockbox34 (session 34): the thirty-third lockbox, two personas chosen blind by the same helper and never read by the
     * session (a question narrowed in levels, "big picture: … / narrower: … / narrowest: our % at a 1.1 trillion post"; a
     * writer who likens the deal to others the sources never mention, "like msft's 2019 oai deal", "azure-style recycling").
     * Scored once (23:43 UTC, commit a23042f), after val48's first changes: 58.0% exact, 0.0% clarified, 11.0% confidently
     * wrong, route 65.8%, thread turns 13/24, narrative 37.5% (strict 33.3%); the session-start code scores it better (62.0%
     * / 7.0%, route 67.5%, 13/24): the new dispute reading took the levels' labels for speakers. Its causes were then fixed
     * in part, so it is no longer blind; floors under the session's score after them (92.0% / 4.0%, 23/24, route 95.0%).
     */
    @Test
    void lockbox34_scores() throws IOException {
        score("lockbox34-", "Thirty-third lockbox", 120, 0.91, 0.05, 0.94, 0.58, 0.41);
    }

    /**
     * last34 (session 34): two personas chosen blind by the same helper (a Russian speaker's units inside English, "30 млрд
     * per год", "how many лет", "1,8 трлн"; a lawyer's formal register, "what percentage interest would Amazon's $50bn
     * confer?"). Scored once (23:51 UTC, commit 9b30f07), after the lockbox's first fixes: 87.0% exact, 2.0% clarified,
     * 10.0% confidently wrong, route 96.7%, thread turns 22/24, narrative 75.0% (strict 70.8%); the session-start code
     * scores it the same. Its causes were then fixed, so it is no longer blind; floors under the session's score after
     * them (97.0% / 2.0%, 24/24, route 97.5%).
     */
    @Test
    void last_set_of_session_thirty_four_scores() throws IOException {
        score("last34-", "Last set of session thirty-four", 120, 0.96, 0.03, 0.97, 0.75, 0.70);
    }

    /**
     * val49 (session 35): two personas chosen blind by a helper (figures named, not numbered: "for our stake to be worth the
     * full size of the raise", "we get in at the article's older valuation", "if it wins the upside-case share"; a question
     * asked from another party's seat, "sitting in oai's chair: we're at 900bn pre, how big a chunk of us does amazon walk off
     * with"). First score, on the session-start code: 73.0% exact, 4.0% clarified, 16.0% confidently wrong, route 95.0%,
     * thread turns 18/24, narrative 62.5% (strict 62.5%). Floors under the session's score after its fixes (93.0% / 3.0%,
     * 20/24, route 99.2%).
     */
    @Test
    void val49_scores() throws IOException {
        score("val49-", "Forty-eighth validation set", 120, 0.92, 0.04, 0.98, 0.56, 0.56);
    }

    /**
     * lockbox35 (session 35): the thirty-fourth lockbox, two personas chosen blind by the same helper and never read by the
     * session (a question with a condition on its answer, "what % do we own? if it's under 5 work out the check that gets us
     * to exactly 5%, if not just the %"; a context line then an arrow, "per the CFO: round upsized to 120bn, same 900 pre\n→
     * % now"). Scored once (02:17 UTC, commit 59fd72d), after val49's first changes: 70.0% exact, 7.0% clarified, 19.0%
     * confidently wrong, route 97.5%, thread turns 15/24, narrative 45.8% (strict 37.5%); the session-start code scores it
     * the same. Its causes were then fixed in part, so it is no longer blind; floors under the session's score after them
     * (87.0% / 10.0%, 20/24, route 97.5%).
     */
    @Test
    void lockbox35_scores() throws IOException {
        score("lockbox35-", "Thirty-fourth lockbox", 120, 0.85, 0.11, 0.96, 0.44, 0.36);
    }

    /**
     * last35 (session 35): two personas chosen blind by the same helper (Hindi mixed into English with Indian sizes, "oai ko
     * kitne pe exit karna padega ki humara stake 10,000 crore dollar ka ho jaye?"; a marketer's words, "ROAS on the equity",
     * "attributed aws topline at the 50% take rate"). Scored once (02:39 UTC, commit 12af9cd), after the lockbox's first
     * fixes: 65.0% exact, 9.0% clarified, 16.0% confidently wrong, route 86.7%, thread turns 16/24, narrative 50.0% (strict
     * 45.8%); the session-start code scores it the same. Its causes were then fixed in part, so it is no longer blind;
     * floors under the session's score after them (87.0% / 5.0%, 24/24, route 96.7%).
     */
    @Test
    void last_set_of_session_thirty_five_scores() throws IOException {
        score("last35-", "Last set of session thirty-five", 120, 0.86, 0.06, 0.95, 0.56, 0.48);
    }

    /**
     * val50 (session 36): two personas chosen blind by a helper (telegraphic asks with tags, the goal first and the quantity
     * asked last, "stake worth 85b, oai exit?", "our 50 gets 5.5%, pre has to be? #pre_money"; a chart-builder's words, "y =
     * stake value in $, x = oai exit. at what x does y cross 100bn"). First score, on the session-start code: 79.0% exact,
     * 8.0% clarified, 11.0% confidently wrong, route 95.0%, thread turns 21/24, narrative 79.2% (strict 70.8%). Floors under
     * the session's score after its fixes (97.0% / 1.0%, 23/24, route 97.5%).
     */
    @Test
    void val50_scores() throws IOException {
        score("val50-", "Forty-ninth validation set", 120, 0.96, 0.02, 0.97, 0.75, 0.66);
    }

    /**
     * lockbox36 (session 36): the thirty-fifth lockbox, two personas chosen blind by the same helper and never read by the
     * session (an exit said as a growth path, "oai compounds 15%/yr off the round for 5 yrs"; room before a line, "how much
     * cushion does our % of oai have over a 4% floor?", "how much can the 1.5T exit slip before our moic is under 1.5x").
     * Scored once (05:17 UTC, commit b88b8d1), after val50's first changes: 44.0% exact, 11.0% clarified, 27.0% confidently
     * wrong, route 95.8%, thread turns 5/24, narrative 66.7% (strict 50.0%); the session-start code scores it the same. Its
     * causes were then fixed in part, so it is no longer blind; floors under the session's score after them (78.0% / 11.0%,
     * 15/24, route 95.0%).
     */
    @Test
    void lockbox36_scores() throws IOException {
        score("lockbox36-", "Thirty-fifth lockbox", 120, 0.77, 0.12, 0.94, 0.66, 0.50);
    }

    /**
     * last36 (session 36): two personas chosen blind by the same helper (figures written as fractions, "if the post-money lands
     * at 1 1/5 trillion what fraction of oai does our 50b actually buy?"; Swahili mixed into English, "kama oai iko worth
     * trilioni 2 by the time tuna-mark the stake, moic yetu ni ngapi"). Scored once (05:18 UTC, commit b88b8d1), right after
     * the lockbox and before any of its fixes: 40.0% exact, 20.0% clarified, 32.0% confidently wrong, route 90.8%, thread
     * turns 9/24, narrative 58.3% (strict 50.0%); the session-start code scores it the same. Its causes were then fixed in
     * part, so it is no longer blind; floors under the session's score after them (86.0% / 4.0%, 23/24, route 96.7%).
     */
    @Test
    void last_set_of_session_thirty_six_scores() throws IOException {
        score("last36-", "Last set of session thirty-six", 120, 0.85, 0.05, 0.96, 0.58, 0.54);
    }

    /**
     * val51 (session 37): two personas chosen blind by a helper (odds put on the cases, "25 bull / 50 base / 25 bear", "coin
     * flip between bull and base", with targets on the blend, "what exit in the bear leg gets the blended moic to 1.5x"; a
     * trader's words, "oai post prints 1.3k yards", "1,100,000 bar", "annual clip on the rev side"). First score, on the
     * session-start code: 71.0% exact, 6.0% clarified, 12.0% confidently wrong, route 96.7%, thread turns 17/24, narrative
     * 62.5% (strict 58.3%). Floors under the session's score after its fixes (100.0% / 0.0%, 24/24, route 100.0%).
     */
    @Test
    void val51_scores() throws IOException {
        score("val51-", "Fiftieth validation set", 120, 0.99, 0.01, 0.99, 0.62, 0.58);
    }

    /**
     * lockbox37 (session 37): the thirty-sixth lockbox, two personas chosen blind by the same helper and never read by the
     * session (a metric held where it is while another input moves, "post comes in at 1.2 tril - how big does our check need
     * to get to hold our % where it is today?"; Arabic written in Latin letters, "ya3ni law oai pre-money 900bn, kam % ta3
     * amzn ba3d el round?"). Scored once (07:59 UTC, commit 63d1dbe), after val51's first changes: 39.0% exact, 8.0%
     * clarified, 31.0% confidently wrong, route 80.8%, thread turns 8/24, narrative 45.8% (strict 45.8%); the session-start
     * code scores it the same. Its causes were then fixed in part, so it is no longer blind; floors under the session's score
     * after them (87.0% / 11.0%, 17/24, route 98.3%).
     */
    @Test
    void lockbox37_scores() throws IOException {
        score("lockbox37-", "Thirty-sixth lockbox", 120, 0.86, 0.12, 0.97, 0.79, 0.79);
    }

    /**
     * last37 (session 37): two personas chosen blind by the same helper (a bridge chart's walk, the total and then its parts,
     * "total payoff first, then split it into gain on the equity vs aws op profit"; cases between the model's, "midpoint of
     * base and bull on every input", "2/3 of the way from bear to base"). Scored once (08:26 UTC, commit fc2cc61), after the
     * lockbox's fixes: 47.0% exact, 17.0% clarified, 34.0% confidently wrong, route 95.0%, thread turns 12/24, narrative 79.2%
     * (strict 79.2%); the session-start code scores it the same. Its causes were then fixed in part, so it is no longer blind;
     * floors under the session's score after them (85.0% / 9.0%, 18/24, route 96.7%).
     */
    @Test
    void last_set_of_session_thirty_seven_scores() throws IOException {
        score("last37-", "Last set of session thirty-seven", 120, 0.84, 0.10, 0.96, 0.79, 0.79);
    }

    /**
     * val52 (session 38): two personas chosen blind by a helper (the cases counted or quantified over, "how many of the 3
     * cases top 20bn?", "any case where the combined payoff goes negative?"; two bars on one input and the one that binds,
     * "min oai exit that passes both 2.5x and 20% irr over 5y + which is the binding constraint", "vs our 20bn internal
     * limit"). First score, on the session-start code: 53.0% exact, 15.0% clarified, 30.0% confidently wrong, route 84.2%,
     * thread turns 10/24, narrative 83.3% (strict 70.8%). Floors under the session's score after its fixes (90.0% / 7.0%,
     * 24/24, route 98.3%).
     */
    @Test
    void val52_scores() throws IOException {
        score("val52-", "Fifty-first validation set", 120, 0.89, 0.08, 0.97, 0.83, 0.70);
    }

    /**
     * lockbox38 (session 38): the thirty-seventh lockbox, two personas chosen blind by the same helper and never read by the
     * session (levers pulled one at a time and ranked, "capture +10pts vs margin +5pts, which is bigger"; a later round of
     * OpenAI's, sat out or followed, "close at 830 post, then oai raises 100bn at a 1.9T pre and we pass"; one writer's
     * closing report named that subject before scoring). Scored once (10:32 UTC, commit cbc8549), after val52's first
     * changes: 50.0% exact, 10.0% clarified, 39.0% confidently wrong, route 87.5%, thread turns 6/24, narrative 75.0% (strict
     * 66.7%); the session-start code scores it the same. Its causes were then fixed in part, so it is no longer blind;
     * floors under the session's score after them (84.0% / 10.0%, 18/24, route 91.7%).
     */
    @Test
    void lockbox38_scores() throws IOException {
        score("lockbox38-", "Thirty-seventh lockbox", 120, 0.83, 0.11, 0.91, 0.83, 0.74);
    }

    /**
     * last38 (session 38): two personas chosen blind by the same helper (a project-finance desk's words, "the P90 case",
     * "back to payout", "a seven year hold from FID"; Finnish words in English, "1,5 biljoonaa exit and 0 vuotta holding").
     * Scored once (10:40 UTC, commit cadc8e9), after the lockbox's fixes: 67.0% exact, 3.0% clarified, 24.0% confidently
     * wrong, route 95.0%, thread turns 17/24, narrative 58.3% (strict 54.2%); the session-start code scores it one question
     * lower (66.0%, route 94.2%). Its causes were then fixed in part, so it is no longer blind; floors under the session's
     * score after them (94.0% / 2.0%, 24/24, route 97.5%).
     */
    @Test
    void last_set_of_session_thirty_eight_scores() throws IOException {
        score("last38-", "Last set of session thirty-eight", 120, 0.93, 0.03, 0.96, 0.66, 0.62);
    }

    /**
     * val53 (session 39): two personas chosen blind by a helper (staged draws and partial sales, "draws 20 at close / 15 yr1
     * / 15 yr2 … what exit mark gets the irr on those flows to 15%", "half out at 1.2T in yr 3. where does the back half need
     * to clear for a 2x blended"; a running tally of lines in a thread, "line 1: the anthropic equity. line 2: + the indiana
     * campus. subtotal?"). First score, on the session-start code: 68.0% exact, 12.0% clarified, 15.0% confidently wrong,
     * route 91.7%, thread turns 6/24, narrative 70.8% (strict 66.7%). Floors under the session's score after its fixes
     * (80.0% / 11.0%, 12/24, route 94.2%); the tally's lines changed one at a time are not read.
     */
    @Test
    void val53_scores() throws IOException {
        score("val53-", "Fifty-second validation set", 120, 0.79, 0.12, 0.93, 0.70, 0.66);
    }

    /**
     * lockbox39 (session 39): the thirty-eighth lockbox, never read by the session before scoring. One writer had no persona
     * (a brief I wrote: an ordinary member of the team asking everyday questions); the other's persona, chosen blind by the
     * helper, asks for goals that are another setting's level ("what hold lines a 1.25T exit's irr up with bull's over the
     * standard 5 yrs"). Scored once (12:57 UTC, commit 4461dbc), after val53's first changes: 65.0% exact, 5.0% clarified,
     * 20.0% confidently wrong, route 95.0%, thread turns 12/24, narrative 83.3% (strict 79.2%); the session-start code
     * scores it the same. The ordinary half alone: 96.0% / 2.0%, route 100%, 12/12, narrative 100%. Its causes were then
     * fixed in part, so it is no longer blind; floors under the session's score after them (82.0% / 13.0%, 16/24, route
     * 97.5%).
     */
    @Test
    void lockbox39_scores() throws IOException {
        score("lockbox39-", "Thirty-eighth lockbox", 120, 0.81, 0.14, 0.96, 0.83, 0.79);
    }

    /**
     * last39 (session 39): two personas chosen blind by the same helper (Thai words in English, "if oai exit 1.5 ล้านล้าน, max
     * how many ปี we can hold and still clear 12% irr ครับ"; an underwriter's words, "severe-loss scenario", "premium income",
     * "attachment point"). Scored once (13:13 UTC, commit 1f1d037), after the lockbox's fixes: 70.0% exact, 2.0% clarified,
     * 22.0% confidently wrong, route 90.0%, thread turns 15/24, narrative 83.3% (strict 79.2%); the session-start code
     * scores it the same. Its causes were then fixed in part, so it is no longer blind; floors under the session's score
     * after them (93.0% / 4.0%, 23/24, route 95.8%).
     */
    @Test
    void last_set_of_session_thirty_nine_scores() throws IOException {
        score("last39-", "Last set of session thirty-nine", 120, 0.92, 0.05, 0.95, 0.83, 0.79);
    }

    /**
     * val54 (session 40): two personas chosen blind by a helper (the rest of a whole, "what % of oai is everybody-but-amzn",
     * "how much of that leaks to non-aws clouds", "how much of the oai revenue is just cost"; two numbers set level, "at what
     * exit does the cloud profit exactly offset the loss on the stake", "where do the two legs pull level in bull"). First
     * score on the session-start code: 13.0% exact, 3.0% clarified, 67.0% confidently wrong, route 87.5%, thread turns 0/24,
     * narrative 50.0% (strict 45.8%). Floors under the session's score after its fixes (74.0% / 18.0%, route 95.0%, 18/24).
     */
    @Test
    void val54_scores() throws IOException {
        score("val54-", "Fifty-third validation set", 120, 0.73, 0.19, 0.94, 0.54, 0.49);
    }

    /**
     * lockbox40 (session 40): the thirty-ninth lockbox, never read by the session before scoring. One writer had no persona
     * (the ordinary brief of session 39); the other's persona the helper chose: someone's figure, heard at a dinner, and which
     * case it is ("a guy at the fund said our piece would be worth ~90bn in dollars. which of your 3 cases gets us there?").
     * Scored once (15:43 UTC, commit 2f6fd2e), after val54's first changes: 81.0% exact, 6.0% clarified, 11.0% confidently
     * wrong, route 89.2%, thread turns 21/24, narrative 83.3% (strict 79.2%); the ordinary half 100% / 0.0%, route 100%,
     * 12/12, narrative 91.7%; the session-start code scores it the same. Floors under the score after the session's fixes
     * (89.0% / 4.0%, route 97.5%, 23/24).
     */
    @Test
    void lockbox40_scores() throws IOException {
        score("lockbox40-", "Thirty-ninth lockbox", 120, 0.88, 0.05, 0.97, 0.83, 0.79);
    }

    /**
     * last40 (session 40): two personas chosen blind by the same helper (Hebrew words in English, "if oai pre is 870 milyard,
     * kama % of it our 50 gets", "?per year revenue"; a writer who tags each question with what it is for, "what ticket gets
     * us 8% at the headline post — for the deck"). Scored once (15:49 UTC, commit 5883407), after the lockbox's fixes: 84.0%
     * exact, 1.0% clarified, 8.0% confidently wrong, route 91.7%, thread turns 18/24, narrative 66.7% (strict 62.5%); the
     * session-start code scores it the same. Floors under the score after the session's fixes (93.0% / 4.0%, route 97.5%,
     * 21/24).
     */
    @Test
    void last_set_of_session_forty_scores() throws IOException {
        score("last40-", "Last set of session forty", 120, 0.92, 0.05, 0.97, 0.70, 0.66);
    }

    /**
     * val55 (session 41): two personas chosen blind by a helper (a discounter's words for the IRR, "rate that zeroes the npv
     * if we come in at a 950 pre", "oai exit needed for npv = 0 on the 50 @ 8%", "npv-flat @ 12%"; an entry had we bought
     * earlier, "had we bought in at a third of today's valuation …", "where would the earlier round have needed to be
     * priced, post-money, for today's $830bn to be a 4x"). First score on the session-start code: 67.0% exact, 10.0%
     * clarified, 19.0% confidently wrong, route 93.3%, thread turns 14/24, narrative 79.2% (strict 75.0%). Floors under the
     * session's score after its fixes (93.0% / 3.0%, route 99.2%, 21/24).
     */
    @Test
    void val55_scores() throws IOException {
        score("val55-", "Fifty-fourth validation set", 120, 0.92, 0.04, 0.98, 0.78, 0.74);
    }

    /**
     * lockbox41 (session 41): the fortieth lockbox, never read by the session before scoring. One writer had no persona (the
     * ordinary brief of sessions 39 and 40); the other's persona the helper chose: every number framed against a reference,
     * "bear case - stake value as a gap to the 50 we put in, $bn", "drop the 1.2T - bear payoff on bear's own exit". Scored
     * once (18:26 UTC, commit a32d940), after val55's first changes: 93.0% exact, 1.0% clarified, 5.0% confidently wrong,
     * route 98.3%, thread turns 23/24, narrative 79.2% (strict 75.0%); the ordinary half 96.0% / 0.0%, route 98.3%, 12/12,
     * narrative 75.0%; the session-start code scores it the same. Floors under the score after the session's fixes (95.0% /
     * 3.0%, route 99.2%, 24/24).
     */
    @Test
    void lockbox41_scores() throws IOException {
        score("lockbox41-", "Fortieth lockbox", 120, 0.94, 0.04, 0.98, 0.78, 0.74);
    }

    /**
     * last41 (session 41): two personas chosen blind by the same helper (how much a number moves, "post at 1.15tn instead of
     * the 830 - how much does our % move vs base?", "exit to 1.5T now - delta vs last", "what capture share adds 5bn of aws op
     * profit on top of base?"; Hungarian words in English, "openai is only 0,7 ezer milliárd at exit", "per év", "köszi").
     * Scored once (18:30 UTC, commit 891c1bd), after the lockbox's fixes: 46.0% exact, 12.0% clarified, 41.0% confidently
     * wrong, route 95.0%, thread turns 11/24, narrative 75.0% (strict 70.8%); the session-start code scores it the same.
     * Floors under the score after the session's fixes (93.0% / 5.0%, route 98.3%, 24/24).
     */
    @Test
    void last_set_of_session_forty_one_scores() throws IOException {
        score("last41-", "Last set of session forty-one", 120, 0.92, 0.06, 0.97, 0.74, 0.70);
    }

    /**
     * val56 (session 41): one writer, written blind after the session had added the reading of moves ("how much does our %
     * move vs base") and of goals against the number as it stands, to see whether they hold in words nobody here wrote: a
     * persona of mine, an analyst who asks how numbers move and sets goals relative to where a number stands. First score
     * on the code as it then was (19:19 UTC, commit 4f53a91): 72.0% exact, 2.0% clarified, 24.0% confidently wrong, route
     * 98.3%, thread turns 7/12, narrative 83.3% (strict 83.3%); the session-start code: 44.0% / 52.0%. Floors under the
     * score after the fixes that followed (90.0% / 6.0%, route 98.3%, 9/12).
     */
    @Test
    void val56_scores() throws IOException {
        score("val56-", "Fifty-fifth validation set", 60, 0.88, 0.07, 0.97, 0.82, 0.82);
    }

    /**
     * val57 (session 42): two personas chosen blind by a helper (numbers read off someone's tab, and the inputs behind two of
     * them asked at once, "2.2x moic, 18% irr. what oai exit + how many yrs was he running?", "we'd own 4.5% and the piece is
     * worth 67.5bn — what post and what exit"; figures typed as a table, "key: check/post/exit/yrs" then "—/—/1.3T/4 → moic,
     * irr"). First score on the session-start code: 37.0% exact, 23.0% clarified, 33.0% confidently wrong, route 91.7%,
     * thread turns 5/24, narrative 75.0% (strict 70.8%). Floors under the session's score after its fixes (84.0% / 9.0%,
     * route 93.3%, 23/24).
     */
    @Test
    void val57_scores() throws IOException {
        score("val57-", "Fifty-sixth validation set", 120, 0.82, 0.11, 0.92, 0.70, 0.62);
    }

    /**
     * lockbox42 (session 42): the forty-first lockbox, never read by the session before scoring. One writer had no persona
     * (the ordinary brief of sessions 39 to 41); the other's persona the helper chose: a model validator who pins inputs at
     * their limits ("Pin the exit at exactly that same $1.2T", "capture pinned at 100% and the margin also pinned at 100%",
     * "Suppose our check is as big as the whole $100B round, with the post-money left at $830B").
     * Scored once (21:18 UTC, commit fc79de8), after val57's first changes: 96.9% exact, 1.0% clarified, 2.1% confidently
     * wrong, route 97.5%, thread turns 22/24, narrative 81.5% (strict 77.8%); the ordinary half 100% / 0.0%, route 100%,
     * 11/12, narrative 86.7%; the session-start code scores it the same. Floors under the score after the session's fixes
     * (100% / 0.0%, route 97.5%, 23/24).
     */
    @Test
    void lockbox42_scores() throws IOException {
        score("lockbox42-", "Forty-first lockbox", 120, 0.98, 0.02, 0.96, 0.81, 0.77);
    }

    /**
     * last42 (session 42): two personas chosen blind by the same helper (a figure the asker is unsure of, with the answer
     * asked under each reading, "1.2 tril - exit or post? moic if its the exit, and moic if its really the post"; every
     * number set against a world without the deal, "net of t-bills at 4% compounded over 5y", "aws would've had 20% anyway").
     * Scored once (21:23 UTC, commit 8c600c3), after the lockbox's fixes: 29.0% exact, 19.0% clarified, 44.0% confidently
     * wrong, route 93.3%, thread turns 7/24, narrative 58.3% (strict 58.3%); the session-start code 28.0% / 43.0%. Floors
     * under the score after the session's fixes (52.0% / 32.0%, route 92.5%, 10/24): what it still misses is listed in
     * docs/reading-questions.md.
     */
    @Test
    void last_set_of_session_forty_two_scores() throws IOException {
        score("last42-", "Last set of session forty-two", 120, 0.50, 0.34, 0.91, 0.54, 0.54);
    }

    /**
     * val58 (session 43): two personas chosen blind by a helper (OpenAI priced as a multiple of a revenue the asker supplies,
     * "oai at 20x ntm rev, rev 70bn at exit", "what fwd sales multiple on 90bn of rev gets us a 3x"; the round described as a
     * cap table in points, "the round is ~12% dilutive on an FD basis and we take half of it", "if a point of OpenAI costs us
     * $9bn"). First score on the session-start code: 26.0% exact, 36.0% clarified, 33.0% confidently wrong, route 98.3%,
     * thread turns 1/24, narrative 66.7% (strict 58.3%). Floors under the session's score after its fixes (88.0% / 5.0%,
     * route 98.3%, 24/24).
     */
    @Test
    void val58_scores() throws IOException {
        score("val58-", "Fifty-seventh validation set", 120, 0.86, 0.07, 0.97, 0.62, 0.54);
    }

    /**
     * lockbox43 (session 43): the forty-second lockbox, never read by the session before scoring. One writer had no persona
     * (the ordinary brief of sessions 39 to 42); the other's persona the helper chose: an LP-relations manager who gives the
     * exit through another investor's result ("SoftBank went in at a $300bn post - if OpenAI exits where SoftBank makes
     * exactly 5x", "where the people who bought at the $500bn secondary double their money").
     * Scored once (00:02 UTC, commit e47f436), after val58's first changes: 75.0% exact, 4.0% clarified, 12.0% confidently
     * wrong, route 90.8%, thread turns 17/24, narrative 87.5% (strict 87.5%); the ordinary half 96.0% / 4.0%, route 100%,
     * 12/12, narrative 91.7%; the session-start code scores it the same. Floors under the score after the session's fixes
     * (99.0% / 1.0%, route 99.2%, 24/24).
     */
    @Test
    void lockbox43_scores() throws IOException {
        score("lockbox43-", "Forty-second lockbox", 120, 0.97, 0.02, 0.98, 0.87, 0.87);
    }

    /**
     * last43 (session 43): two personas chosen blind by the same helper (the stake sold on a secondary at a discount or
     * premium to its mark, "we sell the whole stake at a 20% discount to NAV", "buyers are bidding 85c on the dollar. what
     * mark do we need to clear 2x after the haircut"; every number taken to one Amazon share with the asker's share count and
     * tax, "worth $10/sh on ~10.7bn diluted shares", "after 21% tax, how many cents of annual EPS"). Scored once (00:06 UTC,
     * commit 4cad6f2), after the lockbox's fixes: 57.0% exact, 21.0% clarified, 18.0% confidently wrong, route 95.8%,
     * thread turns 14/24, narrative 79.2% (strict 75.0%); the session-start code scores it the same. Floors under the score
     * after the session's fixes (86.0% / 8.0%, route 95.8%, 17/24): what it still misses is listed in
     * docs/reading-questions.md.
     */
    @Test
    void last_set_of_session_forty_three_scores() throws IOException {
        score("last43-", "Last set of session forty-three", 120, 0.84, 0.10, 0.94, 0.75, 0.70);
    }

    /**
     * val59 (session 44): two personas chosen blind by a helper (inputs tied to each other or moving a step a year, with the
     * point asked where a metric peaks or reaches a goal, "each 10pts of capture above base knocks 5pts off aws's margin",
     * "every extra 10bn on our check pushes the post up 25bn", "oai grows 30% in yr 1 and the growth rate slows 4pts a yr";
     * an input's corridor for a band of a goal, "capture-share corridor for a base profit of 12-18bn", "exit floor and
     * ceiling for a 1.5x-2.5x multiple"). First score on the session-start code: 35.0% exact, 11.0% clarified, 43.0%
     * confidently wrong, route 95.0%, thread turns 3/24, narrative 75.0% (strict 66.7%). Floors under the session's score
     * after its fixes (85.0% / 13.0%, route 97.5%, 17/24): the corridors said again in a thread are not kept.
     */
    @Test
    void val59_scores() throws IOException {
        score("val59-", "Fifty-eighth validation set", 120, 0.83, 0.15, 0.96, 0.70, 0.62);
    }

    /**
     * lockbox44 (session 44): the forty-third lockbox, never read by the session before scoring. One writer had no persona
     * (the ordinary brief of sessions 39 to 43); the other's persona the helper chose: a finance partner who sets every number
     * against a yardstick of their own ("gain on our 50, in bps of amzn trailing net sales [~640bn, mine]", "how many qtrs of
     * aws op income [~40bn/yr]", "to 10% of amzn fy operating income [i have ~70bn]"). Scored once (02:50 UTC, commit
     * ecc79ef), after val59's first changes: 67.0% exact, 15.0% clarified, 17.0% confidently wrong, route 100%, thread turns
     * 13/24, narrative 66.7% (strict 58.3%); the ordinary half 100% exact, 0% wrong, route 100%, 12/12, narrative 75.0%; the
     * session-start code scores it the same. Floors under the score after the session's fixes (96.0% / 3.0%, route 100%,
     * 21/24).
     */
    @Test
    void lockbox44_scores() throws IOException {
        score("lockbox44-", "Forty-third lockbox", 120, 0.94, 0.05, 0.98, 0.66, 0.58);
    }

    /**
     * last44 (session 44): two personas chosen blind by the same helper (OpenAI's value marked year by year, "yr2 mark came in
     * at 1.05T", "straight line 830 -> 1.6 trilion over 4 yrs. stake value at the yr2 mark?", "year-end marks: yr1 900, yr2
     * 1.05T, …, first yr our moic clears 1.5x?"; a Romanian speaker's English, "exits la 1,2 bilioane USD", "50 mld.",
     * "procent", "pe an"). Scored once (02:56 UTC, commit b941521), after the lockbox's fixes: 59.0% exact, 20.0% clarified,
     * 18.0% confidently wrong, route 97.5%, thread turns 11/24, narrative 62.5% (strict 58.3%); the session-start code scores
     * it the same. Floors under the score after the session's fixes (89.0% / 5.0%, route 100%, 23/24).
     */
    @Test
    void last_set_of_session_forty_four_scores() throws IOException {
        score("last44-", "Last set of session forty-four", 120, 0.87, 0.07, 0.98, 0.58, 0.54);
    }

    /**
     * val60 (session 45): two personas chosen blind by a helper (the 50 going in as a 1x or 1.5x non-participating preferred
     * with a cap on proceeds, "at what exit does converting overtake the preference", "caps our proceeds at 120bn"; the check
     * paid partly in AWS credits that cost 60-70c a dollar to deliver, "30 cash / 20 credits @ 65c/$ … cash basis moic").
     * First score on the session-start code: 58.0% exact, 14.0% clarified, 25.0% confidently wrong, route 91.7%, thread
     * turns 8/24, narrative 75.0% (strict 75.0%). Floors under the session's score after its fixes (81.0% / 15.0%, route
     * 93.3%, 13/24): the cash basis is not kept in a thread ("same in bull", "irr on that … cash basis vs headline").
     */
    @Test
    void val60_scores() throws IOException {
        score("val60-", "Fifty-ninth validation set", 120, 0.79, 0.17, 0.92, 0.70, 0.70);
    }

    /**
     * lockbox45 (session 45): the forty-fourth lockbox, never read by the session before scoring. One writer had no persona
     * (the ordinary brief of sessions 39 to 44); the other's persona the helper chose: one question typed in bursts of
     * Enter, fragments on lines of their own and corrections after them ("oai at⏎900b pre money⏎what slice does our 50
     * get", "oai gets sold at 1.25T⏎*1.35T", "base⏎no sorry bear"). Scored once (05:09 UTC, commit 0087968), after val60's
     * first changes: 81.0% exact, 6.0% clarified, 10.0% confidently wrong, route 98.3%, thread turns 21/24, narrative 75.0%
     * (strict 70.8%); the ordinary half 100% exact, 0% wrong, route 100%, 12/12, narrative 75.0% (strict 66.7%); the
     * session-start code scores it the same. Floors under the score after the session's fixes (93.0% / 1.0%, route 99.2%,
     * 23/24).
     */
    @Test
    void lockbox45_scores() throws IOException {
        score("lockbox45-", "Forty-fourth lockbox", 120, 0.91, 0.03, 0.97, 0.70, 0.66);
    }

    /**
     * last45 (session 45): two personas chosen blind by the same helper (one input equally likely anywhere in a range, and
     * the expected, median or chance asked, "exit equally likely anywhere between 700bn and 1.9T … expected value of our
     * stake", "what are the odds our moic clears 2.5x"; a merchant's words, "a 60% markup on cost", "priced at keystone",
     * "sell-through"). Scored once (05:42 UTC, commit 7d81e98), after the lockbox's fixes: 44.0% exact, 19.0% clarified,
     * 33.0% confidently wrong, route 83.3%, thread turns 7/24, narrative 50.0% (strict 45.8%); the session-start code scores
     * it the same. Floors under the score after the session's fixes (87.0% / 8.0%, route 95.8%, 21/24).
     */
    @Test
    void last_set_of_session_forty_five_scores() throws IOException {
        score("last45-", "Last set of session forty-five", 120, 0.85, 0.10, 0.94, 0.54, 0.50);
    }

    /**
     * val61 (session 46): two personas chosen blind by a helper (warrants on top of the equity, "warrants on 2% fd, struck at
     * the 830 post, 5 tranches, one per 10bn of aws spend", "combined moic w/ the warrants counted"; part of the check funded
     * with notes, "20 of the 50 on 5y notes at 4.8%, 30 cash … MOIC on the 30 once the notes and coupons are paid"). First
     * score on the session-start code: 40.0% exact, 26.0% clarified, 26.0% confidently wrong, route 94.2%, thread turns 2/24,
     * narrative 75.0% (strict 70.8%). Floors under the session's score after its fixes (80.0% / 11.0%, route 96.7%, 15/24).
     */
    @Test
    void val61_scores() throws IOException {
        score("val61-", "Sixtieth validation set", 120, 0.78, 0.13, 0.95, 0.70, 0.66);
    }

    /**
     * lockbox46 (session 46): the forty-fifth lockbox, never read by the session before scoring. One writer had no persona
     * (the ordinary brief of sessions 39 to 45); the other's persona the helper chose: the return counted all in, AWS's
     * operating profit as cash each year beside the exit ("the all-in IRR with the base AWS profit landing in each year",
     * "AWS profit ramps $1/3/5/7/9bn", "drop the exit altogether"). Scored once (08:16 UTC, commit 3c3b0be), after val61's
     * first change: 64.0% exact, 2.0% clarified, 30.0% confidently wrong, route 97.5%, thread turns 12/24, narrative 87.5%
     * (strict 87.5%); the ordinary half 100% exact, 0% wrong, route 98.3%, 12/12, narrative 100% (strict 100%), all five
     * targets met. Floors under the score after the session's fixes (100% / 0%, route 97.5%, 24/24).
     */
    @Test
    void lockbox46_scores() throws IOException {
        score("lockbox46-", "Forty-fifth lockbox", 120, 0.98, 0.01, 0.96, 0.83, 0.83);
    }

    /**
     * last46 (session 46): two personas chosen blind by the same helper (numbers in real terms, "assume 3% CPI throughout",
     * "a 4% real IRR", "in today's dollars", "now at 4%"; a film financier's words, "the negative cost", "the backend", "the
     * gross on the ancillaries", "the usual five-year window"). Scored once (08:50 UTC, commit 5ed0b84), after the lockbox's
     * fixes: 31.0% exact, 21.0% clarified, 35.0% confidently wrong, route 89.2%, thread turns 2/24, narrative 66.7% (strict
     * 62.5%). Floors under the score after the session's fixes (86.0% / 12.0%, route 95.0%, 17/24).
     */
    @Test
    void last_set_of_session_forty_six_scores() throws IOException {
        score("last46-", "Last set of session forty-six", 120, 0.84, 0.14, 0.93, 0.66, 0.62);
    }

    /**
     * val62 (session 47): two personas chosen blind by a helper (the check as a convertible note, "850bn post-money cap, 15%
     * disc, next px'd round at $1,150bn post", "no cap, 20% discount - what next-round post gets our 50 to 5%"; an exit said
     * as an enterprise value with net debt to clear, "1.4 tril EV, 55bn of net debt", "what's oai's EV going in"). First
     * score on the session-start code: 30.0% exact, 19.0% clarified, 47.0% confidently wrong, route 94.2%, thread turns
     * 1/24, narrative 75.0% (strict 75.0%). Floors under the session's score after its fixes (95.0% / 2.0%, route 96.7%,
     * 24/24).
     */
    @Test
    void val62_scores() throws IOException {
        score("val62-", "Sixty-first validation set", 120, 0.93, 0.04, 0.95, 0.75, 0.75);
    }

    /**
     * lockbox47 (session 47): the forty-sixth lockbox, never read by the session before scoring. One writer had no persona
     * (the ordinary brief of sessions 39 to 46); the other's persona the helper chose: the upside against the downside, bull
     * leg against bear leg ("how many $ of upside per $ of downside on our 50", "what bull exit gets 3 bucks up per buck
     * down", "combined payoff skew measured off base"). Scored once (11:15 UTC, commit d0af5ec), after val62's first
     * changes: 76.0% exact, 8.0% clarified, 13.0% confidently wrong, route 94.2%, thread turns 18/24, narrative 91.7%
     * (strict 87.5%); the ordinary half 98.0% exact, 2.0% wrong, route 100%, 12/12, narrative 83.3%. Floors under the score
     * after the session's fixes (99.0% / 1.0%, route 99.2%, 24/24).
     */
    @Test
    void lockbox47_scores() throws IOException {
        score("lockbox47-", "Forty-sixth lockbox", 120, 0.97, 0.02, 0.97, 0.83, 0.79);
    }

    /**
     * last47 (session 47): two personas chosen blind by the same helper (AWS's build for OpenAI, its payback and pre-tax
     * return, "what capture share gets me a 12% pre-tax return a yr on a 50bn build", "60bn of capacity, depreciated over 6
     * yrs"; a coverage banker's words, "the anchor ticket", "share of wallet", "the fee pool"). Scored once (11:31 UTC,
     * commit 2d45f0b), after the lockbox's fixes: 66.0% exact, 6.0% clarified, 20.0% confidently wrong, route 95.0%, thread
     * turns 12/24, narrative 62.5% (strict 58.3%). Floors under the score after the session's fixes (95.0% / 5.0%, route
     * 98.3%, 23/24).
     */
    @Test
    void last_set_of_session_forty_seven_scores() throws IOException {
        score("last47-", "Last set of session forty-seven", 120, 0.92, 0.07, 0.95, 0.54, 0.50);
    }

    /**
     * val63 (session 48): two personas chosen blind by a helper (AWS's side valued as a business beside the stake, "stake $
     * plus aws op profit off oai at 20x ebit, net of the 50", "what capture share gets that leg alone to the 50"; AWS's profit
     * against what the capacity would otherwise earn, "the racks would otherwise go to enterprise at a 30% margin", "what
     * margin on oai gets the incremental to $2bn a year"). First score on the session-start code: 54.0% exact, 13.0%
     * clarified, 26.0% confidently wrong, route 95.8%, thread turns 7/24, narrative 66.7% (strict 62.5%). Floors under the
     * session's score after its fixes (97.0% / 1.0%, route 100%, 24/24).
     */
    @Test
    void val63_scores() throws IOException {
        score("val63-", "Sixty-second validation set", 120, 0.95, 0.03, 0.97, 0.62, 0.58);
    }

    /**
     * lockbox48 (session 48): the forty-seventh lockbox, never read by the session before scoring. One writer had no persona
     * (the ordinary brief of sessions 39 to 47); the other's persona the helper chose: the check put in for a share of
     * OpenAI's revenue instead of equity ("we wire the 50 for 250bps of oai top line for 7 yrs, top line 30bn yr1, +35%/yr",
     * "what exit does the equity need to match that total take"). Scored once (14:16 UTC, commit d54393bb), after val63's
     * first changes: 67.0% exact, 16.0% clarified, 14.0% confidently wrong, route 98.3%, thread turns 13/24, narrative 79.2%
     * (strict 75.0%); the ordinary half 96.0% exact, 4.0% wrong, route 98.3%, 12/12, narrative 83.3%. Floors under the score
     * after the session's fixes (97.0% / 1.0%, route 100%, 24/24).
     */
    @Test
    void lockbox48_scores() throws IOException {
        score("lockbox48-", "Forty-seventh lockbox", 120, 0.95, 0.03, 0.97, 0.79, 0.75);
    }

    /**
     * last48 (session 48): two personas chosen blind by the same helper (part of the check laid off to co-investors, "lay off
     * 15 to the sovereigns at cost", "a 10% promote on their upside", "sell 12 of the 50 at a 4% markup to entry"; an oil and
     * gas investor's words, "working interest", "farm-in cost", "netback", "the gusher case", "dry hole"). Scored once (14:38
     * UTC, commit 2086a946), after the lockbox's fixes: 36.0% exact, 9.0% clarified, 38.0% confidently wrong, route 85.0%,
     * thread turns 8/24, narrative 87.5% (strict 87.5%). Floors under the score after the session's fixes (96.0% / 2.0%,
     * route 99.2%, 24/24).
     */
    @Test
    void last_set_of_session_forty_eight_scores() throws IOException {
        score("last48-", "Last set of session forty-eight", 120, 0.93, 0.04, 0.97, 0.87, 0.87);
    }

    /**
     * val64 (session 49): two personas chosen blind by a helper (a loan against the stake, "we have drawn 18bn on the stake
     * and the covenant trips at 60% ltv, what oai mark gets us to that point", "what is the stake worth with 30bn drawn
     * against it"; a walk of a metric from one case to another one input at a time, "aws op profit, base → bear: capture step
     * then margin step, $ each", "rerun: margin → capture → exit"). First score on the session-start code: 39.0% exact,
     * 11.0% clarified, 42.0% confidently wrong, route 90.0%, thread turns 6/24, narrative 58.3% (strict 58.3%). Floors under
     * the session's score after its fixes (90.0% / 7.0%, route 95.8%, 21/24).
     */
    @Test
    void val64_scores() throws IOException {
        score("val64-", "Sixty-third validation set", 120, 0.88, 0.09, 0.95, 0.55, 0.55);
    }

    /**
     * lockbox49 (session 49): the forty-eighth lockbox, never read by the session before scoring. One writer had no persona
     * (the ordinary brief of sessions 39 to 48); the other's persona the helper chose: a goal said first, then the levers
     * that could each reach it on their own ("Goal: a combined payoff of $25bn in base. What would each of these need to be
     * on its own? • exit • capture • margin"), or a goal beside a question for a case's own number. Scored once (17:38 UTC,
     * commit a8ac16e1), after val64's first changes: 74.0% exact, 3.0% clarified, 22.0% confidently wrong, route 91.7%,
     * thread turns 15/24, narrative 83.3% (strict 83.3%); the ordinary half 94.0% exact, 4.0% wrong, route 100%, 12/12,
     * narrative 91.7%. Floors under the score after the session's fixes (97.0% / 1.0%, route 98.3%, 22/24).
     */
    @Test
    void lockbox49_scores() throws IOException {
        score("lockbox49-", "Forty-eighth lockbox", 120, 0.95, 0.03, 0.97, 0.80, 0.80);
    }

    /**
     * last49 (session 49): two personas chosen blind by the same helper (the check bought in lots at different prices, a
     * trader's blotter, "lot1 20 @ 650 pre, lot2 30 @ 1.1T post", "where does the next 30 have to print for the blended
     * entry to land @ 830"; Finglish, Persian typed in Latin letters, "oai exits at 2 hezar milliard -> moic-e ma chand x?").
     * Scored once (18:03 UTC, commit 15ca6748), after the lockbox's fixes: 36.0% exact, 26.0% clarified, 28.0% confidently
     * wrong, route 89.2%, thread turns 4/24, narrative 62.5% (strict 54.2%). Floors under the score after the session's
     * fixes (87.0% / 7.0%, route 96.7%, 21/24).
     */
    @Test
    void last_set_of_session_forty_nine_scores() throws IOException {
        score("last49-", "Last set of session forty-nine", 120, 0.85, 0.09, 0.95, 0.72, 0.68);
    }

    /**
     * val65 (session 50): two personas chosen blind by a helper (alternatives listed to be put in order, "smallest to
     * biggest - our % of oai if the round gets done at: 1.2 tril post / 950bn pre-money / $1,000bn post", "odd one out on
     * moic: …", "top 2 only"; questions set as an exam paper, "(a) Find the stake's value in $bn. [2] (b) Hence find the IRR
     * over 5 yrs, to 3 s.f. [2]"). First score on the session-start code: 47.4% exact, 29.9% clarified, 20.6% confidently
     * wrong, route 97.5%, thread turns 14/24, narrative 63.0% (strict 55.6%). Floors under the session's score after its
     * fixes (89.7% / 7.2%, route 96.7%, 21/24).
     */
    @Test
    void val65_scores() throws IOException {
        score("val65-", "Sixty-fourth validation set", 120, 0.87, 0.09, 0.95, 0.60, 0.52);
    }

    /**
     * lockbox50 (session 50): the forty-ninth lockbox, never read by the session before scoring. One writer had no persona
     * (the ordinary brief of sessions 39 to 49); the other's persona the helper chose: traffic-light bands to grade each
     * number by, "aws profit on the oai compute, base - G >=25b, A 15-25, R <15", "what margin does aws need to get out of
     * R". Scored once (20:35 UTC, commit 8930d639), after val65's first changes: 83.0% exact, 8.0% clarified, 7.0%
     * confidently wrong, route 97.5%, thread turns 17/24, narrative 79.2% (strict 70.8%); the ordinary half 100% exact, 0%
     * wrong, route 100%, 12/12, narrative 83.3%. Floors under the score after the session's fixes (98.0% / 1.0%, route
     * 98.3%, 23/24).
     */
    @Test
    void lockbox50_scores() throws IOException {
        score("lockbox50-", "Forty-ninth lockbox", 120, 0.96, 0.02, 0.97, 0.77, 0.68);
    }

    /**
     * last50 (session 50): two personas chosen blind by the same helper (a negotiation's log of prices, "us: 790 post /
     * them: 1.08T / us: 855 / them: 965 - where does their last number leave us, % wise?", "split the last two down the
     * middle"; a shipping charter's words for the deal, "how much of OpenAI's cargo would AWS need to carry for the hire alone
     * to reach 15 billion a year", in formal British English). Scored once (20:46 UTC, commit 2b73a788), after the lockbox's
     * fixes: 50.0% exact, 8.0% clarified, 30.0% confidently wrong, route 87.5%, thread turns 8/24, narrative 79.2% (strict
     * 75.0%). Floors under the score after the session's fixes (85.0% / 10.0%, route 90.8%, 17/24); the charter's words
     * (the ship, its cargo, the hire) are not read, and are most of what is left.
     */
    @Test
    void last_set_of_session_fifty_scores() throws IOException {
        score("last50-", "Last set of session fifty", 120, 0.83, 0.11, 0.89, 0.77, 0.72);
    }

    /**
     * val66 (session 51): two personas chosen blind by a helper (a deal's legal clauses pasted under their numbers, "§2.1
     * Purchase Price: US$50,000,000,000 / §8.1 Exit Value: US$[●] / what would §8.1 have to read"; a news wire's headlines
     * pasted above each question, "*OPENAI ROUND SAID TO PRICE AT $950B PRE-MONEY: INFORMATION / our slice at that pre?").
     * First score, on the session-start code: 58.0% exact, 22.0% clarified, 11.0% confidently wrong, route 90.8%, thread
     * turns 14/24, narrative 33.3% (strict 33.3%). Floors under the score after the session's fixes (93.0% / 3.0%, route
     * 96.7%, 21/24, narrative 70.8%).
     */
    @Test
    void val66_scores() throws IOException {
        score("val66-", "Sixty-fifth validation set", 120, 0.91, 0.04, 0.95, 0.68, 0.68);
    }

    /**
     * lockbox51 (session 51): the fiftieth lockbox, never read by the session before scoring. One writer had no persona
     * (the ordinary brief of sessions 39 to 50); the other sized things by other companies, with their own figure for each,
     * "where does oai need to exit so our piece on its own is a nike's worth? (i carry nike at ~110bn)". Scored once (23:39
     * UTC, commit c948bacf), after val66's first changes: 61.0% exact, 1.0% clarified, 16.0% confidently wrong, route 78.3%,
     * thread turns 12/24, narrative 58.3% (strict 54.2%); the ordinary half 98.0% / 2.0%, route 100%, 12/12. Floors under the
     * score after the session's fixes (89.0% / 4.0%, route 97.5%, 19/24).
     */
    @Test
    void lockbox51_scores() throws IOException {
        score("lockbox51-", "Fiftieth lockbox", 120, 0.87, 0.05, 0.96, 0.56, 0.52);
    }

    /**
     * last51 (session 51): two personas chosen blind by the same helper (a modeller who ties each number out, "bear aws op
     * profit, then the margin that gets bear profit back there - sb 30%"; a sports club's words for the deal, the club's
     * buy-in, our LP slice, a control sale, seasons, a title run). Scored once (23:57 UTC, commit 4ae28354), after the
     * lockbox's fixes: 29.0% exact, 20.0% clarified, 35.0% confidently wrong, route 85.0%, thread turns 6/24, narrative
     * 62.5%. Floors under the score after the session's fixes (55.0% / 27.0%, route 85.0%, 13/24); the club's words are not
     * read, and are nearly all of what is left (its half: 28.0% exact; the tie-out half: 82.0% / 16.0%).
     */
    @Test
    void last_set_of_session_fifty_one_scores() throws IOException {
        score("last51-", "Last set of session fifty-one", 120, 0.53, 0.28, 0.83, 0.60, 0.60);
    }

    /**
     * val67 (session 52): two personas chosen blind by a helper (a question written as a brief for a language model, in
     * labelled fields, "Role: skeptical IC member. / Context: bear case. / Task: aws op margin needed for the combined payoff
     * to net out at exactly zero / Output: {"margin_pct": xx.xx}"; OpenAI priced per share on its fully diluted count, "round
     * px'd at $168/sh w 5.05bn FD post-round — what % does the 50 get us"). First score, on the session-start code: 51.0%
     * exact, 20.0% clarified, 23.0% confidently wrong, route 89.2%, thread turns 14/24, narrative 70.8% (strict 66.7%).
     * Floors under the score after the session's fixes (96.0% / 3.0%, route 96.7%, 23/24, narrative 79.2%).
     */
    @Test
    void val67_scores() throws IOException {
        score("val67-", "Sixty-sixth validation set", 120, 0.94, 0.04, 0.95, 0.77, 0.73);
    }

    /**
     * lockbox52 (session 52): the fifty-first lockbox, never read by the session before scoring. One writer had no persona
     * (the ordinary brief of sessions 39 to 51); the other split the check between primary and secondary, "30 primary at a
     * 900 pre + 20 secondary off employees at 15% under the round px - total % of oai?". Scored once (02:27 UTC, commit
     * 6b0c4836), after val67's first changes: 56.0% exact, 23.0% clarified, 16.0% confidently wrong, route 97.5%, thread turns
     * 12/24, narrative 58.3% (strict 58.3%); the ordinary half 100% / 0.0%, route 100%, 12/12. Floors under the score after
     * the session's fixes (98.0% / 1.0%, route 99.2%, 24/24).
     */
    @Test
    void lockbox52_scores() throws IOException {
        score("lockbox52-", "Fifty-first lockbox", 120, 0.96, 0.02, 0.97, 0.52, 0.52);
    }

    /**
     * last52 (session 52): two personas chosen blind by the same helper (an English writer thinking in European Portuguese,
     * "exit of openai at 1,25 biliões - how much is worth our stake then", "which TIR we get in 5 anos? obrigado"; an aircraft
     * lessor's words for the deal, the lessee, lease yield, rentals, the program, redelivery and the residual). Scored once
     * (02:34 UTC, commit 462068b5), after the lockbox's fixes: 72.0% exact, 7.0% clarified, 17.0% confidently wrong, route
     * 96.7%, thread turns 13/24, narrative 79.2% (strict 75.0%). Floors under the score after the session's fixes (86.0% /
     * 8.0%, route 97.5%, 20/24); the lessor's words are not read, and are all of what is left (the Portuguese half: 100%).
     */
    @Test
    void last_set_of_session_fifty_two_scores() throws IOException {
        score("last52-", "Last set of session fifty-two", 120, 0.84, 0.09, 0.95, 0.77, 0.77);
    }

    /**
     * val68 (session 53): two personas chosen blind by a helper (a case told as a story before the question, "story: the ai
     * spend boom cools off and aws only gets a thin slice of oai's compute at thin margins. what's the lowest mark …"; a level
     * held with a list of values to solve at each, "stake worth 120bn line: post 800bn / 950bn -> exit needed at each").
     * First scored on the session-start code: 66.0% exact, 6.0% clarified, 24.0% confidently wrong, route 92.5%, thread turns
     * 16/24, narrative 87.5% (strict 83.3%). Floors under the score after the session's fixes (79.0% / 14.0%, route 95.8%,
     * 20/24, narrative 87.5%, strict 83.3%).
     */
    @Test
    void val68_scores() throws IOException {
        score("val68-", "Sixty-seventh validation set", 120, 0.77, 0.15, 0.95, 0.87, 0.83);
    }

    /**
     * lockbox53 (session 53): the ordinary writer, and a writer who asks Amazon's look-through (pro-rata) share of OpenAI's
     * own quantities ("Assume OpenAI burns 22bn of cash a year … how much of that burn is ours pro rata"). Scored once (06:13
     * UTC, commit 405b1d15), after val68's first changes: 80.0% exact, 7.0% clarified, 12.0% confidently wrong, route 90.8%,
     * thread turns 15/24, narrative 83.3% (strict 79.2%); the ordinary half 98.0% / 2.0%, route 100%, 12/12, narrative 100%.
     * Floors under the score after the session's fixes (89.0% / 8.0%, route 96.7%, 20/24).
     */
    @Test
    void lockbox53_scores() throws IOException {
        score("lockbox53-", "Fifty-second lockbox", 120, 0.87, 0.10, 0.95, 0.79, 0.75);
    }

    /**
     * last53 (session 53): a poll of the team's guesses asked at its median or average ("exit poll - kasia: 1.1T, luis: 950bn,
     * … whats our stake worth at the median guess"), and a biotech business-development desk's words (the upfront, the
     * partner, the readout, the supply agreement). Scored once (06:28 UTC, commit 7d502b29), after the lockbox's fixes: 63.0%
     * exact, 18.0% clarified, 12.0% confidently wrong, route 93.3%, thread turns 13/24, narrative 83.3% (strict 83.3%). Floors
     * under the score after the session's fixes (88.0% / 6.0%, route 95.8%, 17/24, narrative 91.7%); a poll's edits in a
     * thread ("scratch luis", "kit changed his to 1.3T") are not read.
     */
    @Test
    void last_set_of_session_fifty_three_scores() throws IOException {
        score("last53-", "Last set of session fifty-three", 120, 0.86, 0.07, 0.95, 0.87, 0.87);
    }

    /**
     * val69 (session 54): two personas chosen blind by a helper (the weight a case needs before an expected metric crosses a
     * bar, "what's the smallest p(bull), rest sitting on bear, that still has the expected value of our stake above 40bn?";
     * a term sheet's trades that keep a result where a case has it, "they hand aws 60% of oai's compute. how high can the
     * post go before we're back at base combined payoff"). First scored on the session-start code: 39.0% exact, 7.0%
     * clarified, 45.0% confidently wrong, route 90.8%, thread turns 7/24, narrative 70.8% (strict 66.7%). Floors under the
     * score after the session's fixes (83.0% / 9.0%, route 99.2%, 17/24, narrative 70.8%, strict 66.7%).
     */
    @Test
    void val69_scores() throws IOException {
        score("val69-", "Sixty-eighth validation set", 120, 0.81, 0.11, 0.95, 0.70, 0.66);
    }

    /**
     * lockbox54 (session 54): the ordinary writer, and a writer who reads every return as a doubling time ("What exit has our
     * money doubling every 3 yrs if we hold for 7?"). Scored once (09:03 UTC, commit efb245c1), after val69's first changes:
     * 92.0% exact, 1.0% clarified, 6.0% confidently wrong, route 100%, thread turns 23/24, narrative 87.5% (strict 87.5%); the
     * ordinary half 100% / 0.0%, route 100%, 12/12, narrative 91.7% (strict 91.7%). Floors under the score after the
     * session's fixes (98.0% / 0.0%, route 100%, 24/24, narrative 87.5%).
     */
    @Test
    void lockbox54_scores() throws IOException {
        score("lockbox54-", "Fifty-third lockbox", 120, 0.96, 0.02, 0.97, 0.87, 0.87);
    }

    /**
     * last54 (session 54): a finance-systems engineer asking how the model is wired and moving inputs by factors ("Capture
     * x1.2 with margin x0.8. Does AWS op profit on OAI move? Net change?", "Implied pre-money. Does the exit valuation feed
     * it?"), and a Zagreb analyst's Croatian number words ("1,66 bilijuna USD", "50 mlrd.", "per god.", "koliko"). Scored
     * once (09:25 UTC, commit 66e89468), after the lockbox's fixes: 73.0% exact, 7.0% clarified, 18.0% confidently wrong,
     * route 93.3%, thread turns 16/24, narrative 83.3% (strict 83.3%). Floors under the score after the session's fixes
     * (93.0% / 4.0%, route 95.8%, 21/24, narrative 83.3%).
     */
    @Test
    void last_set_of_session_fifty_four_scores() throws IOException {
        score("last54-", "Last set of session fifty-four", 120, 0.91, 0.06, 0.95, 0.83, 0.83);
    }

    /**
     * val70 (session 55): two personas chosen blind by a helper (every number asked after tax, "if OpenAI is ultimately marked
     * at $1.4tn when we exit, and the gain over our USD 50bn basis is taxed at 21.0%, what do we actually walk away with after
     * tax?"; a deal desk pricing a sale of OpenAI with its structure, "$1,600B headline, yr5 close. 85% of consideration paid
     * at close, 15% sits in escrow as a holdback for 24 mos"). First scored on the session-start code: 36.0% exact, 25.0%
     * clarified, 35.0% confidently wrong, route 95.0%, thread turns 1/24, narrative 79.2% (strict 66.7%). Floors under the
     * score after the session's fixes (77.0% / 13.0%, route 97.5%, 10/24, narrative 83.3%, strict 75.0%).
     */
    @Test
    void val70_scores() throws IOException {
        score("val70-", "Sixty-ninth validation set", 120, 0.75, 0.15, 0.95, 0.80, 0.72);
    }

    /**
     * lockbox55 (session 55): the ordinary writer, and a writer who reads every number off a tracker's progress bar ("tracker
     * row 'road to 2x': oai gets marked at 1.25 tril, how far along are we on the 50? (1.0x = 0%, 2.0x = 100%)"). Scored once
     * (12:30 UTC, commit daa0a89f), after val70's first changes: 72.0% exact, 11.0% clarified, 13.0% confidently wrong, route
     * 97.5%, thread turns 15/24, narrative 95.8% (strict 95.8%); the ordinary half 98.0% / 2.0%, route 100%, 11/12,
     * narrative 100%. Floors under the score after the session's fixes (92.0% / 5.0%, route 99.2%, 19/24, narrative 95.8%).
     */
    @Test
    void lockbox55_scores() throws IOException {
        score("lockbox55-", "Fifty-fourth lockbox", 120, 0.90, 0.07, 0.97, 0.93, 0.93);
    }

    /**
     * last55 (session 55): two more writers (see docs/evaluation.md); one asks as an equity capital markets desk does, an
     * order cut back in an oversubscribed book ("oai book closed 1.6x covered, priced at the 730 pre, straight pro rata
     * cutback. what % of the company does our $50bn order actually get us"). Scored once (12:46 UTC, commit 752bb4b3), after
     * the lockbox's fixes: 60.0% exact, 18.0% clarified, 17.0% confidently wrong, route 86.7%, thread turns 11/24, narrative
     * 87.5% (strict 83.3%). Floors under the score after the session's fixes (82.0% / 9.0%, route 95.0%, 16/24, narrative
     * 91.7%, strict 87.5%).
     */
    @Test
    void last_set_of_session_fifty_five_scores() throws IOException {
        score("last55-", "Last set of session fifty-five", 120, 0.80, 0.11, 0.93, 0.89, 0.85);
    }

    /**
     * val71 (session 56): two personas chosen blind by a helper (a fund's waterfall between the stake and Amazon, "spv gets in
     * at a 950 pre, oai exits 1.6 tril 5 yrs later - 1 and 20, 8% compounding pref, no catch-up, fee netted out of exit
     * proceeds. net moic to amzn?"; a pot split between OpenAI and T-bills, "30 into OpenAI at the $830bn post and 20 in T-bills
     * at 4% for five years. What is the pot worth at a $1.3tn exit?"). First scored on the session-start code: 14.0% exact,
     * 40.0% clarified, 36.0% confidently wrong, route 90.8%, thread turns 0/24, narrative 75.0% (strict 70.8%). Neither
     * structure is modelled: the session's fixes decline them (18.0% / 2.0% wrong, route 94.2%, 0/24, narrative 75.0%,
     * strict 70.8%), and the floors sit under that.
     */
    @Test
    void val71_scores() throws IOException {
        score("val71-", "Seventieth validation set", 120, 0.16, 0.04, 0.90, 0.72, 0.68);
    }

    /**
     * lockbox56 (session 56): the ordinary writer, and a writer who prices AWS's revenue under a purchase agreement's tiered
     * discounts ("PPA 10% off the first $12B/yr, 22% off everything over - net aws rev per yr?"). Scored once (15:33 UTC,
     * commit c4be0fab), after val71's first changes: 60.0% exact, 26.0% clarified, 12.0% confidently wrong, route 99.2%,
     * thread turns 15/24, narrative 70.8% (strict 70.8%); the ordinary half 98.0% / 0.0% wrong, route 100%, 12/12, narrative
     * 91.7%. Floors under the score after the session's fixes (59.0% / 1.0%, route 99.2%, 14/24, narrative 70.8%).
     */
    @Test
    void lockbox56_scores() throws IOException {
        score("lockbox56-", "Fifty-fifth lockbox", 120, 0.57, 0.03, 0.96, 0.68, 0.68);
    }

    /**
     * last56 (session 56): two more writers (see docs/evaluation.md); one sets every question up with "Assume" and a later
     * down round under anti-dilution terms ("then a $40bn raise at a $600bn pre (full ratchet)"), the other asks the entry
     * price net of AWS's profit ("effective post-money on our slice after netting the boomerang?"). Scored once (15:58 UTC,
     * commit 18fa3fda), after the lockbox's fixes: 29.0% exact, 21.0% clarified, 44.0% confidently wrong, route 88.3%, thread
     * turns 2/24, narrative 54.2% (strict 50.0%). Floors under the score after the session's fixes (31.0% / 10.0%, route
     * 87.5%, 2/24, narrative 54.2%, strict 50.0%).
     */
    @Test
    void last_set_of_session_fifty_six_scores() throws IOException {
        score("last56-", "Last set of session fifty-six", 120, 0.28, 0.13, 0.85, 0.52, 0.48);
    }

    /**
     * val72 (session 57): two personas chosen blind by a helper (every return in a compounding convention, "oai gets taken out
     * at 1.2 tril after 4y 6m. cc return on the 50 pls, 2dp. not the eff annual"; payoff matrices with rows of checks or
     * prices against the cases as columns, "Rows $30bn / $50bn / $70bn at the 830 post. For the bear and bull columns I want
     * the dollar value of what we'd own"). First scored on the session-start code: 30.0% exact, 19.0% clarified, 42.0%
     * confidently wrong, route 82.5%, thread turns 1/24, narrative 58.3% (strict 58.3%). Floors under the score after the
     * session's fixes (see docs/evaluation.md).
     */
    @Test
    void val72_scores() throws IOException {
        score("val72-", "Seventy-first validation set", 120, 0.64, 0.26, 0.87, 0.60, 0.60);
    }

    /**
     * lockbox57 (session 57): the ordinary writer, and a writer who asks present values and level annual amounts at a
     * discount rate ("at 9%, over 5, what level year-end amount has the same PV as our gain at exit"). Scored once (17:58 UTC,
     * commit f173864c), after val72's first changes: 60.0% exact, 22.0% clarified, 8.0% confidently wrong, route 92.5%, thread
     * turns 13/24, narrative 70.8% (strict 70.8%); the ordinary half 100% / 0.0% wrong, route 98.3%, 12/12, narrative 75.0%.
     * Floors under the score after the session's fixes.
     */
    @Test
    void lockbox57_scores() throws IOException {
        score("lockbox57-", "Fifty-sixth lockbox", 120, 0.82, 0.08, 0.93, 0.77, 0.77);
    }

    /**
     * last57 (session 57): two more writers; one sets the deal against a markdown of their own mark on Anthropic ("combined
     * payoff … thats before i take ~15% off anthropic (carry ~30bn)"), the other speaks of the deal in a utility regulator's
     * words (the rate base, the load, the tariff margin). Scored once (18:12 UTC, commit 2e6829c6), after the lockbox's fixes:
     * 48.0% exact, 18.0% clarified, 23.0% confidently wrong, route 88.3%, thread turns 10/24, narrative 66.7% (strict 66.7%).
     * Floors under the score after the session's fixes.
     */
    @Test
    void last_set_of_session_fifty_seven_scores() throws IOException {
        score("last57-", "Last set of session fifty-seven", 120, 0.63, 0.20, 0.85, 0.64, 0.64);
    }

    /**
     * val73 (session 58): two personas chosen blind by a helper (a status part-way through the hold, "status: yr 2, oai marked
     * 1.05T. whats our 50 worth on paper today", and the growth needed "from here"; goals on a grid of round numbers, "the
     * smallest exit, in whole $100bn steps, that gets our $50bn to 2x", with the metric at the grid point and either side).
     * First scored on the session-start code: 35.0% exact, 34.0% clarified, 28.0% confidently wrong, route 93.3%, thread
     * turns 5/24, narrative 58.3% (strict 54.2%). Floors under the score after the session's fixes (see docs/evaluation.md).
     */
    @Test
    void val73_scores() throws IOException {
        score("val73-", "Seventy-second validation set", 120, 0.80, 0.12, 0.97, 0.58, 0.50);
    }

    /**
     * lockbox58 (session 58): the ordinary writer, and a writer who hedges the stake with a put or a collar ("put floors the
     * stake at 42bn, 1.5bn prem at close … hedged stake val and moic on the all-in?"). Scored once (21:09 UTC, commit
     * c9aba45f), after val73's first changes: 62.0% exact, 24.0% clarified, 10.0% confidently wrong, route 95.8%, thread turns
     * 13/24, narrative 70.8% (strict 62.5%); the ordinary half 100% / 0.0% wrong, route 100%, 12/12, narrative 75.0%. Floors
     * under the score after the session's fixes.
     */
    @Test
    void lockbox58_scores() throws IOException {
        score("lockbox58-", "Fifty-seventh lockbox", 120, 0.96, 0.03, 0.97, 0.70, 0.62);
    }

    /**
     * last58 (session 58): two more writers; one pays a sale out through a capital stack ("Sale at $420bn; senior to us,
     * $30bn of debt and 1x prefs on $90bn"), the other asks each number with a second question about a party the sources
     * never mention ("…, and for comparison, what multiple is Microsoft sitting on today?"). Scored once (21:20 UTC, commit
     * 4dfadc93), after the lockbox's fixes: 48.0% exact, 25.0% clarified, 12.0% confidently wrong, route 76.7%, thread turns
     * 6/24, narrative 50.0% (strict 46.0%). Floors under the score after the session's fixes.
     */
    @Test
    void last_set_of_session_fifty_eight_scores() throws IOException {
        score("last58-", "Last set of session fifty-eight", 120, 0.89, 0.11, 0.90, 0.56, 0.52);
    }

    /**
     * val74 (session 59): two personas chosen blind by a helper; one sets out a probability tree on the model's inputs ("exit
     * node: 1.5T (50%) / x (50%); round at 830 post. solve for x so the ev of our stake lands on 60bn", "round: 830 post (75%)
     * → exit 1.2T (50%) / 700bn (50%); 1.1T post (25%) → exit 1.8T (40%) / 1T (60%)"), the other asks formally and at length.
     * First score, on the session-start code: 51.0% exact, 37.0% clarified, 9.0% confidently wrong, route 95.0%, thread turns
     * 9/24 (the tree half 10.0% exact). Floors under the score after the session's fixes.
     */
    @Test
    void val74_scores() throws IOException {
        score("val74-", "Seventy-third validation set", 120, 0.86, 0.08, 0.93, 0.75, 0.70);
    }

    /**
     * lockbox59 (session 59): the ordinary writer, and a writer who runs the cases as a test matrix, one input at a time
     * ("combo capture=bull, margin=bear: aws op profit", "capture up one notch, everything else same"). Scored once (00:34
     * UTC, commit 78b2e7cf), after val74's first changes: 83.0% exact, 2.0% clarified, 14.0% confidently wrong, route 96.7%,
     * thread turns 18/24, narrative 70.8% (strict 70.8%); the ordinary half 100% / 0.0% wrong, route 98.3%, 12/12, narrative
     * 75.0%. The same on the session-start code. Floors under the score after the session's fixes.
     */
    @Test
    void lockbox59_scores() throws IOException {
        score("lockbox59-", "Fifty-eighth lockbox", 120, 0.83, 0.13, 0.93, 0.66, 0.66);
    }

    /**
     * last59 (session 59): two more writers; one asks statistics of a metric across the cases ("the arithmetic mean and the
     * population standard deviation of our stake value", "the sample SD (n-1)", "the coefficients of variation"), the other
     * talks about the deal as a wine lot ("hammer price", "in a great vintage", "what AWS pours"). Scored once (00:52 UTC,
     * commit 55c3d3ec), after the lockbox's fixes: 70.0% exact, 0.0% clarified, 20.0% confidently wrong, route 78.3%, thread
     * turns 15/24, narrative 75.0% (strict 75.0%). Floors under the score after the session's fixes.
     */
    @Test
    void last_set_of_session_fifty_nine_scores() throws IOException {
        score("last59-", "Last set of session fifty-nine", 120, 0.68, 0.22, 0.85, 0.70, 0.70);
    }

    /**
     * val75 (session 60): two personas chosen blind by a helper; one asks what one input's move does to a number, at two
     * settings ("if we tack 300bn onto the exit, how much more is our stake worth at the 830 post vs at a 1.1T post?", "exit
     * 1,100bn -> 1,400bn: irr pts picked up on a 3y hold vs on a 6y hold?"), the other splits a goal into parts ("Target:
     * $30bn combined payoff in base. I want the stake to carry 60% of it and AWS the other 40%"). First score, on the
     * session-start code: 40.0% exact, 13.0% clarified, 43.0% confidently wrong, route 95.0%, thread turns 2/24 (the step half
     * 18.0% exact). Floors under the score after the session's fixes.
     */
    @Test
    void val75_scores() throws IOException {
        score("val75-", "Seventy-fourth validation set", 120, 0.60, 0.29, 0.95, 0.70, 0.62);
    }

    /**
     * lockbox60 (session 60): the ordinary writer, and a writer who puts caps and floors on the inputs ("Exit ceiling 2T. Is
     * 3x on the 50 reachable at the cap? If no, what entry post makes 3x work at 2T?"). Scored once (03:48 UTC, commit
     * f1c62f4e), after val75's first changes: 80.0% exact, 3.0% clarified, 15.0% confidently wrong, route 97.5%, thread turns
     * 16/24, narrative 79.2% (strict 79.2%); the ordinary half 100% / 0.0% wrong, route 100%, 12/12, narrative 83.3%. The same
     * on the session-start code. Floors under the score after the session's fixes.
     */
    @Test
    void lockbox60_scores() throws IOException {
        score("lockbox60-", "Fifty-ninth lockbox", 120, 0.80, 0.15, 0.95, 0.75, 0.75);
    }

    /**
     * last60 (session 60): two more writers; one writes two people asking in one thread, each with their own numbers
     * ("tomás: stake val on mine if oai exits at 1.3T?", "wen: Same question for me, please."), the other a rebuttal memo
     * that states the article's claim before each question ("The piece treats a higher valuation as the payoff. If OpenAI
     * exits at $1.5T after five years, what is the annualised return, not the multiple?"). Scored once (04:00 UTC, commit
     * 16a7d98f), after the lockbox's fixes: 83.0% exact, 0.0% clarified, 12.0% confidently wrong, route 90.0%, thread turns
     * 16/27, narrative 83.3% (strict 83.3%). Floors under the score after the session's fixes.
     */
    @Test
    void last_set_of_session_sixty_scores() throws IOException {
        score("last60-", "Last set of session sixty", 120, 0.80, 0.15, 0.92, 0.79, 0.79);
    }

    private static void score(String prefix, String title, int minCases, double minExact, double maxWrong, double minRoute,
                              double minNarrative, double minStrict)
            throws IOException {
        List<EvalCase> cases = EvalRun.load(files(prefix));
        assertTrue(cases.size() >= minCases, title + " has at least " + minCases + " questions");
        List<EvalRun.Outcome> outcomes = new EvalRun(TestBrains.offline().assistant()).run(cases);
        System.out.println(EvalRun.report(title, outcomes));
        System.out.println(EvalRun.failures(outcomes));
        floors(outcomes, minExact, maxWrong, minRoute, minNarrative, minStrict);
    }

    /**
     * Regression floors, a little under the scores measured when each set was last scored (docs/evaluation.md, How well it reads): numeric
     * answers exact, numeric answers confidently wrong (a wrong number is worse than a question back), routes, narrative answers
     * whose first cited sentence answers the question, and those that also do not hedge (strict; floors a little under the
     * score measured at the end of the narr6 work, 2026-12-01; where the session-9 sentence-choice work (focus, parties,
     * announcing sentences) raised a set's narr or strict, that floor is one question under the new score).
     */
    private static void floors(List<EvalRun.Outcome> outcomes, double minExact, double maxWrong, double minRoute,
                               double minNarrative, double minStrict) {
        List<EvalRun.Outcome> numeric = outcomes.stream().filter(o -> o.numeric() != null).toList();
        double exact = (double) EvalRun.count(numeric, EvalRun.Numeric.EXACT) / numeric.size();
        double wrong = (double) EvalRun.count(numeric, EvalRun.Numeric.WRONG) / numeric.size();
        double route = (double) outcomes.stream().filter(EvalRun.Outcome::routeOk).count() / outcomes.size();
        assertTrue(exact >= minExact, "numeric exact " + exact + " fell below " + minExact);
        assertTrue(wrong <= maxWrong, "numeric wrong " + wrong + " rose above " + maxWrong);
        assertTrue(route >= minRoute, "route accuracy " + route + " fell below " + minRoute);
        List<EvalRun.Outcome> narrative = outcomes.stream().filter(o -> o.narrativeOk() != null).toList();
        double answered = (double) narrative.stream().filter(o -> o.narrativeOk()).count() / narrative.size();
        assertTrue(answered >= minNarrative, "narrative answers citing the answering sentence " + answered + " fell below " + minNarrative);
        double strict = (double) narrative.stream().filter(o -> o.narrativeStrict()).count() / narrative.size();
        assertTrue(strict >= minStrict, "narrative answers citing the answering sentence without a hedge " + strict + " fell below " + minStrict);
    }

    private static Path[] files(String prefix) throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/eval"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toArray(Path[]::new);
        }
    }
}
