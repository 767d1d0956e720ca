package org.thesisbot.core.reading;

import static org.thesisbot.core.reading.Figures.MC;
import static org.thesisbot.core.reading.Figures.multiple;
import static org.thesisbot.core.reading.Figures.unitFits;
import static org.thesisbot.core.reading.Figures.value;
import static org.thesisbot.core.reading.Words.INTERROGATIVE;
import static org.thesisbot.core.reading.Words.PER_YEAR;
import static org.thesisbot.core.reading.Words.unbracket;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Unit;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;

/**
 * Goals: the value a question wants a metric to reach, and the words it occupies. A goal sits around one figure ("25%
 * irr", "stake worth $120B", "3x its money") or has none, as a threshold ("break even", "repay the investment"); goals
 * that name their metric come before bare ones.
 */
final class Goals {
    private Goals() {
    }

    /** The money put in, by its plain names: "its money back", "the investment back". */
    private static final String MONEY_PUT = "(?:money|investment|capital|cash|outlay|check|cheque)";
    private static final Pattern TIMES_THE_INVESTMENT = Pattern.compile(
            " ?(?:times )?(?:the|amazon'?s?|its|their|our|what amazon) ?(?:investment|check|cheque|outlay|stake|invests|put in|puts in|\\$?50 ?(?:b|bn|billion)"
                    // "1.5x the 50 check": the amount said with its name
                    + "(?: (?:check|cheque|investment|outlay|bet))?|\\$?50 (?:check|cheque|investment|outlay|bet)"
                    // "1.5x the cash we put in", "twice the money amazon invests"
                    + "|(?:cash|money|capital) (?:we|amazon|they|it) (?:put|puts|invest|invests|invested|commit|commits)(?: in)?)\\b");

    /** A value the question wants a metric to reach: "to be worth $120B", "of $30B", "down to 100%". */
    private static final Pattern LINK_TO_VALUE = Pattern.compile(
            "^(?: ?(?:alone|by itself|itself|'s \\w+|on (?:the|that|its|our|their|amazon'?s?) \\w+|target(?:ed)?|targets|hurdle|goal|objective|to|would|will|could|should|must|needs? to|has to|have to|be|is|are|reach(?:es)?|hits?|gets? to|get|clear|(?:lands?|comes? in|comes? out|ends? up|settles?) at|of|at|=|equals?|equal to|down to|up to|exactly|at least|worth|come to|total(?:s|ing)?|around|about|roughly|hit|goes|go|turn|turns|from (?:the|it|that)|(?:from|off|on) (?:the |that |its )?\\w+(?:'s)?|the|a|an|just|only|still|(?:drops?|falls?|dips?|slips?|sinks?|goes|gets) (?:below|under|beneath|to)|(?:shrinks?|declines?|comes? down|eases?|rises?|grows?|climbs?|(?:falls?|drops?|comes?) back) to|stays? (?:above|over|at)|clears?|beats?|tops?|pay for|pays for|fund|funds"
                    // "moves our % up 2 pts": a move from where the number stands (the target says so)
                    + "|up|down|up by|down by))* ?\\+?$");
    /** "on the", "in our" right before a figure: the figure names what is held ("down on the 50", "up on our $50B"). */
    private static final Pattern HOLDING_BY_SIZE_BEFORE = Pattern.compile("\\b(?:on|in) (?:the|our|its|amazon'?s?|that) \\$?$");
    private static final Pattern FILLER_BEFORE_METRIC = Pattern.compile(
            "^(?: ?(?:of|in|a|an|the|operating|annual|compute|aws|aws's|amazon's|its|their|per year|a year|a yr|of operating|from (?:it|that|openai)|on (?:the|that)|20\\d\\d|yearly|total))* ?$");
    private static final Pattern MONEY_OBJECT = Pattern.compile(
            "^(?: of)?(?: its| their| the| amazon'?s?| that| this| our| your)? (?:money|investment|capital|cash|bet|outlay|\\$?50 ?(?:b|bn|billion)\\b)"
                    + "|^(?: of)? what (?:it|they|amazon) (?:put|puts|invested|invests|paid|pays|spent)(?: in)?\\b");
    private static final Pattern LOSE = Pattern.compile("\\blos(?:e|es|ing)\\s*$");
    private static final Pattern THRESHOLD = Pattern.compile(
            "^(?<lead>[^.?!;]{0,70}?)(?:(?:back )?to (?:zero|flat|even)\\b|\\b(?:is|be|stays?|comes? out|ends? up|lands?) (?:exactly |dead |just |roughly |about )?flat|\\b(?:at|to) 0(?![.,]?\\d)\\b|at zero|(?:\\b(?:is|be|are|equals?|comes? to|hits?|reach(?:es)?|gets? to|falls? to|drops? to|sinks? to|goes to)|=) ?(?:nil|zero|0(?![.,]?\\d))\\b|negative|below zero|under water|underwater|break[- ]?even|breakeven"
                    + "|no gain,? (?:and |or )?no loss|neither gain\\w* nor los\\w*|(?:stays?|turns?|goes|remains?|comes? out|ends? up) (?:positive|in the black|above water|above zero)"
                    // "so that all in we come out exactly even"
                    + "|\\b(?:comes? out|ends? up|finish(?:es)?|is|are|be) (?:exactly |dead |roughly |about |just )?even)\\b");

    /** Zero right after the metric, linked by at most "of", "at" or "to": "makes the combined payoff 0", "for a gain of zero". */
    private static final Pattern ZERO_RIGHT_AFTER = Pattern.compile(
            "^ ?(?:of |at |to )?(?:exactly |precisely |just )?(?:a |an |the )?(?:nil|zero|0(?![.,]?\\d)(?! ?(?:%|percent|pct|b\\b|bn|billion|t\\b|tn|trillion|x\\b|years?\\b|yrs?\\b)))\\b");

    /**
     * The threshold word ending at {@code end} belongs to a later metric phrase that asks a size ("…, how far underwater are
     * we": the loss asked, not the stake named before it brought to zero).
     */
    private static final Pattern HOW_MUCH = Pattern.compile("how (?:far|deep|badly|much|many)\\b");

    private static boolean insideLaterPhrase(Work w, Hit h, int end) {
        return w.hits.stream().anyMatch(o -> o != h && o.strong() && o.start() >= h.end() && o.start() < end && o.end() >= end
                && HOW_MUCH.matcher(o.phrase()).lookingAt());
    }

    /** A word that names an input a repayment could be solved for: "what share …", "what margin …", "how much of the compute". */
    private static final Pattern INPUT_WORD = Pattern.compile("\\b(?:share|margin|capture|cut|exit|valuation|post|pre|hold|years?|compute|spend)\\b");

