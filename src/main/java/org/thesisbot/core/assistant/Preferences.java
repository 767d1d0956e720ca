package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;

/**
 * The stake's terms as a term sheet gives them: a liquidation preference ("our 50 goes in as 1x non-participating pref",
 * "the pref becomes 1.5x") and a cap on proceeds ("a cap limiting our total proceeds to 2x the investment", "caps our
 * proceeds at 120bn"). The model values the stake as converted to common, so a term is never one of its inputs: "1x" is no
 * exit valuation. Two questions are answered through it:
 * <ul>
 *   <li>where converting overtakes an N× non-participating preference, or where a cap starts to bite: the exit at which the
 *   as-converted stake is worth N × the investment (a multiple of N), or the capped amount (a stake value);</li>
 *   <li>anything else: answered as converted, a note says so, and where the stake's value is answered, a note sets it
 *   against what the preference pays back and says which pays more ("and would we convert?" is that note).</li>
 * </ul>
 */
final class Preferences {
    /** The question with each term taken out or its crossover said as a target, and the notes that say so. */
    record Found(String question, List<String> notes, BigDecimal prefMultiple) implements Reframing {
        @Override
        public Answer told(Answer a) {
            if (a.results().isEmpty()) {
                return a;
            }
            List<String> all = new ArrayList<>(notes);
            // the election itself: the stake as converted set against what the preference pays back
            a.results().stream().filter(r -> prefMultiple != null && r.kind() == MetricResult.Kind.METRIC && r.value() != null
                    && r.metric().equals("stake_value")).findFirst().ifPresent(r -> {
                        BigDecimal invested = r.inputs().stream().filter(i -> i.id().equals("investment")).map(i -> i.value()).findFirst().orElse(null);
                        if (invested != null) {
                            BigDecimal paid = invested.multiply(prefMultiple);
                            int c = r.value().compareTo(paid);
                            all.add("As converted the stake is worth " + Format.money(r.value()) + (c > 0 ? ", above" : c < 0 ? ", below" : ", exactly")
                                    + " the " + prefMultiple.stripTrailingZeros().toPlainString() + "\u00d7 preference's " + Format.money(paid) + ": "
                                    + (c > 0 ? "converting pays more." : c < 0 ? "the preference pays more." : "either pays the same.")
                                    + " (" + r.scenario() + " case)");
                        }
                    });
            return Reframing.noted(a, all);
        }
    }

    /** The election asked beside the numbers: "and would we convert?", "does that flip the election?", "which would Amazon elect". */
    private static final Pattern ELECTION = Pattern.compile(
            "(?:,?\\s*(?:and|&)\\s+)?(?:(?:would|should|do|does|will)\\s+(?:we|amazon|amzn|it)\\s+(?:convert|elect)\\w*(?:\\s+or\\s+(?:take|keep)\\s+the\\s+pref\\w*)?"
                    + "|(?:does|would|will)\\s+(?:that|this|it)\\s+flip\\s+the\\s+(?:election|decision|call)"
                    + "|which\\s+(?:one\\s+)?would\\s+(?:amazon|we|amzn)\\s+(?:elect|choose|pick|take))\\b",
            Pattern.CASE_INSENSITIVE);

