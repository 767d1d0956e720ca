package org.thesisbot.core.reading;

import static org.thesisbot.core.reading.Words.PARENTHESES;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.scenario.ScenarioModel;
import org.thesisbot.core.state.ThreadState;

/** Everything known about one question while it is read. */
final class Work {
    private static final Pattern BOUNDARY = Pattern.compile(
            "[,;?!()]|: |\\. |\\s[-\u2014]\\s|\\s\\+\\s|\\s(?:and|but|while|whereas|then|so|also|plus)\\s");

    /**
     * Things counted that the model has no input for: power, chips, machines, people ("~2 GW", "50m accelerators", "800m
     * users"). General English, not this article's.
     */
    private static final String FOREIGN_UNIT = "(?:gw|gigawatts?|mw|megawatts?|kw|twh|gwh|accelerators?|chips?|gpus?|tpus?|h100s?|b200s?"
            + "|racks?|servers?|nodes?|users?|subscribers?|customers?|employees?|staff|headcount|tokens?|queries|seats?|sq ?ft|acres?)";
    /** A figure counted in such a unit: "2 GW", "50m accelerators", "2.7 gw of build". */
    private static final Pattern FOREIGN_COUNT = Pattern.compile("(?i)^\\s?(?:m|mn|k|bn|b|million|billion|thousand)?\\s?" + FOREIGN_UNIT + "\\b");
    /** A price of one such unit, right after the figure: "$50bn/GW", "~$28k a chip", "45 per gw". */
    private static final Pattern FOREIGN_RATE_AFTER = Pattern.compile("(?i)^\\s?(?:/|per |an? )\\s?" + FOREIGN_UNIT + "\\b");
    /** "~$22.5k each", after such a unit was named: the price of one. */
    private static final Pattern EACH_AFTER = Pattern.compile("(?i)^\\s?(?:each|apiece|a pop|a piece)\\b");
    private static final Pattern FOREIGN_WORD = Pattern.compile("(?i)\\b" + FOREIGN_UNIT + "\\b");
    /**
     * A figure right after a count of such a unit and a word that prices or converts it: "2 GW of build at 45", "1 GW ≈
     * $45bn", "0.33 GW/yr at 45": the unit's price, not an input ("spend on chips is 100bn" names no count, and is read).
     */
    private static final Pattern FOREIGN_PRICE_BEFORE = Pattern.compile(
            "(?i)\\d\\s?(?:m|mn|k|bn|b|million|billion|thousand)?\\s?" + FOREIGN_UNIT
                    + "(?:\\s?/\\s?(?:yr|year))?(?:\\s+(?:of|for)\\s+\\w+)?\\s*(?:at|@|≈|~=|=)\\s*[~≈]?\\s*\\$?$");

    private final ScenarioModel model;
    final String s;
    final ThreadState state;
    final List<Mention> mentions = new ArrayList<>();
    final List<Hit> hits = new ArrayList<>();
    /** Where a guess at the answer begins ("…, roughly 1.5x?"): what follows asks nothing. */
    int guessFrom = Integer.MAX_VALUE;
    final List<int[]> boundaries = new ArrayList<>();
    final List<int[]> spent = new ArrayList<>();
    final List<String> cues = new ArrayList<>();
    final List<String> used = new ArrayList<>();
    final List<String> unused = new ArrayList<>();
    /** Metrics that bars checked by their unit alone name ("does that clear our 2x": the MOIC), to answer beside the others. */
    final List<org.thesisbot.core.scenario.Metric> barMetrics = new ArrayList<>();
    /** The inputs each figure named as unused could set, closest first. */
    final List<Reading.Unplaced> unplaced = new ArrayList<>();
    final List<String> rejected = new ArrayList<>();
    /** Inputs whose thread figure the question names to take back by the value it set ("drop the 950 pre"). */
    final List<InputId> takenBack = new ArrayList<>();
    /** Where the question names inputs: found once, on first use (the text never changes). */
    List<Named> named;
    /** Every match of an input's name, nested ones too, in the order of the vocabulary; found once (see Knowledge.allNames). */
    List<Named> allNamed;
    final Map<InputId, BigDecimal> changes = new EnumMap<>(InputId.class);
    List<String> scenarios = List.of();
    Reading.Ambiguity ambiguity;
    Metric implied;
    boolean contrast;
    /** Where a sentence of context before the question ends ({@link Reader#PREMISE}); 0 when there is none. */
    int premiseEnd;
    /** A target to read the question with (the second reading), or null. */
    final Force force;
    /** A metric to show beside the solved input (the pre-money when it was asked for), or null. */
    Metric alsoShow;
    /** The goal the target was made from, or null. */
    Goal goal;
    /** The target's input was the metric's default, not named by the question. */
    boolean solvedByDefault;
    /**
     * A goal said against the number as it stands ("adds 5bn on top of base", "2 pts below the 5y number"): +1 or -1, the
     * figure's way from it; 0 for a goal said as a value.
     */
    int relativeSign;
    /** Targets to offer as a choice (see {@link Targets#choose}), the figure they are about and how it is written. */
    final List<ThreadState.Target> choices = new ArrayList<>();
    int choiceFigure = -1;
    String choiceText = "";
    /** The figure that set each input. */
    final Map<InputId, Mention> setBy = new EnumMap<>(InputId.class);
    /** The inputs whose figure moved the value in force ("push the exit out by two quarters"), not set a new one. */
    final Set<InputId> moved = java.util.EnumSet.noneOf(InputId.class);
    /** The asked metrics are the thread's: this question names none ({@link Roles#assign}). */
    boolean metricsInherited;
    /** Figures given to an input on no cue, only because the asked metric reads it. */
    final Set<Mention> uncued = new java.util.HashSet<>();

