package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;

/**
 * The asker's own mark on Anthropic and a markdown of it, said beside a question of the OpenAI deal: "thats before i take
 * ~15% off anthropic (carry ~30bn)", "anthropic's on my book at ~30bn", "the ~3bn i lose on anthropic". The model carries
 * Anthropic at cost and has no markdown, so these figures are never its inputs: they are taken out of the question, and
 * the loss (the percent of the mark, or the amount said) is
 * <ul>
 *   <li>the goal where the question asks the deal to cover it ("what exit for the combined payoff to absorb a 20% markdown
 *       on anthropic"): the combined payoff at that amount;</li>
 *   <li>otherwise context: the answer is the model's, with a note of the combined payoff net of the loss.</li>
 * </ul>
 */
final class SideMarks {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final String AMT = "~?\\$?(?<%s>\\d{1,3}(?:\\.\\d{1,2})?)\\s?(?:bn|b|billion)\\b";
    private static final String PCT = "~?(?<%s>\\d{1,3}(?:\\.\\d{1,2})?)\\s?(?:%%|pct|percent)";
    /** The asker's mark: "(carry ~30bn)", "which i carry at ~30bn", "on my book at ~30bn", "i have anthropic at ~30bn", "my ~30bn mark". */
    private static final Pattern CARRY = Pattern.compile(
            "(?:,\\s*|\\s*-\\s*)?(?:\\(\\s*)?(?:(?:which|that)\\s+)?(?:i\\s+|we\\s+)?(?:carry|carried|carrying)\\s+(?:it\\s+|that\\s+|anthropic\\s+)?(?:is\\s+)?(?:at\\s+)?" + AMT.formatted("a")
                    + "(?:\\s+on\\s+(?:the|our)\\s+\\$?\\d{1,2}(?:bn|b)?(?:\\s+we\\s+put\\s+in)?)?\\s*\\)?"
                    + "|(?:,\\s*|\\s*-\\s*)?(?:(?:which|that)\\s+)?(?:i\\s+|we\\s+)?(?:mark|marked|hold|have)\\s+(?:it|that|anthropic)\\s+at\\s+" + AMT.formatted("h")
                    + "|(?:,\\s*|\\s*-\\s*)?(?:anthropic'?s?\\s+(?:is\\s+)?)?on\\s+my\\s+book\\s+at\\s+" + AMT.formatted("b")
                    + "|(?:,\\s*|\\s*-\\s*)?(?:anthropic\\s+)?i\\s+(?:have|carry|hold|mark)\\s+(?:anthropic\\s+|it\\s+)?at\\s+" + AMT.formatted("c")
                    + "|(?:\\(\\s*)?(?:(?:my|a|the|our)\\s+)?" + AMT.formatted("d") + "\\s+(?:anthropic\\s+)?(?:carry|mark)(?:\\s+only\\s+covers\\s+the\\s+equity)?\\s*\\)?"
                    + "|(?:,\\s*|\\s*-\\s*)?carry\\s+(?:is\\s+)?" + AMT.formatted("e") + "|\\bon\\s+(?:my|our)\\s+" + AMT.formatted("f") + "(?:\\s+(?:carry|mark))?"
                    + "|(?<=%\\s?(?:off|of)\\s)(?:a\\s+)?" + AMT.formatted("g") + "(?:\\s+carry)?");
    /** The markdown: "~15% off anthropic", "a 20% markdown on anthropic", "a ~15% knock on anthropic's mark", "a full write-off of anthropic". */
    private static final Pattern CUT = Pattern.compile(
            "(?:(?:i'?m\\s+taking\\s+)?(?:an?\\s+|the\\s+)?" + PCT.formatted("p") + "\\s*(?:anthropic\\s+)?(?:off|of(?=\\s+(?:a\\s+|my\\s+|our\\s+)?(?:~|\\$|\\d|anthropic))|markdown|mark-?down|haircut|knock|hit|write-?down|drop|cut)(?:\\s+(?:on|of|off|to)\\s+(?:my\\s+)?anthropic(?:'s)?(?:\\s+mark)?)?"
                    + "|(?:knocks?|takes?|shaves?|drops?|marked\\s+down|mark(?:s|ed)?\\s+down|loses?|hit\\s+by)\\s+(?:~|about\\s+)?" + PCT.formatted("q") + "(?:\\s+off(?:\\s+(?:it|anthropic))?)?"
                    + "|\\bmark(?:ing)?\\s+anthropic\\s+down\\s+(?:by\\s+)?" + PCT.formatted("r")
                    + "|(?:an?\\s+|the\\s+)?full\\s+write-?off(?:\\s+(?:of|on)\\s+anthropic)?"
                    + "|(?:the\\s+)?(?:anthropic(?:'s)?\\s+)?(?:hit|markdown|mark-?down|write-?down|knock|cut)\\s+(?:is|was|of|at|=|to|goes\\s+to|becomes|now)\\s+(?:~|about\\s+)?" + PCT.formatted("s") + ")"
                    + "(?:\\s*,?\\s*(?:not|instead\\s+of|rather\\s+than|vs\\.?)\\s+(?:the\\s+)?~?\\d{1,3}(?:\\.\\d{1,2})?\\s?(?:%|pct|percent)?(?![\\d.]))?");
    /** A loss said as an amount: "the ~3bn i lose on anthropic", "the 7.5bn anthropic hit". */
    private static final Pattern LOSS = Pattern.compile("(?:the\\s+)?" + AMT.formatted("l") + "\\s+(?:i\\s+lose\\s+on\\s+anthropic|anthropic\\s+(?:hit|markdown|loss|knock))");
    /** The loss named without its size: "the anthropic hit". */
    private static final Pattern NAMED = Pattern.compile("(?:the\\s+)?anthropic\\s+(?:hit|markdown|knock|write-?down)|(?:once\\s+)?anthropic'?s?\\s+mark\\b");
    /** The deal asked to cover the loss. */
    private static final Pattern GOAL = Pattern.compile("\\b(?:absorbs?|offsets?|(?:just\\s+|still\\s+|at\\s+least\\s+)?cover(?:s|ing)?|make\\s+up|clears?|match(?:es)?|pays?\\s+for)\\b");
    private static final Pattern WASH = Pattern.compile("\\b(?:makes?\\s+)?(?:the\\s+whole\\s+thing\\s+)?a\\s+wash\\b");
    /**
     * The thread's mark, appended to a follow-up by {@link Frames} as {@link Found#kept()} words: "(your anthropic mark
     * ~30bn, marked down 10%, the deal to cover it)".
     */
    private static final Pattern STATE = Pattern.compile("\\s*\\(your anthropic mark(?<s>[^()]*)\\)\\s*$");
    private static final Pattern STATE_CARRY = Pattern.compile("~(\\d{1,3}(?:\\.\\d{1,2})?)bn");
    private static final Pattern STATE_CUT = Pattern.compile("marked down (\\d{1,3}(?:\\.\\d{1,4})?)%");
    private static final Pattern STATE_LOSS = Pattern.compile("a loss of (\\d{1,3}(?:\\.\\d{1,4})?)bn");
    /** Words that leave the thread's mark: "forget the anthropic hit", "no markdown", "anthropic aside". */
    static final Pattern LEAVE = Pattern.compile("(?i)\\b(?:forget|ignore|drop|leave\\s+out|leaving\\s+out|excluding|without)\\s+(?:the\\s+|my\\s+|our\\s+)?anthropic"
            + "(?:'s)?(?:\\s+(?:hit|markdown|mark-?down|mark|loss|knock|write-?down|carry))?\\b|\\banthropic\\s+aside\\b|\\bno\\s+(?:anthropic\\s+)?(?:markdown|mark-?down|write-?down)\\b"
            + "|\\bleave\\s+anthropic\\s+(?:out|alone|aside)\\b");
    /** Words of the mark itself, which alone say a percent is a markdown when Anthropic is not named near it. */
    private static final Pattern MARK_WORDS = Pattern.compile("mark-?down|marked\\s+down|write-?down|anthropic|\\bthe\\s+hit\\b");
    private static final Pattern COMBINED = Pattern.compile("\\bcombined\\b|\\bwhole thing\\b");

