package org.thesisbot.core.reading;

import static org.thesisbot.core.reading.Figures.display;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures given to be checked. "My draft says Amazon would own about 6% at a 1.2T post, is that right?", "I've got about
 * $23bn a year", "the piece puts the total at $58bn, sound right?": the question gives some figures as inputs (the 1.2T)
 * and one as the claimed answer (the 6%). The claimed one is neither an input nor a target: the answer computes the number
 * and says which figure it read as the claim. Words, not a model: a claim needs someone's figure ("my draft says", "I've
 * got", "a reader emailed") or a request to check ("is that right?", "confirm", "does that hold up?").
 */
final class Claims {
    /** Which of the cases a figure belongs to: "which of your 3 cases gets us there", "where does that sit across bear/base/bull". */
    private static final String WHICH_CASE_WORDS = "\\bwh?ich of (?:your|the|our|these|those) (?:3 |three )?(?:cases|scenarios|worlds)\\b"
            + "|\\bwh?ich (?:one|case|scenario|world)(?: of them)? (?:is (?:that|it|this|he|she|they)\\b|(?:does|do) (?:that|it|this) (?:line up with|match|fit|sit in)\\b"
            + "|matches\\b|fits\\b|(?:is )?(?:he|she|they) (?:describing|talking about|using)\\b)"
            + "|\\bwhere does (?:that|it|this) (?:sit|land|fall) (?:across|among|between|in) (?:your |the )?(?:bear|cases|scenarios)";
    static final Pattern WHICH_CASE = Pattern.compile(WHICH_CASE_WORDS);

