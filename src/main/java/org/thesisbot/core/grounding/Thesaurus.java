package org.thesisbot.core.grounding;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A small thesaurus for the investment-thesis domain, so the lexical score does not punish plain
 * paraphrases ("rival" for "competitor", "fund" for "invest"). Only the question is expanded; entries are
 * stemmed like index terms. Deliberately short: embeddings handle the long tail of paraphrase.
 */
final class Thesaurus {
    private static final Map<String, List<String>> ALTERNATIVES = build(new String[][] {
            {"rival", "competitor", "compet"},
            {"competitor", "rival", "compet"},
            {"fund", "invest", "financ", "capital"},
            {"financ", "invest", "fund"},
            {"back", "invest", "commit"},
            {"stake", "invest", "stake"},
            {"bet", "invest", "stake"},
            {"money", "capital", "spend", "invest"},
            {"cost", "capital", "spend", "premium"},
            {"watch", "monitor", "signal", "catalyst", "indicator"},
            {"monitor", "watch", "signal", "indicator"},
            {"track", "monitor", "watch", "indicator"},
            {"signal", "indicator", "catalyst", "watch"},
            {"risk", "downside", "tension", "friction"},
            {"danger", "risk", "downside"},
            {"downside", "risk"},
            {"upside", "return", "advantage"},
            {"benefit", "upside", "advantage", "return", "secur"},
            {"gain", "upside", "return"},
            {"cloud", "aws"},
            {"raise", "seek", "fundrais", "fund", "capital"},
            {"share", "percent", "portion", "consume"},
            {"react", "respons", "respond", "shift", "withdrawal"},
            {"reaction", "respons", "shift"},
            {"respond", "respons", "shift"},
            {"deadline", "close", "quarter"},
            {"timing", "close", "quarter"},
            {"conflict", "tension", "friction", "divergence"},
            {"loyal", "loyalty", "allegiance"},
            {"purpose", "driver", "goal"},
            {"reason", "driver", "purpose"},
            {"motive", "driver", "purpose"},
            {"goal", "aim", "driver"},
            {"worth", "valu"},
            {"valu", "worth"},
            {"loop", "circular"},
            {"circular", "loop"},
            {"budget", "expenditur", "spend", "capital"},
            {"capex", "expenditur", "capital"},
            {"fail", "failure", "breakdown"},
            {"apart", "failure", "breakdown", "invalidat"},
            {"derail", "failure", "breakdown", "tension"},
            {"succeed", "evidence", "uptick", "working", "success"},
            {"know", "evidence", "indicator", "monitor"},
            {"measure", "indicator", "metric", "monitor"},
            {"collapse", "failure", "breakdown"},
            {"partnership", "partn", "relationship"},
            {"relationship", "partn", "tie"},
    });

    private static final Pattern WHY = Pattern.compile(
            "(?i)^\\W*why\\b|\\bwhy (is|does|would|did|do|are|has|should)\\b|\\b(reason|reasons|purpose|motive|motivation|rationale)\\b");
    private static final List<String> PURPOSE = Stream.of("aim", "driver", "purpose", "secure", "goal", "designed", "bet", "lock")
            .map(Terms::stem).toList();

    private Thesaurus() {
    }

    /** Idioms whose words mislead a bag of words ("paying off" is not about paying). */
    private static final Pattern[] IDIOMS = {
            Pattern.compile("(?i)\\bpa(?:y|ys|ying|id) off\\b"), Pattern.compile("(?i)\\bfall(?:s|ing)? apart\\b"),
            Pattern.compile("(?i)\\bwork(?:s|ing)? out\\b")};
    private static final String[] IDIOM_MEANINGS = {"working evidence uptick", "failure breakdown", "working evidence"};

    static String idioms(String question) {
        String q = question;
        for (int i = 0; i < IDIOMS.length; i++) {
            q = IDIOMS[i].matcher(q).replaceAll(IDIOM_MEANINGS[i]);
        }
        return q;
    }

    /** Words that tend to state a purpose, for why-questions; empty for other questions. */
    static List<String> intent(String question) {
        return WHY.matcher(question).find() ? PURPOSE : List.of();
    }

    static List<String> alternatives(String stemmedTerm) {
        return ALTERNATIVES.getOrDefault(stemmedTerm, List.of());
    }

    private static Map<String, List<String>> build(String[][] rows) {
        Map<String, List<String>> m = new HashMap<>();
        for (String[] row : rows) {
            List<String> alts = Arrays.stream(row).skip(1).map(Terms::stem).toList();
            m.put(Terms.stem(row[0]), alts);
        }
        return m;
    }
}
