package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.Unit;
import org.thesisbot.core.lexicon.Lexicon;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.scenario.ScenarioModel;

/**
 * Quantities said by name where a figure would stand: "for our stake to be worth the full size of the raise", "we get in at
 * the article's older valuation", "if aws wins the upside-case share". Each is read as its figure (the model's value, a
 * scenario's, a metric the model computes, or a figure of the sources the model does not hold), and the answer says so.
 * The names are data ({@code named_values} in config/lexicon.yaml); the grammar of where a figure stands is here.
 *
 * <p>A name is read as a figure only where a figure could stand: after a word that takes a value ("at", "to", "worth",
 * "as", "funded", "wins"), or after "the size of", "as big as", "equal to". Asked about ("what's the size of the raise?",
 * "how big is the indiana campus") it is left alone: that is a question about the input.
 */
final class NamedFigures {
    /** What was read: the question with figures for names, and one note per name read. */
    record Read(String question, List<String> notes) {
    }

    /** A scenario's words before a name: "the bull-case margin", "the upside case share", "bear case exit". */
    private static final Pattern SCENARIO = Pattern.compile(
            "(?<sc>bull|bear|base|upside|downside|optimistic|pessimistic)(?:[- ]?case)?\\s+$", Pattern.CASE_INSENSITIVE);
    /** Determiners and owners a name may carry: "the", "its", "the article's", "oai's". */
    private static final Pattern OWNERS = Pattern.compile(
            "(?:(?:the|its|their|that|this|our|amazon'?s|amzn'?s|openai'?s|oai'?s|article'?s|piece'?s|author'?s|same|full|whole|entire)\\s+)+$",
            Pattern.CASE_INSENSITIVE);
    /** A multiple of the name: "double the bull-case share", "half the raise". */
    private static final Pattern TIMES = Pattern.compile("(?<k>double|twice|triple|thrice|half)\\s+$", Pattern.CASE_INSENSITIVE);
    /** A comparison that makes the name a figure whatever comes before: "the size of", "as big as", "equal to". */
    private static final Pattern SIZE_OF = Pattern.compile(
            "(?:(?:the )?(?:same )?size of|as (?:big|large|high|much) as|equal to|the same as|matching|in line with)\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** A word after which a figure stands. */
    private static final Pattern TAKES_VALUE = Pattern.compile(
            "(?:\\b(?:at|as|worth|than|only|just|equals?|match(?:es)?|fund(?:s|ed|ing)?|wins?|winning|grabs?"
                    // ("relative to the anthropic investment" compares two names: only a move or a goal takes "to")
                    + "|(?:up|back|down|gets?(?: it| us| that)?|push(?:es)?(?: it| that)?(?: up)?|rises?|grows?|climbs?|jumps?|falls?|drops?) to"
                    + "|gets?|captures?|runs?|takes?|use|using|put|puts|invests?|invested|wrote|write|writes"
                    + "|treat|treating|assume|assuming|call|calling|plug|plugging|take|taking"
                    + "|(?:swap|swaps|swapping|plug|plugs|plugging|drop|dropping|put|puts|putting) in"
                    + "|cover|covers|repay|repays|pay for|pays for|exits?|exiting|mark(?:s|ed)?|slides?(?: back)?|falls?(?: back)?"
                    + "|drops?(?: back)?|goes back|comes back|back|swap|swaps|swapping|instead of|rather than|not)|=)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Asked about, not used: "what's the size of the raise", "how big is the campus". */
    private static final Pattern ASKED = Pattern.compile(
            "\\b(?:what|which|how (?:big|large|much|high))(?:'s|s| is| was| are| were| would be| will be)?\\s+$",
            Pattern.CASE_INSENSITIVE);

    private record Entry(Pattern pattern, Lexicon.NamedValue named) {
    }

    private final List<Entry> entries;
    private final ScenarioModel model;
    private final Calculator calculator;

    NamedFigures(List<Lexicon.NamedValue> named, ScenarioModel model) {
        List<Entry> es = new ArrayList<>();
        for (Lexicon.NamedValue n : named) {
            es.add(new Entry(Pattern.compile("\\b(?:" + n.pattern() + ")\\b", Pattern.CASE_INSENSITIVE), n));
        }
        this.entries = List.copyOf(es);
        this.model = model;
        this.calculator = new Calculator(model);
    }

    /** The question with a figure for each name that stands where a figure would; unchanged, with no notes, otherwise. */
    Read read(String text) {
        String s = text;
        // the figures the asker gave, before any name is read: a name that restates one adds nothing
        List<Amount> given = Amounts.find(Amounts.normalise(text));
        Set<String> notes = new LinkedHashSet<>();
        for (Entry e : entries) {
            Matcher m = e.pattern().matcher(s);
            int from = 0;
            while (m.find(from)) {
                Replacement r = replacement(s, m.start(), m.end(), e.named(), given);
                if (r == null) {
                    from = m.end();
                    continue;
                }
                s = s.substring(0, r.start()) + r.text() + s.substring(m.end());
                notes.add(r.note());
                from = r.start() + r.text().length();
                m = e.pattern().matcher(s);
            }
        }
        return new Read(s, List.copyOf(notes));
    }

    private record Replacement(int start, String text, String note) {
    }

    private Replacement replacement(String s, int start, int end, Lexicon.NamedValue n, List<Amount> given) {
        int at = start;
        String scenario = null;
        Matcher sc = SCENARIO.matcher(s.substring(0, at));
        if (sc.find()) {
            scenario = switch (sc.group("sc").toLowerCase(Locale.ROOT)) {
                case "bull", "upside", "optimistic" -> "bull";
                case "bear", "downside", "pessimistic" -> "bear";
                default -> "base";
            };
            at = sc.start();
        }
        if (scenario == null) {
            Matcher own = ASKERS_FIGURE.matcher(s.substring(0, at));
            if (own.find()) {
                // "our check is as big as the whole $100B round": the asker's own figure for the name, in the same place
                int from = strip(s, own.start(), OWNERS);
                Matcher size = SIZE_OF.matcher(s.substring(0, from));
                if (size.find()) {
                    String said = s.substring(size.start(), end).strip();
                    String figure = own.group("figure").strip();
                    // (the name keeps its figure: "… is $120bn, with a $120bn round")
                    return new Replacement(size.start(), figure + ", with a " + s.substring(own.start(), end).strip(),
                            "Reading \u201c" + said + "\u201d as " + figure + ", your figure for it.");
                }
            }
        }
        if (n.scenarioOnly() && scenario == null) {
            return null; // "the margin" alone is the input in force, which the reader already knows by its name
        }
        at = strip(s, at, OWNERS);
        BigDecimal times = BigDecimal.ONE;
        Matcher k = TIMES.matcher(s.substring(0, at));
        if (k.find()) {
            times = switch (k.group("k").toLowerCase(Locale.ROOT)) {
                case "double", "twice" -> BigDecimal.valueOf(2);
                case "triple", "thrice" -> BigDecimal.valueOf(3);
                default -> new BigDecimal("0.5");
            };
            at = k.start();
        }
        String before = s.substring(0, at);
        Matcher size = SIZE_OF.matcher(before);
        boolean compared = size.find();
        if (compared) {
            at = size.start();
            before = s.substring(0, at);
        }
        if (ASKED.matcher(before).find() || !compared && !TAKES_VALUE.matcher(before).find()) {
            return null;
        }
        if (OWN_FIGURE.matcher(s.substring(end)).lookingAt()) {
            return null; // "taking the indiana campus at $13bn": the name is the subject of a figure of its own
        }
        Unit unit;
        BigDecimal value;
        String what;
        if (n.input() != null) {
            InputId id = InputId.of(n.input());
            String in = scenario == null ? "base" : scenario;
            value = model.value(id.id(), in);
            unit = model.require(id.id()).unit();
            what = (scenario == null ? "" : "the " + scenario + " case's ") + model.require(id.id()).label();
        } else if (n.metric() != null) {
            Metric metric = Metric.byId(n.metric()).orElseThrow();
            value = calculator.value(metric, scenario == null ? "base" : scenario, Map.of());
            unit = metric.unit();
            what = metric.label() + ", computed from the model";
        } else {
            value = n.value();
            unit = Unit.USD_BILLIONS;
            what = "\u201c" + n.quote() + "\u201d";
        }
        value = value.multiply(times);
        BigDecimal v = value;
        if (given.stream().anyMatch(a -> a.value().compareTo(v) == 0
                && (a.kind() == Amount.Kind.MONEY) == (unit == Unit.USD_BILLIONS))) {
            return null; // "exits at half a trillion, viz. back at the earlier valuation": the name restates a figure given
        }
        String figure = Format.value(value, unit);
        String said = s.substring(at, end).strip();
        String note = "Reading \u201c" + said + "\u201d as " + figure + " (" + what + ").";
        String text = figure + (n.noun() == null ? "" : " " + n.noun());
        // "a check the size of its anthropic investment": the figure takes "of" after a noun ("a check of $8B")
        if (compared && NOUN_BEFORE.matcher(before).find()) {
            text = "of " + text;
        }
        return new Replacement(at, text, note);
    }

    /** A figure of the name's own, later in its clause: "… campus at $13bn", "… campus ends up costing 15 billion". */
    private static final Pattern OWN_FIGURE = Pattern.compile(
            "(?:(?!\\b(?:and|but|while|whereas|with|plus|then)\\b)[^,;.?!\\n]){0,25}?(?:\\b(?:at|of|is|was|were|be|to|costs?|costing|from|not)|=|@)"
                    + "\\s*(?:about |roughly |around |~)?\\$?\\d", Pattern.CASE_INSENSITIVE);

    /** A figure of money right before a name: "the whole [$100B] round", "a [1.2T] exit". */
    private static final Pattern ASKERS_FIGURE = Pattern.compile(
            "(?<figure>(?:us)?\\$?\\d[\\d.,]*\\s?(?:b|bn|bil|billion|t|tn|tril|trillion)\\b)\\s+$", Pattern.CASE_INSENSITIVE);

    /** A noun right before "the size of": the figure is that noun's ("a check the size of …" is "a check of $8B"). */
    private static final Pattern NOUN_BEFORE = Pattern.compile(
            "\\b(?:check|cheque|ticket|stake|round|raise|investment|position|valuation|post|pre|exit)\\s*$", Pattern.CASE_INSENSITIVE);

    private static int strip(String s, int at, Pattern p) {
        Matcher m = p.matcher(s.substring(0, at));
        return m.find() ? m.start() : at;
    }
}