    /**
     * @param said whether the question itself said any of the mark (false: all of it is the thread's, and only a combined
     *             payoff gets a note)
     */
    record Found(String question, BigDecimal loss, BigDecimal carry, BigDecimal cut, boolean goal, boolean said) implements Reframing {
        @Override
        public Optional<String> kept() {
            List<String> words = new ArrayList<>();
            if (carry != null) {
                words.add("~" + plain(carry) + "bn");
            }
            if (cut != null) {
                words.add("marked down " + plain(cut.movePointRight(2)) + "%");
            } else if (loss != null) {
                words.add("a loss of " + plain(loss) + "bn");
            }
            if (goal) {
                words.add("the deal to cover it");
            }
            return Optional.of("your anthropic mark " + String.join(", ", words));
        }

        @Override
        public Answer told(Answer a) {
            if (a.results().isEmpty()) {
                return a;
            }
            if (!said && a.results().stream().noneMatch(r -> r.kind() == MetricResult.Kind.METRIC && r.metric().equals("combined_payoff"))) {
                return a; // (the thread's mark, of no bearing on this answer: the note that the thread keeps it says enough)
            }
            String said = loss == null ? "" : Format.money(loss) + (cut != null && carry != null ? " (" + Format.percent(cut) + " of your ~" + Format.money(carry) + " mark)" : "");
            if (goal) {
                return RoutingAssistant.withNote(a, "Your Anthropic markdown, " + said + ", is the combined payoff the deal has to reach; the model carries Anthropic at cost"
                        + " and has no markdown of its own.");
            }
            if (loss == null && carry == null) {
                return RoutingAssistant.withNote(a, "Your " + Format.percent(cut) + " markdown of Anthropic is not in the model, which carries Anthropic at cost; I left it out.");
            }
            if (loss == null) {
                return RoutingAssistant.withNote(a, "Your ~" + Format.money(carry) + " mark on Anthropic is not in the model, which carries Anthropic at cost"
                        + " ($8B invested, the $11B campus); I left it out.");
            }
            List<String> net = new ArrayList<>();
            for (MetricResult r : a.results()) {
                if (r.kind() == MetricResult.Kind.METRIC && r.metric().equals("combined_payoff") && r.value() != null) {
                    net.add(Format.money(r.value().subtract(loss, MC)) + (r.scenario().equals("base") ? "" : " (" + r.scenario() + ")"));
                }
            }
            return RoutingAssistant.withNote(a, "Your Anthropic markdown, " + said + ", is not in the model" + (net.isEmpty() ? "; I left it out."
                    : ": net of it, the combined payoff is " + String.join(", ", net) + "."));
        }
    }

