package org.thesisbot.core.reading;

import static org.thesisbot.core.reading.Figures.MC;
import static org.thesisbot.core.reading.Words.INTERROGATIVE;
import static org.thesisbot.core.reading.Words.VALUATION;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.text.Screen;
import org.thesisbot.core.state.ThreadState;

/**
 * The evidence for each input a figure could set, by the figure's kind: cue words in its {@link Window} and their
 * distance, a plausible magnitude for that input, whether the asked metric reads the input, and the thread's state.
 */
final class RoleScoring {
    /** Inputs a figure of each kind can set. */
    private static final List<InputId> MONEY_INPUTS = List.of(InputId.INVESTMENT, InputId.ROUND_SIZE,
            InputId.POST_MONEY_VALUATION, InputId.CAPEX_2026, InputId.OPENAI_COMPUTE_SPEND, InputId.ANTHROPIC_INVESTMENT,
            InputId.ANTHROPIC_CAMPUS, InputId.EXIT_VALUATION);
    private static final List<InputId> RATIO_INPUTS = List.of(InputId.AWS_CAPTURE_SHARE, InputId.AWS_OPERATING_MARGIN, InputId.TAX_RATE);
    private static final List<InputId> YEAR_INPUTS = List.of(InputId.HOLDING_YEARS, InputId.COMPUTE_YEARS);

    static final Pattern ENTRY_WORDS = Pattern.compile("\\bstake|\\bown|ownership|\\bbuy|\\bbought|entry|\\bprice|post[- ]?money|dilut|got in|get in|buying in");
    static final Pattern EXIT_WORDS = Pattern.compile("\\bworth|\\bexit|reach|\\bhits?\\b|ends? up|\\bgrows?\\b|multiple|moic|return|\\birr\\b|payoff|\\bgain|value of|\\blater|\\bipo|\\bgets? to"
            // "by the time the stake is valued": when the exit is, in the exit's own words
            + "|" + Reader.WHEN_VALUED.pattern() + "|" + Reader.WHEN_HOLDER_VALUES.pattern());

    /** "a $900B pre-money": the post-money is that plus the round. */
    // "is 830 pre or post money?" asks which it is: naming both says neither
    private static final Pattern PRE = Pattern.compile("(?<!post or )(?<!post-money or )(?:pre[- ]?money(?! or post)|\\bpre\\b(?! ?-? ?(?:deal|close|closing|signing|ipo|or post|/ ?post)))"
            + "|\\bbefore (?:the |this |that |its |openai'?s? |amazon'?s? |any |anyone'?s? |anybody'?s? |our |their )?(?:new |fresh |round |round'?s? )?(?:money|cash|capital|investment|funding|raise|check|cheque)"
            + "(?: (?:goes|comes|is put|gets put|arrives|lands) in)?"
            // "valued at 900 billion before this round happens"
            + "|\\bbefore (?:the |this |that |its |openai'?s? )?(?:new |funding |fundraising )?round\\b"
            // "the new money goes in on top of a $900B valuation": the valuation before it
            + "|\\b(?:money|cash|capital|investment|round|check|cheque) (?:goes|comes|is put|gets put|lands) in on top of");

    /** A figure said to be something, across a short clause of its own: "830 (we keep quoting) is really the …". */
    private static final Pattern RELABEL = Pattern.compile(
            "(?: [a-z']+){0,4}? (?:is|was|are|were|'s|turns out to be|turned out to be|turn out to be|proves to be|prove to be|ends up being|be) (?:really |actually |in fact |just |probably |more like )?"
                    // "is properly characterised as the pre-money", "should be read as", "is better described as"
                    + "(?:(?:properly |correctly |rightly |better |best |more accurately |in truth )?(?:characteri[sz]ed|described|treated|classified|regarded|viewed|seen|counted|understood|read|taken|labell?ed|booked) as )?"
                    + "(?:the |a |an |openai'?s? |its )?"
                    // "the 830 is what they're worth before the round money goes in"
                    + "(?:what (?:they|it|openai)(?:'re|'s| are| is| were| was)? (?:really |actually )?(?:worth|valued(?: at)?) )?");
    private static final double ADJACENT = 3.5;
    /** "…at $830 billion, but suppose that figure turns out to be the pre-money": the figure named again, then relabelled. */
    private static final Pattern POINTED_PRE = Pattern.compile(
            "\\b(?:that|this) (?:figure|number|valuation|amount|price|mark)" + RELABEL.pattern() + "(" + PRE.pattern() + ")");
    static final Pattern AT = Pattern.compile("\\bat\\b");
    private static final Pattern OPENAI_SUBJECT = Pattern.compile("openai|\\bit\\b|valuation|\\bexit");

    /** Between a pre-money word and a figure that is its value: "pre-money is 900bn", "pre-money valuation of 800". */
    private static final Pattern PRE_TIED = Pattern.compile(
            "^\\s*(?:valuation\\s+)?(?:is|was|were|be|of|at|=|:|comes? in at|came in at|ends? up(?: at)?|would be|will be|set at)\\b|^\\s*[=:]");

    private final Knowledge knowledge;
    private final Vocabulary vocab;
    private final Screen screen;

    RoleScoring(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.vocab = knowledge.vocab;
        this.screen = knowledge.screen;
    }

