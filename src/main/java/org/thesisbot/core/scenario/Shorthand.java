package org.thesisbot.core.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spells out the shorthand analysts type in Slack ("oai", "amzn", "yr", "DCs", "u"), so routing, the
 * interpreter and retrieval all see the words the sources use. Applied once, where a question enters.
 */
public final class Shorthand {
    private static final String[][] RULES = {
            {"\\b(?:oai|open ai)\\b", "OpenAI"},
            {"\\b(?:amzn|amz)\\b", "Amazon"},
            {"\\bmsft\\b", "Microsoft"},
            {"\\b(?:goog|googl)\\b", "Google"},
            {"\\bnvda\\b", "Nvidia"},
            {"(?-i)\\bDCs\\b|\\bdcs\\b", "data centers"},
            {"\\b(\\d+(?:\\.\\d+)?) ?y\\b", "$1 years"},
            {"\\b(\\d+(?:\\.\\d+)?)-?yrs?\\b", "$1 years"},
            {"\\byrs?\\b", "year"},
            {"\\bpct\\b", "percent"},
            {"(?-i)\\bu\\b(?![.&])", "you"},
            {"(?-i)\\bur\\b", "your"},
            {"(?-i)\\br\\b(?= (?:we|you|they|u)\\b)", "are"},
            {"\\bpls\\b|\\bplz\\b", "please"},
            {"\\bthx\\b|\\bty\\b", "thanks"},
            {"\\bw/o\\b", "without"},
            {"\\bw/", "with "},
            {"\\bvs\\.?(?=\\s)", "versus"},
            {"\\brev\\b", "revenue"},
            {"\\bval\\b", "valuation"},
            {"\\bgm\\b", "good morning"},
            {"\\bwhats\\b", "what's"},
            {"\\bhows\\b", "how's"},
            {"\\bthats\\b", "that's"},
            {"\\bwhos\\b", "who's"},
            {"\\b(?:fy|')?(2\\d) (capex|capital spend|budget|guidance)\\b", "20$1 $2"},
    };
    private static final Pattern[] PATTERNS = new Pattern[RULES.length];

    static {
        for (int i = 0; i < RULES.length; i++) {
            PATTERNS[i] = Pattern.compile(RULES[i][0], Pattern.CASE_INSENSITIVE);
        }
    }

    private Shorthand() {
    }

    public static String expand(String text) {
        String s = text;
        for (int i = 0; i < PATTERNS.length; i++) {
            Matcher m = PATTERNS[i].matcher(s);
            if (m.find()) {
                s = m.replaceAll(RULES[i][1]);
            }
        }
        return s;
    }
}
