package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Unit;

/**
 * OpenAI priced per share, as a venture or equity analyst quotes a round: "round px'd at $168/sh w 5.05bn FD post-round",
 * "oai sits at ~4,450m FD pre-round, new round clears at $190 a share", "exit $250/sh x 5.2bn FD". A price per share times
 * the fully diluted share count is a valuation, and the model reads valuations: each price is said as the valuation it
 * makes ("$848.4B post-money"), with a note that shows the product. The count says which valuation a round's price makes:
 * on the count after the round, the post-money; on the count before it ("pre-round", "outstanding today"), the pre-money,
 * and the round's new shares (its money at that price) make the count after it. A price asked ("what exit $/sh gets us
 * 3x", "highest pps we can pay") is asked as the valuation, then said per share. The count is kept in the thread, so "same
 * FD, round reprices to $152/sh" and "exit at $360/sh on the post-round count" are read with it. Amazon's own shares
 * ("$8/sh on ~10.7bn diluted shares") are {@link PerShare}'s: a count is read here only when it is said fully diluted
 * ("FD") or in shares ("shs"), not "diluted".
 */
final class SharePrices {
    static final String KEPT = "shares";
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final String N = "~?(?<n>\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s?(?<u>bn|b|billion|mm|mn|m|million)";
    private static final String CONNECTOR = "(?:\\s*(?:\\bon|\\bover|\\bw/|\\bw|\\bwith|\\bx|\u00d7|\\*|\\bacross|\\band|,)\\s+|\\s+)?";
    private static final String QUALIFIER = "(?:\\s+(?<q>post-round|post round|post-money|post|pre-round|pre round|pre-money|pre|outstanding today|today|outstanding|outstading|existing|current))?";
    /** A count after its figure: "5.05bn FD post-round", "~4.9bn FD outstading today", "5.2B shs FD post", "4.8bn FD pre-round shs". */
    private static final Pattern COUNT = Pattern.compile(CONNECTOR + "(?<new>new\\s+)?" + N
            + "\\s+(?<new2>new\\s+)?(?:(?:fd|fully[- ]diluted)(?:\\s+(?:shs|shares))?|(?:shs|shares)(?:\\s+fd)?)(?:\\s+(?:outstanding|outstading|o/s|count))?"
            + QUALIFIER + "(?:\\s+(?:shs|shares|count))?\\b", Pattern.CASE_INSENSITIVE);
    /** A count after its name: "FD post 5.2bn", "FD post comes to 5.0bn", "FD post-round 5.25bn". */
    private static final Pattern COUNT_NAMED = Pattern.compile("\\bfd(?:\\s+(?<q>post-round|post round|post|pre-round|pre round|pre))?(?:\\s+(?:count|shs|shares))?"
            + "\\s*(?:comes to|is|of|at|=|:|~)?\\s*" + N + "\\b", Pattern.CASE_INSENSITIVE);
    /** The thread's count named again: "same FD", "on the post-round FD count", "same share count". */
    private static final Pattern COUNT_AGAIN = Pattern.compile(CONNECTOR + "(?:the\\s+)?same\\s+(?:#|number|no\\.?|count)\\s+of\\s+(?:shs|shares)\\b|"
            + CONNECTOR + "(?:the\\s+)?(?:same\\s+)?(?<q>post-round\\s+|pre-round\\s+)?(?:fd|share|shs)(?:\\s+(?:share\\s+)?count)?(?=\\s*[.,?!;-]|\\s*$)"
            + "|" + CONNECTOR + "(?:the\\s+)?(?<q2>post-round|pre-round)\\s+count\\b", Pattern.CASE_INSENSITIVE);
    /** A price per share: "$168/sh", "265/sh", "$190 a share", "pps 145", "px $166", "$166 x 5bn FD". */
    private static final Pattern PRICE = Pattern.compile(
            "(?<!\\w)(?:(?:pps|px|price per share|share price)\\s*(?:of\\s+|at\\s+|=\\s*|:\\s*)?)?(?<sign>[-\u2212])?\\$?(?<p>\\d{1,4}(?:\\.\\d{1,2})?)\\s?(?:/\\s?sh(?:are)?\\b|per\\s+sh(?:are)?\\b|a\\s+share\\b)"
                    + "|\\b(?:pps|px)\\s*(?:of\\s+|at\\s+|=\\s*|:\\s*)?\\$?(?<p2>\\d{1,4}(?:\\.\\d{1,2})?)(?!\\d|[.,]\\d|\\s?(?:bn|b|billion|t|tn|tril|trillion|m|mm|k|%)\\b|\\s?x\\b(?!\\s*~?\\d))",
            Pattern.CASE_INSENSITIVE);
    /** Amazon's own shares, EPS or tax: a number per Amazon share, {@link PerShare}'s. */
    private static final Pattern AMAZONS = Pattern.compile("\\b(?:amzn|amazon)(?:'s)?\\s+(?:shares?|shs|stock)\\b|\\beps\\b|\\btax|(?<!fully[- ])\\bdiluted\\s+shares\\b"
            + "|\\bshares\\s+outstanding\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRICE_NAME = Pattern.compile("(?:pps|px|price per share|share price)\\b", Pattern.CASE_INSENSITIVE);
    /** A bare dollar figure with no size, in a message that gives a share count: "in at $166, out at $330, same 5bn FD". */
    private static final Pattern BARE = Pattern.compile("(?<sign>[-\u2212])?\\$(?<p>\\d{1,4}(?:\\.\\d{1,2})?)(?!\\d|[.,]\\d|\\s?(?:bn|b|billion|t|tn|tril|trillion|m|mm|mn|k|%)\\b|\\s?x\\b(?!\\s*~?\\d)|\\s?/)",
            Pattern.CASE_INSENSITIVE);
    /** A price asked, with no figure: "exit $/sh", "pps", "px per sh", "price per share". */
    private static final Pattern ASKED = Pattern.compile("\\$\\s?/\\s?sh(?:are)?\\b|\\bpps\\b(?!\\s*\\$?\\d)|\\bpx per sh(?:are)?\\b|\\b(?:implied\\s+)?(?:price per share|per[- ]share price|share price)\\b(?!\\s*\\$?\\d)|\\bpx\\b(?!\\s*(?:'d|d\\b|\\$?\\d))",
            Pattern.CASE_INSENSITIVE);
    /** Words before a price that make it an exit's. */
    private static final Pattern EXIT_WORDS = Pattern.compile("\\b(?:exit\\w*|out at|taken out|take ?out|marks?|marked|sells?|sale|ipo|lists?|cash(?:es)? out)\\b[^$\\d]{0,25}$",
            Pattern.CASE_INSENSITIVE);
    /** Words before a price that make it the round's. */
    private static final Pattern ROUND_WORDS = Pattern.compile("\\b(?:round|entry|in at|enter\\w*|px'?d|priced|prices|reprices?|clears?|pay|raise|buy\\w*)\\b[^$\\d]{0,25}$",
            Pattern.CASE_INSENSITIVE);

    /**
     * A message read.
     *
     * @param text   the message with each price said as a valuation and the counts taken out
     * @param frame  the thread's count after this message (null: none known)
     * @param notes  what each price was read as
     * @param asked  the counts to say an asked valuation per share on, when a price was asked (null: none asked)
     */
    record Read(String text, String frame, List<String> notes, Counts asked) {
        /** The answer with the notes, then each valuation it gives said per share when a price was asked. */
        Answer told(Answer a) {
            if (a.results().isEmpty()) {
                return a;
            }
            a = Reframing.noted(a, notes);
            if (asked != null) {
                for (MetricResult r : a.results()) {
                    BigDecimal count = switch (r.metric()) {
                        case "exit_valuation", "post_money_valuation" -> asked.post();
                        case "pre_money_valuation" -> asked.pre();
                        default -> null;
                    };
                    if (count != null && r.value() != null && r.unit() == Unit.USD_BILLIONS && count.signum() > 0) {
                        a = RoutingAssistant.withNote(a, "Per share: " + Format.inSentence(r.label()) + " of " + Format.money(r.value()) + " / "
                                + shares(count) + " fully diluted shares = $" + Format.plain(r.value().divide(count, MC), 2) + " a share.");
                    }
                }
            }
            return a;
        }
    }

    /**
     * The fully diluted counts, in billions of shares, before and after the round (null: not known), and whether the one
     * given was the count before the round (a round's price then makes a pre-money, and the count after follows from it).
     */
    record Counts(BigDecimal pre, BigDecimal post, boolean givenPre) {
        String frame() {
            return KEPT + "\tpre=" + (pre == null ? "" : pre.toPlainString()) + "\tpost=" + (post == null ? "" : post.toPlainString())
                    + (givenPre ? "\tgiven=pre" : "");
        }

        static Counts kept(List<String> frames) {
            java.util.Map<String, String> kept = Frames.pairs(frames, KEPT);
            BigDecimal pre = number(kept.get("pre"));
            BigDecimal post = number(kept.get("post"));
            return pre == null && post == null ? null : new Counts(pre, post, "pre".equals(kept.get("given")));
        }

        private static BigDecimal number(String v) {
            return v == null || v.isEmpty() ? null : new BigDecimal(v);
        }
    }

    private record Price(int start, int end, BigDecimal value, boolean exit, boolean round) {
    }

    private SharePrices() {
    }

    /**
     * The message with its prices per share said as valuations; unchanged (and no frame) when it gives no price or no count
     * is known.
     *
     * @param frames the thread's frames (its count, when one was given)
     * @param round  the size of OpenAI's round, in billions (its new shares join the count at the round's price)
     */
    static Read read(String text, List<String> frames, BigDecimal round) {
        Counts thread = frames == null ? null : Counts.kept(frames);
        String keep = thread == null ? null : thread.frame();
        if (text == null || !mayHold(text) || AMAZONS.matcher(text).find()) {
            return new Read(text, keep, List.of(), null);
        }
        // the counts this message gives; a count of new shares only checks the round's size, and is left out
        BigDecimal pre = null;
        BigDecimal post = null;
        boolean gaveCount = false;
        List<int[]> cut = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Pattern p : List.of(COUNT, COUNT_NAMED)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (overlaps(cut, m.start(), m.end())) {
                    continue;
                }
                BigDecimal n = billions(m.group("n"), m.group("u"));
                if (n.compareTo(BigDecimal.ONE) < 0 && !m.group().toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:fd|fully[- ]diluted)\\b.*")) {
                    continue; // "(≈290m shs at $172)": the shares a check buys, not the company's count
                }
                cut.add(new int[] {m.start(), m.end()});
                if (p == COUNT && (m.group("new") != null || m.group("new2") != null)) {
                    notes.add("I didn't use " + m.group().strip() + ": the new shares follow from the round's size and price.");
                    continue;
                }
                gaveCount = true;
                if (preRound(m.group("q"))) {
                    pre = n;
                } else {
                    post = n;
                }
            }
        }
        Matcher again = COUNT_AGAIN.matcher(text);
        boolean named = false;
        while (again.find()) {
            if (!overlaps(cut, again.start(), again.end()) && (thread != null || gaveCount)) {
                cut.add(new int[] {again.start(), again.end()});
                named = true;
            }
        }
        boolean givenPre = pre != null && post == null;
        if (!gaveCount && thread != null) {
            pre = thread.pre();
            post = thread.post();
            givenPre = thread.givenPre();
        }
        if (pre == null && post == null) {
            return new Read(text, keep, List.of(), null);
        }
        List<Price> prices = new ArrayList<>();
        for (Pattern p : List.of(PRICE, BARE)) {
            if (p == BARE && !gaveCount && !named) {
                continue; // (a bare dollar figure is a price only beside a count)
            }
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (overlaps(cut, m.start(), m.end()) || prices.stream().anyMatch(x -> x.start() < m.end() && m.start() < x.end())) {
                    continue;
                }
                String v = p == PRICE && m.group("p") == null ? m.group("p2") : m.group("p");
                if (m.group("sign") != null) {
                    v = "-" + v; // ("-$40/sh": a price below zero, which the model then refuses as a valuation)
                }
                String before = text.substring(Math.max(0, m.start() - 40), m.start());
                boolean exit = EXIT_WORDS.matcher(before).find();
                prices.add(new Price(m.start(), m.end(), new BigDecimal(v), exit, !exit && ROUND_WORDS.matcher(before).find()));
            }
        }
        Matcher asking = ASKED.matcher(text);
        boolean asks = false;
        List<int[]> askedAt = new ArrayList<>();
        while (asking.find()) {
            if (!overlaps(cut, asking.start(), asking.end()) && prices.stream().noneMatch(x -> x.start() <= asking.start() && asking.end() <= x.end())) {
                askedAt.add(new int[] {asking.start(), asking.end()});
                asks = true;
            }
        }
        if (prices.isEmpty() && !asks) {
            return new Read(text, keep, List.of(), null);
        }
        // the round's price, when one is given, makes the count after the round from the count before it, and back
        Optional<Price> roundPrice = prices.stream().filter(x -> !x.exit()).findFirst();
        if (roundPrice.isPresent() && roundPrice.get().value().signum() > 0 && round != null) {
            BigDecimal newShares = round.divide(roundPrice.get().value(), MC);
            if (givenPre) {
                post = pre.add(newShares, MC);
            } else if (post != null && post.compareTo(newShares) > 0) {
                pre = post.subtract(newShares, MC);
            }
        }
        Counts counts = new Counts(pre, post, givenPre);
        StringBuilder b = new StringBuilder();
        int at = 0;
        List<int[]> edits = new ArrayList<>(cut);
        edits.addAll(askedAt);
        for (Price x : prices) {
            edits.add(new int[] {x.start(), x.end(), -1});
        }
        edits.sort((l, r) -> Integer.compare(l[0], r[0]));
        for (int[] e : edits) {
            if (e[0] < at) {
                continue;
            }
            b.append(text, at, e[0]);
            Price x = prices.stream().filter(p -> p.start() == e[0] && p.end() == e[1]).findFirst().orElse(null);
            if (x != null) {
                // ("px $166/sh", "pps 145": the price's own name said as a verb, so the valuation is a premise, never a goal)
                b.append(PRICE_NAME.matcher(text.substring(x.start(), x.end())).lookingAt() ? "priced at " : "").append(said(x, counts, text, notes));
            } else if (askedAt.stream().anyMatch(a -> a[0] == e[0] && a[1] == e[1])) {
                // a price asked in an exit's words is the exit's; else the round's, on the count it is said on
                boolean exit = EXIT_WORDS.matcher(text.substring(Math.max(0, e[0] - 40), e[0])).find();
                b.append(exit ? " valuation" : counts.givenPre() ? " pre-money valuation" : " post-money valuation");
            } else {
                b.append(text.charAt(e[0]) == ',' || text.substring(e[0], e[1]).startsWith(" ,") ? "," : "");
            }
            at = e[1];
        }
        b.append(text.substring(at));
        String out = b.toString().replaceAll(" {2,}", " ").replaceAll(" ([,.?])", "$1");
        return new Read(out, counts.frame(), notes, asks ? counts : null);
    }

    /** A price said as the valuation it makes, with a note that shows the product. */
    private static String said(Price x, Counts counts, String text, List<String> notes) {
        boolean onPre = !x.exit() && counts.givenPre();
        BigDecimal count = onPre ? counts.pre() : counts.post() != null ? counts.post() : counts.pre();
        BigDecimal v = x.value().multiply(count, MC).stripTrailingZeros();
        String kind = x.exit() ? "" : onPre ? " pre-money" : x.round() ? " post-money" : "";
        String after = text.substring(x.end(), Math.min(text.length(), x.end() + 16)).toLowerCase(Locale.ROOT);
        if (after.matches("^\\s*(?:post|pre)\\b.*")) {
            kind = "";
        }
        notes.add("Reading $" + Format.plain(x.value(), 2) + " a share \u00d7 " + shares(count) + " fully diluted shares"
                + (onPre ? " before the round" : "") + " as " + (x.exit() ? "an exit valuation" : onPre ? "a pre-money valuation" : x.round() ? "a post-money valuation" : "a valuation")
                + " of " + Format.money(v) + ".");
        if (x.exit() && !text.substring(Math.max(0, x.start() - 16), x.start()).toLowerCase(Locale.ROOT).contains("exit")) {
            return "an exit of " + dollars(v); // ("out at $330": the exit named, beside a price in at)
        }
        // ("a pre-money of $X": "a $X pre-money valuation" before a goal's question is read as the goal's level)
        return kind.isEmpty() ? dollars(v) : "a" + kind + " of " + dollars(v);
    }

    private static String dollars(BigDecimal v) {
        return (v.signum() < 0 ? "-$" : "$") + v.abs().toPlainString() + "b";
    }

    private static boolean preRound(String q) {
        return q != null && q.toLowerCase(Locale.ROOT).matches("pre.*|outstanding.*|outstading|today|existing|current");
    }

    private static String shares(BigDecimal billions) {
        return billions.compareTo(BigDecimal.ONE) >= 0 ? Format.plain(billions, 3) + "bn" : Format.plain(billions.multiply(THOUSAND), 1) + "m";
    }

    private static BigDecimal billions(String n, String unit) {
        BigDecimal v = new BigDecimal(n.replace(",", ""));
        return unit.toLowerCase(Locale.ROOT).startsWith("b") ? v : v.divide(THOUSAND, MC);
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(s -> s[0] < end && start < s[1]);
    }

    /** Cheap: a message with no price and no count word is left at once. */
    private static boolean mayHold(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("/sh") || t.contains("fd") || t.contains("share") || t.contains("shs") || t.contains("pps") || t.contains("px");
    }
}
