package org.thesisbot.core.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure that changes the value in force rather than replacing it: "the margin 35 bps over base", "+500 bps", "raise
 * the capture by 10 points", "exit 200b below the base case". A bare figure ("a 35% margin") is a new value; a
 * negative written in words ("minus 300 billion") stays a negative value, which the core refuses.
 */
final class Relative {
    private static final Pattern UP_BEFORE = Pattern.compile(
            "(?:(?:^|(?<!\\b(?:to|at|of|is|be|reach|reaches|hit|hits))\\s)\\+ ?|\\b(?:up|rais\\w*|increas\\w*|bump\\w*|nudg\\w*|lift\\w*|add\\w*|boost\\w*|push\\w*|tack on|widen\\w*|expand\\w*"
                    + "|extend\\w*|lengthen\\w*|improv\\w*|grow|grows|hik\\w*|juic\\w*)(?: (?:\\w+|\\w+'s?)){0,6}? by ?)$");
    /** Phrasal verbs that say where a value lands, not that it moved ("ends up 80bn", "comes up", "turns up"). */
    private static final String LANDS = "ends?|ended|ending|winds?|wound|turns?|turned|comes?|came|shows?|showed|tops?|topped";
    /**
     * "push margin up 500bps", "knock capture down 5 points": a verb, what it moves, then up or down, then the figure. Not a
     * phrasal verb that says where a value lands ("the raise ends up 80bn", "comes up", "turns up"): that is a new value.
     */
    private static final Pattern MOVED_BEFORE = Pattern.compile(
            "\\b(?:push\\w*|bump\\w*|mov\\w*|nudg\\w*|rais\\w*|lift\\w*|knock\\w*|tak\\w*|ratchet\\w*|dial\\w*|crank\\w*"
                    // a risk analyst's moves: "shock the exit valuation down 20%", "stress the margin down 5 points"
                    + "|shock\\w*|stress\\w*|haircut\\w*|flex\\w*|shift\\w*|mark\\w*|slash\\w*)"
                    + "(?: (?:the |our |its |aws'?s? )?[a-z]+){1,2}(?<!\\b(?:" + LANDS + ")) (?<dir>up|down) (?:by )?$");
    /** "capture down 5pts", "margin up 200bps": a value's word, then which way, right before the figure (not "ends up 80bn"). */
    private static final Pattern BARE_MOVED = Pattern.compile(
            "\\b[a-z][a-z-]+(?<!\\b(?:" + LANDS + "|sums?|adds?|sets?|makes?|gives?|brings?|picks?|sign(?:s|ed)?|writ(?:es?|ten)|put|puts"
                    // "draws down 60% of its commit": a facility used, not a value moved
                    + "|takes?|steps?|sizes?|draws?|drawn|drew|pays?|paid|[a-z]+ing))"
                    + " (?<dir>up|down) (?:by )?$");
    /** "with the exit down 20%", "if the margin is up 5 points": a value named, then which way it moved, no verb. */
    private static final Pattern NOUN_MOVED = Pattern.compile(
            "\\b(?:the|our|its|aws'?s?|openai'?s?) [a-z]+(?: [a-z]+)?(?<!\\b(?:" + LANDS + "|sums?|adds?|sets?|makes?|gives?|brings?|takes?|picks?|draws?|drawn|drew|pays?|paid))"
                    + "(?: (?:is|was|goes|went|gets|got|were|are))? (?<dir>up|down) (?:by )?$");
    private static final Pattern DOWN_BEFORE = Pattern.compile(
            "\\b(?:cut\\w*|lower\\w*|reduc\\w*|trim\\w*|shav\\w*|drop\\w*|down|decreas\\w*|squeez\\w*|haircut|narrow\\w*|compress\\w*"
                    + "|shrink\\w*|shorten\\w*|contract|dock\\w*|erod\\w*)(?: (?:\\w+|\\w+'s?)){0,6}? by ?$");
    private static final String BASE = "(?:the |our |your |its |today's )?(?:base(?: case)?|current|assumed|assumption|model(?:'s)?(?: value| figure)?(?!(?:'s)? (?:hold|holding|horizon|window|period|years?|timeline|term)\\b)|default|yours|what you (?:have|use|assume)"
            // a planner's words for the value in force: "vs article", "vs budget", "vs the plan"
            + "|(?:article|piece|source|budget|plan)(?:'s)?(?: value| figure| number| case| implied \\w+)?)\\b";
    /**
     * A signed figure set against the value in force, as a variance: "exit -20% vs article", "capture +8pts vs budget",
     * "margin -300bps on top of that". The figure's own sign says which way; the reader adds it to the value in force.
     */
    private static final Pattern VERSUS_AFTER = Pattern.compile(
            "^ ?(?:pts?|points?|percentage points?|pp|bps)? ?(?:(?:vs\\.?|versus|relative to|against|compared (?:to|with)) " + BASE
                    + "|on top of (?:that|it|this)\\b)");
    /** After a sum of money: the value in force it is measured from ("above the 830", "below today's valuation"). */
    private static final Pattern BEYOND_THE_VALUE = Pattern.compile(
            "^ (?<dir>above|below|more than|less than|higher than|lower than|on top of|short of) (?:the |today'?s |the current |current "
                    + "|the article'?s |the model'?s |its |openai'?s )?(?:\\$?\\d[\\d.,]*\\s?(?:bn|b|billion|t|tn|trillion)?(?![\\d.,]|\\s?(?:%|x\\b|years?|yrs?|y\\b|months?|pts?|points?))"
                    + "|(?:current |latest |headline )?(?:valuation|post-money|post|pre-money|pre|mark|price|level|one)\\b)");
    private static final Pattern UP_AFTER = Pattern.compile(
            "^ ?(?:over|above|on top of|higher than|more than|ahead of) " + BASE
                    + "|^ ?(?:pts?|points?|percentage points?|pp|bps)? ?(?:higher|more|up|bigger|larger|greater|longer)\\b(?! (?:to|from|front)\\b)");
    private static final Pattern DOWN_AFTER = Pattern.compile(
            "^ ?(?:under|below|less than|lower than|short of|beneath) " + BASE
                    + "|^ ?(?:pts?|points?|percentage points?|pp|bps)? ?(?:lower|less|down|smaller|shorter)\\b(?! (?:to|from|the (?:line|road|track))\\b)");

