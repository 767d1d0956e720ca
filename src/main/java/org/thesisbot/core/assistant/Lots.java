package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;

/**
 * The check bought in lots at different prices, as a trader's blotter says it: "lot1 20 @ 650 pre, lot2 30 @ 1.1T post",
 * "20 @ 7.5bn/pt, 30 @ 10bn/pt", "25 @ 780 post, 25 @ 980 post". Each lot buys its amount over its post-money (a pre-money
 * plus the round; a price per point of OpenAI times a hundred); the stake is the lots' sum, and the blended entry is the
 * money over the stake. The question is then the model's own with the whole check at the blended post-money, so every
 * number follows; "per lot" adds each lot's own. With one lot's price missing and a goal for the whole book ("where does
 * the next 30 have to print for the blended entry to land @ 830", "max post on the last 30 for 1.75x on a 1.5T exit", "the
 * biggest lot 2 @ 1.1T that still holds 5.5%"), the missing price or size is solved, exactly. The lots last in a thread.
 */
final class Lots {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String NUM = "\\d+(?:\\.\\d+)?";
    private static final String VAL = "\\$?\\d[\\d,]*(?:\\.\\d+)?\\s?(?:bn|b|billion|t|tn|tril|trillion)?";
    /** One lot: its amount, "@", its price and the price's kind. */
    private static final Pattern LOT = Pattern.compile(
            "(?:\\blot ?[\\w]{1,2}\\s*(?:=|:|is)?\\s*\\(?)?(?<![/\\d.,])(?<amt>" + NUM + ")\\s?(?:bn|b)?(?: in one (?:clip|lot|go|shot))?(?:\\s+(?:already|is|was|filled|done|bought|booked|in|on|the|books)){0,3}\\s*(?:@|\\bat\\b)\\s*(?<price>" + VAL + ")"
                    + "(?:\\s*(?<kind>pre(?:[- ]?money)?|post(?:[- ]?money)?|bn ?/ ?pt|/ ?pt|per (?:pt|point)))?",
            CI);
    /** A lot whose price is asked: "the next 30", "the other 35", "the last 30". */
    private static final Pattern OPEN_PRICE = Pattern.compile("\\b(?:the |on )?(?:next|other|last|remaining|second) (?<amt>" + NUM + ")\\b", CI);
    /** A lot whose size is asked: "biggest lot 2 we can put on @ 1.1T post". */
    private static final Pattern OPEN_SIZE = Pattern.compile("\\b(?:biggest|largest|max(?:imum)?|most) (?:lot|clip|add|tranche)\\b.{0,40}?(?:@|\\bat\\b)\\s*(?<price>" + VAL + ")\\s*(?<kind>pre(?:[- ]?money)?|post(?:[- ]?money)?)?", CI);
    /** Goals for the whole book. */
    private static final Pattern GOAL_ENTRY = Pattern.compile("\\bblended entry\\b[^@?]{0,40}?(?:@|at|to)\\s*(?<v>" + VAL + ")", CI);
    private static final Pattern GOAL_STAKE = Pattern.compile("(?:>=|≥|at least|still (?:hold|have|own|walk w(?:ith)?))\\s*(?<p>" + NUM + ")\\s?%", CI);
    private static final Pattern GOAL_COST = Pattern.compile("\\b(?:avg|average) cost per (?:pt|point)\\b[^?\\d]{0,30}?(?<v>" + NUM + ")\\s?(?:bn|b)?", CI);
    private static final Pattern GOAL_MOIC = Pattern.compile("(?<m>" + NUM + ")x\\b[^?]{0,30}?\\b(?:on )?an? (?<e>" + VAL + ") exit", CI);
    /** Per-lot numbers asked: "x per lot", "gain per lot", "x on A, x on B". */
    private static final Pattern PER_LOT = Pattern.compile("\\bper lot\\b|\\beach lot\\b|\\bon (?:lot )?a\\b.{0,20}\\bon (?:lot )?b\\b", CI);
    private static final Pattern CARRIED = Pattern.compile("\\s*\\((lots [^)]*)\\)\\s*$");
    static final Pattern LEAVE = Pattern.compile("\\b(?:one lot|single lot|one clip|forget the lots)\\b", CI);
    static final Pattern AGAIN = Pattern.compile("\\bsplit\\b|@", CI);

