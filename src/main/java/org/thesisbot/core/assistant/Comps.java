package org.thesisbot.core.assistant;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.QuestionText;

/**
 * Another company used as a comparable (a "comp"), with the asker's own figure for it in brackets: "above or below a walmart (call it
 * 700bn)?", "gets aws's revenue up to a full year of salesforce revenue (~38bn, my #)", "is it basically a meta (~1.8T
 * mine)?". The company is no subject of the question (the sources never mention it, and the question is about ours): its
 * figure is what the question means, so the words that name it are said as that figure ("above or below 700bn?", "up to
 * 38bn"), and the comparison, the goal or the level they stand in is read as any other. A bracket that only sets the
 * number beside another ("(i'm holding it up against netflix's op income, ~10bn)") or a sentence "for reference" is left
 * out. Only a bracket that says the figure is the asker's own ("~", "my number", "mine", "call it", "i carry … at") is
 * read so; no list of companies is needed.
 */
final class Comps {
    private static final String FIGURE = "~?\\s?\\$?\\d[\\d,]*(?:\\.\\d+)?\\s?(?:bn|b|billion|t|tn|tril|trillion|%|x|yrs?|years?)?(?![\\w.])";
    /** A bracket holding one figure and words that say it is the asker's own. */
    private static final Pattern OWN = Pattern.compile("\\s*\\((?<in>[^()\\n]{0,80})\\)");
    private static final Pattern OWN_WORDS = Pattern.compile("~|" + QuestionText.ASKERS_OWN, Pattern.CASE_INSENSITIVE);
    /** Punctuation that ends the words before a bracket: "a nike's worth? (…)". */
    private static final Pattern ENDS = Pattern.compile("[?!.,]+\\s*$");
    /** "of" before a company's name, which belongs to the words that compare: "north of apple (~3.5T)". */
    private static final Pattern OF = Pattern.compile("^(?:of\\s+)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE_FIGURE = Pattern.compile(FIGURE, Pattern.CASE_INSENSITIVE);
    /** A bracket that guesses the answer ("(my guess: north of 100%)", "(5 years iirc)"): a claim to check, not a company's size. */
    private static final Pattern GUESS = Pattern.compile(
            "\\b(?:north of|south of|over|under|above|below|more than|less than|at least|at most|iirc|i think|i believe|i reckon|guess)\\b|[<>]",
            Pattern.CASE_INSENSITIVE);
    /** A bracket that sets its figure beside the question's number, to compare: left out. */
    private static final Pattern BESIDE = Pattern.compile("\\b(?:against|vs\\.?|versus|compare[ds]?|comparison|for ref(?:erence)?|holding it up|benchmark)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "for ref i've got tesla at ~1.1T": a sentence that only gives a yardstick, at the message's end. */
    private static final Pattern FOR_REFERENCE = Pattern.compile("(?:[.?!;]|\\s[-\u2013\u2014])\\s*(?:for (?:ref|reference|context|comparison)|fwiw|as a (?:ref|reference|comp))\\b[^.?!]{0,80}?"
            + FIGURE + "[^.?!]{0,20}$", Pattern.CASE_INSENSITIVE);
    /** "a whole uber", "a nike's worth", a few words before the bracket: a company named as one, not a phrase of sizes. */
    private static final Pattern A_COMPANY = Pattern.compile(
            "\\b(?:a|an|one) (?:whole |full |single |entire )?([a-z&]{2,})(?:'s)?(?: worth| sized?)?(?! of\\b)(?=(?:\\s+[\\w']+){1,4}[?!.,]*\\s*$)",
            Pattern.CASE_INSENSITIVE);
    /** Words before a company's name that say it is one: "a meta", "north of apple", "more than oracle". */
    private static final Set<String> ARTICLES = Set.of("a", "an", "one", "whole", "full", "single", "entire", "the", "of", "than", "vs",
            "versus", "like");
    /** Words a yardstick's phrase is made of besides the company's name. */
    private static final Set<String> PHRASE_WORDS = Set.of("a", "an", "one", "the", "whole", "full", "single", "entire", "year", "year's",
            "of", "size", "sized", "worth", "level", "levels", "territory", "revenue", "revenues", "sales", "profit", "profits", "op",
            "operating", "income", "margin", "margins", "valuation", "cap", "market", "mkt", "money", "thin", "like", "type", "annual",
            "yearly", "fy", "rn", "today", "now", "currently", "these", "days");
    /** Words that are the model's own or the question's, never a company's name. */
    private static final Set<String> MODEL = Set.of("openai", "oai", "amazon", "amzn", "aws", "anthropic", "compute", "stake", "exit", "check",
            "cheque", "capex", "round", "raise", "irr", "moic", "hold", "bull", "bear", "base", "case", "capture", "share", "deal", "piece",
            "window", "spend", "investment", "post", "pre", "money", "val", "valuation", "mark", "entry", "price", "value", "margin",
            "rev", "cloud", "campus", "indiana", "ticket", "tranche", "equity", "gain", "loss", "payoff", "hurdle", "target", "goal",
            "number", "figure", "estimate", "guess", "level", "bar", "total", "return", "multiple", "cover", "x",
            // (Amazon's own yardsticks, read by Yardsticks: "a full yr of aws op income (~40bn)", "6 months of fcf (~55bn/yr)")
            "fcf", "ocf", "oi", "ebitda", "roic", "run", "runrate", "yr", "yrs", "year", "years", "month", "months", "qtr", "qtrs",
            "quarter", "quarters", "bps", "sales", "revenue", "income", "nav",
            "it", "that", "this", "them", "us", "we", "our", "my", "your", "their", "its", "is", "are", "was", "be", "at", "to", "for",
            "on", "in", "up", "down", "by", "with", "from", "get", "gets", "hit", "hits", "reach", "than", "below", "above", "or", "and",
            "if", "what", "how", "so", "basically", "about", "around", "north", "south", "over", "under", "more", "less", "bigger",
            "smaller", "thinner", "fatter", "richer", "cheaper", "higher", "lower", "all", "then", "out", "when", "lol");

    private Comps() {
    }

    /** The message with each yardstick said as its figure; unchanged when it has none. */
    static String asFigures(String text) {
        if (text == null || text.indexOf('(') < 0 && !FOR_REFERENCE.matcher(text).find()) {
            return text;
        }
        String s = FOR_REFERENCE.matcher(text).replaceAll("");
        Matcher m = OWN.matcher(s);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String in = m.group("in");
            Matcher fig = ONE_FIGURE.matcher(in);
            if (!OWN_WORDS.matcher(in).find() || GUESS.matcher(in).find() || !fig.find()) {
                continue;
            }
            // (said as about that much, "~700bn": the asker's own figure still, for whatever reads names beside it)
            String figure = "~" + fig.group().replaceAll("~\\s?", "").strip();
            if (fig.find()) {
                continue; // two figures: not one company's size
            }
            if (BESIDE.matcher(in).find()) {
                out.append(s, last, m.start());
                last = m.end();
                continue;
            }
            int phraseStart = phraseStart(s, last, m.start());
            if (phraseStart < 0) {
                // "are we down a whole pinterest on the stake (~20bn, mine)": the company a few words before the bracket
                Matcher a = A_COMPANY.matcher(s.substring(last, m.start()));
                if (a.find() && !MODEL.contains(a.group(1).toLowerCase(Locale.ROOT)) && !PHRASE_WORDS.contains(a.group(1).toLowerCase(Locale.ROOT))
                        && (a.group().contains("'s") || !org.thesisbot.core.grounding.EnglishWords.known(a.group(1).toLowerCase(Locale.ROOT)))) {
                    out.append(s, last, last + a.start()).append(figure).append(s, last + a.end(), m.start());
                    last = m.end();
                }
                continue;
            }
            // (a bracket after the sentence's end, "a nike's worth? (…)": the figure goes where the name was, before the "?")
            int end = m.start();
            String tail = "";
            String before = s.substring(phraseStart, end);
            Matcher punct = ENDS.matcher(before);
            if (punct.find()) {
                tail = before.substring(punct.start()).strip();
                end = phraseStart + punct.start();
            }
            out.append(s, last, phraseStart).append(figure).append(tail);
            last = m.end();
        }
        out.append(s.substring(last));
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /**
     * Where the yardstick's phrase begins, going back from the bracket over its words ("a full year of salesforce
     * revenue", "a whole uber", "oracle's", "a ford-year of profit"): one word that is no word of the phrase nor of the
     * model (the company) must be among them. -1 when there is none.
     */
    private static int phraseStart(String s, int from, int bracket) {
        String before = s.substring(from, bracket);
        Matcher punct = ENDS.matcher(before);
        int stop = punct.find() ? punct.start() : before.length();
        String[] words = before.substring(0, stop).split("\\s+");
        int at = from + stop;
        int start = -1;
        boolean named = false;
        for (int i = words.length - 1; i >= 0 && words.length - i <= 7; i--) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (w.isEmpty()) {
                continue;
            }
            String bare = w.replaceAll("'s$|s'$", "");
            String[] parts = bare.split("-");
            String head = parts[0];
            boolean phraseWord = PHRASE_WORDS.contains(w) || PHRASE_WORDS.contains(bare);
            // (a company's name: a word no dictionary has, or one said as a company is, "a meta", "oracle's", "tsmc-sized")
            boolean asCompany = !bare.equals(w) || parts.length > 1 || i > 0 && ARTICLES.contains(words[i - 1].toLowerCase(Locale.ROOT));
            boolean name = !phraseWord && !named && head.matches("[a-z&]{2,}") && !MODEL.contains(head) && !MODEL.contains(bare)
                    && (asCompany || !org.thesisbot.core.grounding.EnglishWords.known(head));
            if (!phraseWord && !name) {
                break;
            }
            named |= name;
            at = s.lastIndexOf(words[i], at - 1);
            start = at;
        }
        if (!named) {
            return -1;
        }
        // ("north of apple (~3.5T)": "of" belongs to the words before the company, which say how it is compared)
        Matcher of = OF.matcher(s.substring(start));
        return of.lookingAt() ? start + of.end() : start;
    }
}
