package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;

/**
 * A negotiation's log of prices, as the deal team keeps it: "us: 790 post / them: 1.08T / us: 855 / them: 965", "them:
 * 1.1T -> 1.02T, us: 860 -> 900 (post)", "us: 60 @ 900 post / them: 50 @ 1.05T". Each entry is a side's price for the round
 * (a post-money unless it or the log says pre-money), and the question then points at one of them: "their last number",
 * "our latest", "the last one", "split the last two down the middle", "at each of those", or a price of the log by its
 * figure ("if we cave to 960"). The log itself sets nothing; the price pointed at is said to the reader as the round's
 * post-money (with the entry's check, when it gives one), and "each of those" asks the question at every price. The log
 * lasts in the thread, so "last one, bull exit" later still finds it.
 */
final class Offers {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final int CI = Pattern.CASE_INSENSITIVE;

    /** One entry: whose price, the price (in $B), whether it was said as a pre-money, and the check with it (or null). */
    record Entry(boolean ours, BigDecimal price, Boolean pre, BigDecimal check, String said) {
        String side() {
            return ours ? "us" : "them";
        }
    }

    /** The question with the price pointed at said as the round's, and what was done. */
    record Found(String question, List<Entry> entries, String words, String note, boolean moved) implements Reframing {
        Found(String question, List<Entry> entries, String words, String note) {
            this(question, entries, words, note, false);
        }

        @Override
        public Optional<String> kept() {
            return Optional.of(words);
        }

        @Override
        public Answer told(Answer a) {
            if (a.results().isEmpty() || note == null) {
                return a;
            }
            return RoutingAssistant.withNote(moved ? withMove(a) : a, note);
        }
    }

