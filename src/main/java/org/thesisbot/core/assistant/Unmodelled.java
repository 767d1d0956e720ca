package org.thesisbot.core.assistant;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.RouteDecision;

/**
 * Structures a question can put around the stake that the model does not hold, where the model's own number would be a
 * confident wrong answer: a fund's fees, preferred return and carry between the stake and Amazon ("1 and 20 over an 8 pref,
 * no catch-up: net moic?"), a second leg of the money kept in bills at a yield ("30 into OpenAI, 20 in T-bills at 4%:
 * what is the pot worth?"), a discount off AWS's list price ("PPA 10% off the first $10B/yr, 25% above: net rev?"),
 * anti-dilution terms in a later down round ("full ratchet"), and an entry price net of AWS's profit ("effective post net of
 * the boomerang"). A question that names one and asks a computed figure is told what the model leaves out and how
 * to ask what it can compute; one that asks an input's value ("before I layer the fees on, what hold does the model run?")
 * or asks the sources is answered as it would be without the structure.
 */
final class Unmodelled {
    /** Which structure, in the words the reply uses. */
    enum Kind {
        FUND, SECOND_LEG, DISCOUNT, ANTI_DILUTION, NET_ENTRY
    }

    /** The structure the question names, and the words that named it. */
    record Found(Kind kind, String words) {
        /** As the thread keeps it among its frames. */
        String frame() {
            return KEPT + "\t" + kind.name() + "\t" + words;
        }
    }

    /** The frame's name in a thread's state: the thread set out this structure, and its follow-ups are asked in it. */
    static final String KEPT = "unmodelled";

    /** Whether a thread's frame is a structure kept by this class. */
    static boolean isFrame(String frame) {
        return frame.startsWith(KEPT + "\t");
    }

    /** Words that leave the structure: "gross", "before fees", "forget the bills", "the openai leg alone". */
    private static final Pattern LEAVES = Pattern.compile("\\bgross\\b|\\b(?:before|without|ex|excluding|ignoring|ignore|forget|drop|no) (?:the |any |all )?"
            + "(?:fees?|fund terms|fund|carry|waterfall|sidecar|spv|bills|t-?bills|safe leg|cash leg|ppa|discounts?|tiers|ratchets?|(?:price |down-?round )?protection|anti-?dilution|round-?trip|boomerang)\\b|\\bunprotected\\b|\\b(?:fees?|carry|bills|t-?bills|safe leg|ppa|discounts?|ratchet|round-?trip|boomerang) aside\\b|\\bat list\\b|\\blist (?:price|rev|revenue)\\b|\\bpre-?discount\\b"
            + "|\\b(?:openai|oai|equity) (?:leg|part|stake|piece)\\b[^.?!;]{0,25}?\\b(?:alone|on its own|by itself|in isolation)\\b|\\bdirect(?:ly)? (?:in|into)\\b");