    /** One lot: its amount and the stake it buys (the price as a post-money). */
    record Lot(BigDecimal amount, BigDecimal post) {
        BigDecimal stake() {
            return amount.divide(post, MC);
        }
    }

    /** A lot's price or size solved for the book's goal. */
    record Solved(InputId input, BigDecimal value, String label) {
    }

    /** The blended entry asked for itself: "blended entry on a post basis?", "blended entry val?". */
    private static final Pattern ENTRY_ASKED = Pattern.compile("\\b(?:blended|avg|average|all[- ]in) (?:entry|post(?:[- ]?money)?|price|cost)\\b", CI);

    record Found(String question, List<Lot> lots, boolean perLot, String solvedNote, Solved solved, Calculator calculator) implements Reframing {
        @Override
        public Optional<String> kept() {
            StringBuilder s = new StringBuilder("lots");
            for (Lot l : lots) {
                s.append(' ').append(Sums.plain(l.amount())).append('@').append(Sums.plain(l.post().round(new MathContext(20))));
            }
            return Optional.of(s.toString());
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
            List<String> notes = new ArrayList<>();
            StringBuilder how = new StringBuilder();
            for (Lot l : lots) {
                how.append(how.length() == 0 ? "" : " + ").append(Format.money(l.amount())).append(" / ").append(Format.money(l.post()));
            }
            BigDecimal check = lots.stream().map(Lot::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal stake = lots.stream().map(Lot::stake).reduce(BigDecimal.ZERO, BigDecimal::add);
            notes.add("Your lots: " + how + " = " + Format.percent(stake) + " of OpenAI for " + Format.money(check) + ", a blended entry of "
                    + Format.money(check.divide(stake, MC)) + " post-money; the numbers are the whole book's at that entry.");
            if (solved != null) {
                var in = calculator.model().require(solved.input().id());
                String sc = a.results().get(0).scenario();
                MetricResult r = new MetricResult(solved.input().id(), solved.label(), solved.value(), in.unit(), sc, List.of(), solvedNote, null,
                        MetricResult.Kind.SOLVED);
                return Reframing.noted(new Answer(a.id(), a.route(), "*" + solved.label() + ": " + Format.value(solved.value(), in.unit()) + "* (" + sc
                        + " case)\n" + solvedNote, a.narrative(), List.of(r), a.citations(), a.answerer(), List.of(), a.decision(), List.of(), List.of()), notes);
            }
            Answer out = Reframing.noted(a, notes);
            if (!perLot) {
                return out;
            }
            Optional<MetricResult> anchor = a.results().stream().filter(r -> r.kind() == MetricResult.Kind.METRIC && r.value() != null
                    && Metric.byId(r.metric()).isPresent()).findFirst();
            if (anchor.isEmpty()) {
                return out;
            }
            Metric m = Metric.byId(anchor.get().metric()).get();
            String sc = anchor.get().scenario();
            Map<String, BigDecimal> ins = StakeInputs.every(a, anchor.get(), inForce, calculator.model());
            List<MetricResult> results = new ArrayList<>();
            StringBuilder head = new StringBuilder();
            try {
                for (int i = 0; i < lots.size(); i++) {
                    Lot l = lots.get(i);
                    ins.put(InputId.INVESTMENT.id(), l.amount());
                    ins.put(InputId.POST_MONEY_VALUATION.id(), l.post());
                    BigDecimal v = calculator.value(m, sc, ins);
                    results.add(new MetricResult(m.id(), m.label() + ", lot " + (i + 1) + " (" + Format.money(l.amount()) + " at " + Format.money(l.post()) + ")",
                            v, m.unit(), sc, List.of(), null, null, MetricResult.Kind.METRIC));
                    head.append("\u2022 Lot ").append(i + 1).append(" (").append(Format.money(l.amount())).append(" at ").append(Format.money(l.post()))
                            .append(" post): *").append(Format.value(v, m.unit())).append("*\n");
                }
            } catch (RuntimeException e) {
                return out;
            }
            results.addAll(out.results());
            return new Answer(out.id(), out.route(), "*" + m.label() + " per lot* (" + sc + " case)\n" + head + "_The whole book:_\n" + out.text(),
                    out.narrative(), results, out.citations(), out.answerer(), out.notes(), out.decision(), out.clarify(), out.charts());
        }
    }

    private Lots() {
    }

