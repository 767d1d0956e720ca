package org.thesisbot.core.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words people use for each metric, as patterns over normalised text. A longer, more specific match
 * wins over a shorter one it overlaps ("value of the stake" is stake_value, not stake).
 */
final class MetricLexicon {
    /** A phrase that names a metric; strong phrases are unambiguous, weak ones ("return") are hints. */
    record Hit(Metric metric, int start, int end, boolean strong, String phrase) {
    }

    private record Entry(Metric metric, Pattern pattern, boolean strong) {
    }

    private static final String AMZ = "(?:amazon'?s? |its |the |their |that |aws'?s? |this )?";
    private static final String PER_YEAR = "(?:per year|a year|each year|every year|per annum|annual(?:ly)?|yearly|/ ?y(?:ea)?r|p\\.?a\\.?)";
    private static final Pattern PER_YEAR_PATTERN = Pattern.compile(PER_YEAR);

    private static final List<Entry> ENTRIES = List.of(
            // stake value: before "stake"
            strong(Metric.STAKE_VALUE, "value of " + AMZ + "(?:openai )?(?:stake|position|holding|shares|equity)"),
            strong(Metric.STAKE_VALUE, "(?:stake|position|holding|shares|equity)(?: in openai)? (?:would |will |could |might )?(?:be |is |end up )?(?:worth|valued)"),
            strong(Metric.STAKE_VALUE, "(?:stake|position|holding) value|what(?:'s| is| would| will) (?:it|that|this) (?:be )?worth|worth of " + AMZ + "stake"),
            strong(Metric.STAKE_VALUE, "how much (?:would|will|is|could) " + AMZ + "(?:stake|position|holding|shares) (?:be )?worth"),
            strong(Metric.STAKE_VALUE, "mark(?:ed)?[- ]to[- ]market|what(?:'s| is) " + AMZ + "(?:stake|position) worth"),
            // stake
            strong(Metric.STAKE, "\\bstakes?\\b|ownership|\\b(?:amazon|it|they|we|aws|you) (?:would |will |could |does |do |might |gets? to |ends? up |end up )?owns?\\b|\\bown(?:s|ed)? (?:of|in) openai|how much (?:of openai )?(?:would|does|will|could) (?:amazon|it|they) own|\\bowned\\b|equity (?:share|percentage|slice)|how much of openai"),
            strong(Metric.STAKE, "what (?:share|percent(?:age)?|fraction|portion|slice|piece|part|%) of openai"),
            strong(Metric.STAKE, "(?:percent|percentage|share|slice|piece|%) of (?:the company|openai)|\\bdilut"),
            weak(Metric.STAKE, "\\bbuys?\\b|\\bbought\\b|\\bget for\\b|\\bgets for\\b"),
            // pre-money
            strong(Metric.PRE_MONEY_VALUATION, "pre[- ]?money"),
            // capex share
            strong(Metric.CAPEX_SHARE, "cap ?ex|capital expenditures?|capital spend(?:ing)?|spending plan|capital budget|investment budget"),
            strong(Metric.CAPEX_SHARE, "(?:share|portion|fraction|percent(?:age)?|chunk) of " + AMZ + "(?:annual |2026 |yearly )?(?:budget|spend(?:ing)?)"),
            // round share
            strong(Metric.ROUND_SHARE, "(?:share|portion|part|fraction|percent(?:age)?|chunk|slice|how much) of (?:the |openai'?s? |this |that )?(?:\\$?\\d+ ?(?:b|bn|billion) )?(?:funding )?(?:round|raise|fund ?raise|fundraising|financing)"),
            strong(Metric.ROUND_SHARE, "round share|of the round|of the raise|(?:round|raise) (?:does|would) amazon"),
            // irr before moic ("annual return")
            strong(Metric.IRR, "\\birr\\b|annuali[sz]ed|internal rate|\\bcagr\\b|compound(?:ed)? annual|(?:annual|yearly) (?:return|rate of return|growth)|return (?:per|a) year|per year return|per annum|a year return|returns? (?:each|every) year"),
            // moic
            strong(Metric.MOIC, "\\bmoic\\b|\\bmultiples?\\b|how many times(?! (?:bigger|larger|more|greater|the size))|times (?:its|their|the|amazon'?s?) money|money back|cash[- ]on[- ]cash|\\bx return|return multiple|\\btimes over\\b"),
            strong(Metric.MOIC, "return on " + AMZ + "(?:money|investment|capital|stake|cash|bet|\\$?50 ?(?:b|bn|billion))|\\broi\\b|\\bmultiply\\b"),
            weak(Metric.MOIC, "\\breturns?\\b|\\bpay ?off\\b|\\bupside\\b"),
            // gain
            strong(Metric.GAIN, "\\bgains? on " + AMZ + "(?:stake|investment|position|shares)|\\bgains?\\b|profit on " + AMZ + "(?:stake|investment|position)|(?:paper|dollar|net) (?:gain|profit|return)|make on " + AMZ + "(?:stake|investment)|how much (?:would|will|could|does) amazon (?:make|lose|earn) on|\\bp ?& ?l\\b"),
            weak(Metric.GAIN, "\\b(?:make|makes|made|lose|loses|lost|loss)\\b"),
            // compute spend per year
            strong(Metric.COMPUTE_SPEND_PER_YEAR, "(?:compute )?(?:spend|spending|budget|bill)(?: on compute)? " + PER_YEAR + "|" + PER_YEAR + " (?:compute )?(?:spend|spending|budget|bill)(?: on compute)?"),
            strong(Metric.COMPUTE_SPEND_PER_YEAR, "(?:spends?|spending|burn) (?:on compute )?" + PER_YEAR + "|average (?:annual |yearly )?compute|compute (?:spend|spending|budget) (?:per|a|each) year|" + PER_YEAR + " (?:on )?compute"),
            // AWS revenue
            strong(Metric.AWS_COMPUTE_REVENUE, "(?:compute |cloud |aws )revenues?|revenues? (?:for|to|from|at|of) (?:aws|amazon)|sales to openai|aws (?:would |could |will |actually |really |even |then )*(?:earn|make|get|bring in|book|collect|bill)s?|billings?|top[- ]line"),
            strong(Metric.AWS_COMPUTE_REVENUE, "(?:flows?|goes|go|comes?) to aws|aws (?:compute )?rev(?:enue)?s?\\b|aws'?s? (?:cut|take|share of (?:the )?(?:spend|revenue))|how much (?:of (?:that|the|openai'?s?) (?:compute )?spend )?(?:does |would |could |will )?aws (?:get|win|capture|see)"),
            weak(Metric.AWS_COMPUTE_REVENUE, "\\brevenues?\\b"),
            // AWS profit
            strong(Metric.AWS_COMPUTE_PROFIT, "(?:compute |operating |aws )(?:profits?|income|earnings|ebit)|profits? (?:for|to|at|from) aws|aws (?:would |could |will )?(?:profit|net)|margin dollars|bottom[- ]line|operating income"),
            weak(Metric.AWS_COMPUTE_PROFIT, "\\bprofits?\\b|\\bearnings\\b"),
            // circular
            weak(Metric.CIRCULAR_RETURN_RATIO, "circular(?:ity)?"),
            strong(Metric.CIRCULAR_RETURN_RATIO, "circular (?:return|ratio|revenue|multiple|payback)|round[- ]trip|(?:comes?|flows?|goes) back|recycl|boomerang|returns? to aws|per dollar (?:invested|of investment)|revenue (?:vs\\.?|versus|relative to|compared (?:to|with)|against|per dollar of) " + AMZ + "(?:investment|stake|\\$?50 ?(?:b|bn|billion))"),
            // breakeven
            strong(Metric.BREAKEVEN_CAPTURE_SHARE, "break[- ]?even|pays? (?:itself |for itself |the investment |it )?back|payback|recoup|earn (?:it|its money|the \\$?50 ?(?:b|bn|billion)) back"),
            // Anthropic
            strong(Metric.OPENAI_VS_ANTHROPIC_RATIO, "(?:vs\\.?|versus|compar(?:e|ed|es|ing) (?:to|with)|relative to|bigger than|larger than|more than|than|times) " + AMZ + "(?:\\$?8 ?(?:b|bn|billion) )?anthropic|anthropic (?:bet|stake|investment|check|cheque) (?:vs\\.?|versus|compared)|times (?:the size of|as (?:big|large) as) " + AMZ + "anthropic"),
            strong(Metric.ANTHROPIC_COMMITMENT, "anthropic (?:commitment|exposure|total|all[- ]in|in total|altogether|combined)|(?:total|all[- ]in|combined|overall) (?:commitment|exposure|bet|investment)s? (?:to|in|on) anthropic|(?:committed|commit) to anthropic|(?:in|into|on|to) anthropic (?:in total|altogether|all in|combined|overall|so far)"),
            strong(Metric.TOTAL_AI_COMMITMENT, "total (?:ai )?(?:commitment|exposure|bet|outlay)|(?:across|to|in|on) (?:both|openai and anthropic|anthropic and openai)|(?:combined|overall|aggregate) (?:ai )?(?:commitment|exposure|outlay|bets?)|all of amazon'?s? ai bets|ai commitments?"),
            // combined payoff
            strong(Metric.COMBINED_PAYOFF, "combined (?:payoff|return|result|outcome|value)|total payoff|net payoff|all[- ]in (?:payoff|return|result|outcome)|(?:overall|net) (?:result|outcome|position|economics)|stake (?:plus|and|\\+) (?:the )?(?:aws |compute )(?:profit|income)|payoff")
    );