    /** Every way to read one figure, by its kind, each with its evidence. */
    List<Candidate> candidates(Work w, Mention m, Set<InputId> asked, ThreadState.Target target) {
        Amount a = m.amount;
        List<Candidate> out = new ArrayList<>();
        Candidate scaled = scalesNamedInput(w, m);
        if (scaled != null) {
            out.add(scaled);
            return out;
        }
        BigDecimal ofValuation = fractionOfValuation(w, m);
        switch (a.kind()) {
            case MONEY -> money(w, m, a.value(), asked, out);
            case RATIO -> {
                if (ofValuation != null) {
                    ofValuation(w, m, ofValuation, asked, out);
                } else {
                    ratio(w, m, a.value(), asked, out);
                }
            }
            case YEARS -> years(w, m, a.value(), asked, out);
            case MULTIPLE, VALUATION_FACTOR -> factor(w, m, asked, out);
            case PLAIN -> plain(w, m, asked, out);
            default -> {
            }
        }
        return out;
    }

    private void money(Work w, Mention m, BigDecimal value, Set<InputId> asked, List<Candidate> out) {
        Window win = Window.of(w, m, screen);
        Scored found = win.best(PRE, true);
        Matcher relabel = RELABEL.matcher(w.s.substring(m.end(), Math.min(w.s.length(), m.end() + 80)));
        // "the $830 billion we keep quoting is really the pre-money": the sentence says what the figure is
        Scored adjacentPre = found.score() > 0 && found.spanStart() >= m.end() && relabel.lookingAt()
                && m.end() + relabel.end() == found.spanStart() ? new Scored(ADJACENT, found.span(), found.text()) : found;
        Scored pre = adjacentPre.score() > 0 ? adjacentPre : pointedPre(w, m);
        // "if the post-money is $1.1T, what's the pre-money?": there "pre-money" is the question, not the figure's name
        // (not when the sentence says what the figure is: "the 830 is what they're worth before the round money goes in")
        boolean asksPreMoney = pre.spanStart() >= m.end() && pre != adjacentPre
                && INTERROGATIVE.matcher(w.s.substring(m.end(), pre.spanStart())).find();
        // "what's oai worth pre money on the 830 number": the pre-money is the one metric asked, so the figure, not
        // tied to it by "is", "of" or "at", is not one ("stake if the pre money is 900bn" names a pre-money)
        asksPreMoney |= pre.score() > 0 && pre.span()[1] <= m.start()
                && w.hits.stream().allMatch(h -> h.metric() == Metric.PRE_MONEY_VALUATION)
                && w.hits.stream().anyMatch(h -> h.start() < pre.span()[1] && pre.span()[0] < h.end())
                && INTERROGATIVE.matcher(w.s.substring(w.clauseStart(pre.span()[0]), pre.span()[0])).find()
                && !PRE_TIED.matcher(w.s.substring(pre.span()[1], m.start())).find();
        if (pre.score() > 0 && !asksPreMoney) {
            // "a $900B pre-money" sets the post-money to $900B + the round
            BigDecimal post = value.add(w.changes.getOrDefault(InputId.ROUND_SIZE, w.current(InputId.ROUND_SIZE)));
            StringBuilder why = new StringBuilder("pre-money \"" + pre.text() + "\" + the round");
            double score = pre.score() + usage(w, InputId.POST_MONEY_VALUATION, asked, why);
            out.add(new Candidate(m, InputId.POST_MONEY_VALUATION, post, score, pre.span(), false, why.toString(), value));
        }
        Scored specific = win.best(PRE, true);
        for (InputId id : List.of(InputId.POST_MONEY_VALUATION, InputId.EXIT_VALUATION)) {
            Scored c = win.best(vocab.input(id).cues(), true);
            specific = c.score() > specific.score() ? c : specific;
        }
        // a bare "valuation" or "at" says only that the figure is a valuation, and counts only if no word says which
        Scored generic = specific.score() > 0 ? Scored.NONE : win.best(VALUATION, true);
        Scored at = specific.score() > 0 ? Scored.NONE : win.bestLeft(AT);
        // which way a bare valuation leans: the kind of metric asked, then entry or exit words outside metric phrases
        String outside = outsideMetrics(w);
        int lean = 0;
        for (InputId id : asked) {
            lean += id == InputId.EXIT_VALUATION ? 1 : 0;
        }
        boolean exitMetric = lean > 0;
        boolean exitWords = exitMetric ? !knowledge.finds(ENTRY_WORDS, outside) || knowledge.finds(EXIT_WORDS, outside)
                : knowledge.finds(EXIT_WORDS, outside) && !knowledge.finds(ENTRY_WORDS, outside);
        boolean entryWords = !exitWords && (knowledge.finds(ENTRY_WORDS, outside) || asked.contains(InputId.POST_MONEY_VALUATION));
        boolean definite = w.s.substring(Math.max(0, m.start() - 4), m.start()).matches(".*\\bthe $")
                // "the current 830", "that headline 830": a figure already known, with a word that says so
                || CURRENT_BEFORE.matcher(w.s.substring(Math.max(0, m.start() - 30), m.start())).find()
                || w.s.substring(Math.max(0, m.start() - 5), m.start()).matches(".*\\bthat $")
                // "Amazon's $50bn", "our 50": an owner before a figure the model knows points at that figure, as "the" does
                || w.s.substring(Math.max(0, m.start() - 10), m.start()).matches("(?s).*\\b(?:amazon'?s|its|our|their) \\$?$");
        // a word right next to the figure that names an input ("830 pre", "$1T exit") outweighs a coincidence of value
        // ("the 830 is actually the pre-money": a word after the figure says what it is, even of a known figure)
        double adjacent = pre.score();
        boolean adjacentAfter = pre.spanStart() >= m.end();
        for (InputId id : MONEY_INPUTS) {
            Scored c = win.best(vocab.input(id).cues(), true);
            if (c.score() > adjacent) {
                adjacent = c.score();
                adjacentAfter = c.spanStart() >= m.end();
            }
        }
        for (InputId id : MONEY_INPUTS) {
            Vocabulary.InputWords words = vocab.input(id);
            Scored cue = win.best(words.cues(), true);
            Scored name = win.best(words.names(), true);
            if (name.score() > 0 && name.text().length() > cue.text().length() && name.score() + 0.3 > cue.score()) {
                // a longer name is more specific than a cue word: "the 8B Anthropic investment" over "investment"
                cue = new Scored(name.score() + 0.3, name.span(), name.text());
            }
            boolean base = shareBase(w, m, cue.span());
            if (base) {
                cue = Scored.NONE; // "50b is what % of capex": capex is the share's base, the figure its part
            } else if (complementOfOtherName(w, id, cue.span())) {
                cue = Scored.NONE; // "the indiana dc for anthropic ends up 15bn": anthropic says whose campus, not which input
            } else if (id == InputId.ROUND_SIZE && cue.span() != null
                    && VALUATION_FOR_ROUND.matcher(w.s.substring(Math.max(0, cue.span()[0] - 50), cue.span()[0])).find()) {
                cue = Scored.NONE; // "openai's pre-money going into the round is $900B": "round" says which valuation, not its size
            } else if (insideOtherName(w, id, cue.span())) {
                cue = Scored.NONE; // "if the anthropic check were 10bn": "check" is a word of the Anthropic investment's name
            }
            double score = cue.score();
            int[] span = cue.span();
            StringBuilder why = new StringBuilder(cue.score() > 0 ? "cue \"" + cue.text() + "\"" : base ? "no cue (its word is the share's base)" : "no cue");
            if (id == InputId.POST_MONEY_VALUATION || id == InputId.EXIT_VALUATION) {
                Scored g = generic.score() >= at.score() ? generic : at;
                double gs = g.score() * 0.8;
                if (gs > 0) {
                    // a bare valuation leans to the post-money or the exit (the asked metric, then entry or exit words):
                    // the other side of the lean is a point weaker
                    boolean towards = id == InputId.EXIT_VALUATION ? exitWords && !entryWords : entryWords && !exitWords;
                    boolean away = id == InputId.EXIT_VALUATION ? entryWords && !exitWords : exitWords && !entryWords;
                    gs -= away ? 1.0 : 0;
                    if (gs > score) {
                        score = gs;
                        span = g.span();
                        why = new StringBuilder("valuation word \"" + g.text() + "\"" + (towards ? " + direction" : ""));
                    }
                }
            }
            boolean restates = w.current(id).compareTo(value) == 0;
            boolean overruled = (!definite || adjacentAfter) && adjacent >= 2.9 && cue.score() < adjacent - 0.5;
            if (restates && id == InputId.POST_MONEY_VALUATION && exitWords && !definite && datedAfterClose(w)) {
                // "it's 2030. oai is still at 1T. our piece worth?": a valuation years after the round is where it stands then,
                // the exit; it does not restate the round's
                overruled = true;
                why.append(", dated after the round");
            }
            if (restates && !overruled) {
                // "the $50B" points at a figure the reader already knows
                score += definite ? 2.5 : 1.0;
                why.append(definite ? ", restates (\"the\")" : ", restates");
            }
            score += usage(w, id, asked, why);
            if (!words.plausible(value.abs())) {
                score -= 2.0;
                why.append(", implausible size");
            }
            if (w.state != null && w.state.overrides().containsKey(id)) {
                score += 0.4;
                why.append(", set earlier in the thread");
            }
            if (cue.score() <= 0 && generic.score() <= 0 && at.score() <= 0) {
                // no words at all: a large figure is a valuation, a small one the investment
                boolean large = value.abs().compareTo(BigDecimal.valueOf(150)) >= 0;
                if (large && (id == InputId.POST_MONEY_VALUATION || id == InputId.EXIT_VALUATION)) {
                    score += 0.8 + (id == InputId.EXIT_VALUATION ? (exitWords && !entryWords ? 0.3 : 0) : (entryWords && !exitWords ? 0.3 : 0));
                    why.append(", size of a valuation");
                } else if (!large && id == InputId.INVESTMENT) {
                    score += 0.6;
                    why.append(", size of the investment");
                }
            }
            out.add(new Candidate(m, id, value, score, span, restates, why.toString()));
        }
    }

