package org.thesisbot.core.grounding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two kinds of claim a source about the world cannot support, whatever its words:
 * <ul>
 * <li><b>events</b> it does not report: a claim that something has happened ("regulators have approved the
 * deal", "the term sheet was signed", "Amazon announced…", "shares fell") needs its cited passages to use that
 * verb (or a form of it) outside any hedge; "the deal is expected to close" supports neither "the deal closed"
 * nor "the deal has closed";</li>
 * <li><b>talk about the answer itself</b>: the bot's instructions, rules, prompts, citations, users or
 * answers, which no source is about ("As instructed, I cite every sentence").</li>
 * </ul>
 * Generic English. Stateless.
 */
final class Events {
    /** have/be as auxiliaries of a completed event, with the adverbs that may stand between them and the verb. */
    private static final Pattern PERFECT = Pattern.compile("(?i)\\b(?:has|have|had|was|were|been|got|already)\\s+"
            + "(?:(?:already|now|just|recently|since|also|reportedly|officially|finally|formally|publicly|quietly|"
            + "successfully|been|not|never)\\s+){0,3}(\\p{L}+)\\b");
    /** A past-tense verb right after its subject: "Regulators approved", "the deal closed", "Amazon announced". */
    private static final Pattern SIMPLE_PAST = Pattern.compile("(?i)(?<=\\p{L})(?<![,;:])\\s+(\\p{L}{2,}[^e\\W]ed|fell|rose|broke|sold|"
            + "bought|won|lost|began|sank|soared|struck|withdrew|overtook|undertook|froze|shut|quit)\\b(?!\\s+(?:to|by)\\b)");
    /** Words before a participle that make it an adjective ("the signed term sheet", "a dedicated campus"). */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "this", "that", "these", "those",
            "his", "her", "our", "my", "your", "any", "each", "every", "no", "some", "more", "most", "less", "very", "well",
            "is", "are", "be", "being", "and", "or", "of", "for", "to", "in", "on", "with", "by", "as", "at", "from", "into");
    /** Irregular past participles of event verbs (after has, was, been). */
    private static final Pattern PARTICIPLE = Pattern.compile("(?i)\\p{L}+(?:ed|en)|made|done|sold|bought|won|lost|begun|"
            + "broken|shut|cut|set|put|paid|struck|withdrawn|frozen|quit|left|held|led|sent|spent|built|kept|told|hit");
    /** Adjectives in -ed that describe rather than report ("is expected", "was designed", "has been focused"). */
    private static final Set<String> STATIVE = Set.of("expected", "designed", "based", "focused", "concerned", "exposed",
            "involved", "positioned", "poised", "related", "interested", "dedicated", "committed", "tied", "linked",
            "aligned", "valued", "seen", "known", "called", "described", "framed", "considered", "needed", "required",
            "limited", "used", "been", "forced", "set", "due", "likely", "able", "unable", "supposed", "meant", "intended",
            "aimed", "given", "determined", "estimated", "projected", "forecast", "planned", "proposed", "said",
            "stayed", "remained", "kept", "continued", "seemed", "appeared", "looked", "located", "mentioned", "presented",
            "cited", "quoted", "noted", "named", "labelled", "labeled", "portrayed", "depicted", "characterized",
            "characterised", "highlighted", "listed", "shown");

    /** A stated requirement or condition; what follows it must be what the source says the thing depends on. */
    private static final Pattern CONDITION = Pattern.compile("(?i)\\b(?:requires?|required|requiring|contingent (?:on|upon)|"
            + "conditional (?:on|upon)|subject to|depends? (?:on|upon)|dependent (?:on|upon)|still needs|pending|"
            + "awaits?|awaiting|must (?:first )?(?:be|get|win|receive|obtain|pass|clear))\\b");

    /** Words about the answering itself: its instructions, its citations, its users. */
    private static final Pattern META = Pattern.compile("(?i)\\b(?:instruct\\w*|prompts?|prompted|guidelines?|"
            + "cit(?:e|es|ed|ing|ation|ations)|markers?|untrusted|assistant|chatbot|bot|thesisbot|speculat\\w*|"
            + "outside knowledge|secrets?|credentials?|passwords?|api keys?|programmed|language model|llm|system message)\\b");

    /** The source as the subject just before a verb: "the article cites", "the author also cites". */
    private static final Pattern ATTRIBUTED = Pattern.compile("\\b(?:article|author|writer|piece|report|source|text|passage)s?"
            + "(?:\\s+\\p{L}+)?\\s*$");

    /** Where a clause ends: commas, semicolons, colons, dashes. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:\u2014]|\\s[\u2013-]\\s");

    private Events() {
    }

    /**
     * The verbs by which {@code claim} reports an event that {@code source} does not report as having happened;
     * a verb the source reports in another word of the {@code thesaurus} ("bought" for "acquired") is reported.
     */
    static List<String> unreported(String claim, String source, Thesaurus thesaurus) {
        String c = Markers.strip(claim);
        if (Modality.modal(c)) {
            // "if the deal had closed", "the deal may have stalled": no event reported, except in a clause of its own
            // that hedges nothing ("Anthropic has begun renegotiating, a shift that would confirm…")
            List<String> out = new ArrayList<>();
            Set<String> sourcePlain = plainRoots(source);
            for (String clause : CLAUSE_BREAK.split(c)) {
                if (Modality.modal(clause)) {
                    continue;
                }
                for (String verb : reportedEvents(clause)) {
                    if (!reported(verb, sourcePlain, thesaurus)) {
                        out.add(verb);
                    }
                }
            }
            return out;
        }
        Set<String> sourcePlain = plainRoots(source);
        List<String> out = new ArrayList<>();
        Set<String> sourceRoots = new HashSet<>();
        Terms.of(source).forEach(t -> sourceRoots.add(rootOfStem(t)));
        Matcher cond = CONDITION.matcher(c);
        while (cond.find()) {
            List<String> what = new ArrayList<>();
            Matcher w = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*").matcher(c.substring(cond.end()));
            while (what.size() < 3 && w.find() && !w.group().matches("[,;.]")) {
                Terms.of(w.group()).forEach(t -> what.add(rootOfStem(t)));
            }
            if (!what.isEmpty() && !what.stream().allMatch(sourceRoots::contains)) {
                out.add(cond.group().strip()); // a requirement or condition the source does not state
            }
        }
        for (String verb : reportedEvents(c)) {
            if (!reported(verb, sourcePlain, thesaurus)) {
                out.add(verb);
            }
        }
        return out;
    }

    /**
     * Verbs that carry little meaning of their own: the event of "has made deep commitments" is the commitment, of "has
     * taken a stake" the stake. Generic English.
     */
    private static final Set<String> LIGHT = Set.of("made", "done", "taken", "given", "had", "got", "gotten", "put", "placed");

    /** The first three words after a light verb, each with a leading space: " deep commitments to". */
    private static String objectOf(String rest) {
        StringBuilder out = new StringBuilder();
        Matcher w = Pattern.compile("\\p{L}+").matcher(rest);
        for (int i = 0; i < 3 && w.find(); i++) {
            out.append(' ').append(w.group().toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /**
     * True if the source reports {@code verb}, or another word for it, outside any hedge; for a light verb with its
     * object ("made deep commitments"), if it reports a word of the object ("committed").
     */
    private static boolean reported(String verb, Set<String> sourcePlain, Thesaurus thesaurus) {
        if (verb.contains(" ")) {
            String[] words = verb.split(" ");
            for (int i = 1; i < words.length; i++) {
                if (!Terms.of(words[i]).isEmpty() && reported(words[i], sourcePlain, thesaurus)) {
                    return true;
                }
            }
            return false;
        }
        return sourcePlain.contains(root(verb))
                || thesaurus.alternatives(Terms.stem(verb)).stream().map(Events::rootOfStem).anyMatch(sourcePlain::contains);
    }

    /** Words of {@code claim} about the answer itself that {@code source} does not use. */
    static List<String> meta(String claim, String source) {
        List<String> out = new ArrayList<>();
        Matcher m = META.matcher(Markers.strip(claim));
        Set<String> sourceRoots = new HashSet<>();
        Terms.of(source).forEach(t -> sourceRoots.add(rootOfStem(t)));
        while (m.find()) {
            String before = Markers.strip(claim).substring(0, m.start()).toLowerCase(Locale.ROOT);
            if (m.group().toLowerCase(Locale.ROOT).startsWith("cit") && ATTRIBUTED.matcher(before).find()) {
                continue; // "the article cites both a $500 billion and an $830 billion valuation": the source's own words
            }
            if (Terms.of(m.group()).stream().map(Events::rootOfStem).noneMatch(sourceRoots::contains)) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** Verbs of the events a sentence reports as having happened (not negated: the polarity check sees those). */
    static List<String> reportedEvents(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher p = PERFECT.matcher(sentence);
        while (p.find()) {
            String verb = p.group(1).toLowerCase(Locale.ROOT);
            String between = p.group().toLowerCase(Locale.ROOT);
            String near = sentence.substring(Math.max(0, p.start() - 16), p.start()).toLowerCase(Locale.ROOT);
            if (PARTICIPLE.matcher(verb).matches() && !STATIVE.contains(verb) && !between.matches(".*\\b(?:not|never)\\b.*")
                    && !near.matches("(?s).*\\b(?:not|never|yet)\\b.*|.*n['\u2019]t\\b.*")) { // "had not yet been signed"
                out.add(LIGHT.contains(verb) ? verb + objectOf(sentence.substring(p.end())) : verb);
            }
        }
        Matcher s = SIMPLE_PAST.matcher(sentence);
        while (s.find()) {
            String verb = s.group(1).toLowerCase(Locale.ROOT);
            String before = lastWord(sentence.substring(0, s.start()));
            String near = sentence.substring(Math.max(0, s.start() - 24), s.start()).toLowerCase(Locale.ROOT);
            if (!DETERMINERS.contains(before) && !near.matches("(?s).*\\b(?:not|never|yet|no)\\b.*|.*n['\u2019]t\\b.*") && !STATIVE.contains(verb) && !before.endsWith("ly") && !before.equals("has")
                    && !before.equals("have") && !before.equals("had") && !before.equals("was") && !before.equals("were")
                    && !before.equals("been") && !before.equals("not") && !out.contains(verb)) {
                out.add(verb);
            }
        }
        return out;
    }

    private static String lastWord(String text) {
        Matcher w = Pattern.compile("(\\p{L}+)\\W*$").matcher(text.toLowerCase(Locale.ROOT));
        return w.find() ? w.group(1) : "";
    }

    /** Roots of the words of {@code source} that no hedge reaches ("expected to close" leaves "close" out). */
    private static Set<String> plainRoots(String source) {
        Set<String> out = new HashSet<>();
        for (String t : Modality.plainTerms(source)) {
            out.add(rootOfStem(t));
        }
        return out;
    }

    private static String root(String word) {
        return rootOfStem(Terms.stem(word));
    }

    private static String rootOfStem(String stem) {
        return stem.length() > 5 ? stem.substring(0, 5) : stem;
    }
}