    private MetricLexicon() {
    }

    private static Entry strong(Metric m, String regex) {
        return new Entry(m, Pattern.compile(regex), true);
    }

    private static Entry weak(Metric m, String regex) {
        return new Entry(m, Pattern.compile(regex), false);
    }

    /** Non-overlapping hits, longest and strongest first, then returned in text order. */
    static List<Hit> hits(String s) {
        List<Hit> all = new ArrayList<>();
        for (Entry e : ENTRIES) {
            Matcher m = e.pattern.matcher(s);
            while (m.find()) {
                if (m.end() > m.start()) {
                    all.add(new Hit(e.metric, m.start(), m.end(), e.strong, m.group()));
                }
            }
        }
        all.sort(Comparator.comparing((Hit h) -> !h.strong())
                .thenComparing(h -> -(h.end() - h.start()))
                .thenComparingInt(Hit::start));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : all) {
            boolean clash = false;
            for (Hit k : kept) {
                if (h.start() < k.end() && k.start() < h.end()) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                kept.add(h);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        return kept;
    }

    /** Metrics named, in order of first mention, with all their hits; per-year variants replace their totals. */
    static Map<Metric, List<Hit>> metrics(List<Hit> hits, String s) {
        Map<Metric, List<Hit>> out = new LinkedHashMap<>();
        boolean perYear = PER_YEAR_PATTERN.matcher(s).find();
        for (Hit h : hits) {
            Metric m = h.metric();
            if (m == Metric.AWS_COMPUTE_REVENUE && perYear) {
                m = Metric.AWS_COMPUTE_REVENUE_PER_YEAR;
            }
            out.computeIfAbsent(m, k -> new ArrayList<>()).add(h);
        }
        return out;
    }
}
