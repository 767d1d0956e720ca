package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.scenario.Compounding;
import org.thesisbot.core.scenario.Compounding.Convention;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.InvalidInputException;
import org.thesisbot.core.scenario.ScenarioModel;

/**
 * A return asked in a compounding convention other than the model's effective annual IRR: "cc return on the 50", "s.a.
 * bond-equiv yield", "monthly-compounded apr", "simple annual, no compounding". The question is said to the model as an
 * IRR question; each IRR the answer gives is then said in the convention as well ({@link Compounding}), first unless the
 * effective rate is asked beside it ("cc and your eff annual next to it"). A goal in a convention ("what exit gets the 50
 * to 14% continuously compounded") is the effective IRR it equals (e^0.14 − 1); a simple goal over T years is the multiple
 * 1 + sT. The convention lasts in the thread ("now s.a. on that", "same but at a 900 post") until another is named.
 */
final class RateConventions {
    private static final Pattern CONTINUOUS = Pattern.compile("\\bcc\\b(?!\\s*[@<:]|['\u2019]d)|\\bcontin\\w*(?:[- ]compound\\w*|\\s+(?:rate|return|basis|yield|comp\\w*))"
            + "|\\blog[- ]returns?\\b|\\bln\\s*\\(\\s*(?:x|m|moic|multiple)\\s*\\)\\s*/\\s*(?:t|n|yrs|years)\\b");
    private static final Pattern SEMI_ANNUAL = Pattern.compile("\\bs\\.a\\.?(?=[\\s,;?)]|$)|\\bs/a\\b|\\bsemi-?\\s?annual(?:ly)?(?:[- ]compound\\w*)?\\b"
            + "|\\bbey\\b|\\bbond[- ]equiv\\w*(?:\\s+(?:yield|basis|rate))?");
    private static final Pattern QUARTERLY = Pattern.compile("\\bquarterly[- ]comp\\w*|\\bcompounded quarterly\\b");
    private static final Pattern MONTHLY = Pattern.compile("\\bmonthly[- ]comp\\w*(?:\\s+apr)?|\\bapr,?\\s+(?:compounded\\s+)?monthly\\b|\\bcompounded monthly\\b|\\bmonthly apr\\b");
    /** Simple: "simple annual", "simple non-compounded rate", "10% simple", "no compounding"; not "a simple multiple". */
    private static final Pattern SIMPLE = Pattern.compile("\\bsimple(?:\\s+(?:annual|yearly|annuali[sz]ed|per annum|interest))?(?:\\s+(?:non-?compounded|uncompounded))?"
            + "\\s+(?:rate|return|yield|irr|number|figure|p\\.?a\\.?|a year|per (?:year|yr|annum))\\b|\\bsimple\\s+(?:annual|yearly|annuali[sz]ed|per annum|interest|non-?compounded|uncompounded)\\b"
            + "|(?<=%\\s?)simple\\b|\\bnon-?compounded(?:\\s+(?:rate|return))?\\b|\\bno compounding\\b|\\bnothing compounded\\b|\\buncompounded\\b");
    /** Each convention's words, in the order they are looked for. */
    private static final Map<Convention, Pattern> PATTERNS = new java.util.EnumMap<>(Map.of(Convention.CONTINUOUS, CONTINUOUS,
            Convention.SEMI_ANNUAL, SEMI_ANNUAL, Convention.QUARTERLY, QUARTERLY, Convention.MONTHLY, MONTHLY, Convention.SIMPLE, SIMPLE));
    /** The effective rate asked beside it: "your eff annual next to it", "eff annual irr and cc side by side". */
    private static final Pattern EFFECTIVE = Pattern.compile("\\beff(?:ective|\\.)?\\s+annual(?:\\s+(?:irr|rate|return|number))?\\b|\\bannual effective\\b|\\beffective (?:irr|rate|yield)\\b");
    private static final Pattern NOT = Pattern.compile("\\b(?:not|no|rather than|instead of)\\s+(?:the\\s+|your\\s+|an?\\s+)?$");
    /** The noun after a convention that names the rate: taken out with it. */
    private static final String NOUN = "(?:\\s*[-,]?\\s*(?:return|rate|yield|number|figure|apr|irr|basis|equivalent|bey|yld))*";
    private static final Pattern NOUN_AFTER = Pattern.compile("^" + NOUN);
    private static final String PCT = "(?<p>-?\\d{1,3}(?:\\.\\d{1,6})?)\\s?(?:%|pct|percent)(?:\\s?/\\s?yr|\\s+a\\s+year|\\s+per\\s+(?:year|annum|yr)|\\s+p\\.?a\\.?)?";
    /** A hold said in the question, for a simple goal: "over a 6y hold", "4y 6m", "54 months". */
    private static final Pattern HOLD = Pattern.compile("\\b(?<y>\\d{1,2}(?:\\.\\d{1,3})?)\\s?(?:y|yr|yrs|year|years)\\b(?:\\s*(?<m>\\d{1,2})\\s?(?:m|mo|mos|months?)\\b)?|\\b(?<mo>\\d{1,3})\\s?months\\b");
    /** The frame carried in a thread: "(rates continuously compounded)". */
    private static final Pattern CARRIED = Pattern.compile("\\s*\\(rates (?<c>[^);]+)(?<eff>; effective too)?\\)\\s*$");
    /** The convention left in a thread: "back to eff annual", "just the irr". */
    static final Pattern LEAVE = Pattern.compile("(?i)\\bback to (?:the |your )?(?:eff\\w*|annual|irr)\\b|\\beff(?:ective)? annual only\\b|\\bjust (?:the |your )?eff\\w*\\b");