    /** The question with its metric phrases blanked out: the words left say how figures are meant. */
    private static String outsideMetrics(Work w) {
        StringBuilder sb = new StringBuilder(w.s);
        for (Hit h : w.hits) {
            for (int i = h.start(); i < h.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    private static final Pattern SUBJECT_GAP = Pattern.compile("\\s+(?:(?:only|just|then|now|also|actually|really|still)\\s+)?");
    private static final Pattern COMPLEMENT_LINK = Pattern.compile("\\s+(?:for|of|to|at|in)\\s+(?:the\\s+)?$");

    /**
     * True if the cue at {@code span} completes another input's name just before it ("the campus for anthropic",
     * "the round for openai"): it says whose or which, and names no input of its own.
     */
    /** The cue is a word inside a longer name of another input ("check" in "the anthropic check"). */
    private boolean insideOtherName(Work w, InputId id, int[] span) {
        if (span == null) {
            return false;
        }
        for (Named n : knowledge.namedInputs(w)) {
            if (n.id() != id && n.start() <= span[0] && n.end() >= span[1] && n.end() - n.start() > span[1] - span[0]) {
                return true;
            }
        }
        return false;
    }

    /** "at which amzn's $50B still gets 5%": a cue before the figure that is the verb of a sum of money just before it. */
    private static boolean verbOfMoney(Work w, Mention m, int[] span) {
        if (span == null || span[1] > m.start()) {
            return false;
        }
        for (Mention o : w.mentions) {
            if (o != m && o.amount.kind() == Amount.Kind.MONEY && o.end() <= span[0]
                    && SUBJECT_GAP.matcher(w.s.substring(o.end(), span[0])).matches()) {
                return true;
            }
        }
        return false;
    }

    private boolean complementOfOtherName(Work w, InputId id, int[] span) {
        if (span == null) {
            return false;
        }
        for (Named n : knowledge.namedInputs(w)) {
            // "the aws margin gets squeezed to 32%": the cue is the verb of another input's name, which the figure is for
            if (n.id() != id && n.end() <= span[0] && SUBJECT_GAP.matcher(w.s.substring(n.end(), span[0])).matches()) {
                return true;
            }
        }
        Matcher link = COMPLEMENT_LINK.matcher(w.s.substring(Math.max(0, span[0] - 12), span[0]));
        if (!link.find()) {
            return false;
        }
        int linkStart = span[0] - (Math.min(12, span[0]) - link.start());
        for (Named n : knowledge.namedInputs(w)) {
            if (n.id() != id && n.end() <= linkStart && linkStart - n.end() <= 1) {
                return true;
            }
        }
        return false;
    }

    /** A valuation named for the round: "pre-money going into the", "post-money valuation of this". */
    private static final Pattern VALUATION_FOR_ROUND = Pattern.compile(
            "\\b(?:pre|post)[- ]?money(?: valuation)? (?:going into|heading into|coming into|into|before|ahead of|for|of|in|at) (?:the |this |that )?$");
    /** A figure in percentage points or basis points: "5pts", "8 pp", "-300bps". */
    private static final Pattern POINTS = Pattern.compile("(?:pts?|points?|pp|ppts?|bps|bp)$");

    private static final Pattern SHARE_OF = Pattern.compile(
            "(?:%|\\bpct\\b|\\bpercent(?:age)?\\b|\\bshare\\b|\\bfraction\\b|\\bportion\\b|\\bchunk\\b|\\bpart\\b|\\bproportion\\b|\\bslice\\b)\\s+of\\b");
    private static final Pattern SHARE_OF_END = Pattern.compile(SHARE_OF.pattern() + "\\s+(?:the\\s+|a\\s+|its\\s+|their\\s+|\\S+'s?\\s+)?$");
    private static final Pattern COPULA = Pattern.compile("\\b(?:is|are|was|were|be|would|will|could|might|does|do|did)\\b");

    /**
     * True if the cue at {@code span} names the base of a share the money figure is the part of: "50b is what % of
     * capex", "50b as a share of the capex", "what % of capex is 50b". The figure is then not the base's value.
     */
    private static boolean shareBase(Work w, Mention m, int[] span) {
        if (span == null) {
            return false;
        }
        if (span[0] >= m.end()) {
            return SHARE_OF.matcher(w.s.substring(m.end(), span[0])).find();
        }
        if (span[1] <= m.start()) {
            return SHARE_OF_END.matcher(w.s.substring(Math.max(0, span[0] - 30), span[0])).find()
                    && COPULA.matcher(w.s.substring(span[1], m.start())).find();
        }
        return false;
    }

    private void ratio(Work w, Mention m, BigDecimal value, Set<InputId> asked, List<Candidate> out) {
        Window win = Window.of(w, m, screen);
        // (or any percent said to move a value: "shock the exit down 20%", "haircut the exit by 20%")
        // (points and basis points are steps of a percent: "capture down 5pts" moves a share, never a sum of money)
        if (m.amount.kind() == Amount.Kind.RATIO && Relative.direction(w.s, m.start(), m.end()) != 0 && !POINTS.matcher(m.amount.text()).find()) {
            // "a 20% bigger check", "a hold 50% longer": a percent with a comparative scales whichever input it names
            // (one the asked metric reads: "drops 40% from the round price" does not scale the round)
            boolean named = false;
            for (InputId id : InputId.values()) {
                if (RATIO_INPUTS.contains(id)) {
                    continue;
                }
                Scored cue = win.best(vocab.input(id).cues(), true);
                if (cue.score() > 0 && (asked.isEmpty() || asked.contains(id))) {
                    StringBuilder why = new StringBuilder("cue \"" + cue.text() + "\", scales it");
                    out.add(new Candidate(m, id, value, cue.score() + usage(w, id, asked, why), cue.span(), false, why.toString()));
                    named = true;
                }
            }
            // "if openai's valuation falls 40%", "if oai drops 40%": OpenAI's value moves; the valuation the asked metric reads
            if (!named && VALUE_MOVES.matcher(w.s.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                for (InputId id : List.of(InputId.EXIT_VALUATION, InputId.POST_MONEY_VALUATION)) {
                    if (asked.contains(id)) {
                        out.add(new Candidate(m, id, value, 2.5, null, false, "OpenAI's value moves, scales it, the asked metric uses it"));
                        break;
                    }
                }
            }
        }
        boolean named = RATIO_INPUTS.stream().anyMatch(id -> win.best(vocab.input(id).cues(), true).score() > 0);
        boolean taxSaid = TAX_SAID.matcher(w.s).find();
        boolean taxSpoken = taxSaid || w.state != null && w.state.overrides().containsKey(InputId.TAX_RATE);
        for (InputId id : RATIO_INPUTS) {
            if (id == InputId.TAX_RATE && !taxSpoken) {
                // a tax rate is set only where tax is spoken of, in the question or earlier in the thread: the model's
                // figures are before tax, and "oai goes to zero" or "12% hurdle" say nothing of tax
                continue;
            }
            Scored cue = win.best(vocab.input(id).cues(), true);
            if (complementOfOtherName(w, id, cue.span()) || verbOfMoney(w, m, cue.span())) {
                cue = Scored.NONE; // "the margin gets squeezed to 32%": "gets" is the margin's verb, not a capture cue
            }
            StringBuilder why = new StringBuilder(cue.score() > 0 ? "cue \"" + cue.text() + "\"" : "no cue");
            double score = cue.score() + usage(w, id, asked, why);
            boolean restates = w.current(id).compareTo(value) == 0;
            if (restates) {
                score += 1.0;
                why.append(", restates");
            }
            if (cue.score() <= 0 && asked.contains(id)) {
                score += 0.6;
            }
            if (cue.score() <= 0 && replacesEarlier(w, m, id)) {
                // "35% margin is light - rerun it at 45%": a bare percent after a replacing word takes the named one's place
                score += 1.5;
                why.append(", replaces the ").append(id.id()).append(" named before it");
            }
            if (id == InputId.TAX_RATE && cue.score() <= 0 && !named && taxSaid) {
                // "what margin lifts the after-tax profit to $20bn at 21%": the question is about tax, and no word names the
                // percent as anything else
                score += 1.0;
                why.append(", the question speaks of tax");
            }
            if (!named && threadsOnlyPercent(w, id)) {
                // "profit at a 45% margin?" then "*42%" or "make it 38%": a bare percent in a thread that has set one
                // percent of its own takes that one's place, when no word names either; a thread that set both still asks
                score += 1.0;
                why.append(", the thread's one percent set");
            }
            out.add(new Candidate(m, id, value, score, cue.span(), restates, why.toString()));
        }
    }

    /** The question names a calendar year after the year the round is expected to close ("it's 2030"). */
    private boolean datedAfterClose(Work w) {
        Vocabulary.ExpectedClose close = knowledge.vocab.expectedClose();
        return close != null && w.mentions.stream().anyMatch(x -> x.amount.kind() == org.thesisbot.core.scenario.Amount.Kind.CALENDAR_YEAR
                && x.amount.value().intValue() > close.month().getYear());
    }

    /** Where a scaling word starts a change: the start of a clause, or after "and", "now", "what if", "assume" … */
    private static final Pattern SCALE_STARTS = Pattern.compile(
            "(?:^|[,;:.?!(\u2014-]|\\b(?:and|but|now|then|with|if|what if|assume|assuming|say|suppose|same but|ok|so|we|amazon|amzn|they))\\s*$");
    /** Right after the scaling word: the input it scales, by its name ("double the hold", "half the exit"). */
    private static final Pattern SCALED_OBJECT = Pattern.compile("^ (?:the |our |its |their |amazon'?s? |that |this )?");

    /**
     * "double the hold", "and half the exit on top of that", "triple the check": a factor said in words before an
     * input's name scales that input's value in force. Only where a change starts (a clause's start, "and", "what if" …):
     * "amazon's 50 is half the round" compares, it does not scale.
     */
    private Candidate scalesNamedInput(Work w, Mention m) {
        Amount a = m.amount;
        boolean word = !a.text().matches(".*\\d.*");
        boolean factor = (a.kind() == Amount.Kind.MULTIPLE || a.kind() == Amount.Kind.VALUATION_FACTOR || a.kind() == Amount.Kind.RATIO)
                && word && a.value().signum() > 0;
        if (!factor || !SCALE_STARTS.matcher(w.s.substring(Math.max(0, m.start() - 12), m.start())).find()) {
            return null;
        }
        Matcher obj = SCALED_OBJECT.matcher(w.s.substring(m.end()));
        if (!obj.lookingAt()) {
            return null;
        }
        int at = m.end() + obj.end();
        String rest = w.s.substring(at);
        for (InputId id : InputId.values()) {
            List<Pattern> words = new ArrayList<>(vocab.input(id).names());
            if (obj.end() > 1) {
                // a cue only after a determiner ("half the capture"): without one, a cue may be the verb of a statement
                // of the share itself ("half goes to aws" is a 50% capture, not half of the capture in force)
                words.addAll(vocab.input(id).cues());
            }
            for (Pattern p : words) {
                Matcher n = p.matcher(rest);
                if (n.lookingAt() && n.end() > 0 && (n.end() == rest.length() || !Character.isLetter(rest.charAt(n.end())))) {
                    BigDecimal now = w.changes.getOrDefault(id, w.current(id));
                    BigDecimal value = now.multiply(a.value(), MC);
                    return new Candidate(m, id, value, ADJACENT + 1.0, new int[] {at, at + n.end()}, false,
                            "scales the " + id.id() + " in force (" + now.stripTrailingZeros().toPlainString() + ")");
                }
            }
        }
        return null;
    }

    /** Words between two figures that put the second in the first one's place. */
    private static final Pattern REPLACING = Pattern.compile(
            "\\b(?:rerun|re-run|redo|run it|try|make it|use|instead|bump|raise|lower|cut|change|swap|move|take it|go with|what about|how about)\\b|->|\u2192");

    /**
     * "35% margin is light - rerun it at 45%", "capture at 30% feels low, try 40%": a percent with no word of its own,
     * after a replacing word, tried in place of an earlier percent that a word names.
     */
    boolean retries(Work w, Mention earlier, Mention later) {
        if (earlier.amount.kind() != Amount.Kind.RATIO || later.amount.kind() != Amount.Kind.RATIO
                || !REPLACING.matcher(w.s.substring(earlier.end(), later.start())).find()) {
            return false;
        }
        Window own = Window.of(w, later, screen);
        Window named = Window.of(w, earlier, screen);
        boolean laterNamed = false;
        boolean earlierNamed = false;
        for (InputId id : RATIO_INPUTS) {
            laterNamed |= own.best(vocab.input(id).cues(), true).score() > 0;
            earlierNamed |= named.best(vocab.input(id).cues(), true).score() > 0;
        }
        // ("I reckon 35% is a touch light for aws, run it again at 40%": no word names the 35%, but it is the value in force
        // of one percent input and of no other)
        boolean earlierRestates = RATIO_INPUTS.stream().filter(id -> w.current(id).compareTo(earlier.amount.value()) == 0).count() == 1;
        return (earlierNamed || earlierRestates) && !laterNamed;
    }

    /** OpenAI's value as the subject of a move: "openai's valuation falls", "oai drops", "its value rises". */
    private static final Pattern VALUE_MOVES = Pattern.compile(
            "\\b(?:openai(?:'s)?(?: (?:valuation|value|price|mark))?|its (?:valuation|value|price|mark)|the (?:valuation|value|price|mark))"
                    + " (?:\\w+ )?" + Relative.MOVES);

    /** Tax said anywhere in the question: "after tax", "post-tax", "taxed". */
    private static final Pattern TAX_SAID = Pattern.compile("\\btax(?:ed|es|ing)?\\b|\\b(?:after|post)[- ]?tax\\b");

    /** Whether the thread has set this percent input and no other. */
    private static boolean threadsOnlyPercent(Work w, InputId id) {
        return w.state != null && w.state.overrides().containsKey(id)
                && RATIO_INPUTS.stream().filter(w.state.overrides()::containsKey).count() == 1;
    }

    /** An earlier percent in the same message, named by a cue word for this input, with a replacing word between them. */
    private boolean replacesEarlier(Work w, Mention m, InputId id) {
        for (Mention o : w.mentions) {
            if (o == m || o.end() > m.start() || o.amount.kind() != Amount.Kind.RATIO) {
                continue;
            }
            if (Window.of(w, o, screen).best(vocab.input(id).cues(), true).score() > 0
                    && REPLACING.matcher(w.s.substring(o.end(), m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    private void years(Work w, Mention m, BigDecimal value, Set<InputId> asked, List<Candidate> out) {
        Window win = Window.of(w, m, screen);
        for (InputId id : YEAR_INPUTS) {
            Scored cue = win.best(vocab.input(id).cues(), true);
            StringBuilder why = new StringBuilder(cue.score() > 0 ? "cue \"" + cue.text() + "\"" : "no cue");
            double score = cue.score() + usage(w, id, asked, why) + (id == InputId.HOLDING_YEARS ? 0.6 : 0);
            boolean restates = w.current(id).compareTo(value) == 0;
            out.add(new Candidate(m, id, value, score, cue.span(), restates, why.toString()));
        }
    }

    /**
     * The pre-money said of this figure by pointing back at it ("suppose that figure is the pre-money"), before any other
     * amount is named: as strong as the word right after the figure.
     */
    private static Scored pointedPre(Work w, Mention m) {
        int to = w.s.length();
        for (Mention o : w.mentions) {
            if (o.start() >= m.end() && o.amount.kind() == Amount.Kind.MONEY) {
                to = Math.min(to, o.start());
            }
        }
        Matcher p = POINTED_PRE.matcher(w.s.substring(m.end(), to));
        if (!p.find()) {
            return Scored.NONE;
        }
        return new Scored(ADJACENT, new int[] {m.end() + p.start(1), m.end() + p.end(1)}, p.group(1));
    }

    /**
     * Right after a fraction, the valuation it is a fraction of: "a third of today's valuation", "40% of the current post",
     * "40 cents on the dollar versus today's price".
     */
    private static final Pattern OF_VALUATION = Pattern.compile(
            "^ ?(?:(?:of|on) )?(?:the |today'?s |the current |current |openai'?s? |this |the latest |latest |the headline |headline )*"
                    + "(?:(?:round'?s? )?(?:valuation|post-money|post|price|mark)|(?<=(?:today'?s|current|latest) )round)\\b"
                    + "|^ ?on the dollar (?:versus|vs\\.?|against|of|to|relative to|compared (?:to|with)) (?:the |today'?s |the current |current |the latest |latest )*"
                    + "(?:round'?s? )?(?:price|valuation|round|post-money|post|mark)\\b");

    /** The valuation a fraction said of the valuation in force comes to, or null when the figure is no such fraction. */
    static BigDecimal fractionOfValuation(Work w, Mention m) {
        if (m.amount.kind() != Amount.Kind.RATIO || m.amount.value().signum() <= 0 || POINTS.matcher(m.amount.text()).find()
                || !OF_VALUATION.matcher(w.s.substring(m.end())).lookingAt()) {
            return null;
        }
        return m.amount.value().multiply(w.current(InputId.POST_MONEY_VALUATION), MC);
    }

    /**
     * "had we bought in at a third of today's valuation": a fraction of the round's valuation is a valuation, read as one
     * (an entry price or an exit, by its words), the fraction shown.
     */
    private void ofValuation(Work w, Mention m, BigDecimal value, Set<InputId> asked, List<Candidate> out) {
        List<Candidate> money = new ArrayList<>();
        money(w, m, value, asked, money);
        String of = " (" + m.amount.text() + " of today's $" + w.current(InputId.POST_MONEY_VALUATION).stripTrailingZeros().toPlainString() + "B)";
        String left = w.s.substring(Math.max(w.clauseStart(m.start()), m.start() - 40), m.start());
        boolean entry = ENTRY_WORDS.matcher(left).find() || ENTRY_VERBS.matcher(left).find();
        for (Candidate c : money) {
            if (c.input() != InputId.POST_MONEY_VALUATION && c.input() != InputId.EXIT_VALUATION || c.preMoney() != null) {
                continue;
            }
            double bonus = c.input() == InputId.POST_MONEY_VALUATION && entry ? 1.0 : 0;
            out.add(new Candidate(c.mention(), c.input(), c.value(), c.score() + bonus, c.cue(), false, c.why() + of));
        }
    }

    /** The verbs of buying in, said before a price: "had we gone in at", "if we'd come in at", "paid". */
    private static final Pattern ENTRY_VERBS = Pattern.compile("\\b(?:gone|go|went|come|came|got|get|buy|bought|bought in|paid|pay|invested|entered) (?:in )?(?:at|for)\\b");

    /** "if OpenAI doubles", "a 3x exit": OpenAI's exit valuation as a multiple of the post-money. */
    private void factor(Work w, Mention m, Set<InputId> asked, List<Candidate> out) {
        BigDecimal post = w.changes.getOrDefault(InputId.POST_MONEY_VALUATION, w.current(InputId.POST_MONEY_VALUATION));
        BigDecimal exit = m.amount.value().multiply(post, MC);
        String left = w.s.substring(Math.max(w.clauseStart(m.start()), m.start() - 40), m.start());
        StringBuilder why = new StringBuilder("a multiple of the post-money");
        double score = (m.amount.kind() == Amount.Kind.VALUATION_FACTOR || OPENAI_SUBJECT.matcher(left).find()) ? 1.5 : 0.8;
        score += usage(w, InputId.EXIT_VALUATION, asked, why);
        out.add(new Candidate(m, InputId.EXIT_VALUATION, exit, score, null, false, why.toString()));
    }

    /** A number without a unit: "capex 150", "830 post", "a 30 margin", "hold 7". */
    private void plain(Work w, Mention m, Set<InputId> asked, List<Candidate> out) {
        BigDecimal v = m.amount.value();
        List<Candidate> money = new ArrayList<>();
        List<Candidate> ratio = new ArrayList<>();
        // (a small number before a word of unknown size, "1.2 blorp", may be any size: its input is still asked)
        if (v.compareTo(BigDecimal.TEN) >= 0 || v.signum() == 0 || m.unknownUnit != null) {
            money(w, m, v, asked, money);
        }
        if (v.compareTo(BigDecimal.valueOf(100)) <= 0 && (v.compareTo(BigDecimal.ONE) > 0 || v.signum() == 0)) {
            ratio(w, m, v.movePointLeft(2), asked, ratio);
        }
        // a unitless number needs a word that says what it is: weaker than the same figure with its unit
        for (Candidate c : money) {
            if (c.cue() != null || c.restates()) {
                out.add(new Candidate(c.mention(), c.input(), c.value(), c.score() - 0.3, c.cue(), c.restates(), c.why() + ", no unit",
                    c.preMoney()));
            }
        }
        for (Candidate c : ratio) {
            if (c.cue() != null || c.restates()) {
                out.add(new Candidate(c.mention(), c.input(), c.value(), c.score() - 0.5, c.cue(), c.restates(), c.why() + ", read as a percent"));
            }
        }
        // "and over 8" after "irr over 4 yrs": in a thread that has set a number of years, a bare small number with a
        // years word before it ("over", "for", "hold") is that many years
        boolean threadYears = w.state != null && YEAR_INPUTS.stream().anyMatch(id -> w.state.overrides().containsKey(id));
        if (threadYears && v.compareTo(BigDecimal.ONE) >= 0 && v.compareTo(BigDecimal.valueOf(30)) <= 0) {
            List<Candidate> years = new ArrayList<>();
            years(w, m, v, asked, years);
            for (Candidate c : years) {
                if (c.cue() != null && w.state.overrides().containsKey(c.input())) {
                    out.add(new Candidate(c.mention(), c.input(), c.value(), c.score() - 0.3, c.cue(), c.restates(),
                            c.why() + ", years as earlier in the thread"));
                }
            }
        }
        // "irr if hold = 7", "holding period is 6": a bare small number right after a word for the hold is that many years
        if (!threadYears && v.compareTo(BigDecimal.ONE) >= 0 && v.compareTo(BigDecimal.valueOf(30)) <= 0) {
            List<Candidate> years = new ArrayList<>();
            years(w, m, v, asked, years);
            String pre = w.s.substring(Math.max(0, m.start() - 30), m.start());
            Matcher hold = HOLD_WORD.matcher(pre);
            int holdEnd = -1;
            while (hold.find()) {
                holdEnd = hold.end();
            }
            // (the word for the hold may not be the figure's nearest cue: "hold for 7" is cued by "for")
            // (not a date: "a calendar hold for 3/31")
            boolean afterHold = holdEnd >= 0 && RIGHT_BEFORE_VALUE.matcher(pre.substring(holdEnd)).matches()
                    && !RANGE_OR_DATE_AFTER.matcher(w.s).region(m.end(), w.s.length()).lookingAt();
            // "use 7 for the hold", "6 as our holding period": the number first, then what it stands for
            Matcher standsFor = STANDS_FOR_HOLD.matcher(w.s).region(m.end(), w.s.length());
            boolean beforeHold = standsFor.lookingAt();
            for (Candidate c : years) {
                if (c.cue() != null && c.cue()[1] <= m.start() && afterHold) {
                    out.add(new Candidate(c.mention(), c.input(), c.value(), c.score() - 0.3, c.cue(), c.restates(),
                            c.why() + ", years after its word"));
                } else if (c.input() == InputId.HOLDING_YEARS && beforeHold) {
                    out.add(new Candidate(c.mention(), c.input(), c.value(), Math.max(c.score(), ADJACENT) - 0.3,
                            new int[] {standsFor.start(1), standsFor.end(1)}, c.restates(), c.why() + ", years standing for the hold"));
                }
            }
        }
        if (out.stream().noneMatch(c -> c.mention() == m)) {
            replacesThreadFigure(w, m, v, out);
        }
    }

    private static final Pattern CURRENT_BEFORE = Pattern.compile(
            "\\b(?:the|that|this) (?:current|existing|headline|reported|rumou?red|proposed|latest|quoted|mooted|touted|floated"
                    + "|original|new|fresh|whole|full|entire|planned|article'?s?|base|same|usual) \\$?$");

    /** True for the inputs a sum of money sets. */
    static boolean money(InputId id) {
        return MONEY_INPUTS.contains(id);
    }

    /** True when {@code value} is in the range a figure for this input is usually in ({@code inputs.<id>.plausible}). */
    boolean plausible(InputId id, BigDecimal value) {
        return vocab.input(id).plausible(value.abs());
    }

    /**
     * The inputs of the asked metrics that a bare number no word placed could set, read in each input's own unit, at a
     * plausible size: what a figure left out of the answer is offered as ("6" beside "irr at a 1.5t exit": six years?
     * $6B invested?). Best evidence first; none is chosen.
     */
    List<Candidate> bareReadings(Work w, Mention m, Set<InputId> asked) {
        BigDecimal v = m.amount.value();
        List<Candidate> all = new ArrayList<>();
        if (v.signum() > 0) {
            money(w, m, v, asked, all);
            if (v.compareTo(BigDecimal.valueOf(100)) < 0) {
                ratio(w, m, v.movePointLeft(2), asked, all);
            }
            years(w, m, v, asked, all);
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : all) {
            if (asked.contains(c.input()) && c.preMoney() == null && !c.restates() && vocab.input(c.input()).plausible(c.value())) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out;
    }

    /** A range or a date going on after a number ("3/31", "5-7"), not a dash before the next clause ("hold to 7 - irr?"). */
    private static final Pattern RANGE_OR_DATE_AFTER = Pattern.compile("/|-\\s?\\d");
    private static final Pattern HOLD_WORD = Pattern.compile("\\b(?:hold(?:s|ing)?|horizon|period)\\b");
    /** After a bare number, what it stands for: "7 for the hold", "6 as our holding period", "5 yrs as the horizon". */
    private static final Pattern STANDS_FOR_HOLD = Pattern.compile(
            "\\s*(?:yrs?\\.?|years?)?,?\\s*(?:(?:then|instead|now|please|pls),? )?(?:for|as) (?:the |our |a |its |amazon'?s |amzn'?s )?(hold(?:ing)?(?: period| time)?|horizon|holding period)\\b");
    /** Between a word for the hold and a bare number of years: "hold = 7", "holding period is 6", "stretch the hold to 7", "hold it for 8". */
    private static final Pattern RIGHT_BEFORE_VALUE = Pattern.compile(
            "^\\s*(?:(?:it|them|on|on to it|onto it) )?(?:=|:|is|of|at|to|for|till|until|through|out to|was|would be|becomes|(?:period|time|horizon)(?: is| of| =|:| to| at)?)?\\s*$");

    /**
     * "same but 8", "now 25", "8 instead?" in a thread: a bare number with no word for what it is replaces one of the
     * thread's own figures, the one it could be by size: a number of years for a holding period set earlier, a percent
     * for a margin or share set earlier, an amount of the same order as a valuation or amount set earlier. Each fitting
     * figure is a reading of equal weight, so two that fit are offered, not guessed between.
     */
    private void replacesThreadFigure(Work w, Mention m, BigDecimal v, List<Candidate> out) {
        if (w.state == null || w.state.overrides().isEmpty() || v.signum() <= 0) {
            return;
        }
        for (var e : w.state.overrides().entrySet()) {
            InputId id = e.getKey();
            BigDecimal before = e.getValue();
            BigDecimal value = null;
            if (YEAR_INPUTS.contains(id)) {
                value = v.compareTo(BigDecimal.ONE) >= 0 && v.compareTo(BigDecimal.valueOf(30)) <= 0 ? v : null;
            } else if (RATIO_INPUTS.contains(id)) {
                value = v.compareTo(BigDecimal.ONE) > 0 && v.compareTo(BigDecimal.valueOf(100)) <= 0 ? v.movePointLeft(2) : null;
            } else if (MONEY_INPUTS.contains(id) && before.signum() > 0) {
                BigDecimal ratio = v.divide(before, MC);
                value = ratio.compareTo(BigDecimal.valueOf(0.2)) >= 0 && ratio.compareTo(BigDecimal.valueOf(5)) <= 0 ? v : null;
            }
            if (value != null && value.compareTo(before) != 0 && vocab.input(id).plausible(value)) {
                out.add(new Candidate(m, id, value, 1.2, null, false, "no word for it; replaces the thread's " + before.stripTrailingZeros().toPlainString()));
            }
        }
    }

    /**
     * Evidence from the asked metrics: an input no asked metric reads is an unlikely reading. Less so when the metrics are
     * only the thread's (the question names none): a follow-up that sets an input the thread's metric does not read
     * ("and if it exits at 1.6T?" after the stake) asks a metric that reads it, which the reading then adds.
     */
    private static double usage(Work w, InputId id, Set<InputId> asked, StringBuilder why) {
        if (asked.isEmpty()) {
            return 0;
        }
        if (asked.contains(id)) {
            why.append(", the asked metric uses it");
            return 0.6;
        }
        if (w.metricsInherited) {
            why.append(", the thread's metric does not use it");
            return -0.75;
        }
        why.append(", the asked metric does not use it");
        return -1.5;
    }
}