    static Optional<Found> find(String question, Calculator calculator) {
        if (question == null || question.length() > 2_000) {
            return Optional.empty();
        }
        String text = question;
        List<Lot> kept = new ArrayList<>();
        Matcher c = CARRIED.matcher(text);
        if (c.find()) {
            for (String part : c.group(1).substring(5).split(" ")) {
                String[] p = part.split("@");
                kept.add(new Lot(new BigDecimal(p[0]), new BigDecimal(p[1])));
            }
            text = text.substring(0, c.start());
        }
        text = Amounts.normalise(text);
        BigDecimal round = calculator.model().value(InputId.ROUND_SIZE.id(), "base");
        StringBuilder rest = new StringBuilder(text);
        List<Lot> lots = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Matcher m = LOT.matcher(text);
        while (m.find()) {
            BigDecimal amt = new BigDecimal(m.group("amt"));
            String kind = m.group("kind") == null ? "" : m.group("kind").toLowerCase(java.util.Locale.ROOT);
            BigDecimal post;
            if (kind.contains("pt") || kind.contains("point")) {
                BigDecimal perPoint = Sums.billions(m.group("price"));
                if (perPoint == null || perPoint.signum() <= 0) {
                    return Optional.empty();
                }
                post = perPoint.multiply(HUNDRED);
            } else {
                post = Sums.valuation(m.group("price").replace(",", ""));
                if (post == null) {
                    return Optional.empty();
                }
                if (kind.startsWith("pre")) {
                    post = post.add(round);
                }
            }
            if (amt.signum() <= 0 || post.signum() <= 0 || m.group("price").trim().startsWith("-")) {
                return Optional.empty();
            }
            lots.add(new Lot(amt, post));
            spans.add(new int[] {m.start(), m.end(), m.group("kind") != null || m.group().toLowerCase(java.util.Locale.ROOT).startsWith("lot") ? 1 : 0});
        }
        // ("hold 5 at 1.2T" is no lot: one figure "at" another is a lot only with its price's kind, or the word lot, or beside others)
        // (nor is one figure at a price in a later round's story: "next round: 40bn at 600 pre, no ratchet" is OpenAI's new money)
        if (lots.size() == 1 && (spans.get(0)[2] == 0
                || LaterRounds.mayAsk(text.toLowerCase(java.util.Locale.ROOT)) && LaterRounds.find(text).isPresent())) {
            lots.clear();
            spans.clear();
        }
        for (int[] sp : spans) {
            Sums.blank(rest, sp[0], sp[1]);
        }
        if (lots.isEmpty() && kept.isEmpty()) {
            return Optional.empty();
        }
        if (lots.isEmpty()) {
            lots.addAll(kept);
        } else if (lots.size() == 1 && !kept.isEmpty() && !PER_LOT.matcher(text).find() && !OPEN_PRICE.matcher(text).find()
                && !OPEN_SIZE.matcher(text).find() && !text.matches("(?is).*\\b(?:lot|split|blended|book|blotter)\\b.*")) {
            return Optional.empty(); // a single figure "@" in a thread about lots is the thread's question, not a new book
        }
        // a missing lot, and a goal for the whole book
        String solvedNote = null;
        Matcher open = OPEN_PRICE.matcher(rest);
        Matcher size = OPEN_SIZE.matcher(text);
        BigDecimal known = lots.stream().map(Lot::stake).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal knownCheck = lots.stream().map(Lot::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (size.find()) {
            BigDecimal price = Sums.valuation(size.group("price").replace(",", ""));
            if (price != null && size.group("kind") != null && size.group("kind").toLowerCase(java.util.Locale.ROOT).startsWith("pre")) {
                price = price.add(round);
            }
            Matcher g = GOAL_STAKE.matcher(text);
            if (price != null && g.find()) {
                BigDecimal target = new BigDecimal(g.group("p")).movePointLeft(2);
                // (the lot at that price is the one just read: take it out of what is known)
                BigDecimal at = price;
                lots.removeIf(l -> l.post().compareTo(at) == 0);
                known = lots.stream().map(Lot::stake).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal amt = target.subtract(known).multiply(price, MC);
                if (amt.signum() <= 0) {
                    return Optional.empty();
                }
                lots.add(new Lot(amt, price));
                solvedNote = "The biggest lot at " + Format.money(price) + " post that keeps " + Format.percent(target) + " all in: ("
                        + Format.percent(target) + " \u2212 " + Format.percent(known) + ") \u00d7 " + Format.money(price) + " = " + Format.money(amt) + ".";
                return Optional.of(new Found(lotQuestion(lots, "what is the stake"), lots, false, solvedNote,
                        new Solved(InputId.INVESTMENT, amt, "The biggest lot at " + Format.money(price) + " post"), calculator));
            }
        }
        if (open.find()) {
            BigDecimal amt = new BigDecimal(open.group("amt"));
            BigDecimal check = knownCheck.add(amt);
            BigDecimal need = null;
            String goal = null;
            Matcher e = GOAL_ENTRY.matcher(text);
            Matcher s = GOAL_STAKE.matcher(text);
            Matcher cost = GOAL_COST.matcher(text);
            Matcher x = GOAL_MOIC.matcher(text);
            if (e.find() && Sums.valuation(e.group("v").replace(",", "")) != null) {
                BigDecimal v = Sums.valuation(e.group("v").replace(",", ""));
                need = check.divide(v, MC);
                goal = "a blended entry of " + Format.money(v);
            } else if (cost.find()) {
                BigDecimal v = new BigDecimal(cost.group("v"));
                need = check.divide(v.multiply(HUNDRED), MC);
                goal = "an average cost of " + Format.money(v) + " a point";
            } else if (x.find() && Sums.valuation(x.group("e").replace(",", "")) != null) {
                BigDecimal exit = Sums.valuation(x.group("e").replace(",", ""));
                need = new BigDecimal(x.group("m")).multiply(check).divide(exit, MC);
                goal = x.group("m") + "x on a " + Format.money(exit) + " exit";
            } else if (s.find()) {
                need = new BigDecimal(s.group("p")).movePointLeft(2);
                goal = "a " + Format.percent(need) + " stake";
            }
            if (need != null) {
                BigDecimal left = need.subtract(known);
                if (left.signum() <= 0) {
                    return Optional.empty();
                }
                BigDecimal post = amt.divide(left, MC);
                lots.add(new Lot(amt, post));
                solvedNote = "For " + goal + ", the book needs " + Format.percent(need) + " of OpenAI; the lots so far hold " + Format.percent(known)
                        + ", so the " + Format.money(amt) + " lot must buy " + Format.percent(left) + ": a post-money of " + Format.money(amt) + " / "
                        + Format.percent(left) + " = " + Format.money(post) + ".";
                return Optional.of(new Found(lotQuestion(lots, "what is the stake"), lots, false, solvedNote,
                        new Solved(InputId.POST_MONEY_VALUATION, post, "Post-money for the " + Format.money(amt) + " lot"), calculator));
            }
        }
        if (ENTRY_ASKED.matcher(text).find() && !text.matches("(?is).*\\b(?:(?:as|on|in) an? pre(?:[- ]?money)?|pre(?:[- ]?money)? basis)\\b.*")) {
            // the blended entry asked for itself: the money over the stake, as a post-money
            BigDecimal check = lots.stream().map(Lot::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal stake = lots.stream().map(Lot::stake).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal post = check.divide(stake, MC);
            return Optional.of(new Found(lotQuestion(lots, "what is the stake"), lots, false, "The blended entry is the money over the stake it bought: "
                    + Format.money(check) + " / " + Format.percent(stake) + " = " + Format.money(post) + " post-money.",
                    new Solved(InputId.POST_MONEY_VALUATION, post, "Blended entry, as a post-money"), calculator));
        }
        String left = Reframing.tidy(rest.toString().replaceAll("(?i)\\b(?:lots?|lot ?\\w\\b)\\s*(?:=|:)?", " ").replaceAll("\\s+[/+,]\\s+", " ")
                .replaceAll("(?i)\\bblended entry(?: val(?:uation)?)?(?: on a post basis)?\\b", "post-money"));
        return Optional.of(new Found(lotQuestion(lots, left), lots, PER_LOT.matcher(text).find(), null, null, calculator));
    }

    /** The question with the whole book said as one check at the blended post-money. */
    private static String lotQuestion(List<Lot> lots, String rest) {
        BigDecimal check = lots.stream().map(Lot::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal stake = lots.stream().map(Lot::stake).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal post = check.divide(stake, MC).round(new MathContext(20));
        return "with a $" + Sums.plain(check) + "B investment at a $" + Sums.plain(post) + "B post-money; " + rest;
    }
}