    /** The conventions asked (in the order asked), whether the effective rate is asked too, and a goal's conversion. */
    record Found(String question, List<Convention> conventions, boolean effective, String goalNote, String[] goalHead, ScenarioModel model)
            implements Reframing {
        @Override
        public Optional<String> kept() {
            return Optional.of("rates " + String.join(" & ", conventions.stream().map(Convention::said).toList()) + (effective ? "; effective too" : ""));
        }

        @Override
        public Answer told(Answer a) {
            return told(a, Map.of());
        }

        @Override
        public Answer told(Answer a, Map<InputId, BigDecimal> inForce) {
            if (a.results().isEmpty()) {
                return a;
            }
            if (goalNote != null) {
                // the headline says the goal as asked: "To reach 12% semi-annual (bond-equivalent) (a 12.36% IRR)"
                Answer said = a.text().contains(goalHead[0]) ? new Answer(a.id(), a.route(), a.text().replace(goalHead[0], goalHead[1]), a.narrative(),
                        a.results(), a.citations(), a.answerer(), a.notes(), a.decision(), a.clarify(), a.charts()) : a;
                return RoutingAssistant.withNote(said, goalNote);
            }
            List<MetricResult> converted = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            StringBuilder head = new StringBuilder();
            for (MetricResult r : a.results()) {
                if (r.value() == null || r.kind() != MetricResult.Kind.METRIC || !r.metric().equals("irr")) {
                    continue;
                }
                for (Convention c : conventions) {
                    BigDecimal years = c.needsYears() ? StakeInputs.of(a, r, inForce, model).hold() : null;
                    try {
                        BigDecimal v = Compounding.fromEffective(c, r.value(), years);
                        String formula = Compounding.formula(c, r.value(), years, v);
                        MetricResult m = new MetricResult(r.metric(), "IRR, " + c.said(), v, r.unit(), r.scenario(), r.inputs(), formula,
                                "The effective annual IRR said " + c.said() + ".", MetricResult.Kind.RESTATED);
                        converted.add(m);
                        head.append("*").append(m.label()).append(": ").append(Format.percent(v)).append("* (").append(r.scenario())
                                .append(" case) `").append(formula).append("`\n");
                    } catch (InvalidInputException e) {
                        refused.add(e.getMessage());
                    }
                }
            }
            if (converted.isEmpty()) {
                return refused.isEmpty() ? RoutingAssistant.withNote(a, "This answer has no annual return to say "
                        + conventions.get(0).said() + "; ask for the IRR to convert it.")
                        : Reframing.refused(a, refused.get(0) + ".");
            }
            List<MetricResult> results = new ArrayList<>();
            if (effective) {
                results.addAll(a.results());
                results.addAll(converted);
            } else {
                results.addAll(converted);
                results.addAll(a.results());
            }
            String text = effective ? a.text() + "\n\n" + head
                    : head + "_The effective annual rate (the model's IRR) and how it was reached:_\n" + a.text();
            return new Answer(a.id(), a.route(), text, a.narrative(), results, a.citations(), a.answerer(), a.notes(), a.decision(), a.clarify(), a.charts());
        }
    }

