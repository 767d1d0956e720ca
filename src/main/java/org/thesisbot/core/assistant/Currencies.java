package org.thesisbot.core.assistant;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer asked for in another currency at a rate the asker gives: "in quid @ 1.27", "need to quote it in EUR @ 1.08",
 * "sterling @ 1.27 pls". The model is in US dollars and its inputs are sourced in dollars, so the bot answers in dollars
 * and says so; the rate is no input ("1.27" is neither a hold nor a share). The request is taken out before the question
 * is read and named in a note.
 */
final class Currencies {
    private static final String CURRENCY = "(?:quid|sterling|gbp|pounds?(?: sterling)?|\u00a3|eur|euros?|\u20ac|yen|jpy|\u00a5|cad|chf|aud|inr|rupees?|swiss francs?|francs?|cny|rmb|yuan|sek|nok|dkk)";
    private static final Pattern ASKED = Pattern.compile(
            "(?<phrase>[,;-]?\\s*(?:(?:i'?ll |we'?ll |will |need to |have to |to )?(?:quote|show|give|express|convert|put|translate)(?: it| that| them| this)?\\s+)?(?:in(?:to)?\\s+|as\\s+)?(?<![\\w])(?<currency>" + CURRENCY + ")(?![a-z])"
                    + "\\s*(?:@|at(?: a rate of)?|fx(?: rate)?(?: of)?|rate(?: of)?|x)\\s*(?<rate>\\d+(?:\\.\\d+)?)\\b(?:\\s+(?:after(?:wards)?|later|myself|then))?(?:[,\\s]*(?:pls|please|thx|thanks|cheers|ty))?)",
            Pattern.CASE_INSENSITIVE);

    /** The question without its currency request, the currency as written and the rate given. */
    record Found(String question, String currency, String rate) {
        String note() {
            return "Amounts are in US dollars, as the model and its sources are; I don't convert currencies (you gave " + rate
                    + " as the rate for " + currency + ").";
        }
    }

    private Currencies() {
    }

    static Optional<Found> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ASKED.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String rest = (text.substring(0, m.start()) + text.substring(m.end())).replaceAll(" {2,}", " ").replaceAll("\\s+([?.,;])", "$1").strip();
        return Optional.of(new Found(rest, m.group("currency"), m.group("rate")));
    }
}