    /** A request to check what was said. */
    static final Pattern CHECKING = Pattern.compile(
            "\\b(?:is|was) (?:that|this|it) (?:really |actually |even )?(?:right|correct|true|accurate|fair|in the (?:right )?ballpark|the (?:right|correct) (?:total|number|figure|amount|answer|value|sum))\\b"
                    // "confirm?", "pls confirm", "…. confirm": asked of the reader; not "to confirm it's flowing"
                    + "|(?:^|[.,;:!?\u2014-]\\s*|\\b(?:pls|please|(?:can|could|would) (?:you|u|someone|anyone|somebody)|pls can you) )confirm\\b(?! (?:it'?s|that|whether|if) (?!(?:right|correct|about|around|roughly|\\$?\\d)))|\\bconfirm\\W*$"
                    // "how did you get to roughly 20bn?": the figure is the bot's, and the asker checks its derivation
                    + "|\\bhow did (?:you|u|the bot|thesisbot) (?:get|arrive|come) (?:to|at)\\b"
                    // "can you check that?", "pls verify this": asked to check what was just said
                    + "|\\b(?:can|could|would) (?:you|u|someone|anyone) (?:pls |please )?(?:check|verify|double[- ]?check|sanity[- ]?check) (?:that|this|it|those|these)\\b|\\b(?:pls|please) (?:check|verify|double[- ]?check) (?:that|this|it)\\b"
                    + "|\\bsounds? (?:about )?(?:right|correct)\\b|\\bholds? up\\b|\\bfact[- ]?check|\\b(?:that|this) right\\b|\\b(?:that|this|it)'?s (?:really |actually )?(?:right|correct|accurate)\\W*$"
                    // (not "what exit does it take for that to be true?": the condition of a goal, asked to solve)
                    + "|(?<!\\bto be )\\b(?:right|correct|accurate|true)\\s*\\?|\\bam i (?:right|wrong|off)\\b|\\b(?:does|do) (?:that|this|it) (?:check out|add up|look right)\\b"
                    + "|\\bor is it (?:lower|higher|more|less|bigger|smaller)\\b"
                    // "is it just the five years or something else": the asker's guess, offered with its alternative
                    + "|\\bor (?:something|anything) else\\b|\\bor (?:is it )?(?:more|less|higher|lower|longer|shorter)\\W*$"
                    // "which of your 3 cases gets us there", "which world is that": someone's figure, checked against each case
                    + "|" + WHICH_CASE_WORDS
                    // a tag question or "surely": the asker states the figure and asks to have it confirmed
                    + "|\\b(?:isn'?t|aren'?t|wasn'?t|doesn'?t|won'?t|wouldn'?t|is not|does not) (?:it|that|this|they|there|we)\\s*[?,!]|\\bsurely\\b"
                    + "|(?:^|[-\u2013\u2014,;:]\\s*)(?:still|even) (?:over|more than|less than|under|above|below|at least|at most|>=?|<=?) ?\\$?\\d[^?]{0,30}(?:\\?|$)"
                    // "is the breakeven share in bear still over 100%?": a yes/no question whether the number clears a mark
                    + "|^(?:so |and |but |ok )?(?:is|was|are) (?:[\\w'-]+ ){1,7}?(?:still|even) (?:over|more than|less than|under|above|below|at least|at most) \\$?\\d[^?]{0,12}\\?\\s*$"

                    // a worksheet's "Show that OpenAI must exit at roughly $2.5tn for …", "show that the breakeven share is above
                    // 100%": the figure is the claim to prove, the number computed proves or disproves it
                    + "|(?:^|[.;:!?)\\]]\\s*)show (?:that|how)\\b"
                    // a writer checking a line before printing it: "can I say the stake is worth $90bn", "is it fair to say …"
                    + "|\\b(?:can|could|may|should) (?:i|we) (?:safely |fairly )?(?:say|write|report|print|state|claim|put)\\b|\\bis it (?:fair|right|accurate|safe|correct) to (?:say|write|report|put)\\b"
                    // a yes/no question whether the number comes to a figure: "does the all-in commitment come to 23bn?"
                    + "|\\b(?:does|do|would|will) (?:[\\w'-]+ ){1,6}?(?:come to|come out at|add up to|total|equal|reach|work out (?:at|to)) (?:about |roughly |around |close to )?\\$?\\d[^?]{0,50}\\?"
                    // an auditor's words: "tie it out", "reconcile that", "does it tie"
                    + "|\\btie (?:it|this|that|them|these|those) out\\b|\\btie out\\W*$|\\bdoes (?:it|that|this) tie\\b|\\breconcile (?:it|this|that|them)\\b(?! with (?:the |what the )?(?:article|author|piece|sources?|report|writer))"
                    // "is that below one?": a question about the number's size, answered by the number
                    + "|\\b(?:is|was) (?:that|this|it|(?:the |our |amazon'?s? )?(?:openai |anthropic )?(?:bet|check|cheque|stake|investment|ratio|multiple|number|figure)) (?:still |even )?(?:below|above|under|over|more than|less than|bigger than|smaller than"
                    + "|higher than|lower than|at least|at most) (?:one|zero|1x?|0|\\$?\\d[\\d.]*\\s*(?:%|x|b|bn|t)?)(?!\\w)");
    /** A verb of saying, claiming or guessing, after whoever said it. */
    private static final String SAYS = "(?:says?|said|saying|claims?|claimed|claiming|puts?|has|had|shows?|wrote|writes|reckons?|estimates?"
            + "|quotes?|cites?|emailed|thinks?|insists?|insisted|told me|tells me|guess(?:ed|es)?|suggests?|suggested|argues?|argued"
            + "|reports?|reported|believes?|floated|pitched|mentioned)\\b";
    /** Someone's figure: a draft, a piece, a colleague or the asker themself said it. */
    static final Pattern SAID_BY = Pattern.compile(
            "(?:^|\\b(?:my|our|the|a|this|his|her|their) )(?:draft|piece|note|notes|deck|story|memo|sheet|spreadsheet|write-?up|copy|schedule|workpapers?|working papers?|ledger|tie-?out"
                    + "|colleague|boss|analyst|reader|editor|source|banker|trader|reporter|journalist|contact|friend)\\b[^.?!;]{0,40}?\\b" + SAYS
                    // someone unnamed: "someone claims", "people keep saying", "sources suggest"
                    + "|\\b(?:someone|somebody|people|folks|sources|analysts|the street)\\b[^.?!;]{0,40}?\\b" + SAYS
                    // hearsay: "i was told", "i've heard", "word is", "rumour has it"
                    + "|\\bi (?:was|am|'ve been|have been) told\\b|\\bi'm told\\b|\\bi(?:'ve| have)? heard\\b|\\bword is\\b|\\brumou?r (?:is|has it)\\b|\\breportedly\\b"
                    // "… over 5 yrs. MP guesses 2T ish": a sentence of its own after the question, someone's guess (a name or a role)
                    + "|(?<=[.!?] )(?:[a-z][\\w']{0,15} ){1,2}(?:guesses|guessed|reckons|reckoned|thinks|thought|bets|figures|estimates|estimated)\\b"
                    // the asker's own guess at the answer: "i suppose it's up around two and a half tn", "my guess is 2T"
                    + "|\\bi(?:'d| would)? (?:suppose|guess|imagine|expect|think|reckon|suspect|bet|presume|say)\\b,? (?:that )?(?:it|that|this|the answer|the number|the figure|the result)"
                    + "(?:'s|'d be| is| would be| will be| comes? (?:out|in)| lands?| ends? up)\\b|\\bmy (?:guess|hunch|gut|instinct|estimate|expectation) (?:is|says|would be)\\b"
                    + "|\\bi (?:wrote|have|had|got|computed|calculated|figured|estimated|get|reckon)\\b|\\bi've (?:got|written|computed"
                    + "|calculated|estimated|seen)\\b|\\bi'm getting\\b"
                    // the asker's own attempt: "i tried it by hand and got something around 2 trillion"
                    + "|\\bi (?:tried|did|worked|ran|redid|took a (?:stab|shot)|had a (?:go|crack))\\b[^.?!;]{0,40}?\\b(?:got|get|came to|came up with|arrived at|ended up (?:with|at))\\b");
    /**
     * Right before a claimed figure: a verb of saying or a link from a metric to its value ("says … 40%", "would own about
     * 6%", "at $58bn", "i've got about $23bn", "books about $57bn").
     */
    private static final Pattern CLAIM_BEFORE = Pattern.compile(
            "(?:\\b(?:it|that|this|which|what|answer|number|result)'s|\\b(?:is|was) (?:it|that|this)(?= )|\\b(?:says?|said|claims?|puts?|got|get|getting|wrote|is|are|was|were|at|of|be|to be|books?|earns?|makes?|hits?|reach(?:es)?"
                    + "|told me|tells me|insists?|guess(?:ed|es)?|heard|reckons?|thinks?|(?:get|got|getting|arrived?|arriving|came|come) (?:to|at)"
                    + "|owns?|come to|comes to|equals?|=|would (?:give|own|be worth|be|get|come to|make|earn|book)(?: (?:amazon|it|us|them|aws|we))?"
                    + "|(?:worth|give|gives)(?: (?:amazon|it|us|them|aws|we))?)|'|\")"
                    + "\\s*(?:still |even )?(?:(?:up|down|well|way|probably|likely|maybe|somewhere|in) )*(?:only |just |about |roughly |around |approximately |nearly |almost |~ ?|some |like |something like |something around |somewhere (?:around|about|near) "
                    // "is the openai bet over 5x the anthropic one?": a comparison claimed, checked against the number
                    + "|over |more than |less than |under |above |below |at least |at most |north of |south of )?(?:a |an |the )?\\$?$"
                    // "bull vs base - still over 100% in both?": a comparison said on its own after a dash, of the number asked
                    + "|(?:^|[-\u2013\u2014,;:?]\\s*|\\b)(?:still|even|surely) (?:over|more than|less than|under|above|below|at least|at most) \\$?$");

