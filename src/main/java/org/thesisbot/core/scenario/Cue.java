package org.thesisbot.core.scenario;

import java.util.regex.Pattern;

/** Context words around a figure that say which input it sets ("valued at", "margin", "invests"). */
enum Cue {
    PRE("pre[- ]?money|\\bpre\\b"),
    POST("post[- ]?money|\\bpost\\b(?! (?:deal|close|closing|signing|ipo))|entry(?: price| valuation)?|buys? in|buy-in|invests? at|investing at|priced at|price of|round valuation|(?:round|raise) at"),
    CAPEX("cap ?ex|capital expenditures?|capital spend(?:ing)?|spending plan|capital budget|\\bbudget"),
    COMPUTE("\\bcompute|computing|training|inference|\\bgpus?\\b|cloud spend|infrastructure spend"),
    CAMPUS("campus|data ?cent(?:er|re)s?|indiana"),
    ROUND("\\bround|\\braise[sd]?\\b|raising|fund ?rais|funding|financing"),
    INVEST("invest(?:s|ed|ing|ment|ments)?|puts? (?:in|up)|putting (?:in|up)|\\bwrites?|\\bcheck|cheque|commit(?:s|ting|ted)?|contribut|ticket|deploys?|inject|\\bpours?|\\bplows?"),
    ANTHROPIC("anthropic"),
    EXIT("\\bexit(?:s|ed|ing)?|\\bworth\\b|reach(?:es|ed)?|\\bhits?\\b|grows? to|climbs? to|rises? to|jumps? to|falls? to|drops? to|crash(?:es)? to|sinks? to|ends? up|goes to|gets to|\\bbecomes?|\\bipos?\\b|\\bsells?\\b|\\bsold\\b|\\blater\\b|eventually|marked|\\bmarks?\\b|trades? at"),
    VALUATION("valuations?|valued|valuing|\\bvalue\\b|market cap|\\bcap\\b"),
    /** "at $1T": only to the left of a figure ("$40B at $1T": the "at" belongs to $1T). */
    AT("\\bat\\b"),
    MARGIN("margins?|profitability"),
    CAPTURE("captur|\\bwins?\\b|winning|\\bwon\\b|\\bgets?\\b|getting|\\btakes?\\b|taking|secures?|locks? in|\\bshare\\b|flows? to aws|goes to aws|lands on aws|of (?:openai'?s?|the|its|that|their) (?:compute|spend|spending|workloads?|training)|market share|wallet share"),
    RESTATED("of (?:amazon'?s?|its|the|their) ?(?:annual |2026 |yearly )?(?:capex|capital|budget|spending plan)|of (?:the|openai'?s?|its) ?(?:\\$?100 ?(?:b|bn|billion) )?(?:round|raise|fundraising|target)"),
    STAKE("\\bstake|ownership|\\bown\\b|of openai\\b|of the company"),
    BREAKEVEN("break[- ]?even"),
    COMPARISON("[<>≥≤]|\\babove\\b|\\bover\\b|more than|less than|\\bbelow\\b|\\bunder\\b|at least|at most"),
    RETURN_TARGET("\\birr\\b|annual|a year|per year|\\breturns?\\b|\\bmultiple\\b|\\bmoic\\b");

    final Pattern pattern;

    Cue(String regex) {
        this.pattern = Pattern.compile(regex);
    }
}
