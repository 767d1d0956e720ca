package org.thesisbot.core.assistant;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question asked from another party's seat: "from oai's side, what's amazon's slice of us worth", "sitting in openai's
 * chair: we're at a 900bn pre…", "nvidia's pov: …", "say we (openai) get marked at 1.4T". The frame is taken off, and
 * the asker's "we", "us" and "our" are that party, not Amazon (whom they mean everywhere else); the answer says so.
 * Amazon's own seat ("from amazon's side") only loses its frame.
 */
final class Perspectives {
    private Perspectives() {
    }

    /** What was found: the question as Amazon's analyst would ask it, and the party whose seat it was asked from. */
    record Found(String question, String party) {
        String note() {
            return "Reading \u201cwe\u201d and \u201cour\u201d as " + party + " (asked from " + party + "'s side).";
        }
    }

    private static final String PARTY = "(?:openai|oai|open ai|anthropic|nvidia|nvda|microsoft|msft|amazon|amzn|aws)";
    private static final String SEAT = "(?:side|seat|chair|pov|p\\.o\\.v\\.?|point of view|perspective|view|shoes|hat|lens|angle|corner|desk|treasury view|cfo view|board view)";
    /** The frame, at the message's start: "from oai's side,", "openai pov:", "sitting in oai's chair:", "if i'm oai,". */
    private static final Pattern FRAME = Pattern.compile(
            "^\\s*(?:(?:ok|okay|so|right)[,:]?\\s+)?(?:(?:(?:from|in|wearing|with|through) (?:the )?(?<a>" + PARTY + ")(?:'?s)? " + SEAT + ")"
                    + "|(?:(?:sitting|sat|putting (?:myself|ourselves)) in (?:the )?(?<b>" + PARTY + ")(?:'?s)? (?:chair|seat|shoes))"
                    + "|(?:(?:if|say|suppose|pretend) (?:i'?m|i am|we'?re|we are) (?<c>" + PARTY + "))"
                    // ("nvda's angle here?" asks about the party: its seat is a frame only with a colon or a dash after it)
                    + "|(?:(?<d>" + PARTY + ")(?:'?s)? " + SEAT + "(?=\\s*[:\\-\u2013\u2014])))"
                    + "(?:\\s+(?:here|for a sec|for a second|for a moment|for once))?\\s*(?:[:,;.\\-\u2013\u2014]+\\s*|\\s+(?=\\w))",
            Pattern.CASE_INSENSITIVE);
    /** The party said beside "we" in the question: "say we (openai) get marked …", "us (oai)". */
    private static final Pattern WE_ARE = Pattern.compile(
            "\\b(?<w>we|us|our)\\s*\\((?:i\\.e\\.?\\s*|as\\s+)?(?<p>" + PARTY + ")\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "\\b(?:we're|we are|we've|we have|we'll|we will|we'd|we would|we|us|our|ours|ourselves|i'm|i am|my)\\b", Pattern.CASE_INSENSITIVE);

    static Optional<Found> find(String text) {
        Matcher f = FRAME.matcher(text);
        String party;
        String rest;
        if (f.lookingAt()) {
            String p = f.group("a") != null ? f.group("a") : f.group("b") != null ? f.group("b") : f.group("c") != null ? f.group("c") : f.group("d");
            party = canonical(p);
            rest = text.substring(f.end());
        } else {
            Matcher we = WE_ARE.matcher(text);
            if (!we.find()) {
                return Optional.empty();
            }
            party = canonical(we.group("p"));
            rest = text.substring(0, we.start()) + we.group("w") + text.substring(we.end());
        }
        if (rest.isBlank()) {
            return Optional.empty();
        }
        if (party.equals("Amazon")) {
            return Optional.of(new Found(rest, party)); // Amazon's own seat: "we" is already Amazon
        }
        String named = org.thesisbot.core.api.Replacements.each(FIRST_PERSON, rest, m -> switch (m.group().toLowerCase(Locale.ROOT)) {
            case "our", "ours", "my" -> party + "'s";
            case "we're", "we are", "i'm", "i am" -> party + " is";
            case "we've", "we have" -> party + " has";
            case "we'll", "we will" -> party + " will";
            case "we'd", "we would" -> party + " would";
            default -> party;
        });
        return Optional.of(new Found(named, party));
    }

    private static String canonical(String p) {
        String s = p.toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (s) {
            case "openai", "oai" -> "OpenAI";
            case "anthropic" -> "Anthropic";
            case "nvidia", "nvda" -> "Nvidia";
            case "microsoft", "msft" -> "Microsoft";
            default -> "Amazon";
        };
    }
}