    private Claims() {
    }

    /** True when the question gives figures to check. */
    static boolean active(Work w) {
        return w.force == null && (CHECKING.matcher(w.s).find() || SAID_BY.matcher(w.s).find()) && !FOR_IT_TO_HOLD.matcher(w.s).find();
    }

    /**
     * "the memo says 2.5x on our check. what valuation does openai need for that to be true?": what would make someone's
     * figure hold is asked, so the figure is a goal to solve for, not one to check.
     */
    private static final Pattern FOR_IT_TO_HOLD = Pattern.compile(
            "\\b(?:what|which|where|how (?:much|high|low|long|big))\\b[^.?!]*\\bfor (?:that|it|this|those|these|them) to (?:be (?:true|right|correct|the case|accurate)|hold(?: up| true)?|stand|work(?: out)?|come true|pencil(?: out)?)\\b");

    /** True when the figure, in a question giving figures to check, sits where a claimed value does. */
    static boolean claimedAt(Work w, Mention m) {
        String before = w.s.substring(Math.max(w.clauseStart(m.start()), m.start() - 60), m.start());
        return CLAIM_BEFORE.matcher(before).find();
    }

    /** Between a metric's words and the value claimed for it: "aws books about $57bn", "the total at $58bn". */
    private static final Pattern METRIC_TO_VALUE = Pattern.compile(
            "^(?:\\s*(?:is|are|was|of|at|about|roughly|around|approximately|nearly|almost|~|=|to be|would be|will be|comes? to|only|just|some))*\\s*\\$?$");

