package org.thesisbot.core.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.RouteDecision;
import org.thesisbot.core.state.ThreadState;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.Interpretation;
import org.thesisbot.core.scenario.Interpreter;
import org.thesisbot.core.scenario.Metric;

/**
 * Routes a question: numeric, narrative, mixed, help or out of scope. Deterministic and explainable:
 * every decision records its signals (interpreter confidence, retrieval score, cue words). No network.
 * Retrieval is only consulted when the words alone do not decide.
 */
public final class Router {
    private static final Pattern HELP = Pattern.compile(
            "^(?:(?:hi|hello|hey|hiya|yo|good morning)(?: there| thesisbot| bot)?[,!. ]+)?(?:help|\\?|what can you do|what do you do|what can i ask(?: you)?|how do(?:es)? (?:i|you|this|it) (?:use|work)"
                    + "(?: you| this| thesisbot)?|commands?|usage|what are you|who are you|what do you know(?: about)?|what can you help with"
                    + "|what (?:questions|things) can i ask|menu|examples?)\\b.{0,20}$");
    private static final Pattern GREETING = Pattern.compile(
            "^(?:hi|hello|hey|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening|day))"
                    + "(?: there| all| team| thesisbot| bot| everyone| folks)?[ !.,:)]*$");
    private static final Pattern THANKS = Pattern.compile(
            "^(?:(?:ok|okay|great|cool|nice|perfect|got it|makes sense)[,!. ]*)?(?:thanks|thank you|thanks a lot|many thanks|cheers|ty)?"
                    + "(?: so much| very much| a lot)?(?: thesisbot| bot| team)?[ !.,:)]*$");
    /** "what does MOIC mean?", "define IRR": answered with the metric's definition and its value. */
    private static final Pattern DEFINITION = Pattern.compile(
            "what (?:does|do|is|are|'s) (?:an? |the )?.{1,40} (?:mean|stand for)\\b|\\bdefine\\b|\\bdefinition\\b"
                    + "|^what(?:'s| is) (?:an? )?(?:moic|irr|post[- ]money(?: valuation)?|pre[- ]money(?: valuation)?|breakeven capture share"
                    + "|circular return ratio|combined payoff)\\??$|how (?:is|do you|does it) (?:the )?.{1,30} (?:calculated|computed|worked out)");
    private static final Pattern ADVERSARIAL = Pattern.compile(
            "ignore (?:all |any |the |your )?(?:previous |prior |above |earlier )?(?:instructions|prompts?|rules)"
                    + "|system prompt|(?:your|the) (?:instructions|prompt|rules) (?:verbatim|word for word)|jailbreak|\\bdan mode"
                    + "|api[ _-]?keys?|secret (?:key|token)|signing secret|bot token|access token|password|credentials?"
                    + "|reveal (?:your|the) (?:prompt|instructions|config|secrets?|keys?)|print (?:your|the) (?:prompt|instructions|env|environment)"
                    + "|environment variables?|\\benv vars?\\b|developer mode|pretend (?:you are|to be)|act as (?:an?|my) (?!analyst)"
                    + "|disregard (?:all|previous|the)|override (?:your|the) (?:rules|instructions)");
    private static final Pattern OFF_TOPIC = Pattern.compile(
            "\\bhaikus?\\b|\\bpoems?\\b|\\bpoetry\\b|\\blimericks?\\b|\\bsonnets?\\b|\\bjokes?\\b|\\bfunny\\b|\\bsong\\b|\\blyrics\\b"
                    + "|\\bweather\\b|\\bforecast for (?:today|tomorrow)|\\brecipes?\\b|\\bcook\\b|\\bbake\\b"
                    + "|(?:write|give|show) (?:me )?(?:a |some |the )?(?:code|function|script|program|sql|regex|class)"
                    + "|\\bpython\\b|\\bjavascript\\b|\\bjava code\\b|\\bhtml\\b|\\bcss\\b|\\bdebug\\b|stack ?trace|\\bcompile\\b"
                    + "|\\btranslate\\b|\\bworld cup\\b|\\bsuper bowl\\b|\\bnba\\b|\\bnfl\\b|\\bfootball\\b|\\bsoccer\\b|\\bmovie\\b"
                    + "|\\bhoroscope\\b|\\bdating\\b|\\bvacation\\b|\\bstock tips?\\b|\\bbitcoin\\b|\\bcrypto(?:currency)?\\b"
                    + "|\\bstock price|\\bshare price|price target|\\bticker\\b|what time is it|\\bessay\\b|\\bcover letter\\b|\\bstory about\\b|capital of [a-z]+");
    private static final Pattern NARRATIVE_CUE = Pattern.compile(
            "\\bwhy\\b|how come|\\bexplain|rationale|\\breasons?\\b|\\brisks?\\b|\\brisky\\b|\\bworr|concern|downside of"
                    + "|\\bmean(?:s|ing)?\\b|implication|\\bstrateg|\\bthesis\\b|tension|compet|\\bwatch\\b|signal|catalyst"
                    + "|what happens|is (?:it|that|this) (?:too|a good|wise|smart|worth it|reasonable|justified|sustainable|a lot|big|much|risky)"
                    + "|too (?:much|big|large|high|expensive)|makes? sense|willing|motivat|what is circular|how does .{0,30} work"
                    + "|\\bcontext\\b|background|summar|tell me about|overview|\\bdescribe|\\bwho\\b|\\bwhen\\b|\\bwhere\\b"
                    + "|what did (?:the )?(?:article|source|author)|should (?:we|investors|i|amazon) (?:watch|worry|care|expect|think|look|be)"
                    + "|realistic|plausible|achievable|feasible|\\blikely\\b|credible|doable|reasonable|\\bsensible|given the (?:article|sources?)"
                    + "|\\bpros?\\b|\\bcons?\\b|trade[- ]?offs?|\\bupside\\b(?! (?:case|scenario))|\\bdrives?\\b|\\bdriver|\\bcaus|what makes|because|due to|\\bbull case for\\b|\\bbear case for\\b|\\bargument|\\bjustif"
                    + "|what does .{0,40} (?:say|mean|signal|imply)|\\bwhat(?:'s| is) (?:the )?(?:deal|story|plan|point)\\b|\\bhow (?:will|would|could|does|did) (?:amazon|aws|openai|anthropic)\\b");
    private static final Pattern NUMERIC_CUE = Pattern.compile(
            "how much|how many|\\bcalculate|\\bcompute the\\b|\\bmath\\b|\\bnumbers?\\b|\\bfigures?\\b|\\bpercent|%|\\$"
                    + "|\\bwhat if\\b|\\bassum|\\bat \\$|\\bvalue\\b|\\bquantif|\\bestimate");
    private static final Pattern FOLLOW_UP_WHY = Pattern.compile(
            "^(?:and |but |ok |okay |so |hmm,? )?(?:why|why\\?|why is that|why so|how come|explain(?: that| this| please)?|what drives (?:that|this|it)"
                    + "|where does (?:that|this) come from|why that number|why that"
                    + "|why (?:does|is|would|did|do|should) (?:that|this|it|the number)\\b.{0,60}"
                    + "|what(?:'s| is) behind (?:that|this|it)|how do you get (?:that|this)|what explains (?:that|this|it))[?!. ]*$");
    /** In scope even when retrieval is weak: the thesis' own words. */
    private static final Pattern SCOPE = Pattern.compile(
            "\\bamazon|\\baws\\b|openai|anthropic|\\bdeal\\b|\\binvest|\\bstake|\\bcompute|\\bvaluation|\\bcapex|circular"
                    + "|\\bround\\b|\\bthesis\\b|\\bai\\b|nvidia|indiana|data cent|\\bcloud\\b|\\bterm sheet|first quarter|\\bq1\\b");
    /** Names people ask about that the sources may not cover; each is checked against the corpus. */
    private static final List<String> KNOWN_NAMES = List.of(
            "microsoft", "google", "alphabet", "meta", "facebook", "apple", "tesla", "xai", "oracle", "softbank",
            "mistral", "ibm", "coreweave", "deepmind", "intel", "amd", "samsung", "bezos", "jassy", "altman", "musk",
            "nadella", "zuckerberg", "pichai", "amodei", "huang", "netflix", "salesforce", "tsmc", "broadcom", "cohere",
            "perplexity", "gemini", "grok", "llama", "deepseek", "azure", "chatgpt", "gpt-5", "stargate", "berkshire",
            "buffett", "uber", "twitter", "x.com", "walmart", "shopify", "alibaba", "tencent", "baidu", "huawei");
    private static final Pattern KNOWN_NAME = Pattern.compile(
            "\\b(?:" + String.join("|", KNOWN_NAMES.stream().map(Pattern::quote).toList()) + ")\\b");
    private static final Pattern CAPITALISED = Pattern.compile("(?<=[a-z,;:] )([A-Z][a-zA-Z0-9&'-]{2,})");