    /** A figure written with its sign: "-20%", "+8pts", "-$330B". */
    private static final Pattern SIGNED = Pattern.compile("[+\\-\u2212]");

    private Relative() {
    }

    /** "40% higher": a percent said with a comparative scales the value (× 1.4); points and "+" or "by" add to it. */
    private static final Pattern PERCENT = Pattern.compile("(?:%|percent|per ?cent|pct)$");
    private static final Pattern COMPARATIVE_AFTER = Pattern.compile("^ ?(?:higher|more|up|lower|less|down|bigger|larger|greater|longer|smaller|shorter)\\b(?! (?:to|from|the (?:line|road|track))\\b)");

    /** "if openai's valuation falls 40%", "drops by 30%": a value that moves, then the percent it moves by. */
    /** Verbs of a value moving down and up, then an optional "by": "falls", "dropped by", "rises". */
    static final String MOVES = "(?:falls?|fell|falling|drops?|dropped|dropping|declines?|declined|declining|slides?|slid|sinks?|sank"
            + "|shrinks?|shrank|slumps?|slumped|crash(?:es|ed)?|tumbles?|tumbled|(?<up>rises?|rose|rising|grows?|grew|growing|climbs?|climbed"
            + "|jumps?|jumped|soars?|soared|appreciates?|appreciated))(?: by)? ?$";
    private static final Pattern MOVES_BEFORE = Pattern.compile("\\b" + MOVES);