    /** @param hits the metric phrases in {@code s} ({@link MetricPhrases#metricHits}) */
    Work(String s, ThreadState state, Force force, ScenarioModel model, List<Hit> hits) {
        this.s = s;
        this.restarts = state != null && Reader.resets(s);
        this.model = model;
        this.state = state;
        this.force = force;
        for (Amount a : Amounts.find(s)) {
            mentions.add(new Mention(a, s));
        }
        this.hits.addAll(hits);
        // a remark in parentheses ("(capex? I think that's the word)") does not end the clause it sits in
        Matcher b = BOUNDARY.matcher(PARENTHESES.matcher(s).replaceAll(x -> " ".repeat(x.group().length())));
        while (b.find()) {
            boundaries.add(new int[] {b.start(), b.end()});
        }
        foreignUnits();
    }

    /**
     * Marks the figures counted or priced in a unit the model has no input for ("~2 GW of compute at $50bn/GW, so 100bn of
     * compute spend") as spent before anything reads them, each with a note: the count and its price are the asker's own
     * arithmetic; the sum it comes to is read as usual.
     */
    private void foreignUnits() {
        for (Mention m : mentions) {
            if (m.consumed || m.amount.kind() == Amount.Kind.CALENDAR_YEAR) {
                continue;
            }
            String after = s.substring(m.end(), Math.min(s.length(), m.end() + 24));
            String before = s.substring(Math.max(0, m.start() - 40), m.start());
            boolean count = FOREIGN_COUNT.matcher(after).lookingAt();
            Matcher per = FOREIGN_RATE_AFTER.matcher(after);
            Matcher each = EACH_AFTER.matcher(after);
            Matcher unitBefore = FOREIGN_WORD.matcher(s.substring(Math.max(0, m.start() - 60), m.start()));
            boolean price = FOREIGN_PRICE_BEFORE.matcher(before).find() || per.lookingAt() || each.lookingAt() && unitBefore.find();
            if (count || price) {
                m.consumed = true;
                unused.add("I didn't use " + Figures.display(m.amount) + ": it " + (count ? "counts" : "prices") + " something the model"
                        + " has no input for.");
                cues.add("figure " + m.amount.text() + (count ? " counts a unit the model lacks" : " prices a unit the model lacks"));
            }
        }
    }

    int clauseStart(int at) {
        int start = 0;
        for (int[] b : boundaries) {
            if (b[1] <= at) {
                start = b[1];
            }
        }
        return start;
    }

    int clauseEnd(int at) {
        for (int[] b : boundaries) {
            if (b[0] >= at) {
                return b[0];
            }
        }
        return s.length();
    }

    boolean isSpent(int start, int end) {
        for (int[] sp : spent) {
            if (start < sp[1] && sp[0] < end) {
                return true;
            }
        }
        return false;
    }

    /** The value an input has for this question before its own figures: thread, then scenario, then model. */
    /** The question starts the thread again ({@link Reader#resets}). */
    private final boolean restarts;

    BigDecimal current(InputId id) {
        // (a question that starts again, "start over: moic at 1.66T", restates none of the thread's figures: they are dropped)
        if (state != null && state.overrides().containsKey(id) && !restarts) {
            return state.overrides().get(id);
        }
        String sc = onlyScenario();
        return sc != null ? model.value(id.id(), sc) : model.require(id.id()).value();
    }

    /** The one scenario this question is read in (its own, else the thread's), or null when it names none or several. */
    String onlyScenario() {
        List<String> sc = !scenarios.isEmpty() ? scenarios : state != null ? state.scenarios() : List.of();
        return sc.size() == 1 ? sc.get(0) : null;
    }
}
