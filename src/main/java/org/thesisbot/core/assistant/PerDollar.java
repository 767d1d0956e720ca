package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Replacements;

/**
 * Ratios said per dollar, as people who think in unit economics say them: "each $1 of our check is worth what" (the
 * multiple), "cents of aws rev per $1 of check" (a ratio of two amounts), "$1.50 of compute revenue per $1 of our check"
 * (a ratio's value), "how many cents of each oai compute $ land at aws" (a share), "compound 12c per $1 a yr" (a rate),
 * "losing 20 cents on every dollar we put in" (a multiple below 1x). Each is said again in the words the reader already
 * knows for ratios, shares and multiples ("aws rev as a multiple of check", "compute revenue of 1.5x our check", "what %
 * of oai compute", "12% a yr", "a 0.8x on what we put in"), before anything else reads the question; the reader then
 * finds the metric from the two amounts, as it does for any ratio. Nothing here knows a metric.
 *
 * <p>A step of a sensitivity ("how much does the moic move for every $1bn of exit") is no ratio: a question with words of
 * change is left as it is, for {@link Steps}.
 */
final class PerDollar {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    /** One dollar written with its sign: "$1", "$1.00", "$1bn", "$" on its own; never "$1.5T" nor "$1 trillion". */
    private static final String SIGN = "(?:\\$\\s?1(?:\\.0+)?(?:\\s?(?:bn|b|billion))?(?![\\w.,]*\\d)(?!\\s?(?:t|tn|trn|tril\\w*|mn|m|mil\\w*|k)\\b)(?![a-z])"
            + "|\\$(?!\\s?\\d))";
    /** One dollar, with its sign or in words ("a dollar", "every buck"). The words are the reader's own in most shapes. */
    private static final String DOLLAR = "(?:" + SIGN + "|\\b(?:one |a )?(?:dollar|buck)\\b)";
    /** The words that make a dollar a unit: "per $1", "for every dollar", "on the dollar", "of each $1". */
    private static final String EACH = "(?:per|for each|for every|on each|on every|of each|of every|from each|from every|out of each|out of every|on the|on a|each|every)";
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    private static final String CENTS = "\\s?(?:c|cents?|\u00a2)\\b";
    /** No figure right before: "how many cents of …" asks, "28 cents of …" says. */
    private static final String NO_FIGURE_BEFORE = "(?<![\\w$])(?<!\\d\\s|(?:one|two|three|four|five|six|seven|eight|nine|ten|teen|enty|irty|orty|ifty|ixty|ghty|inety|hundred)\\s)";
    /** What the asker put in, said after the dollar: "we put in", "of our check", "we wire to oai". */
    private static final String PUT_IN = "(?:of\\s+(?:our |the |amzn'?s? |amazon'?s? |that |this )?(?:check|cheque|investment|money|ticket)\\b"
            + "|(?:we|you|amzn|amazon|they)\\s+(?:puts?|putting|wire[sd]?|wiring|invest(?:s|ed)?|sink|sank|sunk|pa(?:y|ys|id)|writes?|wrote|sen(?:d|ds|t))\\b"
            + "(?:\\s+(?:in|into|to|up)\\b)?(?:\\s+(?:oai|openai)\\b)?"
            + "|of\\s+ours\\b|in(?=\\s*,))";
    /** Profit per dollar of revenue is a margin, which the reader names in its own words: the sign is only spelt out. */
    private static final Pattern PROFIT = Pattern.compile("\\b(?:profits?|income|earnings|margins?|op)\\b", FLAGS);

    /** A dollar or a cent in words; without one (or a dollar sign) nothing is looked for. */
    private static final Pattern MAY_SAY = Pattern.compile("\\b(?:dollar|buck|cents?|\\d+c)\\b", FLAGS);
    /** Words of change: the question is a sensitivity, and its dollar a step. */
    private static final Pattern CHANGE = Pattern.compile(
            "\\b(?:move|moves|moving|change|changes|shift|shifts|slope|sensitiv\\w*|delta|swing|swings|extra|additional|incremental|marginal)\\b", FLAGS);

