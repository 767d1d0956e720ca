package org.thesisbot.core.grounding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What kind of answer a question asks for, read from its form, not its topic: a reason, a risk, a time, a
 * consequence, evidence to watch, a definition, a summary, or a yes or no. Each kind names the words that
 * tend to carry such an answer in English prose ("would suggest", "by the end of", "the risk is"), so a
 * sentence of the right kind ranks above one that merely shares the topic. General English, not
 * knowledge of any one document.
 *
 * @param scene true when the question ends in a clause that only sets its scene ("…, given that 50b is what % of
 *              amazon's capex", "… even though it already backs Anthropic"): what is asked is read without it
 * @param focus the thing a wh-question asks for, as typed ("what's the main <b>risk</b>", "which <b>kpi</b>", "whose
 *              <b>reaction</b>", "what kind of <b>move</b>"): a sentence whose subject names it ("The strategic risk is …")
 *              states what it is; a why-question that names none asks for the "reason" ("The core driver is …"); empty
 *              when the question names none ("what does it get", "what if …", "is it …")
 * @param who   the question asks for a party ("who else is in talks", "whose reaction", "which companies"): a sentence
 *              naming one the question does not name is a candidate answer
 * @param namesFocus the question names what it asks for ("which <b>kpi</b>", "what's the actual <b>point</b>"): {@code focus}
 *              is not only a why-question's implicit "reason"
 * @param others the question asks for parties beside one it has in mind ("who <b>else</b>", "any <b>other</b> names",
 *              "<b>besides</b> Anthropic, whose reaction"): the sources name such a party in that role, so a sentence naming
 *              one answers it; "who's advising on the deal?" presumes no such party, and the sources may name none
 */
record QuestionForm(Set<Kind> kinds, boolean yesNo, Set<String> predicate, String topic, boolean scene, String focus,
                    boolean who, boolean others, boolean namesFocus, boolean happened) {

    /**
     * A yes/no question about what has happened or is so now ("has Anthropic said anything publicly", "did they comment",
     * "is it quiet so far"): a sentence about what will or would happen cannot decide it.
     */
    private static final Pattern HAPPENED = Pattern.compile(
            "(?i)^\\W*(?:(?:so|and|but|ok|also|quick q:?)\\W+)?(?:has|have|hasn'?t|haven'?t|did|didn'?t)\\b|\\b(?:so far|yet|to date|already)\\W*$");

    enum Kind {
        REASON("(?i)\\bwhy\\b|\\bwhat(?:'s| is)? the (?:point|reason|purpose|rationale|logic|motive|goal)\\b|\\breasons?\\b"
                + "|\\bpurpose\\b|\\bmotiv|\\brationale\\b|\\bwhat for\\b|\\bcares?\\b|\\bmatters?\\b|\\bwants? in\\b|\\bwilling\\b",
                "aim aims purpose driver goal designed secure securing lock locking ensure ensures mitigate mitigates "
                        + "because so about anchor capture critical matter"),
        RISK("(?i)\\brisk(?:s|y|ier|iest)?\\b|\\bproblems?\\b|\\bdownsides?\\b|\\bkill(?:s|ed|ing)?\\b|\\bgo wrong\\b|\\bdanger|\\bthreat|\\bworr"
                + "|\\bconcern|\\bcatch\\b|\\bdraw ?backs?\\b|\\bbad\\b|\\bhurt(?:s|ing)?\\b|\\bfail|\\bawkward|\\buncomfortable\\b"
                + "|\\bconflict|\\btensions?\\b|\\bat odds\\b|\\bclash|\\bblow(?:s|n)? up\\b|\\bblew up\\b|\\bbackfir",
                "risk risks tension friction failure breakdown downside undermine alienate costly divergence strain "
                        + "strains dilute dilutes fracture fracturing threat"),
        // "when" asks a time where it opens the question, a clause after a stop or a comma ("if not, when's it due"), a
        // second question or an embedded one ("any idea when …"), or ends it; elsewhere it joins a clause ("how did the
        // stock move when the news got out" asks no time)
        TIME("(?i)(?:^|[?.!;:,])\\W*whens?\\b|\\b(?:and|or|but|so|then)\\W+whens?\\b|\\bwhen\\W*$"
                + "|\\b(?:know|idea|clue|say|says|said|tell (?:me|us)|remind (?:me|us)|sure|expect|expected|guess|wonder|wondering|ask|asks|asked|asking|see) when\\b"
                // "when" that opens a question of its own however the message begins ("tl;dr when does it close"): an
                // auxiliary follows it, which a joining "when" ("… move when the news got out") has not
                + "|\\bwhen\\s+(?:does|do|did|is|are|was|were|will|would|should|can|could|might|must|has|have)\\b"
                + "|\\bdeadlines?\\b|\\bdates?\\b|\\btiming\\b|\\bhow soon\\b|\\bhow long\\b|\\btimelines?\\b|\\bby when\\b|\\bqtrs?\\b",
                "quarter quarters week weeks month months year years deadline end soon coming close closing date "
                        + "january february march april may june july august september october november december"),
        CONSEQUENCE("(?i)\\bwhat if\\b|\\bwhat happens\\b|\\bwhat would happen\\b|\\bif .{3,60}\\bthen\\b|\\bwould mean\\b"
                + "|\\bconsequence|\\bimplication|\\bsignal\\b|\\bmean for\\b",
                "would could suggest suggests signal signals mean means confirm conversely otherwise result raising"),
        EVIDENCE("(?i)\\bwatch(?:es|ed|ing)?\\b|\\btrack(?:s|ed|ing)?\\b|\\bmonitor|\\bkpis?\\b|\\bmetrics?\\b|\\bindicators?\\b|\\bevidence\\b"
                + "|\\bhow (?:would|will|do|can|could) (?:we|you|i|they|investors) (?:know|tell|see)\\b|\\bshow(?:s|ing)? (?:that|it)\\b"
                + "|\\bred flags?\\b|\\bwarning signs?\\b|\\bcatalysts?\\b|\\bsigns?\\b|\\bsignals?\\b"
                // phrasal verbs of watching: "keep an eye on", "keep tabs on", "look out for", "which number we must follow"
                + "|\\bkeep(?:s|ing)? (?:an |our |a close )?eyes? on\\b|\\bkeep(?:s|ing)? tabs on\\b|\\blook(?:s|ing)? out for\\b"
                + "|\\bon the lookout\\b|\\b(?:must|should|shall|to|we|i|they) follow\\b",
                "watch monitor indicator indicators evidence signal signals metric metrics confirm flag uptick "
                        + "reported catalyst"),
        DEFINITION("(?i)^\\W*what(?:'s| is| are) (?:a |an |the )?[\\p{L}\\p{N} '-]{2,40}\\W*$|\\bwhat (?:does|do) .{1,60}\\bmean\\b|\\bwhat (?:do|does) (?:they|you|the article|it) mean\\b"
                + "|\\bmeaning\\b|\\beli5\\b|\\bexplain\\b|\\bdefin|\\bwhat(?:'s| is) (?:a|an|the) .{1,40}\\bthing\\b|\\bin plain\\b",
                "where which meaning means called creating refers essentially"),
        STATUS("(?i)\\byet\\b|\\bso far\\b|\\bto date\\b|\\bcurrently\\b|\\bright now\\b|\\bat the moment\\b|\\bpublicly\\b"
                + "|\\bbrand new\\b|\\btotally new\\b|\\bfirst (?:time|tie|deal|partnership|relationship)|\\bhistory\\b"
                + "|\\bworked together\\b|\\b(?:already|existing) (?:relationship|partnership|deal|ties)\\b"
                // whether a party has spoken or how it is taking it: where things stand with it ("has X said anything",
                // "how's X taking it", "is X ok with this"); "does the article say anything about …" asks about the text
                + "|(?<!\\b(?:article|piece|author|writer|source|sources|report|reporting|text|it|they) )"
                + "\\b(?:said|say|says|commented|reacted|responded|spoken) (?:anything|something|much|publicly)\\b"
                + "|\\bhow(?:'s|\u2019s| is| are|'re| has| have)? \\S+ (?:taking|reacting|responding)\\b|\\b(?:ok|okay|cool|fine|happy|on board) with\\b",
                "now yet currently still already existing silence silent expansion pending remains"),
        SUMMARY("(?i)\\btl;?dr\\b|\\bsummar|\\bgist\\b|\\bin (?:one|a) (?:line|sentence)\\b|\\bbig picture\\b|\\bthesis\\b"
                + "|\\boverview\\b|\\bbottom line\\b|\\bin short\\b",
                ""),
        /**
         * What follows if something does not happen ("what if the term sheet never gets signed", "say the deal falls
         * through"): read from {@link #FAILED_CONDITION}, not from this pattern (which matches nothing); the answer names
         * the failure ("failure to finalize would signal a breakdown") rather than the event the question names.
         */
        FAILURE("(?!)",
                "failure fail fails failed breakdown collapse collapses stall stalls stalled stagnant underwhelming derail "
                        + "invalidate invalidates abandon abandoned unravel unravels fall falls fell");

        private final Pattern question;
        private final Set<String> cues;

        Kind(String question, String cues) {
            this.question = Pattern.compile(question);
            this.cues = Set.copyOf(Terms.words(cues));
        }

        /** Index terms of words that tend to carry this kind of answer. */
        Set<String> cues() {
            return cues;
        }
    }

    /**
     * A condition that the thing does not happen ("if the deal doesn't get done", "what if the term sheet falls
     * apart", "suppose they never sign", "say it falls through"): the answer is a consequence of failure, so the
     * question also has the RISK, CONSEQUENCE and FAILURE kinds. A condition on the speaker ("if I'm not wrong", "if I
     * remember right") hedges what they say and is no such condition.
     */
    private static final Pattern FAILED_CONDITION = Pattern.compile(
            "(?i)(?:\\bif(?!\\s+(?:i|i'm|i\u2019m|im|i am)\\b)(?![^?]{0,60}?\\bor not\\b)|\\bsuppos(?:e|ing)|\\bassum(?:e|ing)|\\bimagine|\\bin case|^\\W*(?:ok\\W+|so\\W+)?say)\\b[^?]{0,60}?\\b(?:not|never|no|\\w+n['\u2019]t|doesnt|dont|didnt|isnt|wont|cant|fails?|failed|falls? (?:apart|through)"
                    + "|collaps\\w*|breaks? down|walks? away|dies|stall\\w*|blows? up|derail\\w*)\\b");
    /**
     * A clause that sets the scene but is not what is asked: "once it's signed, what's the main number to watch",
     * "why is amazon doing this when it already backs anthropic", "…even though it's expensive".
     */
    private static final Pattern LEADING_BACKGROUND = Pattern.compile(
            "(?i)^(\\W*(?:(?:so|ok|okay|but|and|wait|also)\\b[\\s,]*)*)(?:once|after|now that|given that|although|even though|though|assuming)\\b[^,?]{3,80},\\s*");
    private static final Pattern TRAILING_BACKGROUND = Pattern.compile(
            "(?i)[\\s,;-]+(?:even though|although|though|given that|now that|(?:when|while|since|as)\\b(?=[^?]{0,30}\\balready\\b))\\b[^?]*");

    private static final Pattern FILLER = Pattern.compile(
            "(?i)^\\W*(?:(?:so|ok|okay|but|and|wait|hmm+|hey|also|then|right|well|quick q(?:uestion)?|q)\\b[\\s,:;.!-]*)+");
    private static final Pattern YES_NO = Pattern.compile(
            "(?i)^(is|are|was|were|does|do|did|doesn'?t|don'?t|isn'?t|aren'?t|can|could|will|would|should|has|have|had|must|might|may)\\b\\s+(.*)$");
    private static final Set<String> SUBJECT_DETERMINERS = Set.of("the", "this", "that", "these", "those", "a", "an",
            "its", "their", "our", "his", "her", "amazon's", "openai's", "aws's", "anthropic's", "it", "they", "we", "you",
            "he", "she", "there");
    private static final Set<String> PRONOUNS = Set.of("it", "they", "we", "you", "he", "she", "there", "i");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
    /** Words after "this"/"that" that show it stands alone ("is this a ...", "is that really ..."). */
    private static final Set<String> NOT_NOUNS = Set.of("a", "an", "the", "just", "really", "only", "even", "still",
            "also", "not", "all", "any", "so", "too", "more", "less", "what", "how", "because", "deal's");
    private static final Pattern FIGURE = Pattern.compile("\\$?\\d[\\d,.]*(?:%|[a-zA-Z]{0,2})");
    private static final Set<String> UNITS = Set.of("billion", "million", "trillion", "thousand", "bn", "b", "m", "t", "tn",
            "percent", "dollars", "usd", "x");
    private static final Pattern SPLIT_WORDS = Pattern.compile("\\s+");

    static QuestionForm of(String question) {
        String q = question == null ? "" : question.strip();
        // a trailing scene ("…, given that …", "… even though it already backs Anthropic") is not what is asked
        String unfilled = FILLER.matcher(q).replaceFirst("");
        String body = TRAILING_BACKGROUND.matcher(unfilled).replaceFirst("");
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (Kind k : Kind.values()) {
            if (k.question.matcher(body).find()) {
                kinds.add(k);
            }
        }
        if (FAILED_CONDITION.matcher(body).find()) {
            kinds.add(Kind.RISK);
            kinds.add(Kind.CONSEQUENCE);
            kinds.add(Kind.FAILURE);
        }
        Matcher yn = YES_NO.matcher(body);
        boolean yesNo = yn.matches() && !body.toLowerCase(Locale.ROOT).matches("^(could|can|would|will) (you|u)\\b.*");
        Set<String> predicate = new LinkedHashSet<>();
        if (yesNo) {
            predicate.addAll(Terms.of(afterSubject(yn.group(2))));
        }
        return new QuestionForm(kinds, yesNo, predicate, topic(body), !body.equals(unfilled), yesNo ? "" : focus(body).isEmpty() && WHY.matcher(body).find() ? "reason" : focus(body),
                WHO.matcher(body).find(), WHO.matcher(body).find() && OTHERS.matcher(body).find(), !yesNo && !focus(body).isEmpty(),
                yesNo && HAPPENED.matcher(body).find());
    }

    /** A question about parties beside one it has in mind. */
    private static final Pattern OTHERS = Pattern.compile("(?i)\\b(?:else|other|others|another|besides|apart from|aside from|other than)\\b");

    private static final Pattern WHY = Pattern.compile("(?i)\\bwhy\\b");
    /** Nouns that name a reason or purpose (general English): what a why-question asks for, and how a sentence may name it. */
    static final Set<String> REASON_NOUNS = Set.of("reason", "reasons", "purpose", "driver", "drivers", "rationale", "motive",
            "motives", "motivation", "goal", "aim", "point", "logic", "objective", "intent", "why");
    /** Nouns that name a measure to follow (general English): "which kpi", "the key number", "the primary indicator". */
    static final Set<String> MEASURE_NOUNS = Set.of("kpi", "kpis", "metric", "metrics", "indicator", "indicators", "number",
            "numbers", "figure", "figures", "measure", "measures", "gauge", "yardstick", "benchmark");
    /** Nouns that name an event ahead (general English): "the next milestone", "the immediate catalyst". */
    static final Set<String> EVENT_NOUNS = Set.of("milestone", "milestones", "catalyst", "catalysts", "step", "steps", "event",
            "events", "trigger", "triggers", "hurdle", "hurdles", "checkpoint");
    /**
     * Classes of general nouns by which a sentence may name what a question asks for (its subject a noun of the class the
     * question's focus is of): reasons, measures, events ahead.
     */
    static final List<Set<String>> NOUN_CLASSES = List.of(REASON_NOUNS, MEASURE_NOUNS, EVENT_NOUNS);
    /**
     * The phrase has a general noun of a measure or of an event ahead ("key number", "kpi tells", "next milestone"): a thing
     * sentences state by naming it ("The primary financial indicator to monitor is …"), where reasons are given in many
     * ways besides naming one ("The deal's entire purpose is …" is one reason among several).
     */
    static boolean namesMeasureOrEvent(String phrase) {
        return words(phrase.toLowerCase(Locale.ROOT)).stream().anyMatch(w -> MEASURE_NOUNS.contains(w) || EVENT_NOUNS.contains(w));
    }

    /** A question that asks for a party: "who", "whose", "which companies", "any other names". */
    private static final Pattern WHO = Pattern.compile("(?i)\\bwho(?:se|'s|s)?\\b|\\b(?:which|what|any other) (?:other )?(?:compan(?:y|ies)|firms?|partners?|players?"
            + "|backers?|investors?|rivals?|competitors?|parties|party)\\b|\\bany (?:other )?(?:big )?names?\\b"
            // "is anyone besides X also in talks", "has anybody else put money in": a party beside one in mind, asked of a
            // yes/no question
            + "|\\b(?:any|some)(?:one|body) (?:else|besides|other than|apart from|aside from)\\b");
    /** A wh-word that can ask for a thing: the noun phrase after it is what the question asks for. */
    private static final Set<String> WH = Set.of("what", "what's", "whats", "which", "whose");
    private static final Set<String> COPULA = Set.of("is", "are", "was", "were", "'s", "be");
    /** Words between the wh-word and the thing asked for ("what's <i>the one</i> bet", "what <i>kind of</i> move"). */
    private static final Set<String> FOCUS_LEAD = Set.of("the", "a", "an", "our", "their", "its", "his", "her", "this", "that",
            "these", "those", "one", "any", "some", "kind", "type", "sort", "of");
    private static final Pattern FOCUS_TOKEN = Pattern.compile("[\\p{L}\\p{N}$%][\\p{L}\\p{N}'\u2019-]*|[^\\s\\p{L}\\p{N}]");

    /** "what, in the author's view, is …": a wh-word, then an aside between commas. */
    private static final Pattern ASIDE_AFTER_WH = Pattern.compile("(?i)\\b(what|which|whose)\\s*,[^,?]{1,40},\\s*");

    /**
     * The noun phrase a wh-question asks for: after its first "what", "which" or "whose", a copula and determiners
     * ("what's the main risk the article flags" gives "main risk"; "which kpi should we track" gives "kpi"), up to four
     * words that are not stop words, stopping at an adverb ("what's the campus actually for" gives "campus"). A verb
     * right after the noun is kept ("which kpi tells us" gives "kpi tells"): without a part-of-speech tagger it cannot be
     * told from a plural head ("the key risks"), and the comparison by meaning tolerates it. Empty when an auxiliary
     * follows the wh-word ("what does it get", "what would show"), when the word after it reads as a verb ("what
     * happens", "what changed", "what's pushing"), and for "what if".
     */
    static String focus(String body) {
        List<String> tokens = new ArrayList<>();
        // an aside right after the wh-word is not what is asked ("what, in the author's view, is the key number")
        String unaside = ASIDE_AFTER_WH.matcher(body).replaceFirst("$1 ");
        Matcher m = FOCUS_TOKEN.matcher(unaside.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) {
            String t = m.group();
            if (t.endsWith("'s") && t.length() > 2 && WH.contains(t.substring(0, t.length() - 2))) {
                tokens.add(t.substring(0, t.length() - 2));
                tokens.add("'s");
            } else {
                tokens.add(t);
            }
        }
        int i = 0;
        while (i < tokens.size() && !WH.contains(tokens.get(i))) {
            i++;
        }
        if (i == tokens.size()) {
            return "";
        }
        boolean led = tokens.get(i).equals("whats");
        boolean determiner = false;
        i++;
        while (i < tokens.size() && (COPULA.contains(tokens.get(i)) || FOCUS_LEAD.contains(tokens.get(i))
                || tokens.get(i).endsWith("'s") && i + 1 < tokens.size() && !Terms.STOP_WORDS.contains(tokens.get(i + 1)))) {
            led = true;
            determiner |= !COPULA.contains(tokens.get(i));
            i++;
        }
        List<String> out = new ArrayList<>();
        while (i < tokens.size() && out.size() < 4) {
            String t = tokens.get(i);
            if (t.length() < 2 || !Character.isLetterOrDigit(t.charAt(0)) && t.charAt(0) != '$' || Terms.STOP_WORDS.contains(t)) {
                break;
            }
            boolean kindNoun = NOUN_CLASSES.stream().anyMatch(c -> c.contains(t)); // "what numbers", "which metrics": plural nouns
            if (out.isEmpty() && !kindNoun && (!led && t.endsWith("s") || t.endsWith("ed") || !determiner && t.endsWith("ing"))) {
                return ""; // "what happens", "what changed", "what's pushing", "what's that supposed to": a verb, not a thing
            }
            if (t.endsWith("ly") && !out.isEmpty()) {
                break; // "the indiana campus actually for"
            }
            out.add(t);
            i++;
        }
        return String.join(" ", out);
    }

    /** Words before a noun phrase that a question asks about by its quantity or presence ("<b>any</b> lockup", "<b>how many</b> board seats"). */
    private static final Set<String> QUANTIFIERS = Set.of("any", "no");
    private static final Set<String> HOW_QUANTITY = Set.of("many", "much");
    /** Verbs of getting or needing whose object a yes/no question asks about ("does Amazon <b>get</b> a board seat"). */
    private static final Set<String> GETTING = Set.of("get", "gets", "getting", "got", "need", "needs", "require", "requires",
            "receive", "receives", "obtain", "obtains");
    /** Words of saying before "about" whose object a question asks the sources for ("say anything about …"). */
    private static final Set<String> SAYING = Set.of("anything", "something", "mention", "mentions", "word", "detail", "details",
            "info", "commentary", "guidance", "nothing");
    private static final Set<String> CLAUSE_WH = Set.of("what", "how", "whether", "if", "when", "where", "who", "which", "why");
    private static final Set<String> ABOUT = Set.of("about", "on", "of", "re", "regarding");
    private static final Set<String> OBJECT_LEAD = Set.of("a", "an", "any", "the", "some", "other", "kind", "type", "sort", "of");
    private static final Set<String> COORDINATION = Set.of("or", "and", "/", ",", "&");

    /**
     * The noun phrases a question asks about, as typed: the thing a wh-question asks for ({@link #focus}: "what's the
     * <b>liquidation pref</b>"), what it asks the quantity or presence of ("how many <b>board seats</b>", "any <b>lockup</b> or
     * <b>liquidation pref</b>"), and the object of a verb of getting or needing ("does Amazon get a <b>board seat</b>", "does it
     * need <b>antitrust</b> sign off"). Each is up to three words that are not stop words; coordinated phrases ("any X or Y")
     * each count. General English, no document's words: whether the sources mention them is for the caller to judge.
     */
    static List<String> asked(String question) {
        String body = TRAILING_BACKGROUND.matcher(FILLER.matcher(question == null ? "" : question.strip()).replaceFirst("")).replaceFirst("");
        Set<String> out = new LinkedHashSet<>();
        String f = String.join(" ", words(focus(body)).stream().filter(QuestionForm::isWord).toList());
        if (!f.isEmpty()) {
            out.add(f);
        }
        List<String> tokens = new ArrayList<>();
        Matcher m = FOCUS_TOKEN.matcher(body.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) {
            tokens.add(m.group());
        }
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean quantity = QUANTIFIERS.contains(t) || t.equals("how") && i + 1 < tokens.size() && HOW_QUANTITY.contains(tokens.get(i + 1));
            // a verb of getting asks about its object when a determiner introduces it ("get a board seat", not "gets inked")
            boolean getting = GETTING.contains(t) && i + 1 < tokens.size() && OBJECT_LEAD.contains(tokens.get(i + 1));
            // "does the piece say anything about amazon getting voting rights": what a question of saying asks about, past
            // a subject and its verb of getting
            boolean about = t.equals("about") && i > 0 && SAYING.contains(tokens.get(i - 1));
            if (!quantity && !getting && !about) {
                continue;
            }
            int j = t.equals("how") ? i + 2 : i + 1;
            if (quantity && j + 1 < tokens.size() && SAYING.contains(tokens.get(j)) && ABOUT.contains(tokens.get(j + 1))) {
                j += 2; // "any word on the timeline", "any detail about a board seat": what the word is about
                about = true;
            }
            if (about && j + 2 < tokens.size() && GETTING.contains(tokens.get(j + 1)) && isWord(tokens.get(j + 2))) {
                j += 2;
            }
            if (about && j < tokens.size() && CLAUSE_WH.contains(tokens.get(j))) {
                continue; // a clause, not a thing: see clauseTails
            }
            while (true) {
                while (j < tokens.size() && OBJECT_LEAD.contains(tokens.get(j))) {
                    j++;
                }
                List<String> phrase = new ArrayList<>();
                while (j < tokens.size() && phrase.size() < 3 && isWord(tokens.get(j))) {
                    phrase.add(tokens.get(j));
                    j++;
                }
                if (phrase.isEmpty()) {
                    break;
                }
                out.add(String.join(" ", phrase));
                if (j + 1 < tokens.size() && COORDINATION.contains(tokens.get(j)) && isWord(tokens.get(j + 1)) || j + 1 < tokens.size()
                        && COORDINATION.contains(tokens.get(j)) && OBJECT_LEAD.contains(tokens.get(j + 1))) {
                    j++;
                } else {
                    break;
                }
            }
        }
        out.addAll(listed(body));
        return List.copyOf(out);
    }

    /**
     * The last two words of a clause a question of saying asks about ("any word on what this does to amazon's <b>credit
     * rating</b>"), where English puts the thing the clause is about; empty for any other question.
     */
    static List<String> clauseTails(String question) {
        List<String> tokens = new ArrayList<>();
        Matcher m = FOCUS_TOKEN.matcher(question == null ? "" : question.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) {
            tokens.add(m.group());
        }
        List<String> out = new ArrayList<>();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            boolean about = ABOUT.contains(tokens.get(i)) && (SAYING.contains(tokens.get(i - 1))
                    || i >= 2 && SAYING.contains(tokens.get(i - 1)) && QUANTIFIERS.contains(tokens.get(i - 2)));
            if (!about || !CLAUSE_WH.contains(tokens.get(i + 1))) {
                continue;
            }
            int end = i + 2;
            while (end < tokens.size() && !COORDINATION.contains(tokens.get(end)) && !tokens.get(end).matches("[?.!;:]")) {
                end++;
            }
            List<String> tail = tokens.subList(i + 2, end).stream().filter(QuestionForm::isWord).toList();
            if (tail.size() >= 2) {
                out.add(String.join(" ", tail.subList(tail.size() - 2, tail.size())));
            }
        }
        return out;
    }

    /** Where a list of examples starts: a dash or a colon ("the terms - liq pref, board seat", "which rights: 1) …"). */
    private static final Pattern LIST_START = Pattern.compile("\\s[-\u2013\u2014]\\s|:\\s");
    /** What separates the items of such a list: commas, semicolons, "or", "and", item numbers ("1)", "2."). */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("(?i)\\s*(?:[,;/]|\\bor\\b|\\band\\b|\\(?\\b\\d{1,2}[).])\\s*");

    /** Words that end a list without naming anything ("…, anything?", "…, something else"). */
    private static final Set<String> PLACEHOLDERS = Set.of("anything", "something", "everything", "else", "etc", "whatever",
            "stuff", "others");

    /**
     * The noun phrases of a list of examples the question gives after a dash or a colon ("the actual terms - <b>liq
     * pref</b>, <b>board seat</b>, anything?", "which rights: 1) <b>board seats</b>, 2) <b>observer rights</b>"): each up to
     * three words that are not stop words, read up to the end of its sentence; empty when there are fewer than two items.
     */
    static List<String> listed(String question) {
        Matcher start = LIST_START.matcher(question == null ? "" : question);
        if (!start.find()) {
            return List.of();
        }
        String rest = question.substring(start.end()).split("[?.!]\\s|[?!]$|\\.$")[0];
        List<String> out = new ArrayList<>();
        int items = 0;
        for (String item : LIST_SEPARATOR.split(rest)) {
            List<String> phrase = new ArrayList<>();
            Matcher m = FOCUS_TOKEN.matcher(item.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
            while (m.find() && phrase.size() < 3) {
                String t = m.group();
                if (OBJECT_LEAD.contains(t) && phrase.isEmpty()) {
                    continue;
                }
                if (!isWord(t) || PLACEHOLDERS.contains(t)) {
                    break;
                }
                phrase.add(t);
            }
            items += item.isBlank() ? 0 : 1;
            if (!phrase.isEmpty()) {
                out.add(String.join(" ", phrase));
            }
        }
        return items >= 2 ? out : List.of();
    }

    /** A word that can be part of a noun phrase: letters first, two characters or more, not a stop word. */
    private static boolean isWord(String t) {
        return t.length() >= 2 && Character.isLetter(t.charAt(0)) && !Terms.STOP_WORDS.contains(t) && !t.endsWith("ly")
                && !t.endsWith("'s") && !PARTICLES.contains(t);
    }

    /**
     * Interjections and discourse particles ("no wait", "main risk is what ah", "abeg", "ngl"): they carry the asker's tone,
     * never a thing asked about, so they are never a focus the sources could lack. A closed class of English (and the
     * English of Singapore, Nigeria and chat), not any document's words.
     */
    private static final Set<String> PARTICLES = Set.of("wait", "ah", "aah", "oh", "eh", "lah", "leh", "lor", "meh", "sia", "hmm", "hm",
            "um", "umm", "uh", "ugh", "oops", "yeah", "yep", "yup", "nope", "ok", "okay", "lol", "lmao", "bro", "mate", "sef",
            "abeg", "fr", "ngl", "tbh", "pls", "plz", "thx", "btw", "imo", "idk", "haha", "wow", "hey", "hi", "cheers", "o");

    /** "the 115b just a budget number" -> "just a budget number": the words after the subject (a determiner and a noun, or one word). */
    private static String afterSubject(String rest) {
        String[] w = SPLIT_WORDS.split(rest.strip());
        if (w.length <= 1) {
            return rest;
        }
        String first = w[0].toLowerCase(Locale.ROOT);
        String second = w[1].toLowerCase(Locale.ROOT);
        boolean pronoun = PRONOUNS.contains(first)
                || DEMONSTRATIVES.contains(first) && (NOT_NOUNS.contains(second) || second.endsWith("ly"));
        int skip = SUBJECT_DETERMINERS.contains(first) && !pronoun ? 2 : 1;
        if (w.length > skip && w[skip - 1].endsWith("'s")) {
            skip++; // "amazon's capex the biggest"
        }
        if (skip >= 2 && FIGURE.matcher(w[skip - 1]).matches()) {
            while (w.length > skip && (FIGURE.matcher(w[skip]).matches() || UNITS.contains(w[skip].toLowerCase(Locale.ROOT)))) {
                skip++; // "the $115 billion just a budget"
            }
        }
        return String.join(" ", List.of(w).subList(Math.min(skip, w.length), w.length));
    }

    /** The question without fillers and trailing punctuation, for "The sources don't say X directly"; empty when too long. */
    private static String topic(String body) {
        String t = body.replaceAll("[?!.\\s]+$", "").replaceAll("\\s+", " ");
        return t.split(" ").length > 16 || t.length() > 120 ? "" : t;
    }

    /**
     * {@code question} without a clause that only sets the scene ("once it's signed, …", "… when it already backs
     * Anthropic"); the question itself when it has none, or when nothing would be left.
     */
    static String foreground(String question) {
        String q = question == null ? "" : question;
        Matcher lead = LEADING_BACKGROUND.matcher(q);
        String out = lead.find() ? lead.group(1) + q.substring(lead.end()) : q;
        out = TRAILING_BACKGROUND.matcher(out).replaceFirst("");
        return Terms.of(out).isEmpty() ? q : out;
    }

    /** {@code question} without the words that only say what kind of answer it wants ("eli5", "tl;dr", "kpis", "why"). */
    static String withoutFormWords(String question) {
        String q = question == null ? "" : question;
        for (Kind k : Kind.values()) {
            q = k.question.matcher(q).replaceAll(" ");
        }
        return q;
    }

    boolean is(Kind k) {
        return kinds.contains(k);
    }

    /**
     * The answer cue terms of every kind the question has, but {@link Kind#FAILURE}'s: that kind counts only as
     * evidence of its own ({@link #kindCues}), with the weight fitted for it.
     */
    Set<String> cues() {
        Set<String> out = new LinkedHashSet<>();
        kinds.stream().filter(k -> k != Kind.FAILURE).forEach(k -> out.addAll(k.cues()));
        return out;
    }

    /** Words that decide a yes or no: a negation, a restriction or a verdict. */
    static final Set<String> VERDICT = Set.copyOf(Stream.of("not", "no", "never", "nor", "neither", "none", "nothing",
            "cannot", "rather", "instead").toList());

    /** True when {@code sentence} (raw text) carries a verdict word. */
    static boolean hasVerdict(String sentence) {
        for (String w : sentence.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^a-z']+")) {
            if (VERDICT.contains(w) || w.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    static List<String> words(String s) {
        return new ArrayList<>(List.of(SPLIT_WORDS.split(s)));
    }
}