    private RateConventions() {
    }

    static Optional<Found> find(String question, ScenarioModel model) {
        if (question == null || question.length() > 2_000) {
            return Optional.empty();
        }
        String text = question;
        List<Convention> carried = List.of();
        boolean carriedEffective = false;
        Matcher kept = CARRIED.matcher(text);
        if (kept.find()) {
            carried = new ArrayList<>();
            for (String c : kept.group("c").split(" & ")) {
                Optional<Convention> one = java.util.Arrays.stream(Convention.values()).filter(v -> v.said().equals(c.strip())).findFirst();
                if (one.isEmpty()) {
                    return Optional.empty(); // (a frame kept by another version)
                }
                carried.add(one.get());
            }
            carriedEffective = kept.group("eff") != null;
            text = text.substring(0, kept.start());
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        // each convention named, in the order named
        List<int[]> spans = new ArrayList<>();
        List<Convention> named = new ArrayList<>();
        Map<Convention, Pattern> patterns = PATTERNS;
        java.util.TreeMap<Integer, Convention> at = new java.util.TreeMap<>();
        for (Map.Entry<Convention, Pattern> e : patterns.entrySet()) {
            Matcher m = e.getValue().matcher(lower);
            while (m.find()) {
                at.putIfAbsent(m.start(), e.getKey());
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        at.values().forEach(c -> {
            if (!named.contains(c)) {
                named.add(c);
            }
        });
        boolean effective = false;
        Matcher eff = EFFECTIVE.matcher(lower);
        while (eff.find()) {
            if (!NOT.matcher(lower.substring(Math.max(0, eff.start() - 20), eff.start())).find()) {
                effective = true;
            }
            spans.add(new int[] {eff.start(), eff.end()});
        }
        if (named.isEmpty()) {
            if (carried.isEmpty()) {
                return Optional.empty();
            }
            named.addAll(carried);
            effective = effective || carriedEffective && !Pattern.compile("\\bonly\\b|\\bjust\\b").matcher(lower).find();
        }
        // a goal in a convention: "to 14% cc", "a 9% monthly-comp apr", "simple non-compounded rate to 8%/yr"
        Set<Convention> goalConventions = EnumSet.noneOf(Convention.class);
        String q = text;
        String goalNote = null;
        String[] goalHead = null;
        for (Map.Entry<Convention, Pattern> e : patterns.entrySet()) {
            Pattern before = Pattern.compile(PCT + "\\s*(?:" + e.getValue().pattern() + ")" + NOUN, Pattern.CASE_INSENSITIVE);
            Pattern after = Pattern.compile("(?:" + e.getValue().pattern() + ")" + NOUN + "(?<gap>(?:\\s+[\\w'-]+){0,3}?\\s+(?:to|of|at|=|is|hits?|reach(?:es)?|clears?)\\s+(?:exactly\\s+|at least\\s+)?)" + PCT,
                    Pattern.CASE_INSENSITIVE);
            for (Pattern p : List.of(before, after)) {
                Matcher m = p.matcher(q);
                if (!m.find()) {
                    continue;
                }
                BigDecimal rate = new BigDecimal(m.group("p")).movePointLeft(2);
                String gap = p == after ? m.group("gap") : " ";
                String goal;
                try {
                    if (e.getKey() == Convention.SIMPLE) {
                        BigDecimal years = holdIn(q, model);
                        BigDecimal multiple = Compounding.simpleMultiple(rate, years);
                        if (multiple.signum() <= 0) {
                            return Optional.empty();
                        }
                        goal = gap + multiple.stripTrailingZeros().toPlainString() + "x";
                        goalHead = new String[] {"To reach a " + Format.multiple(multiple) + " MOIC", "To reach a simple " + Format.percent(rate)
                                + " a year (a " + Format.multiple(multiple) + " MOIC over " + years.stripTrailingZeros().toPlainString() + " years)"};
                        goalNote = "A simple " + Format.percent(rate) + " a year over " + years.stripTrailingZeros().toPlainString()
                                + " years is a multiple of 1 + " + Format.percent(rate) + " × " + years.stripTrailingZeros().toPlainString() + " = "
                                + Format.multiple(multiple) + "; solved for that multiple.";
                    } else {
                        BigDecimal r = Compounding.toEffective(e.getKey(), rate, null);
                        goal = gap + r.movePointRight(2).setScale(14, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "% irr";
                        goalHead = new String[] {"To reach a " + Format.percent(r) + " IRR", "To reach " + Format.percent(rate) + " "
                                + e.getKey().said() + " (a " + Format.percent(r) + " effective IRR)"};
                        goalNote = Format.percent(rate) + " " + e.getKey().said() + " is an effective annual rate of " + Format.percent(r)
                                + " (" + (e.getKey() == Convention.CONTINUOUS ? "e^" + rate.stripTrailingZeros().toPlainString() + " - 1"
                                : "(1 + " + Format.percent(rate) + " / " + e.getKey().perYear() + ")^" + e.getKey().perYear() + " - 1") + "); solved for that IRR.";
                    }
                } catch (InvalidInputException ex) {
                    return Optional.empty(); // (left to the reader, which refuses a rate out of range itself)
                }
                q = q.substring(0, m.start()) + goal + " " + q.substring(m.end());
                goalConventions.add(e.getKey());
                break;
            }
        }
        if (goalConventions.isEmpty()) {
            // the convention asked of a return: said to the model as its IRR (each span with the noun after it, spans that
            // overlap or touch merged, the first said "irr" and the rest taken out)
            List<int[]> withNouns = new ArrayList<>();
            for (int[] sp : spans) {
                Matcher noun = NOUN_AFTER.matcher(lower.substring(sp[1]));
                withNouns.add(new int[] {sp[0], sp[1] + (noun.find() ? noun.end() : 0)});
            }
            List<int[]> merged = Reframing.merged(withNouns, 1);
            StringBuilder b = new StringBuilder();
            int from = 0;
            for (int i = 0; i < merged.size(); i++) {
                b.append(q, from, merged.get(i)[0]).append(i == 0 ? "irr" : " ");
                from = merged.get(i)[1];
            }
            b.append(q.substring(from));
            q = b.toString(); // (a follow-up in the thread's convention keeps its own words: "$ loss at that mark" asks no rate)
        }
        q = Reframing.orSame(Reframing.tidy(q.replaceAll("(?:,\\s*){2,}", ", ").replaceAll("^[\\s.,;:-]+", "")));
        return Optional.of(new Found(q, named, effective, goalNote, goalHead, model));
    }

    /** The hold the question says, else the model's. */
    private static BigDecimal holdIn(String text, ScenarioModel model) {
        Matcher h = HOLD.matcher(text.toLowerCase(java.util.Locale.ROOT));
        if (h.find()) {
            if (h.group("mo") != null) {
                return new BigDecimal(h.group("mo")).divide(BigDecimal.valueOf(12), java.math.MathContext.DECIMAL128);
            }
            BigDecimal y = new BigDecimal(h.group("y"));
            return h.group("m") == null ? y : y.add(new BigDecimal(h.group("m")).divide(BigDecimal.valueOf(12), java.math.MathContext.DECIMAL128));
        }
        return model.value(InputId.HOLDING_YEARS.id(), ScenarioModel.BASE);
    }
}