    private static final String MULT = "\\d{1,2}(?:\\.\\d{1,2})?";
    /** "1x non-participating pref", "a 1.5x liquidation preference", "the pref becomes 1.5x", "the 1x pref". */
    private static final Pattern PREF = Pattern.compile(
            "\\b(?<m>" + MULT + ")\\s?(?:x|×|times)\\s+(?:(?:non[- ]?participating|participating|liquidation|liq|senior|straight|convertible)\\s+)*"
                    + "(?:pref(?:erence|erred)?s?|liq(?:uidation)?\\s+pref\\w*)\\b"
                    + "|\\b(?:liquidation\\s+)?pref(?:erence)?\\s+(?:becomes|of|is|at|goes to|moves to)\\s+(?<n>" + MULT + ")\\s?(?:x|×)(?!\\w|\\.\\d)",
            Pattern.CASE_INSENSITIVE);
    /** A preference with no multiple said: "the pref", "the preference" (1× unless a multiple is given elsewhere). */
    private static final Pattern PREF_WORD = Pattern.compile("\\b(?:pref|preference|preferred)\\b", Pattern.CASE_INSENSITIVE);
    /** "a cap limiting our total proceeds to 2x the investment", "caps our proceeds at 120bn", "a 2.5x cap". */
    private static final Pattern CAP = Pattern.compile(
            "\\bcap(?:s|ped|ping)?\\s+(?:limiting\\s+|on\\s+)?(?:our\\s+|the\\s+|amazon'?s\\s+)?(?:total\\s+)?(?:proceeds|payout|take)\\s+(?:at|to)\\s+"
                    + "(?:(?<m>" + MULT + ")\\s?(?:x|×|times)(?:\\s+(?:the\\s+|our\\s+)?(?:investment|money in|money|check|cheque|50|amount invested|invested capital))?"
                    + "|\\$?(?<v>\\d[\\d,]*(?:\\.\\d+)?)\\s?(?<u>bn|b|billion|tn|t|trillion)\\b)"
                    + "|\\b(?:a\\s+)?(?<k>" + MULT + ")\\s?(?:x|×)\\s+cap\\b",
            Pattern.CASE_INSENSITIVE);
    /** The exit asked for: "at what exit", "above what exit valuation", "which exit", "the indifference point". */
    private static final Pattern EXIT_ASKED = Pattern.compile(
            "\\b(?:what|which)\\b[^.?!;]{0,40}\\b(?:exit|valuation|sale price|takeout)|\\bindifferen\\w+|\\bcross-?over\\b|\\bbreak-?even\\b",
            Pattern.CASE_INSENSITIVE);
    /** Converting overtaking the term, or the term starting to bind. */
    private static final Pattern CROSSES = Pattern.compile(
            "\\b(?:overtak\\w*|beat\\w*|exceed\\w*|surpass\\w*|more than|above|outweigh\\w*|match\\w*|equal\\w*|indifferen\\w+|cross\\w*|break-?even\\w*|flip\\w*"
                    + "|bit(?:e|es|ing)|bind\\w*|hit\\w*|kick\\w* in|start\\w* to (?:pay|matter)|worth converting|better to convert|convert(?:ing)? (?:wins|pays))\\b",
            Pattern.CASE_INSENSITIVE);
    /** Converting named: "converting", "convert instead", "the indifference point". */
    private static final Pattern CONVERTING = Pattern.compile("\\bconver(?:t|ts|ting|sion)\\b|\\bindifferen\\w+", Pattern.CASE_INSENSITIVE);
    /** A goal of the sentence's own, once its terms are taken out: a multiple or a percentage (an amount may be an input, "a $1T post"). */
    private static final Pattern OWN_GOAL = Pattern.compile("(?<![\\w.])\\d+(?:\\.\\d+)?\\s?(?:x|×|%|pct)(?!\\w)", Pattern.CASE_INSENSITIVE);
    /** The words that lead into the ask ("…, at what exit", "above what exit"), left out when the figures before it are kept. */
    private static final Pattern LEAD_OUT = Pattern.compile("[\\s,]*(?:\\b(?:at|above|below|in|from|and|so|then|where is the|is the)\\s*)*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE = Pattern.compile("(?:[^.?!\\n]|[.?!](?![.?!]*(?:\\s|$)))+(?:[.?!]+|$)");

    private Preferences() {
    }

    static Optional<Found> find(String text) {
        if (text == null || text.length() > 2_000) {
            return Optional.empty();
        }
        Matcher p = PREF.matcher(text);
        Matcher c = CAP.matcher(text);
        boolean pref = p.find();
        boolean cap = c.find();
        if (!pref && !cap) {
            return Optional.empty();
        }
        BigDecimal prefMultiple = !pref ? BigDecimal.ONE : new BigDecimal(p.group("m") != null ? p.group("m") : p.group("n"));
        BigDecimal capMultiple = !cap ? null : c.group("m") != null ? new BigDecimal(c.group("m")) : c.group("k") != null ? new BigDecimal(c.group("k")) : null;
        BigDecimal capValue = !cap || c.group("v") == null ? null : Sums.billions(c.group("v") + " " + c.group("u"));
        List<String> notes = new ArrayList<>();
        // the sentence that asks where converting overtakes the term, or where the cap bites, said as that target
        StringBuilder out = new StringBuilder();
        boolean asked = false;
        Matcher s = SENTENCE.matcher(text);
        int last = 0;
        while (s.find()) {
            String sentence = s.group();
            boolean capHere = cap && sentence.toLowerCase(java.util.Locale.ROOT).contains("cap");
            Matcher e = EXIT_ASKED.matcher(sentence);
            // (the sentence names the term or converting, and asks no goal of its own: "with a 1x pref, what exit gets us above
            // 2x?" asks the 2x)
            String terms = CAP.matcher(PREF.matcher(sentence).replaceAll(" ")).replaceAll(" ");
            if (!asked && e.find() && CROSSES.matcher(sentence).find()
                    && (capHere || PREF_WORD.matcher(sentence).find() || CONVERTING.matcher(sentence).find())
                    && !OWN_GOAL.matcher(terms).find()) {
                out.append(text, last, s.start());
                // what the sentence says before the ask is kept when it gives a figure ("if the round closes at a $1tn post,")
                String lead = LEAD_OUT.matcher(sentence.substring(0, e.start())).replaceAll("");
                if (lead.matches("(?s).*\\d.*")) {
                    out.append(lead).append(lead.endsWith(",") ? "" : ",");
                }
                boolean byCap = cap && (capHere || !pref);
                if (byCap && capValue != null) {
                    out.append(" what exit valuation makes our stake worth $").append(capValue.toPlainString()).append("B?");
                    notes.add("The cap at " + Format.money(capValue) + " starts to bite where the stake, as converted, is worth "
                            + Format.money(capValue) + ".");
                } else {
                    BigDecimal m = byCap ? capMultiple : prefMultiple;
                    if (m == null) {
                        return Optional.empty();
                    }
                    out.append(" what exit valuation gives a ").append(m.toPlainString()).append("x moic?");
                    notes.add(byCap ? "A cap of " + m.toPlainString() + "\u00d7 the investment starts to bite where the stake, as converted, is worth "
                            + m.toPlainString() + "\u00d7 what went in: the exit for a " + m.toPlainString() + "x multiple."
                            : "Converting beats a " + m.toPlainString() + "\u00d7 non-participating preference once the stake, as converted, is worth more than "
                            + m.toPlainString() + "\u00d7 the investment: the exit for a " + m.toPlainString() + "x multiple.");
                }
                last = s.end();
                asked = true;
            }
        }
        out.append(text.substring(last));
        String question = out.toString();
        // every term left is context: taken out, so that its multiple or amount is read as nothing else
        question = PREF.matcher(question).replaceAll("preferred");
        question = CAP.matcher(question).replaceAll("a cap");
        if (!asked) {
            // (the election asked beside the numbers is answered in a note: taken out, so that the question reads as numbers)
            question = ELECTION.matcher(question).replaceAll("");
            if (pref) {
                notes.add("I valued the stake as converted to common; a " + prefMultiple.stripTrailingZeros().toPlainString()
                        + "\u00d7 non-participating preference would instead return " + prefMultiple.stripTrailingZeros().toPlainString()
                        + "\u00d7 the investment when that is more.");
            }
            if (cap) {
                notes.add("I didn't apply the cap on proceeds: the numbers are as converted, uncapped.");
            }
        }
        return Optional.of(new Found(Reframing.tidy(question), notes,
                pref && !asked ? prefMultiple : null));
    }
}