    private static final Interpretation EMPTY = new Interpretation(List.of(), java.util.Map.of(), List.of(), List.of(),
            List.of(), 0.0, List.of(), false, List.of());
    private final Interpreter interpreter;
    private final Predicate<String> inCorpus;
    private final double minRelevance;

    /**
     * @param inCorpus     true when a lower-case word occurs in the source documents
     * @param minRelevance the retrieval score below which a question without the thesis' words is out of scope
     */
    public Router(Interpreter interpreter, Predicate<String> inCorpus, double minRelevance) {
        this.interpreter = interpreter;
        this.inCorpus = inCorpus;
        this.minRelevance = minRelevance;
    }

    /**
     * @param text           the question
     * @param previous       the thread's state when it has numbers, or null
     * @param retrievalScore the best passage's relevance, computed only if called
     */
    public Routing route(String text, ThreadState previous, DoubleSupplier retrievalScore) {
        String s = Amounts.normalise(text);
        List<String> cues = new ArrayList<>();
        List<Metric> context = previous == null ? List.of() : previous.metrics();
        Interpretation empty = EMPTY;

        if (HELP.matcher(s).find()) {
            return verdict(Route.HELP, empty, cues("help"), -1, false, null, false);
        }
        if (GREETING.matcher(s).matches()) {
            return verdict(Route.HELP, empty, cues("greeting"), -1, true, null, false);
        }
        if (!s.isEmpty() && THANKS.matcher(s).matches()) {
            return verdict(Route.HELP, empty, cues("thanks"), -1, true, null, false);
        }
        Matcher adv = ADVERSARIAL.matcher(s);
        if (adv.find()) {
            return verdict(Route.OUT_OF_SCOPE, empty, cues("adversarial: \"" + adv.group() + "\""), -1, false, null, false);
        }
        if (notEnglish(s)) {
            // the sources are English: an English extract would not answer, and a guess would not be grounded
            return verdict(Route.OUT_OF_SCOPE, empty, cues(NOT_ENGLISH), -1, false, null, false);
        }
        Interpretation in = interpreter.interpret(text, context);
        cues.addAll(in.cues());
        if (previous != null && FOLLOW_UP_WHY.matcher(s).matches()) {
            cues.add("follow-up why after " + previous.metrics().stream().map(Metric::id).toList());
            return verdict(Route.NARRATIVE, in, cues, -1, false, null, true);
        }
        Matcher off = OFF_TOPIC.matcher(s);
        boolean offTopic = off.find();
        if (offTopic) {
            // "a haiku about Jeff Bezos" is refused for being a haiku, not for naming Bezos
            cues.add("off-topic: \"" + off.group() + "\"");
            return verdict(Route.OUT_OF_SCOPE, in, cues, -1, false, null, false);
        }
        String unknown = unknownEntity(text, s);
        if (unknown != null) {
            // numbers about Amazon would not answer a question about someone the sources never mention
            cues.add("not in the sources: " + unknown);
            return verdict(Route.OUT_OF_SCOPE, in, cues, -1, false, unknown, false);
        }
        if (!in.hasMetrics() && !in.lookups().isEmpty()) {
            cues.add("input lookup " + in.lookups());
            return verdict(Route.NUMERIC, in, cues, -1, false, null, false);
        }
        boolean numericCue = NUMERIC_CUE.matcher(s).find();
        boolean numeric = in.confidence() >= 0.7 || (in.confidence() >= 0.5 && (!in.overrides().isEmpty() || numericCue));
        if (in.hasMetrics() && DEFINITION.matcher(s).find()) {
            cues.add("definition");
            return verdict(Route.NUMERIC, in, cues, -1, false, null, false);
        }
        if (numeric) {
            Matcher nc = NARRATIVE_CUE.matcher(s);
            if (nc.find()) {
                cues.add("narrative cue \"" + nc.group() + "\"");
                return verdict(Route.MIXED, in, cues, -1, false, null, false);
            }
            return verdict(Route.NUMERIC, in, cues, -1, false, null, false);
        }
        double score = retrievalScore.getAsDouble();
        boolean scope = SCOPE.matcher(s).find() || distinctiveCorpusWord(s) != null;
        if (scope) {
            cues.add("thesis words");
        }
        if (scope || score >= minRelevance) {
            cues.add(String.format(Locale.ROOT, "retrieval %.3f", score));
            return verdict(Route.NARRATIVE, in, cues, score, false, null, false);
        }
        cues.add(String.format(Locale.ROOT, "retrieval %.3f below %.2f and no thesis words", score, minRelevance));
        return verdict(Route.OUT_OF_SCOPE, in, cues, score, false, null, false);
    }

