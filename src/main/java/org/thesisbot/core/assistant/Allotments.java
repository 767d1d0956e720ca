package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Format;

/**
 * An order in an oversubscribed round, cut back: what is allotted is what is invested. "Book 1.6x covered, pro rata
 * cutback, our $50bn order" allots 50 / 1.6 = $31.25B; "filled 62.5 cents on the dollar", "allotted 80% of a $50bn order",
 * "a guaranteed 20 and the other 30 cut back by 60%" say the allotment outright. The question is said to the reader with
 * the allotment as the investment, and the answer says how it was worked out. The order is the model's $50B unless the
 * question gives another.
 */
final class Allotments {
    private static final MathContext MC = new MathContext(34, RoundingMode.HALF_EVEN);
    private static final String N = "(\\d{1,4}(?:\\.\\d{1,4})?)";
    /** "1.6x covered", "2x oversubscribed", "covered 1.6x", "demand comes in at 2x". */
    private static final Pattern COVERED = Pattern.compile("\\b(?:book(?: (?:was|is|closed|closes|closing))? )?" + N
            + " ?x (?:covered|coverd|covred|oversubscribed|over-subscribed|subscribed)\\b|\\b(?:covered|oversubscribed) " + N + " ?x\\b"
            + "|\\bdemand (?:comes|came|coming) in at " + N + " ?x\\b|\\b" + N + " ?x (?:pro ?rata )?cut ?back\\b");
    /** "filled 62.5 cents on the dollar", "scaled back to 40c on the dollar". */
    private static final Pattern CENTS = Pattern.compile("\\b(?:get |gets |got |are |were )?(?:filled|allotted|allocated) " + N + " ?(?:cents|c|%) on the dollar\\b");
    /** "allotted 80% of a $50bn order". */
    private static final Pattern PART = Pattern.compile("\\b(?:allotted|allocated|filled|get|got) " + N + " ?% of (?:a|our|the) \\$?" + N + " ?(?:bn|b|billion)? order\\b");
    /** "guaranteed 20 and the other 30 of our order gets cut back by 60%" or "… scaled back to 40c on the dollar". */
    private static final Pattern GUARANTEED = Pattern.compile("\\bguaranteed \\$?" + N + " ?(?:bn|b)?,? and the (?:other|rest|remaining) \\$?" + N
            + " ?(?:bn|b)?(?: of (?:our|the) order)? (?:gets |is |get |are )?(?:cut back|scaled back|cut) (?:by " + N + " ?%|to " + N + " ?(?:c|cents|%) on the dollar)");
    /** The order: "our $50bn order", "the 50 order", "a 50bn order", "order of 50". */
    private static final Pattern ORDER = Pattern.compile("\\b(?:(?:our|the|a|an) )?\\$?" + N + " ?(?:bn|b|billion)? order\\b|\\border (?:of|for) \\$?" + N + " ?(?:bn|b|billion)?\\b");
    /** The order itself asked: "how big an order do we need", "what order size". */
    private static final Pattern ORDER_ASKED = Pattern.compile("\\b(?:how (?:big|large|much) (?:of )?an? order|what (?:size )?order|order size|size (?:of )?(?:the |our )?order)\\b");
    /** Words for what is allotted, as the thing valued: "our allotment worth", "the fill". */
    private static final Pattern FILL_NOUN = Pattern.compile("\\b(?:our |the |that |this )?(?:allotment|allocation|fill|allotted piece|allotted stake)\\b");
    /** "pro rata", "cut back" and the like, taken out with the coverage. */
    private static final Pattern PRO_RATA = Pattern.compile(",?\\s*\\b(?:(?:w(?:ith)?|and|straight|everyone(?:'s)? cut back|across the board) )?(?:pro ?rata|prorata)(?: cut ?backs?| across the board| allocation)?\\b|,?\\s*\\b(?:w(?:ith)? |and )?(?:everyone(?:'s| is)? )?cut back pro ?rata\\b");

    private Allotments() {
    }

    static Optional<Reframing.Noted> find(String text) {
        if (text == null || text.length() > 1_000) {
            return Optional.empty();
        }
        String q = text.toLowerCase(Locale.ROOT);
        if (ORDER_ASKED.matcher(q).find()) {
            // the order needed for an allotment is another question (the allotment times the coverage), not read here
            return Optional.empty();
        }
        Matcher o = ORDER.matcher(q);
        boolean ordered = o.find();
        BigDecimal order = !ordered ? new BigDecimal("50") : new BigDecimal(o.group(1) != null ? o.group(1) : o.group(2));
        BigDecimal allotted;
        String how;
        int s;
        int e;
        Matcher m;
        if ((m = GUARANTEED.matcher(q)).find()) {
            BigDecimal g = new BigDecimal(m.group(1));
            BigDecimal rest = new BigDecimal(m.group(2));
            BigDecimal kept = m.group(3) != null ? BigDecimal.ONE.subtract(new BigDecimal(m.group(3)).movePointLeft(2)) : new BigDecimal(m.group(4)).movePointLeft(2);
            allotted = g.add(rest.multiply(kept, MC));
            how = Format.plain(g, 2) + " guaranteed + " + Format.plain(rest, 2) + " \u00d7 " + Format.plain(kept.movePointRight(2), 2) + "%";
        } else if ((m = PART.matcher(q)).find()) {
            order = new BigDecimal(m.group(2));
            allotted = order.multiply(new BigDecimal(m.group(1)).movePointLeft(2), MC);
            how = Format.plain(new BigDecimal(m.group(1)), 2) + "% of the " + Format.money(order) + " order";
        } else if ((m = CENTS.matcher(q)).find()) {
            allotted = order.multiply(new BigDecimal(m.group(1)).movePointLeft(2), MC);
            how = Format.plain(new BigDecimal(m.group(1)), 2) + " cents on the dollar of the " + Format.money(order) + " order";
        } else if ((m = COVERED.matcher(q)).find()) {
            String c = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            BigDecimal cover = new BigDecimal(c);
            if (cover.compareTo(BigDecimal.ONE) <= 0 || cover.compareTo(BigDecimal.valueOf(100)) > 0) {
                return Optional.empty();
            }
            allotted = order.divide(cover, MC);
            how = "the " + Format.money(order) + " order cut back pro rata in a book " + Format.plain(cover, 2) + "x covered: "
                    + Format.plain(order, 2) + " / " + Format.plain(cover, 2);
        } else {
            return Optional.empty();
        }
        s = m.start();
        e = m.end();
        String left = text.substring(0, s) + " " + text.substring(e);
        left = PRO_RATA.matcher(left.toLowerCase(Locale.ROOT)).replaceAll(" ");
        String money = "$" + allotted.stripTrailingZeros().toPlainString() + "B";
        Matcher o2 = ORDER.matcher(left);
        if (o2.find()) {
            left = left.substring(0, o2.start()) + "our " + money + " investment" + left.substring(o2.end());
        } else {
            left = left.replaceAll("[\\s?.!]+$", "") + ", with an investment of " + money + "?";
        }
        // what is allotted, valued, is the stake ("our allotment worth"); otherwise it is the money in ("the fill as a % of capex")
        left = Pattern.compile(FILL_NOUN.pattern() + "(?= (?:is |'s )?(?:worth|carried|marked|valued))").matcher(left).replaceAll("our stake");
        left = FILL_NOUN.matcher(left).replaceAll("our investment");
        String note = "Reading the allotment as the investment: " + Format.money(allotted) + " (" + how + ").";
        return Optional.of(new Reframing.Noted(Reframing.tidy(left), note));
    }
}