    /** A fund's fees, hurdle and carry: each is said with a figure or a fund word, not with a bare "carry" or "fees". */
    private static final Pattern FUND = Pattern.compile("\\b(?:mgmt|mgt|management) fees?\\b|\\bcarried interest\\b"
            + "|\\b\\d{1,2}(?:\\.\\d+)? ?%? carr+y\\b|\\bcarr+y (?:of |at )?\\d|\\b(?:full|no|with|w/|w|without|partial) catch-?ups?\\b"
            + "|\\b(?:no|full|w/|w) cu\\b|\\bpreferred return\\b|\\b\\d{1,2}(?:\\.\\d+)? ?%? (?:compounding |compd |compounded |compound |simple )?pref\\b(?! (?:subscription|shares?|stock|equity|round))"
            + "|\\bno pref\\b|\\bpref (?:of |at )?\\d|\\b(?:fund|distribution|lp|gp) waterfall\\b"
            // "1 and 20", "2 and 20": a fee and a carry, where a fund's words come before or after them (not "between 1 and 20")
            + "|(?<=\\b(?:after|at|on|terms|terms:|charging|charges|charge|is|are|=) )[0-3](?:\\.\\d{1,2})? and (?:10|15|20|25|30)\\b"
            + "|(?<!between )(?<!from )\\b[0-3](?:\\.\\d{1,2})? and (?:10|15|20|25|30)\\b(?= (?:over|w/?|with|no|on|carry|terms|fee|net)\\b|,| ?-| ?\\(| ?/|$)");
    /** Money kept beside the stake in bills or cash at a yield. */
    private static final Pattern SECOND_LEG = Pattern.compile("\\bt-?bills?\\b|\\btreasur(?:y|ies) (?:bills?|notes?)\\b|\\btreasuries\\b"
            + "|\\b(?:in|into|to) (?:\\d+(?:\\.\\d+)? ?% )?bills\\b|\\bbills (?:at|yielding|earning|paying)\\b|\\d ?% bills\\b"
            + "|\\bmoney[- ]market\\b|\\bsafe leg\\b|\\brisk-?free (?:leg|part|portion|sleeve)\\b");
    /**
     * A discount off AWS's list price, flat or in tiers ("PPA 10% off the first $10B/yr, 25% above"); not "secondary at 15% off
     * the round price", which buys the stake cheaper and the model reads.
     */
    private static final Pattern DISCOUNT = Pattern.compile("\\bppas?\\b|\\bprice (?:agreement|schedule)\\b|\\btier (?:1|2|3|one|two|i|ii)\\b"
            + "|\\d ?(?:%|pct|percent) off (?:the |of the )?(?:first|every|each|all|everything|anything|list|up to|above|over|beyond|the rest|rest)\\b"
            + "|\\boff (?:the )?list\\b|\\b(?:volume|commit(?:ment)?|committed[- ]spend|usage|cloud|compute) discounts?\\b"
            + "|\\bdiscount(?:ed)? (?:on|off|to) (?:the )?(?:list|aws|compute|rev)");
    /** Anti-dilution terms that re-price our shares in a later down round (a round we sit out unprotected the model reads). */
    private static final Pattern ANTI_DILUTION = Pattern.compile("\\b(?:full[- ])?ratchet(?:s|ed)?\\b|\\b(?:broad|narrow)[- ]based\\b"
            + "|\\banti-?dilution\\b|\\b(?:price|down-?round) protection\\b");
    /**
     * The entry price net of what AWS earns back ("effective post net of the boomerang", "cost per point of oai after the
     * round-trip"): a measure the model does not compute, said beside AWS's profit or the round trip.
     */
    private static final Pattern NET_ENTRY = Pattern.compile("\\b(?:effective(?:ly)?|real) (?:entry|post(?:-money)?|price|cost)\\b"
            + "|\\b(?:cost|costing) (?:us )?per point\\b|\\bper-?point cost\\b|\\b(?:each|a) point of (?:oai|openai) (?:\\w+ )?costing\\b"
            + "|\\bnet of (?:the )?(?:[\\w-]+ )?(?:boomerang|round-?trip)\\b|\\bboomerang-adjusted\\b");
    /** What AWS earns back, beside which a net entry is meant. */
    private static final Pattern EARNED_BACK = Pattern.compile("\\b(?:boomerang|round-?trip|aws|op(?:erating)? profit|real check|net check)\\b");
    /** A yield: the second leg is only a structure when it earns a rate. */
    private static final Pattern RATE = Pattern.compile("\\d ?(?:%|pct|percent)");

    private Unmodelled() {
    }

    /** The structure the question names, if any. */
    static Optional<Found> find(String text) {
        if (text == null || text.length() > 2_000) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher leaves = LEAVES.matcher(lower);
        while (leaves.find()) {
            if (!leaves.group().equals("gross")) {
                // "the openai leg alone, leaving the bills aside": what the model holds, asked on its own (but "what gross exit
                // nets us 2.5x after 1 and 20" names the fees it asks through)
                return Optional.empty();
            }
        }
        Matcher fund = FUND.matcher(lower);
        if (fund.find()) {
            return Optional.of(new Found(Kind.FUND, fund.group()));
        }
        Matcher ratchet = ANTI_DILUTION.matcher(lower);
        if (ratchet.find()) {
            return Optional.of(new Found(Kind.ANTI_DILUTION, ratchet.group()));
        }
        Matcher net = NET_ENTRY.matcher(lower);
        if (net.find() && EARNED_BACK.matcher(lower).find()) {
            return Optional.of(new Found(Kind.NET_ENTRY, net.group()));
        }
        Matcher discount = DISCOUNT.matcher(lower);
        if (discount.find() && RATE.matcher(lower).find()) {
            return Optional.of(new Found(Kind.DISCOUNT, discount.group()));
        }
        Matcher leg = SECOND_LEG.matcher(lower);
        if (leg.find() && RATE.matcher(lower).find()) {
            return Optional.of(new Found(Kind.SECOND_LEG, leg.group()));
        }
        return Optional.empty();
    }

    /**
     * The structure a follow-up is asked in: the one this thread set out and kept, unless the question leaves it ("gross
     * moic then?", "forget the bills").
     */
    static Optional<Found> kept(String text, List<String> frames) {
        if (text == null || frames == null || LEAVES.matcher(text.toLowerCase(Locale.ROOT)).find()) {
            return Optional.empty();
        }
        for (String f : frames) {
            String[] parts = f.split("\t", 3);
            if (parts.length == 3 && isFrame(f)) {
                try {
                    return Optional.of(new Found(Kind.valueOf(parts[1]), parts[2]));
                } catch (IllegalArgumentException e) {
                    return Optional.empty(); // a kind no longer known (state kept by an older version)
                }
            }
        }
        return Optional.empty();
    }

