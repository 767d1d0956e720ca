package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Format;

/**
 * An exit said through another investor's result, as an LP update puts it: "the exit where SoftBank, in at a $300bn post,
 * makes 5x", "where the $500bn secondary buyers are up 60%", "at the exit that gives them 8x" after "Thrive got in at
 * $157bn". Their entry times their multiple is the exit ({@code entry × multiple}; "up 60%" is 1.6x, "down 20%" 0.8x,
 * "lose everything" 0x), worked out here and said as that exit, so everything else reads it as any exit. The other
 * investor's entry is theirs, not Amazon's: the clause that gives it is taken out (or its figure, when the clause also asks
 * something), so it is never read as OpenAI's post-money for this round; the note says what was read.
 */
final class OtherInvestors {
    /** The question with the exit said as a figure, and the note that shows the working. */
    private static final String NUM = "(?:half a (?:trillion|tril|tn)|~?\\$?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:bn|b|billion|tn|t|tril|trillion)\\b)?)";
    /** The exit that is sought: "exits where", "gets taken out at the level where", "at the exit that", "at an exit where". */
    private static final String LEAD = "(?<lead>\\b(?:exits?|exiting|is (?:eventually )?(?:sold|taken out)|gets? (?:sold|taken out)|(?:eventually )?sells?|ends? up|lands?)"
            + "(?:\\s+at)?(?:\\s+(?:the|a|an))?(?:\\s+(?:level|point|valuation|price|mark|number))?|\\bat\\s+(?:the|an|a)\\s+(?:exit|level|point|valuation|price|mark)(?:\\s+(?:level|valuation))?)";
    private static final String VERB = "(?:makes?|made|is on|are on|'re on|is sitting on|are sitting on|'re sitting on|sitting on|sits? on|walks? away with|ends? up (?:on|with)|has made|have made"
            + "|gets?|hands?|gives?|that'?s|is|are|turns? into|would be on|would make|be on)";
    private static final Pattern RESULT = Pattern.compile(
            LEAD + "\\s+(?:where|at which|that)(?<who>\\s+[^.;?!\\n]{0,90}?)??\\s+(?:"
                    + VERB + "\\s+(?:(?:them|him|her|it|exactly|a|an|a clean|roughly|about|just)\\s+)*(?<m>\\d{1,3}(?:\\.\\d{1,2})?)\\s?(?:x\\b|times (?:its|their|his|her|the) money)"
                    + "|(?<n>double|doubles|doubled|triple|triples|tripled|quadruple|quadruples)(?:\\s+(?:their|its|his|her) money)?"
                    + "|(?:are|is|'re|sit|sits|end up|ends up)\\s+(?<dir>up|ahead|down)\\s+~?(?<p>\\d{1,3}(?:\\.\\d{1,2})?)\\s?(?:%|pct|percent)"
                    + "|(?<zero>lose (?:literally )?everything|loses (?:literally )?everything|are wiped out|is wiped out|get wiped out|go to zero|goes to zero))",
            Pattern.CASE_INSENSITIVE);
    /** Another investor's entry, said on its own: "in at a $300bn post", "bought at $157bn", "the tender was done at $86bn". */
    private static final Pattern ENTRY = Pattern.compile(
            "\\b(?:in at|went in at|got in at|came in at|bought (?:in )?at|bought|entry (?:was|of|at)|entry was|priced (?:openai|oai|open ai|it) at|was done at|were done at|went off at|done at|cleared at|printed at)"
                    + "\\s+(?:a\\s+|the\\s+|an\\s+)?(?<e>" + NUM + ")(?:\\s*(?:post(?:-money)?|pre(?:-money)?|valuation|secondary|tender))?",
            Pattern.CASE_INSENSITIVE);
    /** Words right before an entry that make it Amazon's own ("our round actually gets done at 900bn"), not another investor's. */
    private static final Pattern OURS = Pattern.compile(
            "\\b(?:we|amazon|amzn|us|our (?:round|ticket|check|cheque|entry|deal|money|50|piece|stake))\\b(?:\\s+\\S+){0,3}\\s*$", Pattern.CASE_INSENSITIVE);
    /** Where one clause of a message ends: a full stop, "!", "?", ";", a spaced dash or a line break. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?;]+(?:\\s|$)|\\s[-\u2013\u2014]\\s|\\n");

    private OtherInvestors() {
    }

    static Optional<Reframing.Noted> find(String text) {
        if (text == null || text.length() > 2_000) {
            return Optional.empty();
        }
        Matcher r = RESULT.matcher(text);
        if (!r.find()) {
            return Optional.empty();
        }
        BigDecimal multiple = multiple(r);
        String who = r.group("who") == null ? "" : r.group("who");
        BigDecimal entry = Sums.billions(who);
        int entryStart = -1, entryEnd = -1;
        String entrySaid = null;
        if (entry == null) {
            Matcher e = ENTRY.matcher(text);
            while (e.find()) {
                int clauseStart = Sums.clauseStart(CLAUSE_END, text, e.start());
                if (e.start() >= r.start() && e.start() < r.end() || OURS.matcher(text.substring(Math.max(clauseStart, e.start() - 40), e.start())).find()) {
                    continue;
                }
                BigDecimal v = Sums.billions(e.group("e"));
                if (v != null && v.signum() > 0) {
                    entry = v;
                    entryStart = e.start();
                    entryEnd = e.end();
                    entrySaid = e.group().trim();
                    break;
                }
            }
        } else {
            entrySaid = who.trim();
        }
        if (entry == null || multiple == null) {
            return Optional.empty();
        }
        BigDecimal exit = entry.multiply(multiple).stripTrailingZeros();
        String lead = r.group("lead").toLowerCase(Locale.ROOT);
        String said = lead.startsWith("at ") ? "at an exit of $" + exit.toPlainString() + "B" : "exits at $" + exit.toPlainString() + "B";
        StringBuilder q = new StringBuilder(text);
        q.replace(r.start(), r.end(), said);
        if (entryStart >= 0) {
            // the other investor's entry goes: its whole clause when that asks nothing else, else the figure alone
            int from = Sums.clauseStart(CLAUSE_END, text, entryStart);
            int to = Sums.clauseEnd(CLAUSE_END, text, entryEnd, true);
            String clause = text.substring(from, to);
            boolean alone = !clause.contains("?") && !(from <= r.start() && r.start() < to);
            if (entryStart < r.start()) {
                q.replace(alone ? from : entryStart, alone ? to : entryEnd, "");
            } else {
                int shift = said.length() - (r.end() - r.start());
                q.replace((alone ? from : entryStart) + shift, (alone ? to : entryEnd) + shift, "");
            }
        }
        String note = "Reading the exit where another investor (" + entrySaid + ") makes " + Format.multiple(multiple) + " as " + Format.money(entry)
                + " \u00d7 " + multiple.stripTrailingZeros().toPlainString() + " = " + Format.money(exit) + ".";
        return Optional.of(new Reframing.Noted(q.toString().replaceAll("\\s{2,}", " ").trim(), note));
    }

    private static BigDecimal multiple(Matcher r) {
        if (r.group("m") != null) {
            return new BigDecimal(r.group("m"));
        }
        if (r.group("n") != null) {
            String n = r.group("n").toLowerCase(Locale.ROOT);
            return BigDecimal.valueOf(n.startsWith("doub") ? 2 : n.startsWith("trip") ? 3 : 4);
        }
        if (r.group("p") != null) {
            BigDecimal p = new BigDecimal(r.group("p")).movePointLeft(2);
            return r.group("dir").equalsIgnoreCase("down") ? BigDecimal.ONE.subtract(p) : BigDecimal.ONE.add(p);
        }
        return r.group("zero") != null ? BigDecimal.ZERO : null;
    }
}
