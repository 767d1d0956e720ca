package org.thesisbot.core.scenario;

import org.thesisbot.core.api.Unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds figures in text: "$1.5 trillion", "$1.5T", "1,500B", "830bn", "$830 billion", "half", "60%", "0.6",
 * "7 years", "7-year", "2x", "doubles". Also turns figures typed as values ("1T", "60%", "0.6") into numbers
 * for the slash-command grammar.
 */
public final class Amounts {
    private static final MathContext MC = new MathContext(34);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private static final Pattern FIGURE = Pattern.compile(
            // a sign: "-200bn", "( -5%", or "- 50bn" starting the message; "2026 - 50bn check" is a dash between words
            "(?<![\\w.$-])(?:(?<=^|[\\s(=:])(?<neg>-)(?! )|(?<=^|\\()(?<negSpaced>-) )?(?<cur>\\$|usd ?|us\\$ ?)?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)"
                    + " ?(?<unit>trillions?|tn|tr|t|billions?|bn|bln|bils?|b|millions?|mn|mm|m|k|%|percent|per ?cent|pct|bps|bp|basis points?|pp|percentage points?|ppts?|pts?"
                    + "|x|-?years?|-?yrs?|-?yr|-?months?|-?mos|-?mo|-?mths?|-?quarters?|-?qtrs?)?(?![\\p{L}\\p{M}0-9])");
    private static final Pattern WORD_FRACTION = Pattern.compile(
            "\\b(?<w>half|(?:a|one|two|three|four|five|six|seven|eight|nine)[ -](?:thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?"
                    + "|eighths?|ninths?|tenths?)"
                    + "|all(?= of (?:openai'?s?|its|the|that|their) (?:compute|spend|spending|workloads?|training)))\\b");
    private static final Pattern FACTOR = Pattern.compile(
            // (not an adjective after a determiner: "this double strategy", "its dual or double role"; not "double check",
            // "doubles down")
            // ("the exit that triples amazon's money": after "that" or "which", a verb with its -s is the factor)
            "\\b(?:(?<!\\b(?:this|that|these|those|its|their|our|his|her) )|(?<=\\b(?:that|which) )(?=(?:doubles|triples|quadruples)\\b))(?<w>twice|thrice|doubles?(?![- ]?(?:check|checks|checked|checking|count|counted|counting|click|dip|dipping|edged|standards?|down|take)\\b)|doubled|doubling|triples?|tripled|tripling|trebles?|trebled|trebling|quadruples?|quadrupled|halves|halved|halving"
                    + "|(?<n>\\d+(?:\\.\\d+)?) ?x(?:s|'s|es)?|(?<f>two|three|four|five|ten)[- ]?fold)\\b"
                    // ("it doubles to 2T", "halved to 400bn": the level it reaches is the figure; the verb only says how)
                    + "(?!(?<=(?:doubles|doubled|doubling|double|triples|tripled|tripling|triple|trebles|trebled|treble|quadruples|quadrupled"
                    + "|halves|halved|halving))\\s+(?:to|into)\\s+(?:about |roughly |around |~ ?)?[$\u20ac\u00a3]?\\d)");
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", "1"), Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"),
            Map.entry("twelve", "12"), Map.entry("fifteen", "15"), Map.entry("twenty", "20"), Map.entry("thirty", "30"),
            Map.entry("fifty", "50"), Map.entry("hundred", "100"), Map.entry("zero", "0"));
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "\\b(a|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred)"
                    + "(?<sep>[ -])(?<unit>trillion|billion|years?|year-|percent|months|quarters(?! of\\b))\\b");
    private static final Pattern OF = Pattern.compile(" of (?:the |that |its |openai'?s? )?(?:valuation of |value of )?");
    private static final Pattern AMOUNT_VERB = Pattern.compile(
            "(?:worth|valued at|valuation of|valuation is|invests?|puts? in|\\bat|exits? at|reach(?:es)?|falls? to|drops? to|\\bbe|\\bis|only) $");
    /**
     * "half a trillion", "a quarter trillion", "three quarters of a trillion", "a third of a billion": a fraction of a
     * unit (not the half of "one and a half trillion", which the number words read).
     */
    private static final Pattern FRACTION_OF_UNIT = Pattern.compile(
            "(?<!and )(?<!and a )\\b(half|(?:a|one) (?:quarter|third|fifth|tenth)|three quarters|two thirds)(?: of)? (?:a |one )?(trillion|billion)\\b");
    /** Misspelt or clipped unit words after a figure: "1.4 trilion", "1.2 tril", "2 trn", "500 bil". */
    private static final Pattern TYPO_TRILLION = Pattern.compile(
            "(\\d) ?(?:tril+i?on|tril+ian|tril+ions|tril+|trn|trl|trill?s)\\b");
    private static final Pattern TYPO_BILLION = Pattern.compile("(\\d) ?(?:bil+i?on|bil+ions|bil+|bns|blns?)\\b");
    /** "one point five trillion", "two point four": number words with a decimal point. */
    private static final Pattern POINT_WORDS = Pattern.compile(
            "\\b(zero|one|two|three|four|five|six|seven|eight|nine|ten) point (zero|one|two|three|four|five|six|seven|eight|nine)"
                    + "((?: (?:zero|one|two|three|four|five|six|seven|eight|nine))*)\\b");
    /** "minus 200 billion", "negative 5 years": the sign in words, before a figure. */
    private static final Pattern SIGN_WORD = Pattern.compile("\\b(?:minus|negative) (?=\\$?\\d)");
    /** "40 cents of every dollar": a share written as cents on the dollar. */
    private static final Pattern CENTS = Pattern.compile(
            "\\b(\\d{1,2}(?:\\.\\d+)?) ?(?:cents|c|¢)(?= (?:on|of|out of|per|for) (?:(?:the|every|each|a) )?(?:dollar|\\$))");
    /** "42c of op income per dollar": cents written short, before what they are cents of; the word the reader knows. */
    private static final Pattern CENTS_SHORT = Pattern.compile(
            "\\b(\\d{1,2}(?:\\.\\d+)?) ?(?:cents|c|¢)(?= of (?:op(?:erating)? |pre-?tax )?(?:income|profit|margin|earnings) (?:on|of|out of|per|for) )");
    /** "a zero valuation", "capex is zero", "at zero": zero as a figure. */
    /** "what capture share zeroes (out) the combined payoff": a goal of zero for what follows, said as a verb. */
    private static final Pattern ZEROES = Pattern.compile(
            "\\b(?:zero(?:e)?s|zeroing|zeroed)(?: out)? ((?:the|our|its|amazon'?s?|that|this) [a-z' -]{1,40}?)(?= there\\b| in\\b| at\\b| for\\b|[?.,;!]|$)");
    private static final Pattern ZERO_MONEY = Pattern.compile("\\bzero (valuation|value|dollars|exit|post-money|post|pre-money|pre|capex|check|cheque|round|raise)\\b");
    private static final Pattern ZERO = Pattern.compile("\\b(is |at |of |be |to |was |are |were |worth |valued at |hits? |(?:falls?|fell|falling|goes|go|going|went|drops?|dropped|dropping|sinks?|sank|crash(?:es|ed)?) (?:all the way )?to |(?:makes?|making|turns?|turning|gets?|getting) (?:that|it|this|them) |becomes? |became |becoming |reach(?:es)? |reaching |turns? |comes? to |lands? at )(?:somehow |actually |exactly |precisely |literally |just )?(?:zero|nil|nought|naught)\\b");
    private static final Pattern OUT_OF = Pattern.compile("\\b(\\d{1,3}) (?:out of|in) (?:every |each )?(\\d{1,4})\\b(?! ?(?:%|percent|years?|b\\b|bn|billion|t\\b|trillion))");
    /** "the 'circular' ratio": quotes around a word are emphasis. */
    private static final Pattern QUOTED_WORD = Pattern.compile("(?<![\\w])['\"]([a-z][a-z -]{1,30}[a-z])['\"](?![\\w])");
    private static final Pattern SCIENTIFIC = Pattern.compile("(?<![\\w.])\\$?(\\d+(?:\\.\\d+)?)e\\+?(\\d{1,2})"
            + "(?:\\b|(?<unit>\\s?(?:bn|b|tn|t|k|mn|m|bil|billions?|tril|trillions?|millions?)(?![a-z])))");
    /** "2.5 times its money", "a 3-times multiple": a multiple. */
    private static final Pattern TIMES = Pattern.compile("\\b(\\d+(?:\\.\\d+)?)[- ]?times\\b");
    /** "25-29", "'25-'29": a range of years written short. */
    /** A hold in years and months ("4y 6m", "4 years 6 months", "2 yrs and 3 mos"): said as its months. */
    private static final Pattern YEARS_AND_MONTHS = Pattern.compile(
            "(?<![\\d.$])(\\d{1,2}) ?(?:y|yr|yrs|years?)(?:,? and |, | \\+ | )(\\d|1[01]) ?(?:m|mo|mos|mth|mths|months?)(?![\\p{L}\\p{M}0-9])");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<![\\d.$])'?(2\\d) ?[-–] ?'?(2\\d)\\b(?! ?(?:%|percent|b\\b|bn|billion|t\\b|trillion|x\\b))");
    private static final Map<String, String> DIGIT_WORDS = Map.of("zero", "0", "one", "1", "two", "2", "three", "3",
            "four", "4", "five", "5", "six", "6", "seven", "7", "eight", "8", "nine", "9");

    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\u2018\u2019\u201B`\u00B4]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\u201C\u201D\u201E]");
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");
    private static final Pattern EMPHASIS = Pattern.compile("[*_~]");
    /** "capex 150b - *160b": Slack's star before a figure, never closed, corrects the figure before it. */
    private static final Pattern STAR_CORRECTION = Pattern.compile("(?<=[-,;(]\\s?|\\s|^)\\*(?=\\$?\\d[\\d.,]*+\\s*+[a-z%]*+(?![\\w*]))(?![^*\\n]*\\*)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * A word typed against the figure after it, in a hurry: "at1.25t", "worth75bn", "compound at15% a yr", "at15 pct". Only a figure with a
     * unit is set apart (so "fy26", "gpt4" and "h100" stay as typed), and only after a word of two letters or more.
     */
    private static final Pattern GLUED = Pattern.compile(
            "\\b([a-z]{2,})(\\$?\\d[\\d.,]*\\s?(?:%|pct|percent|per ?cent|bps|pp|x|bn|b|tn|t|k|mn|m|bil|billions?|tril|trillions?|millions?|yrs?|years?|y)(?![a-z]))");
    /** "c. 60%", "ca. 1.2t", "approx. 50bn": an abbreviated "about", whose full stop ends no sentence. */
    private static final Pattern ABOUT_ABBREVIATED = Pattern.compile("\\b(?:c|ca|approx|appr|abt)\\.\\s*(?=[$~]?\\d)");
    /**
     * "a cool 100 billion", "a whopping 1.5T", "a clean 10%": a word that only colours the figure after it, between the
     * words that tie the figure to what it is ("worth a cool 100 billion") and the figure; dropped, so the tie is seen.
     */
    private static final Pattern COLOURING = Pattern.compile(
            "\\b(?:a|an) (?:cool|tidy|whopping|solid|full|clean|neat|healthy|hefty|mere|measly|paltry|modest|respectable|nice|good"
                    + "|staggering|massive|huge|juicy|fat|chunky|round|even|flat|straight|crisp|lousy|miserable|decent)(?: (?:round|even|flat))? (?=[$~]?\\d)");
    /** A magnitude or unit after a figure: what tells "1 200 billion" or "1,25 trillion" from two numbers in a row. */
    private static final String MAGNITUDE_AFTER = "(?=\\s*(?:(?:\\$|usd|dollars?|bn|b|billions?|mn|m|millions?|tn|t|trillions?|k|thousand"
            + "|percent|pct|x|times|years?|yrs?)\\b|%))";
    /** "1 200 billion", "35 000 million": groups of three digits set apart by spaces, as much of Europe writes thousands. */
    private static final Pattern SPACED_THOUSANDS = Pattern.compile("(?<![\\d.,])(\\d{1,3})((?: \\d{3})+)" + MAGNITUDE_AFTER);
    /** "1,25 trillion", "1,5T", "35,5%": a comma before one or two digits is a decimal comma (before three it groups thousands). */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<![\\d.,])(\\d{1,3}),(\\d{1,2})(?![\\d,])" + MAGNITUDE_AFTER);

    private Amounts() {
    }

    /**
     * Normalises a question for matching: lower case, plain quotes and dashes, number words as digits,
     * single spaces. Positions of figures refer to this text. Shorthand ("oai", "5y") is already spelt out
     * where the question entered ({@link Shorthand}).
     */
    /**
     * "a trillion two", "one billion five": the spoken way to say 1.2 trillion, 1.5 billion (a digit word right after
     * the unit, not followed by a unit of its own: "a trillion two years out" is not this).
     */
    private static final Pattern UNIT_AND_TENTHS = Pattern.compile(
            "\\b(?:a|one) (trillion|billion)(?: dollars?)? (one|two|three|four|five|six|seven|eight|nine)\\b"
                    + "(?!\\s*(?:-|hundred|thousand|million|billion|trillion|bn|tn|b\\b|t\\b|years?|yrs?|x\\b|times|percent|pct|%|point|and))");

    public static String normalise(String text) {
        String s = org.thesisbot.core.api.QuestionText.halfWidth(text).toLowerCase(Locale.ROOT);
        s = SINGLE_QUOTES.matcher(s).replaceAll("'");
        s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
        s = DASHES.matcher(s).replaceAll("-");
        s = s.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ').replace("@", " at ");
        s = STAR_CORRECTION.matcher(s).replaceAll("sorry ");
        s = GLUED.matcher(s).replaceAll("$1 $2");
        s = ABOUT_ABBREVIATED.matcher(s).replaceAll("about ");
        s = EMPHASIS.matcher(s).replaceAll(" ");
        s = COLOURING.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ").trim();
        s = SPACED_THOUSANDS.matcher(s).replaceAll(m -> m.group(1) + m.group(2).replace(" ", ""));
        s = DECIMAL_COMMA.matcher(s).replaceAll("$1.$2");
        s = FRACTION_OF_UNIT.matcher(s).replaceAll(m -> fractionOfUnit(m.group(1), m.group(2)));
        s = UNIT_AND_TENTHS.matcher(s).replaceAll(m -> "1." + DIGIT_WORDS.get(m.group(2)) + " " + m.group(1));
        s = pointWords(s);
        s = NumberWords.digits(s);
        s = Corrections.apply(s);
        s = scientific(s);
        s = outOf(s);
        s = QUOTED_WORD.matcher(s).replaceAll("$1");
        s = TIMES.matcher(s).replaceAll("$1x");
        s = YEARS_AND_MONTHS.matcher(s).replaceAll(y -> (Integer.parseInt(y.group(1)) * 12 + Integer.parseInt(y.group(2))) + " months");
        s = YEAR_RANGE.matcher(s).replaceAll("20$1-20$2");
        s = TYPO_TRILLION.matcher(s).replaceAll("$1 trillion");
        s = TYPO_BILLION.matcher(s).replaceAll("$1 billion");
        s = CENTS.matcher(s).replaceAll("$1%");
        s = CENTS_SHORT.matcher(s).replaceAll("$1 cents");
        s = ZEROES.matcher(s).replaceAll("makes $1 0");
        s = ZERO_MONEY.matcher(s).replaceAll("\\$0 $1");
        s = ZERO.matcher(s).replaceAll("$10");
        Matcher m = NUMBER_WORD.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String unit = m.group("unit");
            if (m.group(1).equals("a") && (unit.startsWith("year") || unit.equals("percent"))) {
                // "a year", "as a percent of capex": an article, not the number one
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
            } else {
                m.appendReplacement(sb, Matcher.quoteReplacement(NUMBER_WORDS.get(m.group(1)) + m.group("sep") + unit));
            }
        }
        m.appendTail(sb);
        return SIGN_WORD.matcher(sb.toString()).replaceAll("-");
    }

    private static String pointWords(String s) {
        Matcher m = POINT_WORDS.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String whole = NUMBER_WORDS.getOrDefault(m.group(1), DIGIT_WORDS.get(m.group(1)));
            StringBuilder frac = new StringBuilder(DIGIT_WORDS.get(m.group(2)));
            for (String w : m.group(3).trim().split(" ")) {
                if (!w.isEmpty()) {
                    frac.append(DIGIT_WORDS.get(w));
                }
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(whole + "." + frac));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * "1.1e12", "5e10": dollars in scientific notation become billions ("1100 billion"); with a unit glued on ("1.2e3B",
     * "1.5e2 bn") the notation only counts units ("1200B").
     */
    private static String scientific(String s) {
        Matcher m = SCIENTIFIC.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            BigDecimal v = new BigDecimal(m.group(1) + "E" + m.group(2));
            String unit = m.group("unit");
            String out = unit != null ? v.stripTrailingZeros().toPlainString() + unit
                    : v.compareTo(BigDecimal.valueOf(1_000_000)) >= 0
                    ? v.movePointLeft(9).stripTrailingZeros().toPlainString() + " billion" : v.stripTrailingZeros().toPlainString();
            m.appendReplacement(sb, Matcher.quoteReplacement(out));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** "4 out of every 10 dollars", "1 in 4": a share. */
    private static String outOf(String s) {
        Matcher m = OUT_OF.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            BigDecimal part = new BigDecimal(m.group(1));
            BigDecimal whole = new BigDecimal(m.group(2));
            if (whole.signum() == 0 || part.compareTo(whole) > 0) {
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
                continue;
            }
            BigDecimal pct = part.divide(whole, MC).movePointRight(2).stripTrailingZeros();
            m.appendReplacement(sb, Matcher.quoteReplacement(pct.toPlainString() + "%"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Every figure in normalised text, in order of position. */
    public static List<Amount> find(String s) {
        List<Amount> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(s);
        while (m.find()) {
            Amount a = figure(m.group("cur"), m.group("num"), m.group("unit"), m.group(), m.start(), m.end());
            if (a != null && (m.group("neg") != null || m.group("negSpaced") != null)) {
                a = new Amount(a.kind(), a.value().negate(), a.text(), a.start(), a.end());
            }
            if (a != null) {
                out.add(a);
            }
        }
        Matcher f = FACTOR.matcher(s);
        while (f.find()) {
            if (overlaps(out, f.start(), f.end())) {
                // "2x" is already a MULTIPLE figure; keep it and let context decide
                continue;
            }
            out.add(new Amount(Amount.Kind.VALUATION_FACTOR, factor(f), f.group(), f.start(), f.end()));
        }
        Matcher w = WORD_FRACTION.matcher(s);
        while (w.find()) {
            BigDecimal share = fraction(w.group("w"));
            if (share != null && !overlaps(out, w.start(), w.end())) {
                out.add(new Amount(Amount.Kind.RATIO, share, w.group(), w.start(), w.end()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        // the digits of a calendar period ("q1'26", "dec 2028", "fy30") are a date, not an amount ({@link CalendarPoints})
        for (CalendarPoints.Point p : CalendarPoints.find(s)) {
            out.removeIf(a -> a.start() < p.end() && p.start() < a.end());
        }
        return fractionsOf(s, shortYears(s, inDeclaredUnits(s, withoutIncidental(s, out))));
    }

    /** After a bare number: no unit of the model's, so it is not an amount ("at 3" but not "at 3bn"). */
    private static final String NOT_A_UNIT = "(?![\\d.:%$/]|,\\d| ?(?:bn|b|tn|t|m|mn|k|x|years?|yrs?|pct|percent|%)\\b)";
    /**
     * Numbers about the message's own circumstances, never the model's: a clock time ("4:30", "a 1:1 at 3", "til 6"),
     * a date ("the 2/18 offsite", "on 4/2"), a place in a document ("slide 7", "pg 8 of 20", "tab 3"), and a count of
     * people, minutes, hours or days ("12 ppl", "5 of us", "20 min", "3 days ago", "1 more q"). Group 1 (or 2) is the span.
     */
    private static final List<Pattern> INCIDENTAL = List.of(
            // a clock time, or a one-on-one
            Pattern.compile("(?<![\\d.,$:])(\\d{1,2}:[0-5]\\d(?: ?(?:am|pm))?)(?![\\d%]|:\\d)"),
            // (a ratio is written the same way: "2:1" is a one-on-one only after "my", "a", "our" or before "at", "with")
            Pattern.compile("(?<=\\b(?:my|a|our|the|your|weekly|next|quick) )(1:1)\\b|\\b(1:1)(?= (?:at|with|w/|tomorrow|today|later)\\b)"),
            Pattern.compile("(?<![\\d.,$])(\\d{1,2} ?(?:am|pm|o'?clock))\\b"),
            // a bare hour after "at", "by", "til" close after a meeting word
            Pattern.compile("\\b(?:mtg|meeting|call|sync|standup|stand-up|lunch|review|catch-?up|back to backs?|offsite|board|deadline|due"
                    + "|flight|train|interview|1:1)(?: [a-z']+){0,3} (?:at|by|til|till|until|before|after|from) (\\d{1,2})" + NOT_A_UNIT),
            // a date: "the 2/18 offsite", "on 4/2"
            Pattern.compile("(?<![\\d.,$/])((?:1[0-2]|0?[1-9])/(?:3[01]|[12]\\d|0?[1-9])(?:/\\d{2,4})?)(?![\\d/%])(?=,? (?:[a-z']+ )?"
                    + "(?:offsite|off-site|review|meeting|mtg|call|deadline|board|sync|update|deck|session|presentation|readout|earnings|close|version|draft|memo)\\b)"),
            Pattern.compile("\\b(?:on|by|due|before|after|from|until|til|till|the) ((?:1[0-2]|0?[1-9])/(?:3[01]|[12]\\d|0?[1-9])(?:/\\d{2,4})?)(?![\\d/%])"),
            // a place in a document, with its total: "slide 10 of 25", "pg 8 of 20"
            Pattern.compile("\\b(?:slides?|page|pages|pg|pgs|p\\.|tab|row|col|column|cell|item|step|section|para|paragraph|line|appendix|exhibit|chart"
                    + "|table|version|draft|deck|option|bullet|footnote|ticket|memo|sprint|milestone|release|iteration|phase|wave|no\\.) ?(\\d{1,3}(?: of \\d{1,3})?)" + NOT_A_UNIT),
            Pattern.compile("(?<![\\w$])(#\\d{1,4})\\b"),
            // a count of people or of short spans of time, or "1 more q"
            Pattern.compile("(?<![\\d.,$])(\\d{1,4} (?:ppl|people|persons|folks|attendees|heads|of us|of them|guys|seats|mins?|minutes|hrs|hours"
                    + "|days|weeks|secs|seconds))\\b"),
            Pattern.compile("(?<![\\d.,$])(\\d{1,2} more (?:q|qs|question|questions|thing|things))\\b"),
            // the answer's precision: "to 2 d.p.", "2dp", "3 decimal places", "4 sig figs"
            Pattern.compile("(?<![\\d.,$])(\\d{1,2} ?(?:d\\.p\\.?|dp|decimals?|decimal places?|sig(?:nificant)? ?(?:figs?|figures|digits)|s\\.f\\.?))(?![a-z])"),
            // a count of the model's cases: "in all 3 cases", "how many of the 3 are positive", "across all 3"
            Pattern.compile("(?<![\\d.,$])([23] (?:cases|scenarios|legs))\\b"),
            // a count of bars or levers: "2 bars for the IC memo", "3 levers", "two hurdles"
            Pattern.compile("(?<![\\d.,$])([2-5] (?:bars|hurdles|tests|conditions|constraints|levers|shocks|options))\\b"),
            Pattern.compile("\\b(?:how many|which|any|none|all|each|both|one|two|either) of (?:the |our |these |those |them |all )?([23])" + NOT_A_UNIT),
            Pattern.compile("\\b(?:all|across|in all|across all|for all) ([23])" + NOT_A_UNIT),
            // "the 6-person infra team", "a 12-strong desk"
            Pattern.compile("(?<![\\d.,$])(\\d{1,4}[- ](?:person|people|member|man|woman|strong|seat|head))\\b"));

    /** A ticket's or a document's id: "FIN-2251", "RISK-77:", "PMO-610". */
    private static final Pattern TICKET_ID = Pattern.compile("\\b[A-Z][A-Za-z]{1,11}-\\d{1,6}\\b:?");

    /**
     * The question without the numbers about the message itself ({@link #INCIDENTAL}) and without ticket ids: what a
     * search of the sources should look for ("MON-44: which kpi goes on the tracker?" searches for the kpi, not MON-44).
     */
    public static String withoutMessageNumbers(String text) {
        char[] out = text.toCharArray();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() == text.length()) {
            for (int[] span : incidentalSpans(lower)) {
                java.util.Arrays.fill(out, span[0], span[1], ' ');
            }
        }
        Matcher t = TICKET_ID.matcher(text);
        while (t.find()) {
            java.util.Arrays.fill(out, t.start(), t.end(), ' ');
        }
        return SPACES.matcher(new String(out)).replaceAll(" ").strip();
    }

    /** A ticket's id, as a word of the question ("FIN-2251", "RISK-77:"): it names no one. */
    public static boolean isTicketId(String word) {
        return TICKET_ID.matcher(word).matches();
    }

    /** Where the numbers about the message itself are, in lower-case text. */
    private static List<int[]> incidentalSpans(String s) {
        List<int[]> spans = new ArrayList<>();
        for (Pattern p : INCIDENTAL) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                int g = m.group(1) != null ? 1 : 2;
                spans.add(new int[] {m.start(g), m.end(g)});
            }
        }
        return spans;
    }

    private static List<Amount> withoutIncidental(String s, List<Amount> in) {
        List<int[]> spans = incidentalSpans(s);
        if (spans.isEmpty()) {
            return in;
        }
        List<Amount> out = new ArrayList<>(in.size());
        for (Amount a : in) {
            if (spans.stream().noneMatch(x -> a.start() >= x[0] && a.end() <= x[1] || a.start() < x[1] && x[0] < a.end() && a.kind() == Amount.Kind.PLAIN)) {
                out.add(a);
            }
        }
        return out;
    }

    /** A spreadsheet's or a filing's unit line: "(in $mm)", "$ in millions", "figures in $bn", "usd m". */
    private static final Pattern DECLARED_UNIT = Pattern.compile(
            "(?i)(?:\\(|\\b(?:all |figures |numbers |amounts |values )?in |\\$ in |usd in )\\s*(?:\\$|usd )?\\s*(mm|mn|m|millions?|bn|b|billions?|k|thousands?)\\b\\)?");

    /**
     * Bare amounts too large to be billions of dollars are written in smaller units: in the unit a question declares
     * ("exit is 1,500,000 (in $mm)": $1.5T), or else, from ten million up, in dollars ("compute profit = 25,000,000,000":
     * $25B). Only bare amounts of a thousand or more change (so "hold = 7" stays seven years).
     */
    private static List<Amount> inDeclaredUnits(String s, List<Amount> in) {
        Matcher d = DECLARED_UNIT.matcher(s);
        BigDecimal perBillion = null;
        if (d.find()) {
            String u = d.group(1).toLowerCase(Locale.ROOT);
            perBillion = u.startsWith("m") ? THOUSAND : u.startsWith("k") || u.startsWith("thousand")
                    ? BigDecimal.valueOf(1_000_000) : BigDecimal.ONE;
        }
        List<Amount> out = new ArrayList<>(in.size());
        for (Amount a : in) {
            boolean bare = a.kind() == Amount.Kind.PLAIN && a.value().abs().compareTo(THOUSAND) >= 0 && !a.text().contains("$");
            if (bare && perBillion != null && perBillion.compareTo(BigDecimal.ONE) > 0) {
                out.add(new Amount(Amount.Kind.MONEY, a.value().divide(perBillion, MC), a.text(), a.start(), a.end()));
            } else if (bare && perBillion == null && a.value().abs().compareTo(BigDecimal.valueOf(10_000_000)) >= 0) {
                out.add(new Amount(Amount.Kind.MONEY, a.value().divide(BigDecimal.valueOf(1_000_000_000L), MC), a.text(), a.start(), a.end()));
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /** What says a bare two-digit number is a year: "fy26", "'26", "for 26", "in 27", "by end of 26". */
    private static final Pattern SHORT_YEAR_BEFORE = Pattern.compile(
            "(?:\\bfy|\\bcy|['\u2019]|\\b(?:for|in|by|during|thru|through|until|till|end of|eoy|q[1-4]|h[12])\\s+)$");
    /** "held for 26", "hold it for 26": a duration, not a year. */
    private static final Pattern DURATION_BEFORE = Pattern.compile(
            "\\b(?:hold|holds|held|holding|keep|keeps|kept|keeping|sit|sits|sat|sitting|wait|waits|waiting)\\b(?:\\s+\\S+){0,2}\\s+(?:for|until|till)\\s+$");
    /** A unit or a word that makes the number something else ("for 26 years", "in 26 pct"). */
    private static final Pattern SHORT_YEAR_AFTER = Pattern.compile("^\\s*(?:[%x$]|\\p{L})");

    /**
     * A bare whole number from 20 to 39 that a year word or mark precedes ("capex lands at 140b for 26", "fy27") is a
     * calendar year of this century, never an input's value.
     */
    private static List<Amount> shortYears(String s, List<Amount> in) {
        List<Amount> out = new ArrayList<>(in.size());
        for (Amount a : in) {
            BigDecimal v = a.value();
            String after = s.substring(a.end());
            if (a.kind() == Amount.Kind.PLAIN && v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(20)) >= 0
                    && v.compareTo(BigDecimal.valueOf(39)) <= 0 && a.text().matches("\\d{2}")
                    && SHORT_YEAR_BEFORE.matcher(s.substring(Math.max(0, a.start() - 12), a.start()).toLowerCase(Locale.ROOT)).find()
                    && !SHORT_YEAR_AFTER.matcher(after.length() > 3 ? after.substring(0, 3) : after).find()
                    && !DURATION_BEFORE.matcher(s.substring(Math.max(0, a.start() - 25), a.start()).toLowerCase(Locale.ROOT)).find()) {
                out.add(new Amount(Amount.Kind.CALENDAR_YEAR, v.add(BigDecimal.valueOf(2000)), a.text(), a.start(), a.end()));
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /** "half of 830", "60% of $1T": one money figure, the fraction times the amount. */
    private static List<Amount> fractionsOf(String s, List<Amount> in) {
        List<Amount> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Amount a = in.get(i);
            if (a.kind() == Amount.Kind.RATIO && i + 1 < in.size()) {
                Amount b = in.get(i + 1);
                String between = s.substring(a.end(), b.start());
                String before = s.substring(Math.max(0, a.start() - 25), a.start());
                // "worth half of 830" is $415B; "captures 60% of OpenAI's $115B spend" is still a share
                if (OF.matcher(between).matches() && (b.kind() == Amount.Kind.MONEY || b.kind() == Amount.Kind.PLAIN)
                        && AMOUNT_VERB.matcher(before).find()) {
                    out.add(new Amount(Amount.Kind.MONEY, a.value().multiply(b.value(), MC), a.text() + between + b.text(),
                            a.start(), b.end()));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private static boolean overlaps(List<Amount> list, int start, int end) {
        for (Amount a : list) {
            if (start < a.end() && a.start() < end) {
                return true;
            }
        }
        return false;
    }

    private static Amount figure(String cur, String num, String unit, String text, int start, int end) {
        BigDecimal n = new BigDecimal(num.replace(",", ""));
        String u = unit == null ? "" : unit.replace("-", "").trim();
        boolean dollar = cur != null;
        switch (u) {
            case "trillion", "trillions", "tn", "tr", "t" -> {
                return new Amount(Amount.Kind.MONEY, n.multiply(THOUSAND), text.trim(), start, end);
            }
            case "billion", "billions", "bn", "bln", "bil", "bils", "b" -> {
                return new Amount(Amount.Kind.MONEY, n, text.trim(), start, end);
            }
            case "million", "millions", "mn", "mm", "m" -> {
                return new Amount(Amount.Kind.MONEY, n.divide(THOUSAND, MC), text.trim(), start, end);
            }
            case "k" -> {
                return new Amount(Amount.Kind.MONEY, n.divide(BigDecimal.valueOf(1_000_000), MC), text.trim(), start, end);
            }
            case "%", "percent", "per cent", "pct", "pp", "percentage point", "percentage points", "ppt", "ppts", "pt", "pts" -> {
                return new Amount(Amount.Kind.RATIO, n.divide(HUNDRED, MC), text.trim(), start, end);
            }
            case "bps", "bp", "basis point", "basis points" -> {
                return new Amount(Amount.Kind.RATIO, n.divide(BigDecimal.valueOf(10_000), MC), text.trim(), start, end);
            }
            case "x" -> {
                return new Amount(Amount.Kind.MULTIPLE, n, text.trim(), start, end);
            }
            case "year", "years", "yr", "yrs" -> {
                return new Amount(Amount.Kind.YEARS, n, text.trim(), start, end);
            }
            case "month", "months", "mos", "mo", "mth", "mths" -> {
                // a hold said in months or quarters is that many twelfths or quarters of a year ("18 months" is 1.5 years)
                return new Amount(Amount.Kind.YEARS, n.divide(BigDecimal.valueOf(12), MC).stripTrailingZeros(), text.trim(), start, end);
            }
            case "quarter", "quarters", "qtr", "qtrs" -> {
                return new Amount(Amount.Kind.YEARS, n.divide(BigDecimal.valueOf(4), MC).stripTrailingZeros(), text.trim(), start, end);
            }
            default -> {
                if (u.startsWith("per")) {
                    return new Amount(Amount.Kind.RATIO, n.divide(HUNDRED, MC), text.trim(), start, end);
                }
            }
        }
        if (dollar) {
            // "$50,000,000,000" is dollars; "$830" in this context means $830B
            BigDecimal billions = n.compareTo(BigDecimal.valueOf(1_000_000)) >= 0
                    ? n.divide(BigDecimal.valueOf(1_000_000_000L), MC) : n;
            return new Amount(Amount.Kind.MONEY, billions, text.trim(), start, end);
        }
        if (n.scale() <= 0 && n.compareTo(BigDecimal.valueOf(1900)) >= 0 && n.compareTo(BigDecimal.valueOf(2100)) <= 0) {
            return new Amount(Amount.Kind.CALENDAR_YEAR, n, text.trim(), start, end);
        }
        if (n.compareTo(BigDecimal.ONE) <= 0 && n.scale() > 0) {
            return new Amount(Amount.Kind.RATIO, n, text.trim(), start, end);
        }
        return new Amount(Amount.Kind.PLAIN, n, text.trim(), start, end);
    }

    private static BigDecimal factor(Matcher f) {
        String w = f.group("w");
        if (f.group("n") != null) {
            return new BigDecimal(f.group("n"));
        }
        if (f.group("f") != null) {
            return new BigDecimal(NUMBER_WORDS.get(f.group("f")));
        }
        if (w.startsWith("doubl") || w.equals("twice")) {
            return BigDecimal.valueOf(2);
        }
        if (w.startsWith("tripl") || w.startsWith("trebl") || w.equals("thrice")) {
            return BigDecimal.valueOf(3);
        }
        if (w.startsWith("quadrupl")) {
            return BigDecimal.valueOf(4);
        }
        return new BigDecimal("0.5");
    }

    /** "a quarter" of "trillion" as "250 billion", in billions to a millionth (a third of a trillion is 333.333333). */
    private static String fractionOfUnit(String fraction, String unit) {
        BigDecimal f = fraction(fraction);
        BigDecimal billions = f.multiply(BigDecimal.valueOf(unit.equals("trillion") ? 1000 : 1), MC);
        return billions.setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " billion";
    }

    private static final List<String> NUMERATORS = List.of("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
    private static final List<String> DENOMINATORS = List.of("", "", "", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth");

    /** "half", "a third", "three quarters", "six tenths": the numerator over the denominator (null when above one). */
    private static BigDecimal fraction(String w) {
        if (w.equals("half")) {
            return new BigDecimal("0.5");
        }
        if (w.equals("all")) {
            return BigDecimal.ONE;
        }
        String[] parts = w.split("[ -]");
        if (parts[1].equals("quarters") && !parts[0].equals("three")) {
            return null; // "two quarters" is half a year more often than half of anything
        }
        int num = Math.max(1, NUMERATORS.indexOf(parts[0]));
        String den = parts[1].replaceAll("s$", "").replace("quarter", "fourth");
        int d = DENOMINATORS.indexOf(den);
        if (d < 0 || num >= d) {
            return null; // "five thirds" is no share
        }
        return BigDecimal.valueOf(num).divide(BigDecimal.valueOf(d), MC);
    }

    /**
     * Parses a value typed for a known unit (slash-command grammar): "1T", "1,000B", "830", "60%", "0.6",
     * "7", "7y". Money without a unit is billions. Throws InvalidInputException with a hint on bad input.
     */
    public static BigDecimal parseValue(String raw, Unit unit, String inputId) {
        String s = raw.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        if (s.isEmpty()) {
            throw new InvalidInputException(inputId + " needs a value, e.g. " + example(unit));
        }
        if (s.startsWith("-") && s.length() > 1) {
            // negative values are refused by the input rules with a clear message, not here as unreadable
            return parseValue(s.substring(1), unit, inputId).negate();
        }
        Matcher m = FIGURE.matcher(s);
        if (!m.matches()) {
            throw new InvalidInputException("'" + raw.trim() + "' is not a number I can read for " + inputId
                    + " (try " + example(unit) + ")");
        }
        Amount a = figure(m.group("cur"), m.group("num"), m.group("unit"), m.group(), 0, s.length());
        return switch (unit) {
            case USD_BILLIONS -> switch (a.kind()) {
                case MONEY, PLAIN, CALENDAR_YEAR -> a.value();
                case RATIO -> a.text().contains("%") || a.text().contains("per")
                        ? fail(raw, inputId, unit) : a.value();
                default -> fail(raw, inputId, unit);
            };
            case RATIO -> switch (a.kind()) {
                case RATIO -> a.value();
                case PLAIN -> {
                    if (a.value().compareTo(BigDecimal.ONE) <= 0) {
                        yield a.value();
                    }
                    throw new InvalidInputException(inputId + " must be between 0% and 100% (got " + raw.trim()
                            + "): write a fraction such as 0.6 or a percent such as 60%");
                }
                default -> fail(raw, inputId, unit);
            };
            case YEARS -> switch (a.kind()) {
                case YEARS, PLAIN -> a.value();
                case RATIO -> a.text().contains("%") ? fail(raw, inputId, unit) : a.value();
                default -> fail(raw, inputId, unit);
            };
            case MULTIPLE -> switch (a.kind()) {
                case MULTIPLE, PLAIN, RATIO -> a.value();
                default -> fail(raw, inputId, unit);
            };
        };
    }

    private static BigDecimal fail(String raw, String inputId, Unit unit) {
        throw new InvalidInputException("'" + raw.trim() + "' does not fit " + inputId + " (try " + example(unit) + ")");
    }

    private static String example(Unit unit) {
        return switch (unit) {
            case USD_BILLIONS -> "830, 830B, 1T or 1,500B";
            case RATIO -> "60% or 0.6";
            case YEARS -> "7";
            case MULTIPLE -> "2x";
        };
    }
}
