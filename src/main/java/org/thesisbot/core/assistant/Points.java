package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Format;

/**
 * The round said as a cap table does, in points of ownership rather than a valuation: "a point of OpenAI costs us $9bn",
 * "$95m per bp", "the round is 12% dilutive FD", "existing holders go from 100 pts to 89", "we want 8 pts FD". A point is
 * one percent of OpenAI after the round, so its price is a hundredth of the post-money, and a round that dilutes the
 * holders by d is worth d of the post-money (post = round ÷ d). Each is said to the reader as the post-money it implies,
 * with a note that shows the working; points owned are said as the stake ("8 pts" is an 8% stake); "FD" and "fully
 * diluted" go, as the model's stake is already the share after the round. A price per point asked is asked as the
 * post-money, and {@link #perPoint} says the answer's post-money a point.
 */
final class Points {
    /** The question in the model's words, the notes that show the working, and whether a price per point is asked. */
    record Found(String question, List<String> notes, boolean pricePerPointAsked) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final String NUM = "~?\\s?(?:usd\\s?)?\\$?\\d[\\d,]*(?:\\.\\d+)?(?![\\d.,]?\\d)(?:\\s?(?:bn|b|billion|mm|mn|m|million)\\b)?";
    private static final String POINT = "(?:(?:percentage )?points?|pts?|ppts?)";
    private static final String OF_OPENAI = "(?:\\s+of\\s+(?:oai|openai|open ai|the company))?";
    /** "a point of OpenAI costs us $9bn", "one point is priced at $8.5bn", "each pt runs $10bn". */
    private static final Pattern PRICE_AFTER = Pattern.compile(
            "\\b(?:a|one|each|every|1|per)\\s+(?<unit>" + POINT + "|bp|bps|basis point)" + OF_OPENAI
                    + "\\s+(?:(?:costs?|is priced at|prices? (?:out )?at|is|runs?|=|will cost|would cost|goes for|sells for)\\s+)+(?:us\\s+|amazon\\s+|amzn\\s+)?(?<v>" + NUM + ")",
            Pattern.CASE_INSENSITIVE);
    /** "at $7.5bn a point", "$95m per bp", "10bn/pt". */
    private static final Pattern PRICE_BEFORE = Pattern.compile(
            "(?<![\\w.$])(?<v>" + NUM + ")\\s*(?:a|per|each|/)\\s*(?<unit>point|pt|bp|basis point)\\b" + OF_OPENAI, Pattern.CASE_INSENSITIVE);
    /** "the round is ~12% dilutive", "a 10% dilutive raise", "12.5% dilution", "dilution to existing holders is 14%". */
    private static final Pattern DILUTIVE = Pattern.compile(
            "(?<![\\w.])~?(?<d>\\d{1,2}(?:\\.\\d{1,2})?)\\s?(?:%|pct|percent)\\s+(?:dilutive|dilut\\w*|dilution)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DILUTION_IS = Pattern.compile(
            "\\bdilution(?:\\s+(?:to|for|of)\\s+(?:the\\s+)?(?:existing|current|other)\\s+(?:holders|shareholders|investors))?(?:\\s+on\\s+(?:this|the)\\s+(?:round|raise))?\\s+(?:is|of|at|=|comes to|runs)\\s+~?(?<d>\\d{1,2}(?:\\.\\d{1,2})?)\\s?(?:%|pct|percent)",
            Pattern.CASE_INSENSITIVE);
    /** "a raise that dilutes existing holders by 8%", "dilutes everyone ~10%". */
    private static final Pattern DILUTES_BY = Pattern.compile(
            "\\bdilut(?:es|ing|ed|e)\\s+(?:the\\s+)?(?:(?:existing|current|other)\\s+)?(?:holders|shareholders|investors|everyone|everybody|them)?\\s*(?:by\\s+)?~?(?<d>\\d{1,2}(?:\\.\\d{1,2})?)\\s?(?:%|pct|percent)",
            Pattern.CASE_INSENSITIVE);
    /** "existing holders go from 100 pts to 89 pts", "from 100% to 88%". */
    private static final Pattern HOLDERS_GO = Pattern.compile(
            "\\b(?:existing|current|other)\\s+(?:holders|shareholders|investors)\\s+(?:go|goes|drop|fall|are diluted)\\s+from\\s+100\\s?(?:" + POINT + "|%)?\\s+(?:down\\s+)?to\\s+(?<h>\\d{1,2}(?:\\.\\d{1,2})?)\\s?(?:" + POINT + "|%)?",
            Pattern.CASE_INSENSITIVE);
    /** The round's size when said: "a 100bn round", "the round is the full 100", "taking the raise as the full 100". */
    private static final Pattern ROUND_SIZE = Pattern.compile(
            "(?<![\\w.$])(?<v>" + NUM + ")\\s+(?:round|raise)\\b|\\b(?:round|raise)\\s+(?:is|as|of|at)\\s+(?:the\\s+)?(?:full\\s+)?(?<w>" + NUM + ")(?!\\s?(?:%|pct|percent|x))",
            Pattern.CASE_INSENSITIVE);
    /** Amazon's part of the round said as its share: "we take half of it", "the 50 is our half", "and the 50 is half of it". */
    private static final Pattern OUR_HALF = Pattern.compile(
            "[,;]?\\s*(?:and|with)?\\s*(?:(?:we|amazon|amzn)(?:'re| are)?\\s+(?:take|takes|taking|get|gets|getting|fund|funds|funding)\\s+half(?:\\s+of)?\\s+(?:it|that|the (?:round|raise))"
                    + "|(?:the|our)\\s+50\\s+is\\s+(?:our\\s+half|half)(?:\\s+of\\s+(?:it|that|the (?:round|raise)))?|with us taking half)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Amazon's part of the round said as a share of it: "we are taking 60% of a 100bn round". */
    private static final Pattern OUR_SHARE = Pattern.compile(
            "\\b(?<who>we|amazon|amzn)(?:'re| are| is)?\\s+(?:take|takes|taking|get|gets|getting|fund|funds|funding|buy|buying)\\s+~?(?<p>\\d{1,3}(?:\\.\\d{1,2})?)\\s?(?:%|pct|percent)\\s+of\\s+(?:a|the|this)\\s+(?<r>"
                    + NUM + ")\\s+(?:round|raise)\\b", Pattern.CASE_INSENSITIVE);
    /** Points owned: "8 pts FD", "6.5 pts for the 50", "we want 8 pts", "8 points of OpenAI". */
    private static final Pattern OWNED = Pattern.compile(
            "(?<![\\w.])(?<n>\\d{1,2}(?:\\.\\d{1,3})?)\\s?" + POINT + "(?=\\s+(?:fd\\b|fully|of (?:oai|openai|open ai)|for (?:the|our) 50|for the (?:check|cheque|money)|ownership|out of))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WANT_POINTS = Pattern.compile(
            "\\b(?<verb>want|need|get|getting|hold|own|take|buy|buys)\\s+(?<n>\\d{1,2}(?:\\.\\d{1,3})?)\\s?" + POINT + "\\b", Pattern.CASE_INSENSITIVE);
    /** "how many pts does the 50 buy", "how many points of OpenAI do we hold": the stake asked in points. */
    private static final Pattern HOW_MANY = Pattern.compile("\\bhow many\\s+" + POINT + OF_OPENAI + "(?:\\s+(?:fd|fully diluted))?"
            + "(?=\\s+(?:(?:does|do|will|would|can|did)\\s+)?(?:the 50|our 50|we|amazon|amzn|us|our (?:check|cheque|money)|it|that|\\$?\\d[\\d.]*\\s?(?:bn|b|billion)?)\\s+"
            + "(?:buy|buys|get|gets|own|owns|hold|holds|have|has|take|takes|give|gives|end up with|come away with|walk away with)\\b)", Pattern.CASE_INSENSITIVE);
    /** Points as what is owned: "our points", "the 50's points", "those pts". */
    private static final Pattern OUR_POINTS = Pattern.compile("\\b(?:our|the 50'?s|those|these|amazon'?s|its)\\s+(?:fd\\s+)?(?:points|pts)\\b(?!\\s+(?:of|on|to|higher|lower|more|less|up|down))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FULLY_DILUTED = Pattern.compile(
            "\\s*(?:,\\s*)?\\b(?:on an?\\s+)?(?:fd|fully[- ]diluted)(?:\\s+basis)?\\b", Pattern.CASE_INSENSITIVE);
    /** "what price per point", "the highest price per point", "what a point costs". */
    private static final Pattern PRICE_ASKED = Pattern.compile(
            "\\b(?:price|cost)\\s+(?:per|a|of a|for a|each)\\s+(?:point|pt)\\b" + OF_OPENAI + "|\\bwhat\\s+(?:a|one)\\s+(?:point|pt)" + OF_OPENAI + "\\s+(?:costs?|is worth)", Pattern.CASE_INSENSITIVE);

    private Points() {
    }

    /** {@code round}: the round's size in force, for a dilution said without the round's own size. */
    static Optional<Found> find(String text, BigDecimal round) {
        if (text == null || text.length() > 2_000) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains("point") && !lower.contains("pt") && !lower.contains("bp") && !lower.contains("dilut") && !lower.contains("fd")
                && !lower.contains("fully")) {
            return Optional.empty();
        }
        String q = text;
        List<String> notes = new ArrayList<>();
        boolean asked = false;
        Matcher pa = PRICE_ASKED.matcher(q);
        if (pa.find()) {
            q = q.substring(0, pa.start()) + "post-money valuation" + q.substring(pa.end());
            asked = true;
        }
        for (Pattern p : List.of(PRICE_AFTER, PRICE_BEFORE)) {
            Matcher m = p.matcher(q);
            if (m.find()) {
                BigDecimal price = Sums.billions(m.group("v"));
                if (price != null && price.signum() > 0) {
                    boolean bp = m.group("unit").toLowerCase(Locale.ROOT).startsWith("b");
                    BigDecimal post = price.multiply(bp ? TEN_THOUSAND : HUNDRED).stripTrailingZeros();
                    q = q.substring(0, m.start()) + "a post-money valuation of $" + post.toPlainString() + "B" + q.substring(m.end());
                    notes.add("Reading " + Format.money(price) + " a " + (bp ? "basis point (0.01% of OpenAI)" : "point (1% of OpenAI)")
                            + " as a post-money valuation of " + Format.money(price) + " \u00d7 " + (bp ? "10,000" : "100") + " = " + Format.money(post) + ".");
                }
            }
        }
        BigDecimal dilution = null;
        Matcher d = DILUTIVE.matcher(q);
        if (!d.find() && !(d = DILUTION_IS.matcher(q)).find() && !(d = DILUTES_BY.matcher(q)).find()) {
            d = null;
        }
        if (d != null) {
            dilution = new BigDecimal(d.group("d")).movePointLeft(2);
        } else {
            d = HOLDERS_GO.matcher(q);
            if (d.find()) {
                dilution = HUNDRED.subtract(new BigDecimal(d.group("h"))).movePointLeft(2);
            } else {
                d = null;
            }
        }
        if (d != null && dilution.signum() > 0) {
            BigDecimal size = round;
            Matcher r = ROUND_SIZE.matcher(q);
            while (r.find()) {
                BigDecimal v = Sums.billions(r.group("v") != null ? r.group("v") : r.group("w"));
                if (v != null && v.signum() > 0) {
                    size = v;
                    break;
                }
            }
            BigDecimal post = size.divide(dilution, MathContext.DECIMAL128).stripTrailingZeros();
            String said = q.substring(d.start(), d.end()).trim();
            q = q.substring(0, d.start()) + " at a post-money valuation of $" + post.toPlainString() + "B" + q.substring(d.end());
            notes.add("Reading \u201c" + said + "\u201d as a post-money valuation of " + Format.money(size) + " \u00f7 " + Format.percent(dilution)
                    + " = " + Format.money(post) + " (a round dilutes the holders by its share of the post-money).");
        }
        q = OUR_HALF.matcher(q).replaceAll("");
        Matcher share = OUR_SHARE.matcher(q);
        if (share.find()) {
            BigDecimal whole = Sums.billions(share.group("r"));
            if (whole != null && whole.signum() > 0) {
                BigDecimal part = new BigDecimal(share.group("p")).movePointLeft(2);
                BigDecimal check = part.multiply(whole).stripTrailingZeros();
                q = q.substring(0, share.start()) + share.group("who") + " put in $" + check.toPlainString() + "B of a $" + whole.stripTrailingZeros().toPlainString()
                        + "B round" + q.substring(share.end());
                notes.add("Reading \u201c" + share.group().trim() + "\u201d as Amazon's investment: " + Format.percent(part) + " \u00d7 " + Format.money(whole)
                        + " = " + Format.money(check) + ".");
            }
        }
        Matcher how = HOW_MANY.matcher(q);
        if (how.find()) {
            q = q.substring(0, how.start()) + "what stake" + q.substring(how.end());
        }
        q = OWNED.matcher(q).replaceAll("a $1% stake");
        q = WANT_POINTS.matcher(q).replaceAll("$1 a $2% stake");
        q = OUR_POINTS.matcher(q).replaceAll("our stake");
        q = FULLY_DILUTED.matcher(q).replaceAll("");
        if (q.equals(text)) {
            return Optional.empty();
        }
        return Optional.of(new Found(q, List.copyOf(notes), asked));
    }

    /** "That is $9.08B a point (1% of OpenAI)." */
    static String perPoint(BigDecimal post) {
        return "That is " + Format.money(post.divide(HUNDRED, MathContext.DECIMAL64)) + " a point (1% of OpenAI; the post-money \u00f7 100).";
    }
}