    /** The multiple: "each $1 of our check is worth what", "every $1bn we wire turns into how many bn", "per $1 in, what comes back". */
    private static final Pattern WORTH = Pattern.compile("\\b(?:each|every|per|for each|for every)\\s+" + DOLLAR + "(?:\\s+" + PUT_IN + ")?,?\\s+(?:what\\s+)?"
            + "(?:(?:is|would be|will be|'s|ends? up|gets?)\\s+)?(?:worth|turns?\\s+into|comes?\\s+back|returns?|grows?\\s+(?:in)?to|becomes?)\\b"
            + "(?:\\s+(?:as|to|into|at)\\s+\\$\\s?" + NUMBER + "(?![\\d.]))?(?:\\s+(?:what|how much|how many\\s+(?:bn|b|billions?|\\$|dollars|bucks)))?", FLAGS);
    /** A loss or a gain per dollar put in: "losing 20 cents on every dollar we put in". */
    private static final Pattern LOSS = Pattern.compile("\\b(?<way>losing|lose|loses|lost|down|under|making|make|makes|gaining|gain|gains|up)\\s+" + NUMBER + CENTS
            + "\\s+(?:on|of|per|for|from)\\s+(?:each|every|the|a)\\s+" + DOLLAR + "(?:\\s+" + PUT_IN + ")?", FLAGS);
    /** A ratio's value: "$1.50 of compute revenue per $1 of our check", "a full $1 for every $1 of check". */
    private static final Pattern DOLLARS_OF = Pattern.compile("(?:\\ba\\s+full\\s+|\\ba\\s+)?\\$\\s?" + NUMBER + "(?![\\d.]|\\s?(?:bn|b|billion|t|tn|trillion|m|mn|k)\\b)"
            + "(?:\\s+of\\s+(?<what>(?:[\\w'-]+\\s+){0,4}?))?\\s*" + EACH + "\\s+" + DOLLAR + "(?:\\s+(?<put>" + PUT_IN + ")|\\s+(?:of|in|into|on)\\b)?", FLAGS);
    /** A rate in cents: "12c per $1 a yr", "15c a yr" ("42 cents on the dollar" is the reader's own). */
    private static final Pattern CENTS_OF = Pattern.compile("\\b" + NUMBER + CENTS + "(?:\\s*(?:per|for each|for every|on each|on every|on the|on a)\\s+" + DOLLAR + ")?"
            + "(?=\\s+(?:a|per|each|every|an)\\s+(?:yr|year|annum)\\b)", FLAGS);
    /** A share asked with the whole first: "how many cents of each oai compute $ land at aws". */
    private static final Pattern CENTS_OF_EACH = Pattern.compile(NO_FIGURE_BEFORE + "(?:how many\\s+)?(?:cents|c)\\s+(?:of|out of|from)\\s+(?:each|every)\\s+"
            + "(?<whole>(?:[\\w'-]+\\s+){1,4}?)\\$(?![\\w\\d])", FLAGS);
    /** A ratio asked with the part first: "cents of aws rev per $1 of check", "how many $ into oai for each $1 into anthropic". */
    private static final Pattern ASKED = Pattern.compile(NO_FIGURE_BEFORE + "(?:how many\\s+)?(?<unit>cents|c|\\$|dollars|bucks)\\s+(?:of\\s+)?(?:(?:in|into|to)\\s+)?"
            + "(?<what>(?!of\\b)(?:[\\w'-]+\\s+){1,5}?)(?<each>per|for each|for every|of each|of every)\\s+" + SIGN
            + "\\s+(?:(?<put>" + PUT_IN + ")|(?:of|in|into)\\s+(?!(?:each|every)\\b))", FLAGS);
    /** A ratio with the part named and the dollar after it: "aws revenue per $1 of our check". */
    private static final Pattern PER_ONE_OF = Pattern.compile("(?<before>[^.;?!,]{0,60}?)\\s+(?<each>per|for each|for every)\\s+\\$\\s?1(?:\\.0+)?(?![\\w.]*\\d)(?![a-z])\\s+(?:(?<put>" + PUT_IN + ")|(?:of|in|into)\\s+)", FLAGS);
    /** A figure in cents said before, in the same clause: "22 cents of operating profit per $1 of revenue" is the reader's own. */
    private static final Pattern CENTS_SAID = Pattern.compile("\\d\\s?(?:c|cents?|\u00a2)\\b|\\bcents\\b", FLAGS);
    /** The dollars put in, named for a purpose: "for every $1 of ours to compound at 15% a yr" is for the check. */
    private static final Pattern FOR_EACH_PUT_IN = Pattern.compile("\\b(?:for|so)\\s+(?:each|every)\\s+" + SIGN + "\\s+" + PUT_IN + "(?=\\s+to\\s+(?:compound|grow|earn|return|make|double|triple|reach|hit|get|clear|beat)\\b)", FLAGS);
    /** The dollars put in, as the thing that grows or earns: "what exit makes every $1 we put in grow 15% a year". */
    private static final Pattern EACH_PUT_IN = Pattern.compile("\\b(?:each|every)\\s+" + SIGN + "\\s+" + PUT_IN
            + "(?=\\s+(?:grows?|compounds?|earns?|returns?|makes?|doubles?|triples?)\\b)", FLAGS);
    /** All of an amount: "pay back every $1 of the check" pays back the check. */
    private static final Pattern EVERY_ONE_OF = Pattern.compile("\\bevery\\s+" + SIGN + "\\s+of\\s+(?=(?:(?:the|our|its|amzn'?s?|amazon'?s?|that|this)\\s+)?(?:check|cheque|investment|money|ticket)\\b)", FLAGS);
    /** The rest of a rate: "cents per $1 per yr" is a percentage a year. */
    private static final Pattern CENTS_EACH = Pattern.compile("\\b(?:cents|c)\\s+(?:per|for each|for every|on each|on every|on the|on a|each|every)\\s+" + DOLLAR
            + "(?=\\s+(?:a|per|each|every|an)\\s+(?:yr|year|annum)\\b)", FLAGS);
    /** "annualised return per $", "irr per $": the return itself. */
    private static final Pattern DANGLING = Pattern.compile("\\b(returns?|irr|yield|moic|multiple)\\s+per\\s+(?:\\$|dollar)(?![\\w\\d])", FLAGS);
    /** "…, in cents": how to show it. */
    private static final Pattern IN_CENTS = Pattern.compile(",?\\s*\\bin cents\\b", FLAGS);

