package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.scenario.InputId;

/**
 * The stake sold on a secondary at a discount or a premium to its mark: "we offload the whole stake at a 15% disc to NAV",
 * "bid is 92c on the dollar", "an LP-led process clears at 0.8x NAV", "a 12% premium to NAV". What the stake fetches is the
 * mark times that factor, so the sale is said to the reader as an exit at the mark times the factor ("a 1.4T mark at 92c"
 * is an exit of $1.288T), and every number of the stake (its value as proceeds, the multiple, the IRR, the gain, the
 * combined payoff) follows; AWS's numbers do not depend on it. With no mark given ("what mark do we need for 2x after the
 * haircut"), the exit is solved as usual and {@link #markFor} says the mark it takes before the haircut.
 */
final class Haircuts {
    /** The question with the sale's factor applied to its mark (or taken out, when no mark is given), and the factor. */
    record Found(String question, BigDecimal factor, String said, String note, boolean markGiven) implements Reframing {
        /** The mark's sale in a note; with no mark given, the exit solved said as the mark it takes ({@link #marked}). */
        @Override
        public Answer told(Answer a) {
            if (a.results().isEmpty()) {
                return a;
            }
            Answer marked = markGiven ? null : marked(a, this);
            return marked != null ? marked : RoutingAssistant.withNote(a, markGiven ? note
                    : "I didn't use the sale \u201c" + said + "\u201d: I need the mark it applies to (say \u201con a 1.3T mark\u201d).");
        }
    }

