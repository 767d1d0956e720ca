package org.thesisbot.core.assistant;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that asks how much a number moves, not only where it lands: "how much does our % move vs base?", "moic
 * delta?", "stake $ hit vs base", "how much irr do we give up vs what you just said?", "how far are we from your opening
 * irr?". The answer is the question's own, with the change of each number it shows set against a reference: the
 * scenario's own values (the default, "vs base", "vs bull as is"), the thread's last answer ("vs last", "vs that"), its
 * first ("your opening irr", "the very first one"), or one some answers back ("2 answers back").
 */
final class Deltas {
    /** What the change is measured from. */
    enum Against { BASE, LAST, FIRST, BACK }

    /** @param back how many answers back, for {@link Against#BACK} (1 is the last) */
    record Ask(Against against, int back) {
        String label() {
            return switch (against) {
                case BASE -> "vs the case's own values";
                case LAST -> "vs your last answer";
                case FIRST -> "vs the thread's first answer";
                case BACK -> "vs the answer " + back + " back";
            };
        }
    }

    /** Any character of one sentence (a decimal point is not a full stop). */
    private static final String ANY = "(?:[^?!;.]|\\.(?=\\d))";
    private static final String VERSUS = "(?:vs\\.?|versus|against|relative to|compared (?:to|with))";
    /** Words that ask for a change. */
    private static final Pattern ASKS = Pattern.compile(
            "\\bdeltas?\\b|\\bchange (?:in|to|on)\\b|\\bwhat(?:'s| is| would be) the (?:change|move|swing|difference|diff)\\b"
                    + "|\\bhow (?:much|far)\\b" + ANY + "{0,60}?\\b(?:move|moves|moved|change|changes|changed|shift|shifts|drop|drops|fall|falls|rise"
                    + "|rises|go up|goes up|go down|goes down|come down|comes down|come up|comes up|swing|swings|give up|gives up)\\b"
                    + "|\\bhow far (?:is|are|was|were|would|will)\\b" + ANY + "{0,40}?\\bfrom\\b"
                    + "|\\bhow (?:much|far) (?:lower|higher|less|more|bigger|smaller|worse|better|above|below|over|under)\\b"
                    // "how does our share of the raise move", "how many pts does the 50 shrink", "op profit change?"
                    + "|\\bhow (?:does|do|did|would|will) " + ANY + "{1,40}? (?:move|change|shift|shrink|grow|compress|expand|drop|fall|rise)\\b"
                    // (points only: "how many x is the oai check", "how many billions does aws book" ask the number itself)
                    + "|\\bhow many (?:pts|points|percentage points|bps|basis points)\\b"
                    + "|\\b(?:change|move|delta|swing|shift)\\s*\\?+\\s*$"
                    + "|\\b(?:hit|move|swing|shift|impact|uplift|difference|diff)\\b(?: in \\$?\\w+| on [\\w' ]{1,30}?)? " + VERSUS + "\\s"
                    + "|\\bwhat (?:does|would|will|did) " + ANY + "{1,40}? do to\\b" + ANY + "{0,40}?\\b" + VERSUS + "\\s",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST = Pattern.compile(
            "\\b(?:opening|very first|first (?:one|answer|number|figure|reply)|where we started)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BACK = Pattern.compile(
            "\\b(?<n>[2-5]|two|three|four|five) (?:answers?|replies|messages|ones|numbers) (?:back|up|ago|earlier|before)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST = Pattern.compile("\\b(?:" + VERSUS + "|from|than)\\s+(?:the\\s+)?(?:last(?: one| answer| number| reply)?"
            + "|previous(?: one| answer| number)?|prior(?: one| answer)?|that|your last|before|what (?:you|u) (?:just )?(?:said|gave|showed|had))\\b"
            // "how much more dilution vs the 1T": the value the thread had before this change
            + "|\\b(?:vs\\.?|versus|against|compared (?:to|with)) the \\$?\\d[\\d.,]*\\s?(?:t|tn|tril\\w*|b|bn|bil\\w*|%|x)?(?: (?:one|post|exit|pre|case))?\\s*(?:[?.!,;]|$)",
            Pattern.CASE_INSENSITIVE);

    /** A move asked per step of an input ("how much does it move per +$100B"): a sensitivity, not a change against a reference. */
    private static final Pattern PER_STEP = Pattern.compile("\\b(?:per|for (?:each|every|a)|each|every)\\s*[+\\-\u2212]?\\s*\\$?\\d",
            Pattern.CASE_INSENSITIVE);

    private Deltas() {
    }

    /** The change the question asks for, if it asks for one; the reference by its words, the case's own values by default. */
    static Optional<Ask> find(String text) {
        if (text == null || text.length() > 2_000 || !ASKS.matcher(text).find() || PER_STEP.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher back = BACK.matcher(text);
        if (back.find()) {
            String n = back.group("n").toLowerCase(Locale.ROOT);
            int k = switch (n) {
                case "two" -> 2;
                case "three" -> 3;
                case "four" -> 4;
                case "five" -> 5;
                default -> Integer.parseInt(n);
            };
            return Optional.of(new Ask(Against.BACK, k));
        }
        if (FIRST.matcher(text).find()) {
            return Optional.of(new Ask(Against.FIRST, 0));
        }
        if (LAST.matcher(text).find()) {
            return Optional.of(new Ask(Against.LAST, 1));
        }
        return Optional.of(new Ask(Against.BASE, 0));
    }
}