    /**
     * The figure scales the value in force rather than adding to it: a percent followed by a comparative ("40% higher"),
     * or after a verb of moving ("the valuation falls 40%").
     */
    static boolean scales(String s, int start, int end) {
        String figure = s.substring(start, end).trim();
        String before = s.substring(Math.max(0, start - 30), start);
        return (PERCENT.matcher(figure).find() && (COMPARATIVE_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 20))).find()
                || MOVES_BEFORE.matcher(before).find()))
                || FRACTION_WORD.matcher(figure).matches();
    }

    /** "cut capture by a fifth", "raise the margin by a third": a fraction in words is a part of the value in force. */
    private static final Pattern FRACTION_WORD = Pattern.compile(
            "(?:an? |one |two |three )?(?:half|halves|thirds?|quarters?|fifths?|tenths?)");

    /**
     * A time moved later or earlier: "slide the mark out four quarters", "push the exit back a year", "pull the sale in by
     * 6 months". Only for a span of time.
     */
    private static final Pattern TIME_MOVED = Pattern.compile(
            "\\b(?:push\\w*|slid\\w*|slip\\w*|mov\\w*|roll\\w*|shift\\w*|kick\\w*|delay\\w*|defer\\w*|pull\\w*|bring\\w*|brought)"
                    + "(?: (?:the |our |its |that )?[a-z'-]+){0,3} (?<dir>out|back|later|forward|in|earlier)(?: by)? $");
    /** After a span of time: the sale or the exit that much before its time ("sell a year early"). */
    private static final Pattern EARLY = Pattern.compile("^ (?:early|earlier|sooner)\\b(?! (?:than|on|in)\\b)");
    /** Right before the span: the sale it moves. */
    private static final Pattern SALE_BEFORE = Pattern.compile("\\b(?:sell|sells|selling|sold|exit|exits|exiting|exited|cash out|get out|go out)(?: out)? $");
    private static final Pattern SPAN_OF_TIME = Pattern.compile("(?:years?|yrs?|months?|mos|mths?|quarters?|qtrs?)$");

    /** +1 for a rise, -1 for a cut, 0 for a figure that is a value of its own. */
    static int direction(String s, int start, int end) {
        String before = s.substring(Math.max(0, start - 60), start);
        String after = s.substring(end, Math.min(s.length(), end + 40));
        Matcher time = TIME_MOVED.matcher(before);
        if (SPAN_OF_TIME.matcher(s.substring(start, end)).find() && time.find()) {
            return time.group("dir").matches("out|back|later") ? 1 : -1;
        }
        if (SPAN_OF_TIME.matcher(s.substring(start, end)).find() && EARLY.matcher(after).lookingAt() && SALE_BEFORE.matcher(before).find()) {
            // "sell a year early", "exit two years sooner" (not "later": "marked at 1.5T six years later" is when, not a move)
            return -1;
        }
        Matcher moved = MOVED_BEFORE.matcher(before);
        if (moved.find()) {
            return moved.group("dir").equals("up") ? 1 : -1;
        }
        Matcher bare = BARE_MOVED.matcher(before);
        if (bare.find()) {
            return bare.group("dir").equals("up") ? 1 : -1;
        }
        Matcher noun = NOUN_MOVED.matcher(before);
        if (noun.find()) {
            return noun.group("dir").equals("up") ? 1 : -1;
        }
        Matcher beyond = BEYOND_THE_VALUE.matcher(after);
        if (beyond.lookingAt() && s.substring(start, end).matches(".*(?:\\d\\s?(?:bn|b|billion|t|tn|trillion)|\\$.*)")) {
            // "exit 200bn above the 830", "a post 100bn below the current one": that much from the value in force
            return beyond.group("dir").matches("above|more than|higher than|on top of") ? 1 : -1;
        }
        if (VERSUS_AFTER.matcher(after).lookingAt() && (SIGNED.matcher(s.substring(start, end)).lookingAt()
                || s.substring(Math.max(0, start - 2), start).matches(".*[+\\-\u2212]\\s?"))) {
            return 1; // the figure carries its sign: added to the value in force
        }
        Matcher verb = MOVES_BEFORE.matcher(before);
        boolean movesBy = verb.find();
        if (UP_BEFORE.matcher(before).find() || UP_AFTER.matcher(after).find() || movesBy && verb.group("up") != null) {
            return 1;
        }
        if (DOWN_BEFORE.matcher(before).find() || DOWN_AFTER.matcher(after).find() || movesBy) {
            return -1;
        }
        return 0;
    }
}