    /**
     * The narrative part of a mixed question: the clauses that carry a narrative cue ("and why is Amazon
     * willing to pay that"), so the numeric clause's words do not steer retrieval. The whole text if none do.
     */
    public static String narrativePart(String text) {
        List<String> keep = new ArrayList<>();
        for (String clause : text.split("(?i)[,;:?!\u2014\u2013]+|\\s-\\s|\\.\\s|\\s(?:and|but|also|plus)\\s")) {
            if (NARRATIVE_CUE.matcher(Amounts.normalise(clause)).find()) {
                keep.add(clause.trim());
            }
        }
        return keep.isEmpty() ? text : String.join(" ", keep);
    }

    /** The cue recorded for a question not written in English. */
    public static final String NOT_ENGLISH = "not English";
    private static final Pattern NON_LATIN = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\p{IsCyrillic}\\p{IsArabic}\\p{IsHebrew}\\p{IsDevanagari}\\p{IsThai}\\p{IsGreek}]");
    private static final java.util.Set<String> ENGLISH = java.util.Set.of("the", "is", "what", "how", "why", "of", "and",
            "to", "in", "for", "does", "would", "if", "at", "on", "with", "it", "do", "are", "was", "will", "should",
            "can", "which", "who", "this", "that", "me", "my", "we", "our", "you", "about", "much", "many");
    private static final java.util.Set<String> FOREIGN = java.util.Set.of("el", "la", "los", "las", "del", "que", "por",
            "qué", "cuál", "cuánto", "cuanto", "una", "es", "le", "les", "des", "du", "est", "pourquoi", "quelle", "quel",
            "combien", "der", "die", "das", "ist", "und", "warum", "wie", "viel", "nicht", "il", "di", "che", "perché",
            "quanto", "não", "porque", "está", "sont", "avec", "pour", "para", "como", "cómo", "dans", "sur", "auf", "mit");

    /** Written in another script, or in words that are all another language's. */
    private static boolean notEnglish(String s) {
        if (NON_LATIN.matcher(s).find()) {
            return true;
        }
        int english = 0;
        int foreign = 0;
        for (String w : s.split("[^\\p{L}]+")) {
            if (ENGLISH.contains(w)) {
                english++;
            } else if (FOREIGN.contains(w)) {
                foreign++;
            }
        }
        return foreign >= 2 && foreign > 2 * english;
    }

    /** A word of five letters or more that the sources use and everyday questions do not ("s-curve", "paradigm"). */
    private String distinctiveCorpusWord(String s) {
        for (String w : s.split("[^a-z0-9$%'-]+")) {
            String t = w.replaceAll("^['-]+|['-]+$", "");
            if (t.length() >= 5 && !COMMON.contains(t) && inCorpus.test(t)) {
                return t;
            }
        }
        return null;
    }

    private static final java.util.Set<String> COMMON = java.util.Set.of(
            "about", "above", "after", "again", "against", "being", "below", "between", "could", "doing", "during",
            "every", "first", "their", "there", "these", "those", "through", "under", "until", "where", "which",
            "while", "would", "should", "other", "still", "today", "years", "world", "right", "think", "thing",
            "things", "people", "really", "great", "little", "never", "always", "might", "maybe", "going", "whole",
            "since", "because", "before", "capital", "company", "companies", "market", "money", "price", "large",
            "major", "point", "points", "clear", "based", "model", "models", "scale", "state", "public", "place",
            "power", "total", "value", "cost", "costs", "deal", "terms", "raise", "signal", "watch", "focus", "future",
            "growth", "already", "simply", "quarter", "primary", "single", "itself", "potential", "massive", "strategic");

    /** A company or person the question names that the sources never mention ("Microsoft"). */
    private String unknownEntity(String original, String normalised) {
        Matcher known = KNOWN_NAME.matcher(normalised);
        while (known.find()) {
            if (!inCorpus.test(known.group())) {
                return capitalise(known.group());
            }
        }
        Matcher m = CAPITALISED.matcher(original);
        while (m.find()) {
            String w = m.group(1).replaceAll("'s$", "");
            String lw = w.toLowerCase(Locale.ROOT);
            if (!inCorpus.test(lw) && !COMMON_CAPITALISED.contains(lw) && lw.length() > 3) {
                return w;
            }
        }
        return null;
    }

    private static final java.util.Set<String> COMMON_CAPITALISED = java.util.Set.of(
            "what", "why", "how", "when", "where", "which", "who", "the", "and", "amazon", "openai", "aws", "anthropic",
            "moic", "irr", "capex", "post", "pre", "money", "bull", "bear", "base", "case", "scenario", "slack", "thesisbot",
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "usd", "also", "then", "would", "could",
            "should", "does", "is", "are", "can", "ceo", "cfo", "ipo", "roi", "cagr", "tldr", "thanks", "please");

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<String> cues(String c) {
        List<String> l = new ArrayList<>();
        l.add(c);
        return l;
    }

    private static Routing verdict(Route r, Interpretation in, List<String> cues, double score, boolean greeting,
                                   String unknown, boolean why) {
        return new Routing(new RouteDecision(r, in.confidence(), score, cues), in, greeting, unknown, why);
    }
}
