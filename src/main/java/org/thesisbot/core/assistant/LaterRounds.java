package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Amounts;

/**
 * A later round of OpenAI's, after Amazon's, that the question walks through: "close at 830 post, then oai raises 100bn at a
 * 1.9T pre and we pass, then exit", "2 yrs on there's a 200bn round at a 2.5T post we don't join", "rerun it but we do
 * follow in the 2.2T round w our full pro-rata". The model has one round; a later one is what it does to Amazon's stake:
 * sat out, the stake is diluted by the new money's share of the later post-money (pre ÷ post); followed pro rata, Amazon
 * puts in its share of the new money and keeps its stake. Both are said to the model as Amazon's entry: an effective
 * post-money that gives the diluted stake, and, followed, the check plus the new money ({@link Levels#diluted}).
 *
 * <p>Read only when the later round gives its size and its price (a pre- or post-money) and says whether Amazon takes part;
 * anything else is left to the reader as written.
 */
final class LaterRounds {
    private static final MathContext MC = MathContext.DECIMAL128;
    /** The parts of a message: clauses, and "then" that starts a step of the story. */
    private static final Pattern PART = Pattern.compile("[,;?]|\\.(?!\\d)|\\s-\\s|\\bthen\\b|\\band then\\b|\\n");
    /** A raise: "raises 100bn", "a 200bn round", "does a 150bn raise", "another 150bn". */
    private static final Pattern RAISE = Pattern.compile("\\b(?:raises?|raising|raised|round|another|fund-?raise|up-?round|down round)\\b");
    /**
     * New money at a price, with no word of raising: "then $40bn at a $600bn pre". Only a step of the story after the first
     * (the first may be Amazon's own round: "50 at an 830 post").
     */
    private static final Pattern PRICED_MONEY = Pattern.compile("\\$?\\d[\\d.,]*\\s?(?:bn|b|billion|t|tn|trillion)\\b[^,;]{0,12}?\\bat (?:a |an )?\\$?\\d[\\d.,]*\\s?(?:bn|b|billion|t|tn|trillion)?\\s?(?:pre|post)\\b");
    /**
     * A later round that re-prices nothing of ours: "(no protection)", "no anti-dilution for us", "unprotected". The stake is
     * diluted as when Amazon sits it out, unless the question says Amazon follows.
     */
    private static final Pattern UNPROTECTED = Pattern.compile("\\b(?:no|without|w/o|sans) (?:anti-?dilution|(?:price |down-?round )?protection|ratchet)\\b|\\bunprotected\\b");
    private static final Pattern PRICE = Pattern.compile("^\\s*(?:valuation\\s+)?(?<side>pre|post)(?:-?money)?\\b");
    private static final Pattern SITS_OUT = Pattern.compile(
            "\\b(?:we|amzn|amazon|us)\\b[^,.;]{0,20}?\\b(?:skip|skips|skipped|pass|passes|passed|sit (?:it |that one |this one |that |this )?out|sits out|sat out"
                    + "|(?:don'?t|do not|doesn'?t|does not|won'?t|not) (?:join|follow|take|participate|re-?up|put in)|stay out)\\b"
                    + "|\\b(?:without|sans|w/o) (?:us|amazon|amzn|our pro-?rata)\\b|\\b(?:we|amzn|amazon) (?:skip|pass on|sit out|don'?t take) our pro-?rata\\b");
    private static final Pattern FOLLOWS = Pattern.compile(
            "\\b(?:we|amzn|amazon)\\b[^,.;]{0,20}?\\b(?:(?:do |does )?follow|(?:do |does )?take (?:up )?(?:our|its|the|full) (?:full )?pro-?rata|(?:do |does )?join|participate|re-?up)\\b"
                    + "|\\b(?:w|with|w/) (?:our|its|the) (?:full )?pro-?rata\\b");
    /** Where Amazon's own round is set in the story: "close at 830 post", "round closes at 900 pre", "we get in at 850 post". */
    private static final Pattern NAMES_THE_DEAL = Pattern.compile("\\b(?:openai|oai|amazon|amzn|aws|stake|moic|irr)\\b");
    private static final Pattern SETUP = Pattern.compile("\\b(?:close|closes|closed|closing|round closes|get in|got in|go in|went in|come in|entry|enter|invest)\\b");

    /**
     * @param rest   the question without the later round and without the words that set Amazon's own round
     * @param setup  the words that set Amazon's own round ("close at 830 post"), or null
     * @param raise  the later round's new money, in billions
     * @param price  its pre- or post-money, in billions
     * @param pre    true when {@code price} is the pre-money
     * @param follow true when Amazon takes its pro-rata share
     * @param said   the later round as the question put it
     */
    record Found(String rest, String setup, BigDecimal raise, BigDecimal price, boolean pre, boolean follow, String said) {
        /** The later round's post-money. */
        BigDecimal post() {
            return pre ? price.add(raise) : price;
        }

        /** What Amazon keeps of its stake when it sits the round out: pre ÷ post. */
        BigDecimal kept() {
            return post().subtract(raise).divide(post(), MC);
        }
    }

    private LaterRounds() {
    }

