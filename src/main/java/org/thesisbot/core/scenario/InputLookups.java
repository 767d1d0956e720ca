package org.thesisbot.core.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Questions that ask the value of an input itself ("how big is the round?", "what margin do you assume?").
 * Each pattern must match the whole question, so "what's capex?" is a lookup while "share of capex" is a metric.
 */
final class InputLookups {
    private InputLookups() {
    }

    private static final Map<String, Pattern> LOOKUPS = new LinkedHashMap<>();

    static {
        String end = "[?!. ]*$";
        String start = "^(?:so |and |ok |quick q:? |remind me,? )?";
        LOOKUPS.put("round_size", Pattern.compile(start + "(?:how (?:big|large) is (?:the|openai'?s?|this) (?:funding )?round|(?:the )?round size"
                + "|(?:what(?:'s| is) )?the size of (?:the|openai'?s?) (?:funding )?round|how much (?:is openai|are they) (?:raising|seeking)"
                + "|how much (?:new )?capital is openai (?:raising|seeking)|how big is the raise)" + end));
        LOOKUPS.put("post_money_valuation", Pattern.compile(start + "(?:what(?:'s| is) (?:openai'?s?|the) (?:post[- ]money )?valuation"
                + "(?: in (?:this|the) (?:round|deal))?|how much is openai (?:valued at|worth)(?: in (?:this|the) (?:round|deal))?"
                + "|what valuation is (?:openai|the round) (?:raising )?at)" + end));
        LOOKUPS.put("capex_2026", Pattern.compile(start + "(?:what(?:'s| is| are) (?:amazon'?s? )?(?:2026 )?(?:capex|capital expenditures?)"
                + "(?: (?:plan|forecast|budget))?(?: for 2026)?|how much (?:is|will) amazon spend(?:ing)? on capex(?: in 2026)?)" + end));
        LOOKUPS.put("openai_compute_spend", Pattern.compile(start + "(?:how much (?:will|does|is|do) openai (?:plan(?:ning)? to )?spend(?:ing)?"
                + " on compute(?: in total)?|(?:what(?:'s| is) )?openai'?s? (?:total )?compute (?:spend|budget|bill)(?: 2025-2029)?)" + end));
        LOOKUPS.put("anthropic_investment", Pattern.compile(start + "how much (?:did|has|is) amazon (?:invest(?:ed|ing)?|put(?:ting)?)"
                + " (?:in|into) anthropic(?: so far)?" + end));
        LOOKUPS.put("anthropic_campus", Pattern.compile(start + "(?:how much (?:is|does|did) (?:the )?(?:indiana |anthropic )?(?:campus|data center)"
                + " (?:cost|worth)|(?:what(?:'s| is) )?the cost of the (?:indiana |anthropic )?(?:campus|data center))" + end));
        LOOKUPS.put("aws_operating_margin", Pattern.compile(start + "(?:what(?:'s| is) the |which )?(?:assumed |assumption for (?:the )?)?(?:aws )?"
                + "(?:operating )?margin(?: assumption| (?:do|did) you (?:use|assume)| are you using| assumed)?" + end));
        LOOKUPS.put("aws_capture_share", Pattern.compile(start + "(?:what(?:'s| is) the )?(?:assumed )?(?:aws )?capture(?: share)?"
                + "(?: assumption| (?:do|did) you (?:use|assume)| are you using| assumed)" + end));
        LOOKUPS.put("exit_valuation", Pattern.compile(start + "(?:what(?:'s| is) the )?(?:assumed )?exit valuation(?: assumption| (?:do|did) you"
                + " (?:use|assume)| are you using| assumed)?" + end));
        LOOKUPS.put("holding_years", Pattern.compile(start + "(?:what(?:'s| is) the )?(?:assumed )?holding period|how long (?:is|do you assume)"
                + " (?:the )?hold(?:ing period)?" + end));
        LOOKUPS.put("investment", Pattern.compile(start + "how much (?:is|will|would) amazon (?:invest(?:ing)?|put(?:ting)? in)(?: in(?:to)? openai)?" + end));
    }

    /** Input ids the whole (normalised) question asks the value of; empty for any other question. */
    static List<String> find(String s) {
        List<String> out = new ArrayList<>();
        LOOKUPS.forEach((id, p) -> {
            if (p.matcher(s).find()) {
                out.add(id);
            }
        });
        return out;
    }
}