    /** A follow-up that changes only the structure's terms: "swap to no catch-up", "split 25/25", "bills at 3.5% instead". */
    private static final Pattern TERMS = Pattern.compile("\\b(?:catch-?up|cu|fees?|carry|pref|hurdle|waterfall|split|bills?|yield(?:s|ing)?"
            + "|leg|ppa|tiers?|discount|off|ratchet|protection|broad-based|weighted|boomerang|round-?trip)\\b");

    /**
     * Whether a follow-up in a thread that kept the structure only changes its terms, which no narrative answers: it is
     * answered as the structure is, not as a question for the sources.
     */
    static boolean changesTerms(String text, Answer a) {
        // (a follow-up the sources hardly match: retrieval under the router's default floor of 0.30)
        return a.route() == Route.NARRATIVE && a.decision().retrieval() < 0.30 && text != null && text.length() <= 300
                && TERMS.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Whether the answer gives a figure the structure would change: a computed metric, or readings to choose among. An
     * input's value, a narrative answer and a refusal stand as they are.
     */
    static boolean computes(Answer a) {
        if (a.route() != Route.NUMERIC && a.route() != Route.MIXED) {
            return false;
        }
        return !a.clarify().isEmpty() || a.results().stream().anyMatch(r -> r.kind() != MetricResult.Kind.INPUT);
    }

    /** The answer in its place: what is left out and how to ask, with a mixed answer's narrative part kept. */
    static Answer instead(Answer a, Found found, boolean carried) {
        String why = reply(found) + (carried ? " (This thread set that out earlier; say \u201cgross\u201d or \u201cforget the "
                + leaveWord(found.kind()) + "\u201d to leave it.)" : "");
        List<String> cues = new java.util.ArrayList<>(a.decision().cues());
        cues.add("not modelled: " + found.kind().name().toLowerCase(Locale.ROOT) + " \"" + found.words() + "\"");
        RouteDecision decision = new RouteDecision(a.decision().route(),
                a.decision().confidence(), a.decision().retrieval(), cues);
        if (a.route() == Route.MIXED && a.narrative() != null) {
            return new Answer(a.id(), Route.MIXED, why + "\n\n" + a.narrative(), a.narrative(), List.of(), a.citations(), a.answerer(),
                    List.of(), decision);
        }
        return new Answer(a.id(), Route.NUMERIC, why, null, List.of(), List.of(), "scenario-core", List.of(), decision);
    }

    private static String leaveWord(Kind kind) {
        return switch (kind) {
            case FUND -> "fees";
            case DISCOUNT -> "discount";
            case SECOND_LEG -> "bills";
            case ANTI_DILUTION -> "ratchet";
            case NET_ENTRY -> "round-trip";
        };
    }

    static String reply(Found found) {
        return switch (found.kind()) {
            case FUND -> "I can't compute that as asked: the model's figures are Amazon's own return on the stake, before any fund's"
                    + " management fee, preferred return or carry (\u201c" + found.words() + "\u201d), and I don't run a fund waterfall."
                    + " Ask without the fund terms for the gross figures (\u201cexit $1.6T in year 5, moic?\u201d): they are what the"
                    + " fees and carry would come out of.";
            case DISCOUNT -> "I can't compute that as asked: the model's AWS revenue is OpenAI's compute spend at list price times AWS's"
                    + " capture share, with no discount or tiered price agreement (\u201c" + found.words() + "\u201d). A flat discount"
                    + " works as a lower capture share: 10% off at a 50% capture gives the revenue and operating profit of a 45% capture"
                    + " (\u201caws op profit at 45% capture?\u201d). Tiers I don't compute.";
            case ANTI_DILUTION -> "I can't compute that as asked: the model has no anti-dilution terms (\u201c" + found.words() + "\u201d) that"
                    + " re-price our shares in a later down round. A later round we sit out with no protection I can compute: \u201cOpenAI"
                    + " later raises $40B at a $600B pre and we don't take part - our stake?\u201d.";
            case NET_ENTRY -> "I can't compute that as asked: the model has no entry price net of what AWS earns back (\u201c" + found.words()
                    + "\u201d). Its parts I can: AWS's operating profit over the window (\u201caws op profit?\u201d) and our stake"
                    + " (\u201cwhat % do we own?\u201d); the net check is the investment less that profit, and the entry it implies is the"
                    + " net check over the stake.";
            case SECOND_LEG -> "I can't compute that as asked: the model holds one position, Amazon's stake in OpenAI, and money kept"
                    + " in bills or cash at a yield (\u201c" + found.words() + "\u201d) is a second leg it doesn't hold. Ask for the"
                    + " OpenAI part on its own, with that part as the investment (\u201cwe invest 30 at the $830B post, exit $1.3T in"
                    + " 5 years, stake value?\u201d); a leg in bills grows as its amount \u00d7 (1 + yield)^years.";
        };
    }
}