    /** A gain phrase that is itself a side of zero: "underwater on the equity", "in the black on the stake". */
    private static final Pattern SIDE_OF_ZERO = Pattern.compile("under ?water|in the red|in the black|above water|\\b(?:breaks?|broke|breaking) even");
    /**
     * A side of zero joined to a valuation asked in the clause before ("the highest post we could pay and still not be under
     * water on the stake", "what post can we pay and not be underwater"): the clause says how far the value may go.
     */
    private static final Pattern STILL_SIDE = Pattern.compile("^\\s*(?:still |yet |while |and )*(?:not |never |no longer )?(?:be |being |stay |staying |end up |ending up |come out |go |going )?$");

    /** Where the sentence holding {@code at} starts (after the last . ? ! or ; before it). */
    private static int sentenceStart(String s, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (".?!;".indexOf(s.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The money put in, got back: "get its money back", "recoup the 50b back". */
    private static final Pattern MONEY_BACK = Pattern.compile("(?:" + MONEY_PUT + "|\\d ?(?:b|bn|billion)) back\\b(?! \\$?\\d| (?:twice|thrice|two|three|four|five))");
    /** A valuation asked before it: "below what exit value", "at which valuation", "the highest post-money we could pay". */
    private static final Pattern VALUE_ASKED = Pattern.compile(
            "\\b(?:what|which|how (?:high|low)|highest|lowest|max|maximum|min|minimum|most|least) (?:\\w+ ){0,3}?(?:exit|valuation|value|price|worth|level|post|pre)\\b");

    /** A condition between a metric and a threshold gives the threshold its own subject: "worth if the valuation stays flat". */
    private static final Pattern CONDITION = Pattern.compile("\\b(?:if|assuming|supposing|suppose|unless|provided|when|once)\\b");

    /** A price said as a given, right before its figure: "at an 875bn pre", "if it's a 900bn pre", "with a $1T pre". */
    private static final Pattern GIVEN_AT = Pattern.compile("\\b(?:at|if|with|assuming|given|on)(?: (?:it'?s|it is))?(?: (?:a|an|the))?\\s*\\$?$");

    /** A threshold in words, said before the metric it applies to: "breaks even", "doesn't lose money", "comes out ahead". */
    private static final String THRESHOLD_SAID = "(?:break[- ]?even|breaks? even|broke even"
            + "|(?:doesn'?t|does not|don'?t|won'?t|wouldn'?t|not) los(?:e|es|ing)(?: any)? money"
            + "|(?:stays?|turns?|comes? out|ends? up) (?:positive|ahead|in the black|above water|(?:exactly |just )?(?:even|flat|square)))";
    /** That threshold joined to its metric by a counting word a few words on: "breaks even overall, counting …". */
    private static final Pattern THRESHOLD_BEFORE = Pattern.compile(THRESHOLD_SAID + "\\b(?:[\\s,]+[^\\s,]+){0,3}?[\\s,]+"
            + "(?:once|after|when|with|counting|including|incl|if|on)\\b[^.?!;]{0,40}$");
    /** The metric phrase right after a comma: "…, stake and aws profit together". */
    private static final Pattern APPOSITION = Pattern.compile(",\\s*$");
    /** A metric phrase that starts with its own counting word: "once you add in the cloud profits". */
    private static final Pattern COUNTING_START = Pattern.compile("(?:once|after|counting|including|incl|with|when|plus|adding)\\b");
    /** The threshold right before such a phrase: "break even [once you add …]". */
    private static final Pattern THRESHOLD_RIGHT_BEFORE = Pattern.compile(THRESHOLD_SAID + "(?: overall| in total| all in)?[\\s,]*$");
    private static final Pattern REPAY = Pattern.compile(
            "^(?: ?(?:alone|by itself|itself|on its own|on their own|in itself|(?:from|on|off) (?:openai|them|it)|would|will|to|needs? to|has to|have to|fully|actually|enough to|be enough to|just|only|barely|still|really|exactly|precisely|be required to|be needed to))*"
                    + " ?(?:repay|pay back|pays back|cover|covers|recoup|recoups|equal|equals|match|matches|earn back|return|offset|offsets|make back|makes back|wipe out|wipes out|wash out|washes out|net out|nets out|(?:get|gets|come|comes|be|is) back to|back to)s?(?: (?:vs\\.?|versus|against|with|on))?(?: exactly| just| precisely)?"
                    + " (?:the |its |our |amazon'?s? |all of the |the whole |the full |the entire |full |entire )*(?:\\$?50 ?(?:billion|bn|b)?\\b(?: dollars?)? ?|investment|check|cheque|money|cost|outlay|bet|contribution)+");

    /** The same with the money between the verb and "back": "pays the 50 bn back", "earns the check back". */
    private static final Pattern REPAY_OBJECT_FIRST = Pattern.compile(
            "^(?: ?(?:alone|by itself|itself|on its own|would|will|to|needs? to|has to|have to|fully|actually|enough to|just|only|still|really))*"
                    + " ?(?:pays?|earns?|makes?|wins?|gets?|brings?) (?:the |its |our |amazon'?s? |all of the |the whole |the full |full )*"
                    + "(?:\\$?50 ?(?:billion|bn|b)?\\b(?: dollars?)? ?|investment|check|cheque|money|outlay|bet)+ back\\b");

    /** The same, then a multiple of it: "cover it two times over", "repay the check 1.5x over", "pay back the 50b twice". */
    private static final Pattern REPAY_IT = Pattern.compile(
            // ("aws's revenue off it to cover our check 2x": where the metric comes from may stand between)
            "^(?: ?(?:alone|by itself|itself|on its own|would|will|to|needs? to|has to|have to|fully|actually|enough to|just"
                    + "|(?:off|from|on) (?:it|that|this|them|openai)))*"
                    + " ?(?:repay|pay back|pays back|cover|covers|recoup|recoups|earn back|return|returns|make back|makes back)"
                    // ("cover amazon's $50bn cheque one and a half times over": the sum and its noun)
                    + " (?:it|that|(?:the |its |our |amazon'?s? )+(?:\\$?50 ?(?:billion|bn|b)?\\b(?: dollars?)?(?: (?:investment|check|cheque|money|outlay|bet))?|investment|check|cheque|money|outlay|bet))"
                    + "(?<times> (?:\\d+(?:\\.\\d+)?x|\\d+(?:\\.\\d+)? times|twice|thrice))(?: over)?\\b");
    private static final Pattern OVER_THE_WINDOW = Pattern.compile(
            "^\\s*(?:over|across|for|in) (?:the |that |this )?(?:whole |full |entire )?(?:window|period|five years|5 years|2025-2029)\\b");
    private static final Pattern MAKE_ON = Pattern.compile("\\b(?:make|makes|making|made|earn|earns|earning|net|nets|pocket|pockets|clear|clears|gain|gains|profit)\\s*$");
    /**
     * The gain a figure asks for when the question names the gain only by its loss ("exit where the loss is 10bn"): the
     * figure negated. Any other metric, a negative figure or a gain also named as such: the figure as it is.
     */
    static BigDecimal lossSigned(Work w, Metric metric, BigDecimal v) {
        if (metric != Metric.GAIN || v.signum() <= 0) {
            return v;
        }
        List<Hit> gains = w.hits.stream().filter(h -> h.metric() == Metric.GAIN).toList();
        return !gains.isEmpty() && gains.stream().allMatch(h -> byLoss(metric, v, h).signum() < 0) ? v.negate() : v;
    }

    /** The figure, negated when it is the value of a gain that its phrase names as a loss ("a 5bn loss"). */
    private static BigDecimal byLoss(Metric metric, BigDecimal v, Hit h) {
        return metric == Metric.GAIN && v.signum() > 0 && LOSS_WORD.matcher(h.phrase()).find() ? v.negate() : v;
    }

    /** After a sum: beyond the money put in ("over the check", "above what we put in", "on top of the 50b"). */
    private static final Pattern OVER_THE_MONEY = Pattern.compile(
            " ?(?:over|above|on top of|beyond|in excess of|more than) (?:(?:the|our|its|amazon'?s?|their) )?(?:\\$?50 ?(?:b|bn|billion)?\\b ?)?"
                    + "(?:" + MONEY_PUT + "|outlay|cost|ticket|\\$?50 ?(?:b|bn|billion))\\b(?! (?:of|for|in) anthropic)"
                    + "| ?(?:over|above|on top of|beyond|more than) what (?:we|amazon|they|it) (?:put|puts|invested|invests|paid|pays)(?: in)?\\b");

    /** A gain named by its loss: "the loss on the stake", "the write-down", "what amazon loses". */
    private static final Pattern LOSS_WORD = Pattern.compile("\\b(?:loss(?:es)?|los(?:e|es|ing|t)|write-?downs?|writedowns?|in the hole|in the red|under ?water|draw ?downs?|(?:be|are|is|end up|come out|we're|amazon's|(?:leaves?|gets?|puts?|has|have) (?:amazon|us|them|it|we)|(?:amazon|we|they) (?:is|are|would be|will be)|(?:are|is|would|will|do|does) (?:we|amazon|they|us)(?: be| end up| come out)?) (?:down|behind))\\b");
    private static final Pattern LOSE_MONEY = Pattern.compile("\\b(?:lose|loses|losing|lost)\\s*$");
    private static final Pattern ON_DEAL = Pattern.compile("^ ?(?:on|from|off|out of) (?:the |its |that |this |amazon'?s? )?(?:stake|investment|deal|position|equity|bet|openai)");

    /** "turns into", "grows to", "becomes": right before the value the money put in should reach. */
    private static final Pattern INTO_VALUE_BEFORE = Pattern.compile(
            "\\b(?:turns?|turned|turning|grows?|grew|growing|becomes?|became|balloons?|swells?) (?:into|to)? ?(?:a |an )?\\$?$");
    /** The money put in: "amazon's 50b", "the $50B check", "its investment". */
    private static final String MONEY_PUT_IN = "\\b(?:amazon'?s?|its|the|our|their|that) "
            + "(?:\\$?50 ?(?:b|bn|billion)\\b|\\$?50\\b|check|cheque|investment|stake|money|bet|ticket)(?: (?:check|cheque|investment|stake|bet|ticket))?";
    /** "turns amazon's 50b into": the money put in between the verb and "into". */
    private static final Pattern TURNS_INVESTMENT_INTO = Pattern.compile(
            "\\b(?:turns?|turned|turning|grows?|grew|growing) " + MONEY_PUT_IN + " into (?:a |an )?\\$?$");
    /** The money put in, named just before. */
    private static final Pattern INVESTMENT_SAID = Pattern.compile(MONEY_PUT_IN + "(?: to| would| will| could| should)? ?$");

    /** "makes the circular return ratio 1.5x": a verb that sets the metric to the value that follows it. */
    /** A verb of selling right before a sum, its buyer maybe between: "to bring in", "bills", "is billing openai". */
    private static final Pattern SELLS_BEFORE = Pattern.compile(
            "\\b(?:bring(?:s|ing)? in|brought in|rak(?:e|es|ing) in|pull(?:s|ing)? in|tak(?:e|es|ing) in|bill(?:s|ing|ed)?|book(?:s|ing|ed)?|gross(?:es|ing)?|generat(?:e|es|ing))(?: (?:openai|them))?\\s*(?:about |roughly |around |at least )?\\$?$");
    /** A question about AWS's side of the deal. */
    private static final Pattern AWS_SIDE = Pattern.compile("\\baws\\b|\\bcloud\\b|\\bcompute\\b");
    /** A figure said per year: "15b a year", "20b per annum". */
    private static final Pattern PER_YEAR_AFTER = Pattern.compile("(?: ?(?:us |usd )?(?:dollars?|bucks))?(?: ?(?:a|per|each|every) (?:year|yr|annum)\\b| ?/ ?(?:year|yr|y|annum)\\b| ?annually\\b| ?yearly\\b)");
    /** Right before a sum: a loss said first ("down 12B$ on the stake", "we're behind $10bn on the position"). */
    private static final Pattern DOWN_BEFORE = Pattern.compile("\\b(?:down|behind|under ?water|in the red|out of pocket)\\s*(?:by\\s*)?\\$?$");
    /** The money Amazon put in, as a loss is measured against it: "what we paid", "the $50B check", "our cost". */
    private static final String WHAT_WAS_PUT_IN = "(?:what (?:we|amazon|they|it) (?:paid|pays|put in|puts in|invested|invests)"
            + "|(?:the |our |its |amazon'?s? |their )?(?:\\$?50 ?(?:b|bn|billion) ?)?(?:" + MONEY_PUT + "|cost|purchase price|entry cost))\\b(?! (?:of|for|in) anthropic)";
    /** A holding said to be down, right before a sum: "the stake is down 20bn", "position's still behind $10bn". */
    private static final Pattern HOLDING_DOWN_BEFORE = Pattern.compile(
            "\\b(?:stake|position|investment|holding|equity|shares)(?:'s| is| are| was| would be| will be| ends? up| sits?| comes? out)? (?:still |actually |really |now )?(?:down|behind|under ?water)\\s*(?:by\\s*)?\\$?$");
    /** After a sum: against what was put in ("down 20bn vs what we put in", "behind 10bn against the check"). */
    private static final Pattern AGAINST_PUT_AFTER = Pattern.compile(
            " ?(?:vs\\.?|versus|against|relative to|compared (?:to|with)|from) " + WHAT_WAS_PUT_IN);
    /** Amazon's holding after "on"/"in": "the stake", "our position", "amazon's equity", "the check" ("10bn down on the check"). */
    private static final String HOLDING_SAID = "(?:the |our |its |amazon'?s? |that )?(?:position|stake|investment|equity|shares|holding|bet|check|cheque|ticket)\\b";
    /** After a sum: a gain on Amazon's position ("in the green on the stake", "in profit on the position", "up on it"). */
    private static final Pattern UP_ON_AFTER = Pattern.compile(
            " ?(?:in the green|in the black|in profit|ahead|up) on (?:it\\b|" + HOLDING_SAID + ")");
    /** After such a sum: what the loss is on. */
    private static final Pattern DOWN_ON_AFTER = Pattern.compile(" ?\\$? ?(?:on|in) " + HOLDING_SAID);
    /** After a sum: a loss on Amazon's position ("write-down on the position", "loss on the stake"). */
    private static final Pattern WRITE_DOWN_AFTER = Pattern.compile(
            " ?(?:(?:us )?dollars? )?(?:(?:write-?downs?|writedowns?|loss|losses|hit|haircut|mark-?down) (?:on|to)|(?:under ?water|in the red|in (?:the )?minus|down|behind|unfav(?:ourable|orable)?|adverse) on) (?:the |our |its |amazon'?s? |that )?(?:position|stake|investment|equity|shares|holding|bet|check|cheque|ticket)\\b"
                    // "before we're 10bn under water", "10bn in the red": a loss said without what on
                    // "15 billion in minus on the stake": a loss, as many languages say it
                    + "| ?(?:under ?water|in the red|in the hole|in (?:the )?minus)\\b"
                    // "worth 10 billion less than what it paid", "10bn below the check": short of the money put in
                    + "| ?(?:less than|below|short of|under) " + WHAT_WAS_PUT_IN);
    /** "recover", "get back", "see back": the figure after it is a share of the money put in. */
    private static final Pattern RECOVER_BEFORE = Pattern.compile(
            "\\b(?:recover(?:s|ed|ing)?|gets? back|getting back|got back|see(?:s)? back|make(?:s)? back|claw(?:s)? back|recoup(?:s)?)\\s*(?:only |just |about |roughly |around )?$");
    /** "getting only half our money back": the share of the money sits between "get" and "back". */
    private static final Pattern GET_BEFORE = Pattern.compile("\\b(?:gets?|getting|got|sees?|seeing)\\s*(?:only |just |about |roughly |around )?$");
    private static final Pattern MONEY_BACK_AFTER = Pattern.compile(
            "^(?: of)?(?: its| their| the| amazon'?s?| our| your) " + MONEY_PUT + " back\\b");
    private static final Pattern ON_THE_DOLLAR = Pattern.compile(" ?(?:on|of|per|for) (?:(?:the|every|each|a) )?(?:dollar|\\$)");
    private static final Pattern GOAL_VERB_BEFORE = Pattern.compile(
            "\\b(?:makes?|gets?|brings?|takes?|pushes?|turns?|puts?|leaves?|lifts?|drives?|target(?:ing)?|(?:a|an|the|our|my) target) (?:the |our |amazon'?s? |its |aws'?s? |an? )?$");

    /** A spend said as a fact right before its sum: "oai spends 30bn", "if they burn ~$25B" (not "to spend"). */
    private static final Pattern SPENDS_BEFORE = Pattern.compile(
            "(?<!\\bto )\\b(?:spends?|spending|spent|burns?|burning|burned|burnt)(?: (?:about|around|roughly|only|just|over|under|~))?\\s*~?\\$?$");

    /** The noun of a holding at the start of a metric's words: "position worth", "stake value". */
    private static final Pattern HOLDING_NOUN = Pattern.compile("(?:position|stake|holding|investment|check|cheque|bet|ticket|piece|slice)\\b");
    /** A determiner right before a figure: "the 50bn", "our $50B", "amazon's 50". */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("\\b(?:the|that|this|our|its|their|amazon'?s?|amzn'?s?)\\s*\\$?$");

    static List<Goal> goals(Work w) {
        List<Goal> named = new ArrayList<>();
        List<Goal> bare = new ArrayList<>();
        for (Mention m : w.mentions) {
            if (m.consumed) {
                continue; // a guess at the answer ("2T-ish?") is no value to reach
            }
            Goal g = goalAt(w, m);
            if (g != null) {
                (g.metric() != null ? named : bare).add(g);
            }
        }
        Goal threshold = thresholdGoal(w);
        // ("stake 10B underwater": the loss has a figure, and the threshold word is that figure's goal, not a zero)
        // (but "equal the 50b" restates the money put in: the threshold's own figure)
        if (threshold != null && (!threshold.figures().isEmpty() && threshold.figures().stream()
                .allMatch(m -> m.amount.value().compareTo(w.current(InputId.INVESTMENT)) == 0)
                || named.stream().noneMatch(g -> !g.figures().isEmpty() && g.start() < threshold.end() && threshold.start() < g.end()))) {
            // "plus aws profit equal the 50b": the figure is what is covered (the threshold's), not a goal of its own
            named.removeIf(g -> g.figures().stream().anyMatch(threshold.figures()::contains));
            named.add(threshold);
        }
        named.sort(Comparator.comparingInt(Goal::start));
        bare.sort(Comparator.comparingInt(Goal::start));
        named.addAll(bare);
        return named;
    }

    /** A goal with no figure of its own: "break even", "back to zero", "repay the investment". */
    private static Goal thresholdGoal(Work w) {
        // the metric said last before the threshold is its subject: "how much has to flow to aws before stake plus aws
        // profit gets us back to even" is about the payoff, not the revenue named first
        List<Hit> latestFirst = new ArrayList<>(w.hits);
        latestFirst.sort(Comparator.comparingInt(Hit::start).reversed());
        for (Hit h : latestFirst) {
            // a plain word counts when a stronger phrase names the same metric ("land on aws … for the revenue to match the 50bn")
            // ("what share … for that revenue to cover our check": a plain word the repayment right after it names, when the
            // question names what moves it; "what take % would we need for that profit to cover the 50b" names nothing)
            String rest = unbracket(w.s.substring(h.end()));
            boolean named = h.strong() || w.hits.stream().anyMatch(o -> o.strong() && o.metric() == h.metric())
                    || h.metric().unit() == Unit.USD_BILLIONS && INPUT_WORD.matcher(w.s).find()
                    && (REPAY.matcher(rest).lookingAt() || REPAY_OBJECT_FIRST.matcher(rest).lookingAt());
            if (!named || h.metric() == Metric.BREAKEVEN_CAPTURE_SHARE) {
                continue; // "break even" as a metric is itself a threshold: "to just break even overall" sets no goal for it
            }
            if (h.metric() == Metric.GAIN && SIDE_OF_ZERO.matcher(h.phrase()).find()
                    && (VALUE_ASKED.matcher(w.s.substring(w.clauseStart(h.start()), h.start())).find()
                    || STILL_SIDE.matcher(w.s.substring(w.clauseStart(h.start()), h.start())).find()
                    && VALUE_ASKED.matcher(w.s.substring(sentenceStart(w.s, h.start()), h.start())).find())) {
                // "below what exit value is amzn underwater on the equity": the side of zero is the goal, a valuation asked
                return new Goal(h.metric(), BigDecimal.ZERO, h.start(), h.end(), List.of(), h.phrase());
            }
            if (h.metric() == Metric.MOIC && MONEY_BACK.matcher(h.phrase()).find()
                    && VALUE_ASKED.matcher(w.s.substring(w.clauseStart(h.start()), h.start())).find()) {
                // "what exit does openai need for amazon to get its 50b back": the money back once, a multiple of one
                List<Mention> inPhrase = w.mentions.stream().filter(m -> m.start() >= h.start() && m.end() <= h.end()).toList();
                return new Goal(h.metric(), BigDecimal.ONE, h.start(), h.end(), inPhrase, h.phrase());
            }
            String after = unbracket(w.s.substring(h.end()));
            Matcher t = ZERO_RIGHT_AFTER.matcher(after);
            if (!t.lookingAt()) {
                t = THRESHOLD.matcher(after);
            }
            // ("the compute profit to repay the 50b, not the share you assume, the breakeven one": a repayment said right
            // after the metric is its goal, whatever threshold word comes later)
            boolean repays = REPAY.matcher(after).lookingAt() || REPAY_OBJECT_FIRST.matcher(after).lookingAt();
            if (!repays && t.find(0) && t.start() == 0 && !CONDITION.matcher(after.substring(0, t.end())).find()
                    && !insideLaterPhrase(w, h, h.end() + t.end())) {
                // "back to zero": the word is the goal's, not a figure for an input; a figure said on the way to it is not
                // ("the stake we bought at a 300bn post under water": the post is a given)
                int word = h.end() + (t.pattern() == THRESHOLD ? t.end("lead") : 0);
                List<Mention> inPhrase = new ArrayList<>();
                for (Mention m : w.mentions) {
                    if (m.start() >= word && m.end() <= h.end() + t.end()) {
                        inPhrase.add(m);
                    }
                }
                // a stake is a percentage: "for the stake to break even" is the gain on it brought to zero
                return new Goal(h.metric() == Metric.STAKE ? Metric.GAIN : h.metric(), BigDecimal.ZERO, h.start(), h.end() + t.end(), inPhrase,
                        h.phrase() + after.substring(0, t.end()));
            }
            int sentence = Math.max(0, h.start() - 90);
            for (int i = h.start() - 1; i >= sentence; i--) {
                if (".?!;".indexOf(w.s.charAt(i)) >= 0) {
                    sentence = i + 1;
                    break;
                }
            }
            String before = w.s.substring(sentence, h.start()); // raw: positions below count in w.s
            // "break even once you add in the cloud profits": the metric's own phrase may carry the counting word
            // ("to come out even overall, stake and aws profit together": the metric set after a comma, as an apposition)
            Matcher tb = (COUNTING_START.matcher(h.phrase()).lookingAt() || APPOSITION.matcher(before).find() ? THRESHOLD_RIGHT_BEFORE
                    : THRESHOLD_BEFORE).matcher(before);
            if ((h.metric() == Metric.COMBINED_PAYOFF || h.metric() == Metric.GAIN) && tb.find()
                    && w.mentions.stream().noneMatch(m -> m.start() >= h.start() - before.length() + tb.start() && m.end() <= h.start())) {
                // "where amzn breaks even overall counting the stake and the aws profit": the threshold is said first
                return new Goal(h.metric(), BigDecimal.ZERO, h.start() - before.length() + tb.start(), h.end(), List.of(),
                        before.substring(tb.start()) + h.phrase());
            }
            Matcher even = THRESHOLD_BEFORE.matcher(before);
            if (h.metric() == Metric.AWS_COMPUTE_PROFIT && even.find()
                    && w.mentions.stream().noneMatch(m -> m.start() >= h.start() - before.length() + even.start() && m.end() <= h.start())) {
                // "what margin breaks even on compute profit alone": the profit repays the investment
                return new Goal(h.metric(), w.current(InputId.INVESTMENT), h.start() - before.length() + even.start(), h.end(), List.of(),
                        before.substring(even.start()) + h.phrase());
            }
            Matcher r = REPAY.matcher(after);
            if (!(r.find() && r.start() == 0)) {
                r = REPAY_OBJECT_FIRST.matcher(after); // "alone pays the 50 bn back": the object before "back"
            }
            Matcher over = REPAY_IT.matcher(after);
            if (over.lookingAt() && h.metric().unit() == Unit.USD_BILLIONS) {
                // "for the compute revenue to cover it two times over": k times the investment
                Mention k = w.mentions.stream().filter(m -> m.start() >= h.end() + over.start("times")
                        && m.end() <= h.end() + over.end() && multiple(m.amount)).findFirst().orElse(null);
                if (k != null) {
                    String phrase = h.phrase() + after.substring(0, over.end());
                    if (h.metric() == Metric.AWS_COMPUTE_REVENUE) {
                        return new Goal(Metric.CIRCULAR_RETURN_RATIO, k.amount.value(), h.start(), h.end() + over.end(), List.of(k), phrase);
                    }
                    BigDecimal goal = h.metric() == Metric.COMBINED_PAYOFF ? null : k.amount.value().multiply(w.current(InputId.INVESTMENT), MC);
                    if (goal != null) {
                        return new Goal(h.metric(), goal, h.start(), h.end() + over.end(), List.of(k), phrase);
                    }
                }
            }
            if (r.find(0) && r.start() == 0 && h.metric().unit() == Unit.USD_BILLIONS) {
                List<Mention> restated = new ArrayList<>();
                for (Mention m : w.mentions) {
                    if (m.start() >= h.end() && m.end() <= h.end() + r.end()) {
                        restated.add(m);
                    }
                }
                // the combined payoff already takes the investment off: covering it is a payoff of zero
                BigDecimal goal = h.metric() == Metric.COMBINED_PAYOFF ? BigDecimal.ZERO : w.current(InputId.INVESTMENT);
                return new Goal(h.metric(), goal, h.start(), h.end() + r.end(), restated,
                        h.phrase() + after.substring(0, r.end()));
            }
        }
        Matcher investor = INVESTOR_TO_EVEN.matcher(w.s);
        if (w.hits.isEmpty() && investor.find()) {
            Metric m = w.state != null && w.state.metrics().contains(Metric.COMBINED_PAYOFF) ? Metric.COMBINED_PAYOFF : Metric.GAIN;
            List<Mention> zero = w.mentions.stream().filter(x -> x.start() >= investor.start() && x.end() <= investor.end()).toList();
            return new Goal(m, BigDecimal.ZERO, investor.start(), investor.end(), zero, investor.group());
        }
        // "what exit just gets that back to even", after a payoff: the thread's money metric, pointed at, to zero; after
        // the stake's value, its multiple or its return, "even" is the money put in back: the gain at zero
        Matcher back = POINTED_TO_EVEN.matcher(w.s);
        if (w.hits.isEmpty() && w.state != null && back.find()) {
            List<Mention> zero = w.mentions.stream().filter(x -> x.start() >= back.start() && x.end() <= back.end()).toList();
            for (Metric m : w.state.metrics()) {
                if (m == Metric.GAIN || m == Metric.COMBINED_PAYOFF) {
                    return new Goal(m, BigDecimal.ZERO, back.start(), back.end(), zero, back.group());
                }
            }
            if (w.state.metrics().stream().anyMatch(STAKE_RETURNS::contains)) {
                return new Goal(Metric.GAIN, BigDecimal.ZERO, back.start(), back.end(), zero, back.group());
            }
        }
        return null;
    }

    /**
     * Amazon's own money brought back to zero: "what exit gets us back to flat", "brings amazon back to even". The gain on
     * the stake, or the combined payoff when the thread is about it.
     */
    private static final Pattern INVESTOR_TO_EVEN = Pattern.compile(
            "\\b(?:gets?|brings?|takes?|puts?|leaves?) (?:us|amazon|amzn|them|we) (?:back )?(?:to |at )?(?:even|flat|breakeven|break[- ]even|square|whole)\\b");

    /** The stake's own numbers: "back to even" after one of them is the money put in, back. */
    private static final java.util.Set<Metric> STAKE_RETURNS = java.util.EnumSet.of(Metric.STAKE_VALUE, Metric.MOIC, Metric.IRR);

    /** A pronoun for the thread's number, brought to zero: "gets that back to even", "makes it break even". */
    private static final Pattern POINTED_TO_EVEN = Pattern.compile(
            "\\b(?:gets?|brings?|takes?|puts?|makes?|turns?|pushes?) (?:that|it|this|them|(?:the )?(?:bear|bull|base)(?: case)?) (?:back )?(?:to )?(?:even|zero|flat|breakeven|break[- ]even|nil)\\b"
                    // "at what valuation does that hit zero": the thread's number brought to zero ("zero" is a figure by then)
                    + "|\\b(?:that|it|this) (?:breaks?|gets? back to|comes? back to|goes back to|hits?|reach(?:es)?|gets? to|falls? to|drops? to|goes to) (?:even|zero|0(?![.,]?\\d)|flat)\\b");

    /** A goal around one figure: "25% irr", "stake worth $120B", "3x its money", "lose half its money". */
    private static Goal goalAt(Work w, Mention m) {
        Amount a = m.amount;
        String s = w.s;
        String after = s.substring(a.end());
        String before = s.substring(w.clauseStart(a.start()), a.start());
        BigDecimal value = a.value();
        boolean multiple = multiple(a);
        // "compute revenue to come to 1.5 times the investment": a money metric at a multiple of the investment
        Matcher times = TIMES_THE_INVESTMENT.matcher(after);
        if (multiple && times.lookingAt()) {
            for (Hit h : w.hits) {
                // ("revenue over the window come out at twice the investment": the window is the revenue's, not the link's)
                if (h.end() <= a.start() && h.metric().unit() == Unit.USD_BILLIONS
                        && LINK_TO_VALUE.matcher(OVER_THE_WINDOW.matcher(unbracket(s.substring(h.end(), a.start()))).replaceFirst("")).matches()) {
                    String phrase = s.substring(h.start(), a.end() + times.end());
                    if (h.metric() == Metric.AWS_COMPUTE_REVENUE) {
                        // revenue at k times the investment is a circular return ratio of k, whichever input is solved
                        // (the investment too: "how small a check for the revenue to be 2 times it")
                        return new Goal(Metric.CIRCULAR_RETURN_RATIO, value, h.start(), a.end() + times.end(), List.of(m), phrase);
                    }
                    if (h.metric() == Metric.GAIN && !h.strong()) {
                        // "for amazon to make 2.5x the check": to make k times the money is a multiple of k, not a gain
                        return new Goal(Metric.MOIC, value, h.start(), a.end() + times.end(), List.of(m), phrase);
                    }
                    BigDecimal v = value.multiply(w.current(InputId.INVESTMENT), MC);
                    return new Goal(h.metric(), v, h.start(), a.end() + times.end(), List.of(m), phrase);
                }
            }
        }
        // "only recover 40 cents on the dollar", "get back 60% of it": the multiple on the money, below 1x
        if (a.kind() == Amount.Kind.RATIO && ((RECOVER_BEFORE.matcher(before).find()
                && (ON_THE_DOLLAR.matcher(after).lookingAt() || MONEY_OBJECT.matcher(after).find()))
                || (GET_BEFORE.matcher(before).find() && MONEY_BACK_AFTER.matcher(after).find()))) {
            Matcher on = ON_THE_DOLLAR.matcher(after);
            int end = a.end() + (on.lookingAt() ? on.end() : 0);
            return new Goal(Metric.MOIC, value, a.start(), end, List.of(m), s.substring(a.start(), end));
        }
        // "before amazon's 50b turns into 100b": the money put in, grown to a value, is the stake's value
        // ("for our 50 to turn into 75": a bare figure after the money put in, said bare too, is money)
        if ((a.kind() == Amount.Kind.MONEY || a.kind() == Amount.Kind.PLAIN) && value.signum() > 0 && INTO_VALUE_BEFORE.matcher(before).find()) {
            Matcher into = INTO_VALUE_BEFORE.matcher(before);
            if (into.find() && INVESTMENT_SAID.matcher(before.substring(0, into.start())).find()) {
                return new Goal(Metric.STAKE_VALUE, value, a.start(), a.end(), List.of(m), before.substring(into.start()) + a.text());
            }
        }
        Matcher turns = TURNS_INVESTMENT_INTO.matcher(before);
        if (a.kind() == Amount.Kind.MONEY && value.signum() > 0 && turns.find()) {
            return new Goal(Metric.STAKE_VALUE, value, a.start(), a.end(), List.of(m), before.substring(turns.start()) + a.text());
        }
        // "3x its money", "lose half its money"
        if ((multiple || a.kind() == Amount.Kind.RATIO) && MONEY_OBJECT.matcher(after).find()) {
            BigDecimal moic = value;
            if (LOSE.matcher(before).find()) {
                moic = BigDecimal.ONE.subtract(a.kind() == Amount.Kind.RATIO ? value : BigDecimal.ONE.divide(value, MC));
            } else if (a.kind() == Amount.Kind.RATIO) {
                return null;
            }
            Matcher obj = MONEY_OBJECT.matcher(after);
            obj.find();
            return new Goal(Metric.MOIC, moic, a.start(), a.end() + obj.end(), List.of(m), a.text() + after.substring(0, obj.end()));
        }
        // "is amzn down 12B$ on the stake", "behind $10bn on the position": a loss said before its figure, on the stake after it
        Matcher downOn = DOWN_ON_AFTER.matcher(after);
        if (a.kind() == Amount.Kind.MONEY && value.signum() > 0 && DOWN_BEFORE.matcher(before).find() && downOn.lookingAt()) {
            return new Goal(Metric.GAIN, value.negate(), a.start(), a.end() + downOn.end(), List.of(m),
                    s.substring(a.start(), a.end() + downOn.end()));
        }
        // "exit at which the stake is down 20bn", "down 20bn vs what we put in": the holding, or what was put in, says what on
        Matcher against = AGAINST_PUT_AFTER.matcher(after);
        boolean againstPut = against.lookingAt();
        if (a.kind() == Amount.Kind.MONEY && value.signum() > 0
                && (HOLDING_DOWN_BEFORE.matcher(before).find() || againstPut && DOWN_BEFORE.matcher(before).find())) {
            int end = a.end() + (againstPut ? against.end() : 0);
            return new Goal(Metric.GAIN, value.negate(), a.start(), end, List.of(m), s.substring(a.start(), end));
        }
        // "a 20bn write-down on the position", "a $15B loss on the stake": the gain, negative
        Matcher writeDown = WRITE_DOWN_AFTER.matcher(after);
        if (a.kind() == Amount.Kind.MONEY && writeDown.lookingAt()) {
            return new Goal(Metric.GAIN, value.negate(), a.start(), a.end() + writeDown.end(), List.of(m),
                    s.substring(a.start(), a.end() + writeDown.end()));
        }
        // "nets us 30B over the check", "$20bn above what we put in": what is made beyond the money put in, a gain (or the
        // combined payoff, when the question adds AWS's profit to the stake)
        Matcher over = OVER_THE_MONEY.matcher(after);
        if (a.kind() == Amount.Kind.MONEY && value.signum() > 0 && over.lookingAt()) {
            Hit last = w.hits.stream().filter(h -> h.end() <= a.start()).reduce((x, y) -> y).orElse(null);
            Metric metric = last == null ? Metric.GAIN : last.metric();
            BigDecimal goal = value;
            if (metric == Metric.STAKE || metric == Metric.STAKE_VALUE || metric == Metric.MOIC) {
                metric = Metric.GAIN;
            } else if (metric != Metric.GAIN && metric != Metric.COMBINED_PAYOFF) {
                // "revenue 10b over the check": that money metric at the investment plus the figure
                if (metric.unit() != Unit.USD_BILLIONS) {
                    return null;
                }
                goal = w.current(InputId.INVESTMENT).add(value);
            }
            return new Goal(metric, goal, a.start(), a.end() + over.end(), List.of(m), s.substring(a.start(), a.end() + over.end()));
        }
        // "what exit has us 20bn in the green on the stake": a gain said after its figure
        Matcher up = UP_ON_AFTER.matcher(after);
        if (a.kind() == Amount.Kind.MONEY && value.signum() > 0 && up.lookingAt()) {
            return new Goal(Metric.GAIN, value, a.start(), a.end() + up.end(), List.of(m), s.substring(a.start(), a.end() + up.end()));
        }
        // "make $30B on the stake", "lose $10B on it": a gain (or a loss) on the stake
        if (a.kind() == Amount.Kind.MONEY && ON_DEAL.matcher(after).find()
                && (MAKE_ON.matcher(before).find() || LOSE_MONEY.matcher(before).find())) {
            BigDecimal v = LOSE_MONEY.matcher(before).find() ? value.negate() : value;
            Matcher on = ON_DEAL.matcher(after);
            on.find();
            return new Goal(Metric.GAIN, v, a.start(), a.end() + on.end(), List.of(m), a.text() + after.substring(0, on.end()));
        }
        // the figure, then the metric: "25% irr", "$40B gain", "35B of profit", "0.8x circular return"
        for (Hit h : w.hits) {
            boolean tail = h.start() > a.start() && h.start() < a.end() && h.end() > a.end();
            String between = tail ? "" : h.start() >= a.end() ? unbracket(s.substring(a.end(), h.start())) : null;
            // "what ownership does the 50 buy": a bare number after "the" is a figure said before (the $50B), and a weak
            // word after a bare number ("50 buy") is no metric it could be the value of
            boolean bareKnown = a.kind() == Amount.Kind.PLAIN && (!h.strong() || before.matches("(?s).*\\b(?:the|that|this)\\s*\\$?$"));
            // "if the round gets done at an 875bn pre": a pre-money said at a price is a given, not a goal
            boolean givenPre = h.metric() == Metric.PRE_MONEY_VALUATION && GIVEN_AT.matcher(before).find();
            // "what's the 50bn position worth": the investment's own size naming the holding it bought, not the value asked
            boolean namesHolding = a.kind() == Amount.Kind.MONEY && HOLDING_NOUN.matcher(h.phrase()).lookingAt()
                    && DETERMINER_BEFORE.matcher(before).find() && a.value().compareTo(w.current(InputId.INVESTMENT)) == 0;
            // "oai spends 30bn per year on compute": a spend said as a fact is the spend itself, not a value to reach ("for
            // oai to spend 30bn a year" still is one)
            boolean saidSpend = h.metric() == Metric.COMPUTE_SPEND_PER_YEAR && SPENDS_BEFORE.matcher(before).find();
            if (between != null && !bareKnown && !givenPre && !namesHolding && !saidSpend && FILLER_BEFORE_METRIC.matcher(between).matches() && unitFits(h.metric(), a)
                    && !INTERROGATIVE.matcher(h.phrase()).lookingAt() && !h.phrase().startsWith("what")) {
                Metric metric = perYearVariant(h.metric(), between + " " + h.phrase());
                // "a 5bn loss": a gain of -5
                return new Goal(metric, byLoss(metric, value(metric, a), h), a.start(), h.end(), List.of(m), a.text() + s.substring(a.end(), h.end()));
            }
        }
        // the metric, then the figure: "stake to be worth $120B", "payoff of $30B", "breakeven share down to 100%"
        for (Hit h : w.hits) {
            // "total ai commitments (incl anthropic) to hit 80b": a plural ending of the metric's word is not a link word
            // ("the combined payoff, stake plus aws profit net of the check, to hit $50B": an aside between commas is left out)
            String rawLink = h.end() <= a.start() ? unbracket(s.substring(h.end(), a.start())).replaceFirst("^s\\b", "")
                    .replaceFirst("^\\s*,[^,.;?!]{1,60},", "") : null;
            if (rawLink != null && LINK_TO_VALUE.matcher(rawLink).matches()) {
                String link = rawLink;
                // "how many bn are we down on the 50", "what do we make on our 50": the check's own size after "on the"
                // names the holding the loss or gain is on, not the value it should reach
                if (HOLDING_BY_SIZE_BEFORE.matcher(link).find() && a.value().compareTo(w.current(InputId.INVESTMENT)) == 0
                        && (a.kind() == Amount.Kind.MONEY || a.kind() == Amount.Kind.PLAIN)) {
                    continue;
                }
                // "if we go in at a pre-money of $900B": a price the deal is done at is a given, not a goal
                if (h.metric() == Metric.PRE_MONEY_VALUATION && GIVEN_AT.matcher(s.substring(Math.max(0, h.start() - 20), h.start())).find()) {
                    continue;
                }
                // "worth at $1T", "irr if it hits 2x": a given, not a target (but "to land at $60bn" is where it should land)
                if (link.replaceAll("\\b(?:lands?|comes? in|comes? out|ends? up|settles?) at\\b", " ")
                        .matches(".*\\b(?:at|if|when|with)\\b.*")) {
                    continue;
                }
                // "for aws to book 15b a year": an infinitive of earning is what the figure should come to
                boolean verbInHit = h.phrase().strip().matches(".*\\b(?:worth|own|owns|valued|be|of|at|to|reach|hit|up|down|ahead|behind)$")
                        || h.phrase().matches(".*\\bto (?:\\w+ )?(?:book|bill|earn|make|bring in|collect|generate|pull in)$")
                        || GOAL_VERB_BEFORE.matcher(s.substring(Math.max(0, h.start() - 30), h.start())).find();
                if (!verbInHit && !link.matches(".*\\b(?:target(?:ed|s)?|hurdle|goal|objective|to|be|reach(?:es)?|hits?|gets?|clear|clears|of|=|equal|down|up|worth|exactly|come|total|below|under|beneath|above|over|beats?|tops?)\\b.*")) {
                    continue;
                }
                // "revenue to be 2x the $50B": a multiple of a figure the question restates
                if (multiple) {
                    Mention next = next(w, m);
                    if (next != null && next.amount.kind() == Amount.Kind.MONEY
                            && s.substring(a.end(), next.start()).matches("^ ?(?:the|of the|of|amazon'?s?|its)? ?$")) {
                        BigDecimal v = a.value().multiply(next.amount.value(), MC);
                        return new Goal(h.metric(), v, h.start(), next.end(), List.of(m, next), s.substring(h.start(), next.end()));
                    }
                }
                if (unitFits(h.metric(), a)) {
                    // "for aws to book 15b a year": the yearly variant when the figure is said per year
                    Matcher perYear = PER_YEAR_AFTER.matcher(after);
                    Metric metric = perYear.lookingAt() ? perYearVariant(h.metric(), perYear.group()) : h.metric();
                    int end = metric != h.metric() ? a.end() + perYear.end() : a.end();
                    // "before the loss on the stake reaches 20bn": a loss of 20, a gain of -20
                    return new Goal(metric, byLoss(metric, value(metric, a), h), h.start(), end, List.of(m), s.substring(h.start(), end));
                }
                if (h.metric() == Metric.STAKE && a.kind() == Amount.Kind.MONEY) {
                    // "for the stake to be a 100bn position": a stake in dollars is the stake's value
                    return new Goal(Metric.STAKE_VALUE, a.value(), h.start(), a.end(), List.of(m), s.substring(h.start(), a.end()));
                }
            }
        }
        // "for it to bring in 15bn a year", "so aws bills 30b": a sales verb before a sum, in a question about aws's side,
        // is the revenue that sum should come to (not "earn" or "make": those may be profit)
        if (a.kind() == Amount.Kind.MONEY && value.signum() > 0 && SELLS_BEFORE.matcher(before).find() && AWS_SIDE.matcher(s).find()) {
            Matcher perYear = PER_YEAR_AFTER.matcher(after);
            boolean said = perYear.lookingAt();
            // ("to book 15 mld usd of compute revenue per year": the year said after the revenue's noun)
            // (a full stop right after the figure ends its abbreviation, "15 mrd.", not the clause)
            String clause = after.replaceFirst("^\\s*\\.", "").split("[,;?.!]", 2)[0];
            boolean yearly = said || Words.PER_YEAR.matcher(clause.length() > 50 ? clause.substring(0, 50) : clause).find();
            int end = said ? a.end() + perYear.end() : a.end();
            return new Goal(yearly ? Metric.AWS_COMPUTE_REVENUE_PER_YEAR : Metric.AWS_COMPUTE_REVENUE, value, a.start(), end, List.of(m),
                    s.substring(a.start(), end));
        }
        // a bare multiple: "for a 3x", "gets amazon to 2x", "turn a $1.5T exit into a 3x"
        if (multiple && a.kind() == Amount.Kind.MULTIPLE && before.matches(".*\\b(?:a|an|to|into|for|reach|hit|get|make|clear)\\s*$")
                && !after.matches("^ ?(?:the |of |from )?(?:exit|valuation|post|openai|its valuation).*")) {
            return new Goal(null, value, a.start(), a.end(), List.of(m), a.text());
        }
        // a bare figure after a goal verb: "to be 25% of it", "half its 2026 capex"
        if (a.kind() == Amount.Kind.RATIO && (after.matches("^ ?of (?:it|its|amazon'?s?|that|their)\\b.*")
                || before.matches(".*\\b(?:be|only be|is|reach|hit|to|get (?:them|it|us|amazon)|give (?:them|it|us|amazon)|leaves? (?:them|it|us|amazon) with|own|hold|to get|still clears?|still beats?|still makes?|(?:we |they |amazon |i )?(?:want|wants|wanted|target|targets|targeting|need|needs)(?: to (?:own|hold|buy|take|get))?)\\s*(?:only |exactly |just )?$")
                // "post-money where 50bn gets exactly 5%": what the money put in buys
                || before.matches(".*(?:\\$?\\d+(?:\\.\\d+)? ?(?:b|bn|billion)|\\b(?:check|cheque|investment|money)) (?:gets?|buys?)(?: (?:us|amazon|them|it))?\\s*(?:only |exactly |just )?$")
                // "which post-money valuation gets amazon exactly 5%": what a price gives the money put in
                || before.matches(".*\\b(?:valuation|post|post-money|pre-money|price) (?:gets?|gives?|hands?) (?:us|amazon|them|it)\\s*(?:only |exactly |just )?$"))) {
            return new Goal(null, value, a.start(), a.end(), List.of(m), a.text());
        }
        return null;
    }

    private static Mention next(Work w, Mention m) {
        int i = w.mentions.indexOf(m);
        return i + 1 < w.mentions.size() ? w.mentions.get(i + 1) : null;
    }

    private static Metric perYearVariant(Metric m, String text) {
        return m == Metric.AWS_COMPUTE_REVENUE && PER_YEAR.matcher(text).find() ? Metric.AWS_COMPUTE_REVENUE_PER_YEAR : m;
    }
}
