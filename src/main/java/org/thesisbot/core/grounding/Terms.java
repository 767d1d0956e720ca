package org.thesisbot.core.grounding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns text into index terms: lower case, stop words dropped, a light English stemmer, and figures
 * kept whole. "$8 billion" gives {@code 8, billion}; "$8.5B" gives {@code 8.5, billion}; "40%" gives
 * {@code 40, percent}; "Anthropic's" gives {@code anthropic}; "AI-related" gives {@code ai, relat}.
 */
final class Terms {
    private static final Pattern TOKEN = Pattern.compile(
            "\\$?\\d[\\d,]*(?:\\.\\d+)?(?:%|(?:bn|b|mn|m|tn|t|k)\\b)?|\\p{L}[\\p{L}\\p{N}]*(?:['\u2019-][\\p{L}\\p{N}]+)*");

    static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
            "could", "did", "do", "does", "doing", "done", "down", "during", "each", "else", "ever", "few", "for", "from",
            "further", "get", "gets", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "him",
            "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "let", "me", "more", "most",
            "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out",
            "over", "own", "same", "she", "should", "so", "some", "such", "tell", "than", "that", "the", "their",
            "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
            "until", "up", "us", "very", "was", "we", "were", "what", "whats", "when", "where", "which", "while",
            "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "please", "explain", "describe",
            "s", "t", "re", "ve", "ll", "d", "don", "doesn", "isn", "aren", "wasn", "weren", "won't", "don't",
            "doesn't", "isn't", "aren't", "can't", "it's", "what's", "there's", "i'm", "according", "article",
            "source", "sources", "say", "says", "said", "thing", "things", "think", "know", "one", "may", "might", "must",
            "much", "many", "lot", "really", "kind", "give", "show", "summarize", "summarise", "briefly");

    private Terms() {
    }

    /** Index terms of {@code text}, in order, duplicates kept. */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) {
            String tok = m.group();
            if (tok.charAt(0) == '$' || Character.isDigit(tok.charAt(0))) {
                addFigure(tok, out);
            } else {
                addWord(tok, out);
            }
        }
        return out;
    }

    /** Every word of {@code text}, stemmed, stop words included ("would", "not"), in order; no figures. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) {
            String tok = m.group();
            if (Character.isLetter(tok.charAt(0))) {
                for (String part : tok.split("-")) {
                    String w = part.endsWith("'s") ? part.substring(0, part.length() - 2) : part;
                    if (!w.isEmpty()) {
                        out.add(w.contains("'") ? w : stem(w));
                    }
                }
            }
        }
        return out;
    }

    private static void addFigure(String tok, List<String> out) {
        String t = tok.startsWith("$") ? tok.substring(1) : tok;
        String unit = null;
        if (t.endsWith("%")) {
            unit = "percent";
            t = t.substring(0, t.length() - 1);
        } else {
            int end = t.length();
            while (end > 0 && Character.isLetter(t.charAt(end - 1))) {
                end--;
            }
            String suffix = t.substring(end);
            t = t.substring(0, end);
            unit = switch (suffix) {
                case "b", "bn" -> "billion";
                case "m", "mn" -> "million";
                case "t", "tn" -> "trillion";
                case "k" -> "thousand";
                default -> null;
            };
        }
        String number = t.replace(",", "");
        try {
            out.add(new BigDecimal(number).stripTrailingZeros().toPlainString());
        } catch (NumberFormatException e) {
            return;
        }
        if (unit != null) {
            out.add(unit);
        }
    }

    private static void addWord(String tok, List<String> out) {
        String w = tok;
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (STOP_WORDS.contains(w)) {
            return;
        }
        if (w.indexOf('-') > 0) {
            for (String part : w.split("-")) {
                addWord(part, out);
            }
            return;
        }
        w = w.replace("'", "");
        if (w.length() < 2 || STOP_WORDS.contains(w)) {
            return;
        }
        out.add(stem(w));
    }

    /** British spellings whose "our" is American "or" (colour, behaviour); most "-our" words (four, hour, tour) keep it. */
    private static final List<String> OUR_WORDS = List.of("colour", "favour", "behaviour", "honour", "labour", "neighbour",
            "flavour", "harbour", "rumour", "humour", "vapour", "vigour", "valour", "endeavour", "armour", "savour",
            "parlour", "glamour", "odour", "tumour", "clamour", "splendour", "ardour", "candour", "rigour", "saviour");
    private static final Set<String> ENCE_WORDS = Set.of("defence", "offence", "licence", "pretence");
    private static final Pattern TRE = Pattern.compile("(?<=[a-z]{2})tre(s|d)?$");
    private static final Pattern ISE = Pattern.compile("(?<=[a-z]{3})is(e|es|ed|ing|ation|ations|er|ers)$");
    private static final Pattern YSE = Pattern.compile("ys(e|es|ed|ing)$");

    /**
     * British spellings in their American form, so both match: centre/center, colour/color,
     * realise/realize, analyse/analyze, defence/defense, catalogue/catalog. Applied to the corpus and the
     * question alike, so a rule that also rewrites a word with no variant ("advise") is harmless.
     */
    static String american(String w) {
        if (w.length() < 5) {
            return w;
        }
        for (String our : OUR_WORDS) {
            if (w.startsWith(our)) {
                return our.substring(0, our.length() - 2) + "r" + w.substring(our.length());
            }
        }
        if (ENCE_WORDS.contains(w) || ENCE_WORDS.contains(w.endsWith("s") ? w.substring(0, w.length() - 1) : "")) {
            return w.replace("ence", "ense");
        }
        String s = TRE.matcher(w).replaceFirst("ter$1");
        s = ISE.matcher(s).replaceFirst("iz$1");
        s = YSE.matcher(s).replaceFirst("yz$1");
        if (s.endsWith("ogue") || s.endsWith("ogues")) {
            s = s.replaceFirst("ogue(s?)$", "og$1");
        }
        return s;
    }

    /** A light, conservative English stemmer: plurals and the commonest verb/noun suffixes, British spellings as American. */
    static String stem(String w) {
        if (w.length() <= 3 || !w.chars().allMatch(Character::isLetter)) {
            return w;
        }
        String s = american(w);
        boolean suffixed = false;
        if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("sses")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        for (String suffix : new String[] {"ations", "ation", "ments", "ment", "ings", "ing", "ially", "ial", "ally",
                "edly", "ed", "ly", "ers", "er"}) {
            if (s.endsWith(suffix) && s.length() - suffix.length() >= 4) {
                s = s.substring(0, s.length() - suffix.length());
                suffixed = true;
                break;
            }
        }
        if (s.endsWith("e") && s.length() > 4) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() >= 4 && s.charAt(s.length() - 1) == s.charAt(s.length() - 2)
                && ("bdfgmnprt".indexOf(s.charAt(s.length() - 1)) >= 0 || suffixed && s.charAt(s.length() - 1) == 'l')) {
            s = s.substring(0, s.length() - 1); // planned -> plann -> plan; modelled -> modell -> model
        }
        return s;
    }
}