    private static final String NUM = "(?:half a (?:trillion|tril|tn)|\\$?\\d[\\d,]*(?:\\.\\d+)?\\s?(?:bn|b|billion|tn|t|tril\\w*)\\b|\\$?\\d[\\d,]*(?:\\.\\d+)?(?![\\d.%x]))";
    /** "a 15% disc to NAV", "net of a 20% disc", "15% disocunt", "a 25% haircut". */
    private static final Pattern DISCOUNT = Pattern.compile(
            "(?:\\b(?:at|with|net of|after)\\s+)?(?:a\\s+|an\\s+)?(?:c\\.\\s?|~)?(?<d>\\d{1,2}(?:\\.\\d{1,2})?)\\s?(?:%|pct|percent)\\s+(?:disc(?!ount(?:ing|ed)|\\w*\\s+(?:rate|factor))\\w*|dis\\w{2,5}t(?!\\s+(?:rate|factor))|haircut)(?:\\s+(?:to|on|off)\\s+(?:the\\s+|that\\s+)?(?:nav|mark))?",
            Pattern.CASE_INSENSITIVE);
    /** "a 12% premium to NAV". */
    private static final Pattern PREMIUM = Pattern.compile(
            "(?:\\b(?:at|with)\\s+)?(?:a\\s+|an\\s+)?(?<p>\\d{1,2}(?:\\.\\d{1,2})?)\\s?(?:%|pct|percent)\\s+premium(?:\\s+(?:to|on|over)\\s+(?:the\\s+|that\\s+)?(?:nav|mark))?",
            Pattern.CASE_INSENSITIVE);
    /** "92c on the dollar", "at c. 70c on the dollar of", "at 80c", "0.8x NAV". */
    private static final Pattern CENTS = Pattern.compile(
            "(?:\\b(?:at|of)\\s+)?(?:c\\.\\s?|~)?(?:(?<c>\\d{2})\\s?(?:c|cents)\\b(?!\\s+(?:of|per)\\s+(?:operating|op|profit|margin|income|eps))(?!\\s*(?:a|per|/)\\s*(?:yr|year)\\b)(?:\\s+on\\s+the\\s+(?:dollar|\\$))?"
                    + "|(?<x>[01]?\\.\\d{1,2})\\s?x\\s+(?:nav|the mark|mark))",
            Pattern.CASE_INSENSITIVE);
    /**
     * Words of a sale itself, which a price in cents needs: "recover 40 cents on the dollar" is a multiple, "15c a yr" a
     * rate, "aws keeps 40 cents" a margin; "a buyer bids 90c" is a price.
     */
    private static final Pattern SOLD = Pattern.compile(
            "\\b(?:sell|sells|selling|sold|sale|bid|bids|bidding|buyer|buyers|offers?|offered|offload\\w*|dump\\w*|get out|clears?|cleared|process|secondary|nav|proceeds|haircut|tender)\\b",
            Pattern.CASE_INSENSITIVE);
    /** AWS's side of the deal, near cents on the dollar: its margin or its capture, not a sale of the stake. */
    private static final Pattern AWS_NEAR = Pattern.compile(
            "\\b(?:aws|margin|capture\\w*|compute|op(?:erating)? (?:profit|income|inc)|profit|lands? (?:at|on)|revenue)\\b", Pattern.CASE_INSENSITIVE);
    /** Words of a sale of the stake: without one, "80c" is no price. */
    private static final Pattern SALE = Pattern.compile(
            "\\b(?:sell|sells|selling|sold|sale|bid|bids|bidding|buyer|buyers|offload\\w*|dump\\w*|get out|exit|clears?|offers?|process|secondary|nav|disc\\w*|premium|haircut|proceeds|mark)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The mark the factor applies to: "marks oai at 1.25 tril", "carried at $1,400bn", "on a 1.6T mark", "of a 1.8T NAV". */
    private static final Pattern MARK = Pattern.compile(
            "\\b(?:marks?|marked|marking|carried|carries|valued|values|nav)\\s+(?:(?:oai|openai|open ai|it)\\s+)?(?:at\\s+)?(?:a\\s+|the\\s+)?(?<a>" + NUM + ")"
                    + "|\\b(?:(?:a|an|the)\\s+)?(?<b>" + NUM + ")\\s+(?:mark|nav|valuation)\\b"
                    + "|\\b(?:oai|openai)\\s+(?:marked|at)\\s+(?<d>" + NUM + ")",
            Pattern.CASE_INSENSITIVE);

    private Haircuts() {
    }

    static Optional<Found> find(String text) {
        if (text == null || text.length() > 2_000 || !SALE.matcher(text).find()) {
            return Optional.empty();
        }
        BigDecimal factor = null;
        Matcher f = DISCOUNT.matcher(text);
        if (f.find()) {
            factor = BigDecimal.ONE.subtract(new BigDecimal(f.group("d")).movePointLeft(2));
        } else if ((f = PREMIUM.matcher(text)).find()) {
            factor = BigDecimal.ONE.add(new BigDecimal(f.group("p")).movePointLeft(2));
        } else if (SOLD.matcher(text).find() && (f = CENTS.matcher(text)).find() && !AWS_NEAR.matcher(around(text, f.start(), f.end())).find()) {
            // (cents on the dollar that AWS keeps or wins are its margin or its capture, never a price for the stake)
            factor = f.group("c") != null ? new BigDecimal(f.group("c")).movePointLeft(2) : new BigDecimal(f.group("x"));
        } else {
            return Optional.empty();
        }
        if (factor.signum() <= 0) {
            return Optional.empty();
        }
        String said = f.group().trim();
        StringBuilder q = new StringBuilder(text);
        q.replace(f.start(), f.end(), "");
        String rest = q.toString();
        Matcher m = MARK.matcher(rest);
        while (m.find()) {
            String g = m.group("a") != null ? "a" : m.group("b") != null ? "b" : "d";
            BigDecimal mark = Sums.valuation(m.group(g));
            if (mark == null || mark.signum() <= 0) {
                continue;
            }
            BigDecimal exit = mark.multiply(factor).stripTrailingZeros();
            // the mark said as the exit it is ("GP marks oai at 1.25 tril" is no post-money): a verb's phrase, or a noun's
            String exitSaid = g.equals("a") || g.equals("d") ? "OpenAI exits at $" + exit.toPlainString() + "B" : "an exit of $" + exit.toPlainString() + "B";
            String question = rest.substring(0, m.start()) + exitSaid + rest.substring(m.end());
            String note = "Reading the sale " + quoted(said) + " on a mark of " + Format.money(mark) + " as what the stake fetches: an exit of "
                    + Format.money(mark) + " \u00d7 " + factor.stripTrailingZeros().toPlainString() + " = " + Format.money(exit) + ".";
            return Optional.of(new Found(question.replaceAll("\\s{2,}", " ").trim(), factor, said, note, true));
        }
        return Optional.of(new Found(rest.replaceAll("\\s{2,}", " ").trim(), factor, said, null, false));
    }

    /**
     * The answer to "what mark do we need": the exit solved is what the stake must fetch, so the mark is that ÷ the factor.
     * The solved result becomes the mark, and a headline above the working says so; null when no exit was solved.
     */
    static Answer marked(Answer a, Found f) {
        Optional<MetricResult> solved = a.results().stream().filter(r -> r.kind() == MetricResult.Kind.SOLVED && r.value() != null
                && r.metric().equals(InputId.EXIT_VALUATION.id())).findFirst();
        if (solved.isEmpty()) {
            return null;
        }
        MetricResult e = solved.get();
        BigDecimal mark = e.value().divide(f.factor(), MathContext.DECIMAL128).stripTrailingZeros();
        String factor = f.factor().stripTrailingZeros().toPlainString();
        String why = "what the stake must fetch, " + Format.money(e.value()) + ", \u00f7 " + factor + " for the sale " + quoted(f.said());
        MetricResult m = new MetricResult(e.metric(), e.label(), mark, e.unit(), e.scenario(), e.inputs(),
                Format.money(e.value()) + " \u00f7 " + factor + " = " + Format.money(mark), why, MetricResult.Kind.SOLVED);
        List<MetricResult> results = a.results().stream().map(r -> r == e ? m : r).toList();
        String head = "*OpenAI must be marked at " + Format.money(mark) + "* (" + why + "; the working below is at what the stake fetches)\n";
        return new Answer(a.id(), a.route(), head + a.text(), a.narrative(), results, a.citations(), a.answerer(), a.notes(), a.decision(),
                a.clarify(), a.charts());
    }

    private static final Pattern SENTENCE_STOP = Pattern.compile("[.?!;](?:\\s|$)");

    /** The words of the clause around {@code [start, end)}: up to 30 characters before it and 40 after, within the sentence. */
    private static String around(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 30), start);
        String after = text.substring(end, Math.min(text.length(), end + 40));
        before = before.substring(Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf('?')), Math.max(before.lastIndexOf(';'), before.lastIndexOf('!'))) + 1);
        Matcher stop = SENTENCE_STOP.matcher(after);
        return before + " " + (stop.find() ? after.substring(0, stop.start()) : after);
    }

    private static String quoted(String s) {
        return "\u201c" + s + "\u201d";
    }
}