    /**
     * True when the figure follows a metric's words directly (the value said for that metric), and that metric is the one
     * in question: the question asks to check, or names no other metric. "Somebody said the pre-money is only half a
     * trillion, so what would amazon own?" gives the pre-money as a premise of the stake asked, not a claim to check.
     */
    static boolean saidOfMetric(Work w, Mention m) {
        boolean checking = CHECKING.matcher(w.s).find();
        for (Hit h : w.hits) {
            if (h.end() <= m.start() && m.start() - h.end() <= 24
                    && METRIC_TO_VALUE.matcher(w.s.substring(h.end(), m.start())).matches()
                    && Figures.unitFits(h.metric(), m.amount)
                    && (checking || w.hits.stream().allMatch(o -> o.metric() == h.metric()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a goal (or a figure) sits when the question reports someone's figure in a sentence of its own: {@code 1} in
     * that reported sentence (not itself a question: "the piece says the 50bn is 40% of capex."), {@code -1} in another sentence that is
     * a question ("what valuation would leave amazon 10bn underwater? a source guessed 600bn"), {@code 0} otherwise (one
     * sentence, or no one's figure reported).
     */
    static int sentenceOfGoal(Work w, int at) {
        int[] goal = sentence(w.s, at);
        boolean reported = SAID_BY.matcher(w.s.substring(goal[0], goal[1])).find();
        boolean question = w.s.substring(goal[0], goal[1]).strip().endsWith("?");
        boolean another = !w.s.substring(0, goal[0]).isBlank() || !w.s.substring(goal[1]).isBlank();
        if (reported && !question && another) {
            return 1;
        }
        if (!reported && question) {
            Matcher said = SAID_BY.matcher(w.s);
            while (said.find()) {
                if (said.start() >= goal[1] || said.end() <= goal[0]) {
                    return -1;
                }
            }
        }
        return 0;
    }

    /** The sentence around {@code at}: from after the last ".", "?", "!" or line break before it to the next one, inclusive. */
    private static int[] sentence(String s, int at) {
        int start = at;
        while (start > 0 && !isEnd(s, start - 1)) {
            start--;
        }
        int end = at;
        while (end < s.length() && !isEnd(s, end)) {
            end++;
        }
        return new int[] {start, Math.min(s.length(), end + 1)};
    }

    private static boolean isEnd(String s, int i) {
        char c = s.charAt(i);
        // a point between digits is a decimal point ("1.5t"), not a sentence's end
        return c == '?' || c == '!' || c == '\n' || c == '.' && !(i > 0 && i + 1 < s.length()
                && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1)));
    }

    /** True when the question asks for an input in words of its own ("what exit valuation does it take?"): a reverse question. */
    static boolean asksForInput(Work w, Solve asked) {
        // (an input asked by name, or a valuation asked in general: "what valuation does that really take?")
        return asked != null && asked.start() >= 0 && asked.end() > asked.start()
                && ASKING.matcher(w.s.substring(Math.max(0, asked.start() - 25), Math.min(w.s.length(), asked.end()))).find()
                && !SHARE_OF_IT_IS.matcher(w.s.substring(Math.max(0, asked.start() - 40), asked.start())).find();
    }

    /** "what share of it is the openai check": a ratio asked, whose part the input's name only says. */
    private static final Pattern SHARE_OF_IT_IS = Pattern.compile(
            "\\b(?:share|percent(?:age)?|%|fraction|portion|proportion|slice|part) of (?:it|that|this|them|[\\w']+(?: [\\w']+)?) (?:is|are|was|would be|will be)\\s*$");

    private static final Pattern ASKING = Pattern.compile("\\b(?:what|which|how|where)\\b");

    /** A verb of saying or getting, right before the figure: "I get 5%", "says 40%" (not "worth", an exit's own cue). */
    private static final Pattern CLAIM_VERB = Pattern.compile(
            "(?:says?|said|claims?|claimed|gets?|got|getting|wrote|reckons?|estimates?|puts? it at|has it at|have it at)"
                    + "\\s*(?:only |just |about |roughly |around |approximately |nearly |almost |~ ?|like )?\\$?");

    /** True when the words that cue the figure's input are the claim's own verb ("I *get* 5% at a 1T post"). */
    static boolean cuedByClaim(Work w, Mention m, int[] cue) {
        return cue != null && cue[0] < m.start() && m.start() - cue[0] <= 30
                && CLAIM_VERB.matcher(w.s.substring(cue[0], m.start())).matches();
    }

    /** A guess's hedge before its figure: "roughly", "ballpark", "~", "north of", "i'd guess". */
    private static final Pattern GUESS_BEFORE = Pattern.compile(
            "^\\s*(?:(?:so|like|maybe|probably|prob|likely|surely|definitely|presumably|(?:maybe|probably|prob|likely|still|even|well|way|far|much|comfortably|easily|slightly|a bit|a little|just) (?:over|above|under|below|more than|less than)|about|around|roughly|approx(?:imately)?\\.?|ballpark|circa|north of|south of"
                    + "|at least|more than|less than|nearly|almost|something like|i'?d (?:guess|say|expect|think|imagine)|i guess|guessing"
                    // "…, iirc its still over 100pc": from memory, the asker's own figure
                    + "|iirc|afaik|if i recall(?: correctly| rightly)?|from memory"
                    + "|(?:my|our) (?:(?:rough|best|own|gut|first|quick|back-of-(?:the-)?envelope) )?(?:guess|bet|hunch|gut(?: feel(?:ing)?)?|expectation|sense|instinct)(?:'s| is| would be| says)?(?: (?:over|above|under|below|upwards of))?|i (?:bet|expect|suspect)"
                    + "|i think|i assume|i reckon|is it|is that|it'?s|that'?s|or"
                    // "…, and what does it mean if that comes out above 100%?": a size the answer may have, asked about
                    + "|(?:and )?what (?:does|would) (?:it|that) mean|if (?:that|it|this|the (?:answer|number|result)) (?:comes? out|is|ends? up"
                    + "|lands?|turns? out(?: to be)?)(?: (?:above|below|over|under|at|more than|less than))?)\\s+|~\\s*)*\\$?$");
    /** And after it: "-ish", "or so", "i assume", "right?". */
    private static final Pattern GUESS_AFTER = Pattern.compile(
            "^(?:\\s*-?\\s*ish\\b|\\s*\\)|,?\\s+(?:or so|give or take|i (?:assume|think|guess|reckon|believe|suppose)|i'?d (?:guess|say|think)|from memory|if i remember(?: rightly| correctly)?|iirc|right|correct|yeah|no"
                    + "|or more|or less|or thereabouts|presumably|rite|ryt))*\\s*[?!.]*\\s*(?:confirm\\W*)?"
                    // "…, my rough guess is ~1.7tn but i'd rather not rely on it": a hedge of its own after the guess, with
                    // no figure and nothing asked
                    + "(?:,?\\s*(?:but|though|tho|although|-+)\\s+[^\\d?$%]*[.!]*\\s*)?$");
    /** Where a clause ends, for a guess said after the question: a comma, a dash, a question mark, a full stop. */
    private static final Pattern GUESS_CLAUSE_END = Pattern.compile("[,;:?!(]|\\s[-\u2014\u2013]+\\s|\\.\\s|\\s-(?=\\s*[~$\\d])");

    /**
     * A guess at the answer after the question: "whats the multiple - roughly 1.5x?", "stake at a 1.3T post? ballpark
     * 4%?", "exit for a 20% irr? 2T-ish?", "bull exit assumption - 1.5T?". The last clause holds only the figure and
     * its hedges, and something before it asks. The guess is the figure to check, neither an input nor a target.
     */
    static void guesses(Work w) {
        for (Mention m : openFigures(w)) {
            int start = 0;
            String boundary = "";
            java.util.regex.Matcher e = GUESS_CLAUSE_END.matcher(w.s);
            while (e.find() && e.end() <= m.start()) {
                start = e.end();
                boundary = e.group().strip();
            }
            if (start == 0 || w.s.substring(0, start).replaceAll("\\W", "").length() < 6) {
                continue; // the whole question: nothing before it asks
            }
            String before = w.s.substring(start, m.start());
            String after = w.s.substring(m.end());
            if (!GUESS_BEFORE.matcher(before).matches() || !GUESS_AFTER.matcher(after).matches()) {
                continue;
            }
            // a hedge says it is a guess ("roughly 1.5x", "2T-ish"); without one, only a figure asked on its own after the
            // question ("bull exit assumption; 1.5T?") is, not a figure listed after a comma ("irr at a 1.2T exit, 5 years?")
            boolean hedged = !before.isBlank() || !after.replaceAll("[\\s?!.]", "").isEmpty();
            boolean asked = (boundary.equals("?") || boundary.equals(";") || boundary.startsWith("-") || boundary.startsWith("\u2014"))
                    && after.strip().startsWith("?");
            if (hedged || asked) {
                claim(w, m);
                w.guessFrom = Math.min(w.guessFrom, start);
            }
        }
    }

    /** A figure stated as the answer, hedged: "is like 1.7T", "needs to be like 52%", "i'm getting like 58%", "profit of like 23B". */
    private static final Pattern STATED_BEFORE = Pattern.compile(
            "\\b(?:is|'s|are|be|=|gives?|comes? to|works? out (?:to|at)|getting|get|of|(?:we'?re|we are|i'?m|it'?s|that'?s|sits?|stands?|comes? in|lands?) at)"
                    + "\\s+(?:like|roughly|about|around|approx(?:imately)?|~)\\s*~?\\$?$");
    /** Then a tag that asks to have it confirmed, after at most a few words that set nothing: "…, no?", "… on the check, right?". */
    private static final Pattern TAGGED_AFTER = Pattern.compile(
            "^(?:\\s+(?!(?:if|when|assuming|at|with|for)\\b)[a-z][\\w'-]*){0,5}\\s*[,-]?\\s*"
                    + "(?:right|no|yeah|yes|yea|ya|correct|eh|innit|ok|okay|rite|ryt)\\s*\\?+");

    /**
     * "exit for a 2x on the check is like 1.7T, no?", "the margin needs to be like 52%, right?": the asker states the
     * answer, hedged, and asks to have it confirmed. That figure is the claim, neither an input nor a target.
     */
    static void stated(Work w) {
        for (Mention m : openFigures(w)) {
            String before = w.s.substring(Math.max(0, m.start() - 40), m.start());
            if (STATED_BEFORE.matcher(before).find() && TAGGED_AFTER.matcher(w.s.substring(m.end())).lookingAt()) {
                claim(w, m);
            }
        }
    }

    /** "not the", "rather than your", "instead of the": a figure set aside. */
    private static final Pattern SET_ASIDE_BEFORE = Pattern.compile(
            "\\b(?:not|rather than|instead of|in place of|vs|versus|below|above|under|over|than)\\s+(?<own>the|your|ur|the model's|its)\\s+(?:[a-z]+\\s+)?\\$?$");
    /** After the figure, that it is the model's own: "you assume", "you're using", "in the model", "default". */
    private static final Pattern MODELS_OWN_AFTER = Pattern.compile(
            "^\\s*(?:[a-z%]+\\s+){0,2}?(?:(?:you|u|the model|we|it|(?:bull|base|bear)(?: case)?(?:'s)?)(?:'re|'ve| are| have| is)?\\s+(?:already\\s+)?(?:assum(?:e|es|ing)|us(?:e|es|ing)|plug(?:s|ging)?(?: in)?|ha(?:ve|s)|got|run(?:s|ning)?|carr(?:y|ies|ying)|pencil(?:led)? in)"
                    + "|assumed|in (?:the|your) (?:model|base case|numbers)|default)\\b");

    /**
     * "breakeven capture share in bull (the breakeven one, not the 70% you assume)", "28 cents instead of your 35": a figure
     * named as the model's own and set aside. It is no input of the question: used, it would replace some other input.
     */
    static void setAside(Work w) {
        for (Mention m : openFigures(w)) {
            Matcher before = SET_ASIDE_BEFORE.matcher(w.s.substring(Math.max(0, m.start() - 40), m.start()));
            if (before.find() && (!before.group("own").equals("the") || MODELS_OWN_AFTER.matcher(w.s.substring(m.end())).lookingAt())) {
                m.consumed = true;
                w.unused.add("I didn't use " + display(m.amount) + ": you named it as the model's own figure, set aside.");
                w.cues.add("figure " + m.amount.text() + " is the model's, set aside");
            }
        }
    }

    /**
     * "breakeven capture share in base is over 100%??", "the irr comes in below 5% right": a size that a metric named
     * before it is compared with, of that metric's unit. It is the figure to check, not an input (the margin, here).
     */
    static void comparisons(Work w) {
        for (Mention m : openFigures(w)) {
            int clause = w.clauseStart(m.start());
            java.util.regex.Matcher c = COMPARED_BEFORE.matcher(w.s.substring(clause, m.start()));
            if (!c.find()) {
                if (yesNoComparison(w, m, clause)) {
                    claim(w, m);
                }
                continue;
            }
            if (!GUESS_AFTER.matcher(w.s.substring(m.end())).matches() && !COMPARISON_ENDS.matcher(w.s.substring(m.end())).lookingAt()) {
                continue; // "before the check is below 30% of it": the figure is part of a condition, not the question's end
            }
            int comparedAt = clause + c.start();
            boolean named = w.hits.stream().anyMatch(h -> h.strong() && h.end() <= comparedAt && h.start() >= clause
                    && m.amount.kind() != org.thesisbot.core.scenario.Amount.Kind.PLAIN
                    && m.amount.kind() != org.thesisbot.core.scenario.Amount.Kind.VALUATION_FACTOR && Figures.unitFits(h.metric(), m.amount));
            if (named) {
                claim(w, m);
            }
        }
    }

    /** A bar's name after its figure: "vs our 20bn internal limit", "under our 75bn ceiling", "a 12bn bar". */
    private static final Pattern BAR_AFTER = Pattern.compile(
            "^\\s*(?:\\+|or (?:more|higher|better|above|less|lower|below))?\\s*(?:[a-z-]+\\s+){0,2}?(?:limit|bar|ceiling|cap|hurdle|threshold|floor|cut-?off|red ?line|guardrail|trigger)s?\\b");
    /** What a bar's figure follows when its name comes after it: "vs our", "under a", "against the". */
    private static final Pattern BAR_AFTER_LEAD = Pattern.compile(
            "\\b(?:vs\\.?|versus|against|under|below|within|over|above|our|a|an|the|my|their|its|internal|hard|soft)\\s+(?:[a-z-]+\\s+)?\\$?$");
    /** A bar's name before its figure: "our ceiling is 750", "the limit: 20bn", "plan needs at least 15bn". */
    private static final Pattern BAR_BEFORE = Pattern.compile(
            "\\b(?:limit|bar|ceiling|cap|floor|cut-?off|red ?line|guardrail|threshold)s?(?: (?:is|of|at|sits at|set at|=|:))?"
                    + "\\s*(?:at least |at most |over |above |under |below |>=? ?|<=? ?)?~?\\$?$");
    /** What a plan needs, said beside a number asked for: "per yr in bull — plan needs ≥15bn" (asking for an input, a goal). */
    private static final Pattern NEEDS_BEFORE = Pattern.compile(
            "\\b(?:plan|ic|committee|board|mandate|memo|policy) (?:needs?|requires?)\\s*(?:at least |over |above |>=? ?)?~?\\$?$");
    /** A mark the cases are counted against: "how many of the 3 cases top 20bn", "any case where it clears 1.5x". */
    private static final Pattern COUNTED_MARK = Pattern.compile(
            "\\b(?:tops?|clears?|exceeds?|beats?|covers?|above|below|under|over|at least|at most|more than|less than|>=?|<=?)\\s*~?\\$?$");
    /**
     * True when the figure is of the input's own kind (money for a valuation, a share for the margin): a bar of another
     * kind beside an input asked for is the goal it is solved for ("bar is 2.5x … exit oai has to reach").
     */
    /** A clause that is only a mark, or "is that" and a mark: "more or less than", "is that north of", "- above". */
    private static boolean markedAlone(String clause) {
        Matcher mark = MARK_BEFORE.matcher(clause);
        return mark.find() && MARK_OPENING.matcher(clause.substring(0, mark.start())).matches();
    }

    private static final Pattern MARK_OPENING = Pattern.compile(
            "^\\s*(?:[-\u2013\u2014,;:]\\s*)?(?:(?:and|so|but)\\s+)?(?:(?:is|was|would|will|does|do) (?:that|it|this|the answer)(?: be| come in| land)?\\s*)?$");

    private static boolean sameKind(org.thesisbot.core.scenario.InputId input, org.thesisbot.core.scenario.Amount a) {
        return switch (input) {
            case AWS_CAPTURE_SHARE, AWS_OPERATING_MARGIN, TAX_RATE -> a.kind() == org.thesisbot.core.scenario.Amount.Kind.RATIO;
            case COMPUTE_YEARS, HOLDING_YEARS -> a.kind() == org.thesisbot.core.scenario.Amount.Kind.YEARS;
            default -> a.kind() == org.thesisbot.core.scenario.Amount.Kind.MONEY || a.kind() == org.thesisbot.core.scenario.Amount.Kind.PLAIN;
        };
    }

    /** A yes/no question whether the numbers clear bars: "does that clear", "do we miss", "do we get", "would it meet". */
    private static final Pattern CHECKS_BARS = Pattern.compile(
            "\\b(?:does|do|did|would|will|can|could)\\s+(?:that|it|this|we|us|they|amazon|amzn|(?:the|our) [\\w-]+(?: [\\w-]+)?)\\b(?:\\s+(?:still|even|actually|really))?\\s+(?:clear|meet|miss|hit|beat|pass|top|make|get|reach|satisfy)\\b");
    /** The question says there is more than one bar: "or just one of them", "one or both", "both", "either", "and". */
    private static final Pattern ONE_OR_BOTH = Pattern.compile("\\b(?:both|either|neither|one or both|just one|only one|each)\\b|\\b(?:and|&)\\b");
    /** Between the verb and a bar: only the bars' own words ("clear our 2x and a 15% irr"). */
    private static final Pattern BARS_AFTER_VERB = Pattern.compile(
            "^(?:\\s?(?:our|the|a|an|my|both|at least|\\d[\\d.,]*(?:x|%|bn|b|t|tn)?\\+?|and|&|or|irr|moic|multiple|return|bar|hurdle|mark)(?![\\w%+]))*\\s?$");
    /** The longest run of words between a checking verb and a bar (longer is no list of bars, and is not matched at all). */
    private static final int BARS_AFTER_VERB_MAX = 60;
    /** A comparison that gives an input's value, not a bar: "an exit over 1.5T", "margin above 40%". */
    private static final Pattern INPUT_MARKED = Pattern.compile(
            "\\b(?:exit|exits|valuation|post(?:-money)?|pre(?:-money)?|margin|capture|hold|holding|check|cheque|round|raise|spend|budget|capex)\\s+(?:is |are |of |at |comes in )?(?:over|above|under|below|at least|more than|less than|>=?|<=?)\\s*~?\\$?$");

    /** A verb that makes a bar the goal of an input asked for: "what exit clears the bar of 2x". */
    private static final Pattern GOAL_VERB = Pattern.compile("\\b(?:clears?|meets?|hits?|reach(?:es)?|gets? (?:us )?(?:to|over|past)|pass(?:es)?|beats?|tops?|makes?)\\b");
    private static final Pattern COUNTS_CASES = Pattern.compile(
            "\\bhow many\\b|\\b(?:any|all|every|each|none|which) (?:of )?(?:the |our |them\\b)?(?:three |3 )?(?:cases?|scenarios?|of them|3|three)\\b");

    /**
     * A bar the answer is measured against, named as one: "aws profit in bear vs a 12bn bar", "anthropic exposure vs our
     * 20bn internal limit", "what pre does the round imply? our ceiling is 750 on the pre", and a mark the cases are counted
     * against ("how many of the 3 cases top 20bn?"). The bar is the figure to check, never an input. Not when the question
     * asks for an input and the bar could be its goal ("what exit clears our 2x bar?" solves for the bar): then only a bar
     * named before its figure, with no verb that makes it a goal, is one.
     */
    static void bars(Work w, Solve asked) {
        boolean asksInput = asked != null;
        boolean counting = !asksInput && COUNTS_CASES.matcher(w.s).find();
        Matcher checks = CHECKS_BARS.matcher(w.s);
        boolean checking = !asksInput && checks.find() && ONE_OR_BOTH.matcher(w.s).find();
        int verbEnd = checking ? checks.end() : -1;
        for (Mention m : openFigures(w)) {
            if (m.amount.kind() == org.thesisbot.core.scenario.Amount.Kind.CALENDAR_YEAR) {
                continue;
            }
            String before = w.s.substring(Math.max(0, m.start() - 40), m.start());
            String after = w.s.substring(m.end(), Math.min(w.s.length(), m.end() + 40));
            int clause = w.clauseStart(m.start());
            if (asksInput && asked.input() != null && m.start() > asked.end() && sameKind(asked.input(), m.amount)
                    && markedAlone(w.s.substring(clause, m.start())) && GUESS_AFTER.matcher(w.s.substring(m.end())).matches()) {
                // "what exit gets that irr to 25%? more or less than 3.2T?", "exit needed for 2x - is that north of 3.5T?": the
                // asked input's figure set against a mark after the question, in a clause of its own: the mark is checked
                claim(w, m);
                continue;
            }
            boolean named = !asksInput && BAR_AFTER.matcher(after).lookingAt() && BAR_AFTER_LEAD.matcher(before).find()
                    || !asksInput && NEEDS_BEFORE.matcher(before).find()
                    || BAR_BEFORE.matcher(before).find() && !(asksInput && (GOAL_VERB.matcher(w.s.substring(clause, m.start())).find()
                            || asked.input() == null || !sameKind(asked.input(), m.amount)));
            boolean counted = counting && m.amount.kind() != org.thesisbot.core.scenario.Amount.Kind.PLAIN
                    && COUNTED_MARK.matcher(w.s.substring(clause, m.start())).find()
                    && w.hits.stream().anyMatch(h -> h.end() <= m.start() && Figures.unitFits(h.metric(), m.amount));
            // a yes/no question whether the numbers clear two bars ("does that clear our 2x and a 15% irr, or just one?",
            // "do we get profit over 20bn and a breakeven capture under 100%?"): each bar is checked, none is an input
            String inClause = w.s.substring(clause, m.start());
            boolean checkedBar = checking && m.amount.kind() != org.thesisbot.core.scenario.Amount.Kind.PLAIN
                    && m.amount.kind() != org.thesisbot.core.scenario.Amount.Kind.YEARS && !CONDITION.matcher(inClause).find()
                    && !INPUT_MARKED.matcher(inClause).find()
                    && (COUNTED_MARK.matcher(inClause).find()
                            || m.start() >= verbEnd && m.start() - verbEnd <= BARS_AFTER_VERB_MAX
                                    && BARS_AFTER_VERB.matcher(w.s.substring(verbEnd, m.start())).matches());
            if (named || counted || checkedBar) {
                claim(w, m);
                if (checkedBar && m.amount.kind() == org.thesisbot.core.scenario.Amount.Kind.MULTIPLE
                        && w.hits.stream().noneMatch(h -> h.metric().unit() == org.thesisbot.core.api.Unit.MULTIPLE)) {
                    w.barMetrics.add(org.thesisbot.core.scenario.Metric.MOIC); // a multiple with no name is the MOIC
                }
            }
        }
    }

    /**
     * A yes/no question whether a number clears a mark, in any word order: "if aws only takes 40 cents of every dollar, is
     * aws's profit on it still over 15bn?", "is it true amzn is in for more than 70bn all in?", "does aws revenue top
     * 10bn?", and the mark said on its own after the question ("revenue in bear - below 10bn?"). The mark is the figure to
     * check when a metric the question names has its unit, the comparison follows the subject or its verb (not an input's
     * name: "is it worth more at an exit over 1.5T?" gives the exit), and no condition comes between ("is it positive if
     * the exit is over 1T?" sets the exit).
     */
    private static boolean yesNoComparison(Work w, Mention m, int clause) {
        if (m.amount.kind() == org.thesisbot.core.scenario.Amount.Kind.PLAIN
                || m.amount.kind() == org.thesisbot.core.scenario.Amount.Kind.VALUATION_FACTOR) {
            return false;
        }
        String before = w.s.substring(clause, m.start());
        Matcher mark = MARK_BEFORE.matcher(before);
        if (!mark.find()) {
            return false;
        }
        boolean alone = before.substring(0, mark.start()).isBlank();
        boolean yesNo = YES_NO_OPENING.matcher(before).lookingAt() || TRUE_THAT.matcher(w.s.substring(0, m.start())).find();
        if (alone ? clause == 0 || !GUESS_AFTER.matcher(w.s.substring(m.end())).matches()
                : !yesNo || CONDITION.matcher(before.substring(0, mark.start())).find()) {
            return false;
        }
        int markAt = clause + mark.start();
        boolean afterSubject = alone || AFTER_SUBJECT.matcher(before.substring(0, mark.start())).find()
                || w.hits.stream().anyMatch(h -> h.end() <= markAt && w.s.substring(h.end(), markAt).isBlank());
        return afterSubject && w.hits.stream().anyMatch(h -> (!alone || h.end() <= markAt) && Figures.unitFits(h.metric(), m.amount));
    }

    /** The clause asks yes or no: it opens with the verb ("is", "does", "would"), after a word or two of chat. */
    private static final Pattern YES_NO_OPENING = Pattern.compile(
            "^\\s*(?:(?:so|and|but|ok|okay|also|then|hmm+|wait|right|now|and so),?\\s+)?(?:is|are|was|were|does|do|did|will|would|can|could|has|have|should|isn'?t|aren'?t|doesn'?t|won'?t|wouldn'?t)\\b");
    /** "is it true (that) …", "true that …", "am i right that …": a claim put to the bot, asked yes or no. */
    private static final Pattern TRUE_THAT = Pattern.compile(
            "\\b(?:is it (?:true|the case|right|correct|fair to say)|true that|am i right (?:that|in thinking)|do we know (?:that|if|whether))\\b");
    /** The words before a mark that make it the subject's: a pronoun, a verb of being, "worth", "in for". */
    private static final Pattern AFTER_SUBJECT = Pattern.compile(
            "\\b(?:it|that|this|they|them|one|is|are|was|were|be|been|stay|stays|remain|remains|worth|in for|come in|comes in|land|lands|end up|ends up)\\s*$");
    /** A condition before the mark: its figure is then what the question assumes, not what it checks. */
    private static final Pattern CONDITION = Pattern.compile("\\b(?:if|when|whenever|assuming|assume|unless|once|provided|given|suppose|supposing)\\b");
    /**
     * The mark right before the figure, after the subject or its verb: "(it|that|the irr) still over", "worth more than",
     * "in for more than", "tops", "exceeds"; or said alone, opening its clause ("- below 10bn?").
     */
    private static final Pattern MARK_BEFORE = Pattern.compile(
            "(?:^|\\s)\\s*"
                    + "(?:still |even |well |way |far |much |comfortably |easily |safely |really |actually |maybe |probably )?"
                    // "above or below 700bn?", "more or less than 3.2T?": either side asked, the figure still the one to check
                    + "(?:(?:above|over|more|bigger|higher|greater|larger|below|under|less|smaller|lower)\\s?(?:or|/)\\s?(?=(?:above|over|more|bigger|higher|greater|larger|below|under|less|smaller|lower)\\b))?"
                    + "(?:over|above|under|below|more than|less than|at least|at most|north of|south of|beyond|greater than|bigger than|smaller than"
                    + "|higher than|lower than|in excess of|exceeds?|tops?|clears?|beats?|surpass(?:es)?)\\s*(?:our |the |a |an |my )?~?\\$?$");

    private static final Pattern COMPARED_BEFORE = Pattern.compile(
            "\\b(?:is|are|was|'s|be|comes? (?:in|out)|lands?|ends? up) (?:it |that |really |actually |already |well |way |far "
                    + "|much |even |probably |likely |surely )?(?:over|above|under|below|more than|less than|at least|at most|north of"
                    + "|south of|beyond|greater than|bigger than|smaller than)\\s*~?\\$?$");

    /** The comparison ends its clause: "over 100%?? so why …", "below 5% - right?". */
    private static final Pattern COMPARISON_ENDS = Pattern.compile("^\\s*(?:[?!]+|[?!.]*\\s*[-\u2014,;]\\s)");

    /** The figures no reading has taken yet, other than calendar years; none on a second reading (its target is forced). */
    private static List<Mention> openFigures(Work w) {
        if (w.force != null) {
            return List.of();
        }
        return w.mentions.stream().filter(m -> !m.consumed && m.amount.kind() != org.thesisbot.core.scenario.Amount.Kind.CALENDAR_YEAR)
                .toList();
    }

    /** Marks the figure as the claim: used by no input and no target, and said so. */
    static void claim(Work w, Mention m) {
        m.consumed = true;
        w.unused.add("I didn't use " + display(m.amount) + " as an input: I read it as the figure you're checking; the number above is the model's.");
        w.cues.add("figure " + m.amount.text() + " is the figure to check");
    }
}