    private PerDollar() {
    }

    /** {@code text} with each ratio said per dollar said as a ratio, a share or a multiple; anything else unchanged. */
    static String asRatios(String text) {
        if (text == null || CHANGE.matcher(text).find() || !text.contains("$") && !MAY_SAY.matcher(text).find()) {
            return text;
        }
        String s = text;
        s = Replacements.each(WORTH, s, m -> m.group(1) == null ? "the multiple on the check" : "a " + plain(m.group(1)) + "x on the check");
        s = Replacements.each(LOSS, s, m -> {
            BigDecimal cents = new BigDecimal(m.group(2)).movePointLeft(2);
            boolean loss = m.group("way").toLowerCase().matches("los\\w*|lost|down|under");
            return "at a " + plain((loss ? BigDecimal.ONE.subtract(cents) : BigDecimal.ONE.add(cents)).toPlainString()) + "x on what we put in";
        });
        s = Replacements.each(DOLLARS_OF, s, m -> (m.group("what") == null ? "" : m.group("what").strip() + " of ") + plain(m.group(1)) + "x "
                + (m.group("put") == null ? "" : "the check"));
        s = Replacements.each(CENTS_OF, s, m -> m.group(1) + "%");
        s = Replacements.each(CENTS_OF_EACH, s, m -> "what % of " + m.group("whole").strip());
        s = Replacements.each(FOR_EACH_PUT_IN, s, m -> "for the check");
        s = Replacements.each(ASKED, s, m -> PROFIT.matcher(m.group("what")).find()
                // "cents of op profit per $1 of aws rev": the margin, in the reader's words ("cents of profit per dollar of …")
                ? spelt(m)
                : m.group("what").strip() + (m.group("unit").toLowerCase().startsWith("c") ? " as a % of " : " as a multiple of ")
                        + (m.group("put") == null ? "" : "the check "));
        s = Replacements.each(CENTS_EACH, s, m -> "%");
        s = Replacements.each(PER_ONE_OF, s, m -> CENTS_SAID.matcher(m.group("before")).find() || PROFIT.matcher(m.group("before")).find()
                ? spelt(m)
                : m.group("before") + " as a multiple of " + (m.group("put") == null ? "" : "the check "));
        s = Replacements.each(EACH_PUT_IN, s, m -> "the check");
        s = Replacements.each(EVERY_ONE_OF, s, m -> "");
        s = DANGLING.matcher(s).replaceAll("$1");
        if (s.equals(text)) {
            return text;
        }
        return IN_CENTS.matcher(s).replaceAll("").replaceAll(" {2,}", " ").replaceAll(" ,", ",").strip();
    }

    /**
     * The match with the dollar sign after its "per" (or "for each") spelt as a word, the shape the reader knows for a
     * margin: "cents of op profit per $1 of aws rev" is "… per dollar of aws rev".
     */
    private static String spelt(Matcher m) {
        return m.group().replaceFirst("(?i)" + Pattern.quote(m.group("each")) + "\\s+\\$(?:\\s?1(?:\\.0+)?)?", Matcher.quoteReplacement(m.group("each") + " dollar"));
    }

    /** "2.50" as "2.5", "1.00" as "1". */
    private static String plain(String number) {
        BigDecimal d = new BigDecimal(number).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0, RoundingMode.UNNECESSARY) : d).toPlainString();
    }
}