    /** Each number asked at both ends of a move, and its change from the first to the second (a result of kind change). */
    private static Answer withMove(Answer a) {
        List<MetricResult> metrics = a.results().stream().filter(r -> r.kind() == MetricResult.Kind.METRIC).toList();
        List<MetricResult> changes = new ArrayList<>();
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < metrics.size(); i++) {
            MetricResult x = metrics.get(i);
            for (int j = i + 1; j < metrics.size(); j++) {
                MetricResult y = metrics.get(j);
                if (x.metric().equals(y.metric()) && java.util.Objects.equals(x.scenario(), y.scenario())
                        && changes.stream().noneMatch(c -> c.metric().equals(x.metric()) && java.util.Objects.equals(c.scenario(), x.scenario()))) {
                    BigDecimal d = y.value().subtract(x.value());
                    String shown = (d.signum() >= 0 ? "+" : "") + Format.value(d, x.unit());
                    changes.add(new MetricResult(x.metric(), "Change in " + x.label() + " over the move", d, x.unit(), x.scenario(), y.inputs(),
                            y.display() + " - " + x.display() + " = " + shown, null, MetricResult.Kind.CHANGE));
                    head.append(head.length() == 0 ? "" : "\n").append("*The move: ").append(x.label()).append(" ").append(shown)
                            .append("* (").append(x.scenario()).append(" case: ").append(x.display()).append(" to ").append(y.display()).append(")");
                    break;
                }
            }
        }
        if (changes.isEmpty()) {
            return a;
        }
        List<MetricResult> results = new ArrayList<>(a.results());
        results.addAll(changes);
        return new Answer(a.id(), a.route(), head + "\n\n" + a.text(), a.narrative(), results, a.citations(), a.answerer(), a.notes(),
                a.decision(), a.clarify(), a.charts());
    }

    private static final String VAL = "(?:half a (?:trillion|tril|tn)|a trillion|a tril|one trillion|\\$?\\d[\\d,]*(?:\\.\\d+)?\\s?(?:bn|b|billion|t|tn|tril|trillion)?)";
    private static final String BASIS = "(?:\\s*\\(?\\s*(?<BASIS>pre|post)(?:[- ]?money)?\\)?)?";
    /** A side named as the subject of its price; "they give us 980" names no price of ours, "what do we own" no price at all. */
    private static final String PARTY = "(?<!\\b(?:give|gives|gave|giving|offer|offers|offered|get|gets|got|leave|leaves|left|buy|buys|for|to|with|let|lets|cost|costs|tell|show|of|at|by|from) )"
            + "\\b(?<party>us|we|them|they|our side|their side|ours|theirs)\\b(?!\\$)"; // "US$50bn" is dollars, no side
    /** "us: 790 post", "them 1.08T", "we moved 860 -> 900 post", "they came down 1.1T -> 975 post", "us: 60 @ 900 post". */
    private static final Pattern ENTRY = Pattern.compile(PARTY
            + "(?:'re|'ve| were| are| was| is)?(?:\\s+(?:moved|went|came down|came up|dropped|raised|countered|opened|came in|offered|bid|asked|countered))?(?:\\s+(?:from|at|with))?"
            + "\\s*(?::|=)?\\s*(?:(?<size>\\d+(?:\\.\\d+)?)\\s?(?:bn|b)?\\s*@\\s*)?(?<fig>" + VAL + ")" + BASIS.replace("BASIS", "basis")
            + "(?:\\s*(?:->|\u2192|=>)\\s*(?<fig2>" + VAL + ")" + BASIS.replace("BASIS", "basis2") + ")?(?![\\w%]|\\.\\d)", CI);
    /** The log's own basis: "(all post)", "both post", "everything quoted pre-money", "all pre". */
    private static final Pattern GLOBAL = Pattern.compile(
            "\\b(?:all|both|everything|every (?:number|price|print))(?: (?:quoted|said|in))?\\s*(?<b>pre|post)(?:[- ]?money)?\\b|\\((?<p>pre|post)(?:[- ]?money)?\\)", CI);
    /** A log's label before its entries: "log:", "log from todays call, everything quoted pre-money:". */
    private static final Pattern LABEL = Pattern.compile("(?:^|\\n)\\s*(?:[\\w' ]{0,20})?\\blog\\b[^:\\n]{0,60}:\\s*$", CI);
    private static final String NOUN = "(?: (?:number|ask|offer|print|one|counter|counteroffer|price|quote|figure|bid|mark|move))?";
    private static final Pattern THEIR_LAST = Pattern.compile("\\b(?:their|thier|theyr|them|they(?:'re)?)(?:'s)? (?:last|latest|final|newest|most recent|current|best and final)" + NOUN + "\\b", CI);
    private static final Pattern OUR_LAST = Pattern.compile("\\b(?:our|us|we)(?:'s)? (?:last|latest|final|newest|most recent|current)" + NOUN + "\\b", CI);
    private static final Pattern THEIR_FIRST = Pattern.compile("\\b(?:their|thier) (?:first|opening|initial)" + NOUN + "\\b", CI);
    private static final Pattern OUR_FIRST = Pattern.compile("\\bour (?:first|opening|initial|lowball)" + NOUN + "\\b", CI);
    private static final Pattern LAST_ONE = Pattern.compile("\\b(?:the )?(?:last|latest|final) (?:one|number|print|offer|entry|price|quote)\\b", CI);
    private static final Pattern SPLIT = Pattern.compile(
            "\\b(?:split (?:the )?(?:last two|difference|gap)(?: down the middle| 50 ?/ ?50| evenly)?|meet (?:them )?(?:in|at) the middle|halfway between (?:the )?last two|(?:the )?mid ?point of (?:the )?last two)\\b", CI);
    private static final Pattern EACH = Pattern.compile("\\b(?:at |for |on )?(?:each of (?:those|them|these|the (?:prints|offers|numbers|prices))|each one|every one|all of them|each print|each offer)\\b", CI);
    /** Words before a pointer that the price replaces: "at their last" → "at a $965B post-money". */
    private static final Pattern AT_BEFORE = Pattern.compile("\\b(?:at|to|on)\\s*$", CI);
    /** A move pointed at: "our last move", "their concession", "did that give away", "what did that cost us". */
    private static final Pattern MOVE = Pattern.compile(
            "\\b(?:(?<who>our|their|that|the|this)\\s+(?:last\\s+|latest\\s+)?(?:move|concession|step|bump)|(?:did|does|would|will) (?:that|it|this) (?:give away|give up|cost(?: us)?)|(?:give|gave|giving) (?:away|up))\\b",
            CI);
    private static final Pattern SIDE = Pattern.compile("\\b(?:us|we|them|they|our side|their side)\\b", CI);
    /** The log's basis right after its last entry: "(all post)", ", both pre". */
    private static final Pattern BASIS_AFTER = Pattern.compile("^\\s*(?:\\((?:all |both )?(?:pre|post)(?:[- ]?money)?\\)|,?\\s*(?:all|both) (?:pre|post)(?:[- ]?money)?)", CI);
    /** A price said with a deal's verb: "settle at 950", "land at 925", "they give us 980", "counter at 900". */
    private static final Pattern PRICE_VERB = Pattern.compile(
            "\\b(?:settle|settles|settled|land|lands|landed|sign|signs|signed|close|closes|closed|agree|agreed|meet|end up|cave|caves|caved|counter|countered|give us|gives us|offer us|offers us|come (?:down|in)|comes (?:down|in)|came (?:down|in))"
                    + "\\s+(?:at|to|on|with)?\\s*(?:their |our |a |an )?(?<fig>" + VAL + ")(?:\\s?(?<basis>pre|post)(?:[- ]?money)?)?(?![\\w%]|[.,]\\d)", CI);
    static final Pattern LEAVE = Pattern.compile("\\b(?:forget|drop|ignore|scrap|lose) (?:the |that |our |their )?(?:log|offers|prints|negotiation)\\b", CI);

    private Offers() {
    }

    static Optional<Found> find(String text) {
        if (text == null || text.length() > 2_000 || !SIDE.matcher(text).find()) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        int first = -1;
        int last = -1;
        Matcher m = ENTRY.matcher(text);
        while (m.find()) {
            BigDecimal price = Sums.valuation(m.group("fig"));
            if (price == null || price.signum() < 0) {
                continue;
            }
            boolean ours = m.group("party").toLowerCase(Locale.ROOT).matches("us|we|our side|ours");
            BigDecimal check = m.group("size") == null ? null : new BigDecimal(m.group("size"));
            Boolean pre = m.group("basis") == null ? null : m.group("basis").equalsIgnoreCase("pre");
            entries.add(new Entry(ours, price, pre, check, m.group().strip()));
            if (m.group("fig2") != null) {
                BigDecimal to = Sums.valuation(m.group("fig2"));
                Boolean pre2 = m.group("basis2") != null ? Boolean.valueOf(m.group("basis2").equalsIgnoreCase("pre")) : pre;
                if (to != null && to.signum() >= 0) {
                    entries.add(new Entry(ours, to, pre2, check, m.group().strip()));
                }
            }
            first = first < 0 ? m.start() : first;
            last = m.end();
        }
        if (entries.size() < 2) {
            return Optional.empty();
        }
        // the basis of entries that do not say it: the log's, else the first said, else a post-money
        Matcher g = GLOBAL.matcher(text);
        Boolean global = g.find() ? Boolean.valueOf((g.group("b") != null ? g.group("b") : g.group("p")).equalsIgnoreCase("pre")) : null;
        Boolean said = entries.stream().map(Entry::pre).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        Boolean fallback = global != null ? global : said != null ? said : Boolean.FALSE;
        List<Entry> resolved = new ArrayList<>();
        for (Entry e : entries) {
            resolved.add(e.pre() != null ? e : new Entry(e.ours(), e.price(), fallback, e.check(), e.said()));
        }
        // the log out of the question: from its label (or first entry) to its last entry, with the log's basis after it
        Matcher label = LABEL.matcher(text.substring(0, first));
        int from = label.find() ? label.start() : first;
        int to = last;
        Matcher after = BASIS_AFTER.matcher(text.substring(to));
        if (after.find()) {
            to += after.end();
        }
        String ask = (text.substring(0, from) + " " + text.substring(to)).strip();
        ask = GLOBAL.matcher(ask).replaceAll(" ");
        String words = resolved.stream().map(e -> e.side() + " " + plain(e.price()) + (e.pre() ? " pre" : " post")
                + (e.check() == null ? "" : " with a " + plain(e.check()) + " check")).reduce((a, b) -> a + " / " + b).orElse("");
        String kept = resolved.stream().map(e -> e.side() + ": " + (e.check() == null ? "" : plain(e.check()) + " @ ") + plain(e.price()) + (e.pre() ? " pre" : " post"))
                .reduce((a, b) -> a + " / " + b).orElse("");
        String logNote = "the offer log (" + words + ")";

        Matcher each = EACH.matcher(ask);
        if (each.find()) {
            // "what do we own at each of those": the question at every price, side by side
            List<String> prices = resolved.stream().map(e -> "$" + plain(e.price()) + "B").toList();
            boolean allPre = resolved.stream().allMatch(Entry::pre);
            boolean allPost = resolved.stream().noneMatch(Entry::pre);
            if (allPre || allPost) {
                String list = "at a " + (allPre ? "pre-money" : "post-money") + " of " + String.join(" / ", prices);
                String q = replace(ask, each, list);
                return Optional.of(new Found(q, resolved, kept, "Reading " + logNote + ": the question at each price, in the log's order."));
            }
        }
        Matcher move = MOVE.matcher(ask);
        if (move.find()) {
            // "what did our last move cost us", "we moved 860 -> 900 post … how many pts did that give away": the question at
            // both ends of the move, and the change between them
            String who = move.group("who") == null ? "" : move.group("who").toLowerCase(Locale.ROOT);
            boolean ours = who.equals("our") || !who.equals("their") && resolved.get(resolved.size() - 1).ours();
            List<Entry> side = resolved.stream().filter(e -> e.ours() == ours).toList();
            if (side.size() >= 2 && side.get(side.size() - 2).pre().equals(side.get(side.size() - 1).pre())) {
                Entry a = side.get(side.size() - 2);
                Entry b = side.get(side.size() - 1);
                String q = Reframing.tidy(ask.substring(0, move.start()) + " " + ask.substring(move.end()) + ", at a "
                        + (b.pre() ? "pre-money" : "post-money") + " of $" + plain(a.price()) + "B / $" + plain(b.price()) + "B");
                return Optional.of(new Found(q, resolved, kept, "Reading " + logNote + ": " + (ours ? "our" : "their") + " move from "
                        + Format.money(a.price()) + " to " + Format.money(b.price()) + ", the question at both, and the change.", true));
            }
        }
        Entry pointed = null;
        Matcher p;
        String why = null;
        if ((p = SPLIT.matcher(ask)).find()) {
            Entry a = resolved.get(resolved.size() - 2);
            Entry b = resolved.get(resolved.size() - 1);
            if (a.pre().equals(b.pre())) {
                BigDecimal mid = a.price().add(b.price()).divide(BigDecimal.valueOf(2), MC);
                pointed = new Entry(b.ours(), mid, b.pre(), null, "midpoint");
                why = "halfway between the last two prices (" + Format.money(a.price()) + " and " + Format.money(b.price()) + ")";
            }
        } else if ((p = THEIR_LAST.matcher(ask)).find()) {
            pointed = lastOf(resolved, false);
            why = "their last price";
        } else if ((p = OUR_LAST.matcher(ask)).find()) {
            pointed = lastOf(resolved, true);
            why = "our last price";
        } else if ((p = THEIR_FIRST.matcher(ask)).find()) {
            pointed = firstOf(resolved, false);
            why = "their first price";
        } else if ((p = OUR_FIRST.matcher(ask)).find()) {
            pointed = firstOf(resolved, true);
            why = "our first price";
        } else if ((p = LAST_ONE.matcher(ask)).find()) {
            pointed = resolved.get(resolved.size() - 1);
            why = "the last price";
        }
        if (pointed != null) {
            String q = replace(ask, p, (why.startsWith("halfway") ? "settle halfway, " : "") + said(pointed));
            return Optional.of(new Found(q, resolved, kept, "Reading " + logNote + ": " + why + " is " + Format.money(pointed.price())
                    + (pointed.pre() ? " pre-money" : " post-money") + (pointed.check() == null ? "" : ", with a " + Format.money(pointed.check()) + " check") + "."));
        }
        // a price of the log named by its figure ("if we cave to 960", "at their 880", "the 975 pre"): said as what it is
        for (Entry e : resolved) {
            Matcher fig = Pattern.compile("\\b(?:(?:their|our|the|that) )?\\$?" + Pattern.quote(plain(e.price())) + "(?:\\s?(?:bn|b|billion))?(?:\\s?(?:pre|post)(?:[- ]?money)?)?(?![\\d%x]|[.,]\\d)", CI).matcher(ask);
            if (fig.find()) {
                String q = replace(ask, fig, said(e));
                return Optional.of(new Found(q, resolved, kept, "Reading " + logNote + ": " + Format.money(e.price())
                        + " is " + (e.ours() ? "our" : "their") + " price, a " + (e.pre() ? "pre-money" : "post-money") + "."));
            }
        }
        // a price said with a deal's verb though not in the log ("we'll probably settle at 950", "they give us 980"): a price of
        // the log's kind
        Matcher v = PRICE_VERB.matcher(ask);
        if (v.find()) {
            BigDecimal price = Sums.valuation(v.group("fig"));
            if (price != null && price.signum() > 0) {
                Entry e = new Entry(true, price, v.group("basis") != null ? Boolean.valueOf(v.group("basis").equalsIgnoreCase("pre")) : fallback, null, v.group());
                String q = ask.substring(0, v.start("fig")) + said(e).substring(3) + ask.substring(v.end());
                return Optional.of(new Found(Reframing.tidy(q), resolved, kept, "Reading " + logNote + ": " + Format.money(price)
                        + " as a price for the round, a " + (e.pre() ? "pre-money" : "post-money") + "."));
            }
        }
        // the log alone, no price pointed at: it sets nothing, and the question is read as it stands
        return Optional.of(new Found(ask.isBlank() ? "same question again" : Reframing.tidy(ask), resolved, kept,
                "I read " + logNote + " as the negotiation so far; no price of it was pointed at, so none is used."));
    }

    /** The pointer replaced by the price, eating an "at"/"to" before it. */
    private static String replace(String ask, Matcher p, String with) {
        String before = ask.substring(0, p.start());
        Matcher at = AT_BEFORE.matcher(before);
        if (at.find()) {
            before = before.substring(0, at.start());
        }
        return Reframing.tidy(before + " " + with + " " + ask.substring(p.end()));
    }

    private static String said(Entry e) {
        return "at a $" + plain(e.price()) + "B " + (e.pre() ? "pre-money" : "post-money") + (e.check() == null ? "" : " with a $" + plain(e.check()) + "B check");
    }

    private static Entry lastOf(List<Entry> entries, boolean ours) {
        Entry found = null;
        for (Entry e : entries) {
            if (e.ours() == ours) {
                found = e;
            }
        }
        return found != null ? found : entries.get(entries.size() - 1);
    }

    private static Entry firstOf(List<Entry> entries, boolean ours) {
        return entries.stream().filter(e -> e.ours() == ours).findFirst().orElse(entries.get(0));
    }

    private static String plain(BigDecimal v) {
        return v.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
