package org.thesisbot.core.assistant;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.thesisbot.core.scenario.InputId;

/**
 * The words an asker names an input by when moving it or solving it as a lever: "exit", "mark", "capture", "margin", "hold",
 * "post-money", "check", "raise", "capex", "compute spend" ({@link Walks} for a walk's steps, {@link LeverGoals} for a goal's
 * levers).
 */
final class InputWords {
    private static final int CI = Pattern.CASE_INSENSITIVE;

    /** Each input's words, in the order tried (a name found later in a phrase wins: "the anthropic ticket" before "ticket"). */
    static final Map<InputId, Pattern> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(InputId.ANTHROPIC_INVESTMENT, Pattern.compile("\\banthropic(?:'s)? (?:ticket|check|cheque|investment|stake|bet)\\b", CI));
        NAMES.put(InputId.EXIT_VALUATION, Pattern.compile("\\b(?:exits?|exit valuation|marks?)\\b", CI));
        NAMES.put(InputId.AWS_CAPTURE_SHARE, Pattern.compile("\\bcapt(?:ure|rue|ur)\\w*\\b", CI));
        NAMES.put(InputId.AWS_OPERATING_MARGIN, Pattern.compile("\\bmargins?\\b|\\bcents on the dollar\\b", CI));
        NAMES.put(InputId.HOLDING_YEARS, Pattern.compile("\\bhold(?:ing)?(?: period| yrs| years)?\\b|\\bheld\\b", CI));
        NAMES.put(InputId.POST_MONEY_VALUATION, Pattern.compile("\\bpost(?:[- ]?money)?\\b|\\bpre(?:[- ]?money)?\\b|\\bround prices\\b", CI));
        NAMES.put(InputId.INVESTMENT, Pattern.compile("(?<!anthropic )\\b(?:check|cheque|investment|ticket)\\b", CI));
        NAMES.put(InputId.ROUND_SIZE, Pattern.compile("\\b(?:raise|round size|round)\\b(?! prices)", CI));
        NAMES.put(InputId.CAPEX_2026, Pattern.compile("\\bcap ?ex\\b", CI));
        NAMES.put(InputId.OPENAI_COMPUTE_SPEND, Pattern.compile("\\b(?:compute )?spend\\b", CI));
    }

    private InputWords() {
    }
}