    /** Whether the text may walk a later round: a cheap look before the text is normalised and read. */
    static boolean mayAsk(String lower) {
        return (RAISE.matcher(lower).find() || PRICED_MONEY.matcher(lower).find())
                && (SITS_OUT.matcher(lower).find() || FOLLOWS.matcher(lower).find() || UNPROTECTED.matcher(lower).find());
    }

    /** Whether a step of the story gives a price with no word of raising: "assume $830bn post" (Amazon's own round). */
    private static boolean prices(String part) {
        return !RAISE.matcher(part).find() && Amounts.find(part).stream()
                .anyMatch(a -> (a.kind() == Amount.Kind.MONEY || a.kind() == Amount.Kind.PLAIN) && PRICE.matcher(part.substring(a.end())).lookingAt());
    }

    static Optional<Found> find(String normalised) {
        List<int[]> parts = new ArrayList<>();
        Matcher m = PART.matcher(normalised);
        int from = 0;
        while (m.find()) {
            parts.add(new int[] {from, m.start()});
            from = m.end();
        }
        parts.add(new int[] {from, normalised.length()});
        for (int i = 0; i < parts.size(); i++) {
            String part = normalised.substring(parts.get(i)[0], parts.get(i)[1]);
            if (!RAISE.matcher(part).find() && (i == 0 || !PRICED_MONEY.matcher(part).find())) {
                continue;
            }
            BigDecimal raise = null;
            BigDecimal price = null;
            boolean pre = false;
            int priceAt = -1;
            int raiseAt = -1;
            for (Amount a : Amounts.find(part)) {
                Matcher p = PRICE.matcher(part.substring(a.end()));
                if (a.kind() != Amount.Kind.MONEY && !(a.kind() == Amount.Kind.PLAIN && p.lookingAt())) {
                    continue; // (a price may be a bare number: "40bn at 600 pre")
                }
                if (p.lookingAt() && (price == null || raise != null && priceAt < raiseAt)) {
                    // the price after the new money is the later round's: "we close at $830bn post and openai raises $40bn at a
                    // $600bn pre" (the first is Amazon's own round, said in the same breath)
                    price = a.value();
                    pre = p.group("side").equals("pre");
                    priceAt = a.start();
                } else if (raise == null && !p.lookingAt()) {
                    raise = a.value();
                    raiseAt = a.start();
                }
            }
            String ownRound = null;
            if (raise != null && price != null && priceAt > raiseAt) {
                // Amazon's own round said before the later one in the same part, up to the new money's words
                Matcher w = RAISE.matcher(part);
                int cut = w.find() && w.start() < raiseAt ? w.start() : raiseAt;
                String before = part.substring(0, cut);
                int and = before.lastIndexOf(" and ");
                String own = (and > 0 ? before.substring(0, and) : before).strip();
                if (SETUP.matcher(own).find() && Amounts.find(own).stream().anyMatch(a -> a.kind() == Amount.Kind.MONEY)) {
                    ownRound = own;
                }
            }
            if (raise == null || price == null || raise.signum() <= 0 || price.signum() <= 0 || !pre && raise.compareTo(price) >= 0) {
                continue; // (new money of at least the post-money it prices at leaves nothing of the stake: no round to read)
            }
            // whether Amazon takes part: said in this part or the next
            int last = i;
            Boolean follow = null;
            for (int j = i; j < Math.min(parts.size(), i + 2) && follow == null; j++) {
                String p = normalised.substring(parts.get(j)[0], parts.get(j)[1]);
                if (SITS_OUT.matcher(p).find()) {
                    follow = false;
                    last = j;
                } else if (FOLLOWS.matcher(p).find()) {
                    follow = true;
                    last = j;
                } else if (UNPROTECTED.matcher(p).find()) {
                    follow = false;
                    last = j;
                }
            }
            if (follow == null) {
                continue;
            }
            // Amazon's own round, said before the later one: "close at 830 post"
            String setup = ownRound;
            int setupPart = -1;
            for (int j = 0; j < i; j++) {
                String p = normalised.substring(parts.get(j)[0], parts.get(j)[1]);
                if (ownRound == null && (SETUP.matcher(p).find() && Amounts.find(p).stream().anyMatch(a -> a.kind() == Amount.Kind.MONEY || a.kind() == Amount.Kind.PLAIN)
                        || prices(p))) {
                    setup = p.strip();
                    setupPart = j;
                }
            }
            StringBuilder rest = new StringBuilder();
            for (int j = 0; j < parts.size(); j++) {
                if (j >= i && j <= last || j == setupPart) {
                    continue;
                }
                String p = normalised.substring(parts.get(j)[0], parts.get(j)[1]).strip();
                if (!p.isEmpty()) {
                    rest.append(rest.length() == 0 ? "" : ", ").append(p);
                }
            }
            String said = normalised.substring(parts.get(i)[0], parts.get(last)[1]).strip();
            String asked = rest.toString().strip() + (normalised.strip().endsWith("?") ? "?" : "");
            if (!NAMES_THE_DEAL.matcher(asked).find()) {
                asked = "for openai, " + asked; // the story's subject goes with the story: "what % are we left with?" is about OpenAI
            }
            return Optional.of(new Found(asked, setup, raise, price, pre, follow, said));
        }
        return Optional.empty();
    }
}