    private SideMarks() {
    }

    static Optional<Found> find(String question) {
        if (question == null || question.length() > 2_000) {
            return Optional.empty();
        }
        String lower = question.toLowerCase(java.util.Locale.ROOT);
        BigDecimal wasCarry = null;
        BigDecimal wasCut = null;
        BigDecimal wasLoss = null;
        boolean wasGoal = false;
        boolean thread = false;
        Matcher st = STATE.matcher(lower);
        if (st.find()) {
            String words = st.group("s");
            wasCarry = group(STATE_CARRY, words);
            wasCut = group(STATE_CUT, words);
            wasCut = wasCut == null ? null : wasCut.movePointLeft(2);
            wasLoss = group(STATE_LOSS, words);
            wasGoal = words.contains("the deal to cover it");
            thread = true;
            lower = lower.substring(0, st.start());
        }
        if (!thread && !lower.contains("anthropic")) {
            return Optional.empty();
        }
        BigDecimal carry = null;
        Matcher c = CARRY.matcher(lower);
        List<int[]> cut = new ArrayList<>();
        while (c.find()) {
            for (String g : List.of("a", "b", "c", "d", "e", "f", "g", "h")) {
                if (c.group(g) != null && carry == null) {
                    carry = new BigDecimal(c.group(g));
                }
            }
            cut.add(new int[] {c.start(), c.end()});
        }
        BigDecimal pct = null;
        Matcher k = CUT.matcher(lower);
        while (k.find()) {
            // (a percent cut only where the question speaks of a mark or names Anthropic beside it)
            String near = lower.substring(Math.max(0, k.start() - 40), Math.min(lower.length(), k.end() + 40));
            if (carry == null && !near.contains("anthropic") && !(thread && MARK_WORDS.matcher(k.group()).find())) {
                continue; // (in a thread that keeps a mark, a percent is its markdown only in the mark's own words)
            }
            String p = k.group("p") != null ? k.group("p") : k.group("q") != null ? k.group("q") : k.group("r") != null ? k.group("r") : k.group("s");
            BigDecimal v = p == null ? BigDecimal.ONE : new BigDecimal(p).movePointLeft(2);
            if (v.signum() <= 0 || v.compareTo(BigDecimal.ONE) > 0) {
                return Optional.empty(); // (a markdown of more than the whole mark is no markdown: left to the reader)
            }
            pct = pct == null ? v : pct;
            cut.add(new int[] {k.start(), k.end()});
        }
        BigDecimal loss = null;
        Matcher l = LOSS.matcher(lower);
        if (l.find()) {
            loss = new BigDecimal(l.group("l"));
            cut.add(new int[] {l.start(), l.end()});
        }
        boolean said = carry != null || loss != null || pct != null;
        if (!said && !thread) {
            return Optional.empty();
        }
        // the thread's mark with what this question changed: its own figures first
        boolean changed = said;
        carry = carry != null ? carry : wasCarry;
        if (pct == null && loss == null) {
            pct = wasCut;
            loss = wasCut == null ? wasLoss : null;
        }
        if (loss == null && pct != null && carry != null) {
            loss = pct.multiply(carry, MC);
        }
        Matcher n = NAMED.matcher(lower);
        while (n.find()) {
            cut.add(new int[] {n.start(), n.end()});
        }
        boolean wash = WASH.matcher(lower).find();
        Matcher g = GOAL.matcher(lower);
        boolean asked = wash || g.find();
        boolean goal = loss != null && (asked || wasGoal && changed);
        // take the spans out (overlapping ones merged), the goal's amount put where the covered loss was said
        String out = Reframing.cut(lower, cut);
        if (goal) {
            String amount = "$" + loss.stripTrailingZeros().toPlainString() + "bn";
            Matcher w = WASH.matcher(out);
            if (w.find()) {
                out = out.substring(0, w.start()) + "gives a combined payoff of " + amount + out.substring(w.end());
            } else if (!asked) {
                // (the thread's goal, its loss changed: "and if the anthropic hit is 20% not 10")
                out = out + " for a combined payoff of " + amount;
            } else {
                Matcher gg = GOAL.matcher(out);
                if (!gg.find()) {
                    return Optional.empty();
                }
                out = out.substring(0, gg.end()) + " " + amount + " " + out.substring(gg.end());
            }
        }
        out = out.replaceAll("\\(\\s*\\)", " ").replaceAll("\\(\\s*(?=[?.]?\\s*$)", " ").replaceAll("\\s+-\\s*(?=[?.]?\\s*$)", " ").replaceAll("\\b(?:once|against it|then i take|i'll net|i net that off after)\\s*(?=[?.,]|$)", " ");
        out = Reframing.orSame(Reframing.tidy(out.replaceAll("\\s*[-,;]\\s*$", "").replaceAll("^[\\s.,;:-]+", "")));
        return Optional.of(new Found(out, loss, carry, pct, goal, said));
    }

    private static BigDecimal group(Pattern p, String words) {
        Matcher m = p.matcher(words);
        return m.find() ? new BigDecimal(m.group(1)) : null;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
