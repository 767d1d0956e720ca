package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.InputId;

/**
 * An exit said as an enterprise value with debt to clear before the equity: "1.4 tril EV, 55bn of net debt", "exit EV
 * 1.1T, 70bn gross debt, 20bn cash on hand", "100bn of net cash", "45bn of dc lease liabs rank ahead of us". The stake is
 * a share of the equity, so the exit the model values it at is the EV less the net debt (plus net cash), and every number
 * of the stake follows, with a note that shows the bridge. With no EV given, a scenario's own exit is taken as the EV
 * ("bear case … 40bn of net debt off the 500"). With the EV asked for ("what EV gets us a 3x"), the exit is solved as usual
 * and said as the EV it takes: the equity plus the net debt. The bridge lasts in a thread ({@link Frames}): "now say net
 * debt balloons to 150" bridges the same EV again.
 */
final class Bridges {
    /** The question with the exit said as the equity, or (the EV asked for) with the debt taken out. */
    record Found(String question, BigDecimal netDebt, BigDecimal ev, String note, boolean evAsked) implements Reframing {
        @Override
        public Optional<String> kept() {
            return Optional.of("net debt $" + Sums.plain(netDebt) + "B at exit" + (ev == null ? "" : ", exit ev $" + Sums.plain(ev) + "B"));
        }

        @Override
        public Answer told(Answer a) {
            if (a.results().isEmpty()) {
                return a;
            }
            if (evAsked) {
                Answer e = asEv(a);
                if (e != null) {
                    return e;
                }
            }
            return note == null ? a : RoutingAssistant.withNote(a, note);
        }

        /** The exit solved, said as the EV it takes: the equity plus the net debt; null when no exit was solved. */
        private Answer asEv(Answer a) {
            Optional<MetricResult> solved = a.results().stream().filter(r -> r.kind() == MetricResult.Kind.SOLVED && r.value() != null
                    && r.metric().equals(InputId.EXIT_VALUATION.id())).findFirst();
            if (solved.isEmpty()) {
                return null;
            }
            MetricResult e = solved.get();
            BigDecimal ev = e.value().add(netDebt);
            String how = Format.money(e.value()) + (netDebt.signum() >= 0 ? " + " + Format.money(netDebt) + " of net debt" : " \u2212 " + Format.money(netDebt.negate()) + " of net cash")
                    + " = " + Format.money(ev);
            MetricResult m = new MetricResult(e.metric(), "OpenAI's enterprise value at the exit", ev, e.unit(), e.scenario(), e.inputs(), how,
                    "the equity the exit must be worth, " + Format.money(e.value()) + ", bridged to the enterprise value", MetricResult.Kind.SOLVED);
            List<MetricResult> results = a.results().stream().map(r -> r == e ? m : r).toList();
            String head = "*OpenAI's exit EV must be " + Format.money(ev) + "* (" + how + "; the working below is at the equity)\n";
            return new Answer(a.id(), a.route(), head + a.text(), a.narrative(), results, a.citations(), a.answerer(), a.notes(), a.decision(),
                    a.clarify(), a.charts());
        }
    }

    private static final String M = Sums.SUM_SAID;
    private static final String DEBT = "(?:net\\s+debt|(?:(?:dc|data[- ]cent(?:er|re))\\s+)?lease\\s+(?:debt|liab\\w*|obligations?))\\b";
    /** Debt without "net" counts beside an EV only: "25 debt at 490 bps" funds the check, it is no debt of OpenAI's. */
    private static final Pattern PLAIN_DEBT = Pattern.compile("(?<m>" + M + ")\\s+(?:of\\s+)?debt\\b(?!\\s*[-\\s]funded|\\s+at\\s+\\d)");
    private static final Pattern EV_WORD = Pattern.compile("\\bev\\b|\\benterprise\\s+value\\b");
    /** "55bn of net debt", "40 of net debt", "45bn of dc lease liabs", "less 120b net debt". */
    private static final Pattern DEBT_AFTER = Pattern.compile("(?<m>" + M + ")\\s+(?:of\\s+)?" + DEBT);
    /** "net debt is 25bn", "net debt 40", "net debt balloons to 150". */
    private static final Pattern DEBT_BEFORE = Pattern.compile("\\bnet\\s+debt\\s+(?:is\\s+|of\\s+|=\\s*|at\\s+|(?:balloons|goes|rises|climbs|grows|falls|drops|jumps)\\s+to\\s+)?(?<m>" + M + ")");
    /** "100bn of net cash", "net cash of 100". */
    private static final Pattern NET_CASH = Pattern.compile("(?<m>" + M + ")\\s+(?:of\\s+)?net\\s+cash\\b|\\bnet\\s+cash\\s+(?:is\\s+|of\\s+)?(?<m2>" + M + ")");
    /** "70bn gross debt" with "20bn cash on hand". */
    private static final Pattern GROSS = Pattern.compile("(?<m>" + M + ")\\s+(?:of\\s+)?gross\\s+debt\\b");
    private static final Pattern CASH = Pattern.compile("(?<m>" + M + ")\\s+(?:of\\s+)?cash\\b(?:\\s+on\\s+(?:hand|the\\s+bs|the\\s+balance\\s+sheet))?");
    /** The EV: "1.4 trillion ev", "exit ev 1.1t", "ev is still 900", "treat the 500 as ev", "a 1.2 tril headline at exit". */
    private static final Pattern EV = Pattern.compile("(?<m>" + M + ")\\s*(?:of\\s+)?(?:ev|enterprise\\s+value)\\b"
            + "|\\b(?:ev|enterprise\\s+value)\\s+(?:of\\s+|at\\s+|is\\s+(?:still\\s+)?|=\\s*|comes\\s+in\\s+at\\s+|still\\s+)?(?<m2>" + M + ")"
            + "|\\bthe\\s+(?<m3>" + M + ")\\s+as\\s+(?:the\\s+)?ev\\b"
            + "|(?<m4>" + M + ")\\s+headline\\b|\\boff\\s+the\\s+(?<m5>" + M + ")");
    /** An exit said without the word EV: "exits at 1.5t", "sold at 1.5t". */
    private static final Pattern EXIT = Pattern.compile("\\b(?:exits?|exiting|sold|sells|bought\\s+out|goes\\s+out)\\s+(?:at\\s+(?:a\\s+)?)?(?<m>" + M + ")");
    /** The EV asked for: "what ev", "exit ev needed", "what exit". */
    private static final Pattern EV_ASKED = Pattern.compile("\\bwhat\\s+(?:exit\\s+)?(?:ev|enterprise\\s+value|exit)\\b|\\b(?:ev|exit)\\s+(?:needed|required)\\b|\\bwhat\\s+(?:\\w+\\s+){0,2}ev\\b");
    private static final Pattern SCENARIO = Pattern.compile("\\b(bull|bear|base)\\b");
    /** Words around the debt that are left with nothing to say once it is taken out. */
    private static final Pattern LEFT_WORDS = Pattern.compile("\\b(?:if\\s+oai'?s\\s+(?:carrying|got)|put\\s+in\\s+the\\s+bridge|to\\s+clear\\s+before\\s+equity\\s+sees\\s+a\\s+dime"
            + "|rank\\s+ahead\\s+of\\s+us|ahead\\s+of\\s+the\\s+equity|on\\s+the\\s+bs|\\(treating\\s+them\\s+as\\s+debt\\)|when\\s+we\\s+sell|at\\s+that\\s+point|by\\s+then)\\b");
    /** Words that leave the bridge in a thread. */
    static final Pattern LEAVE = Pattern.compile("\\bno\\s+(?:net\\s+)?debt\\b|\\bdebt[- ]free\\b|\\bignore\\s+(?:the\\s+)?(?:net\\s+)?debt\\b|\\bforget\\s+the\\s+(?:net\\s+)?debt\\b|\\bwithout\\s+(?:the\\s+)?(?:net\\s+)?debt\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CARRIED = Pattern.compile("\\s*\\((net debt [^)]*)\\)\\s*$");
    /** A follow-up that says a new debt but no EV ("now say net debt balloons to 150"): the thread's EV bridged again. */
    static final Pattern AGAIN = Pattern.compile("^(?![\\s\\S]*\\b(?:ev|enterprise\\s+value|exits?|exiting|sold|headline)\\b)[\\s\\S]*\\b(?:net\\s+debt|net\\s+cash|lease\\s+(?:debt|liab\\w*))\\b",
            Pattern.CASE_INSENSITIVE);

    private Bridges() {
    }

    static Optional<Found> find(String question, Calculator calculator) {
        if (question == null || question.length() > 2_000) {
            return Optional.empty();
        }
        String text = Amounts.normalise(question);
        BigDecimal keptDebt = null;
        BigDecimal keptEv = null;
        Matcher c = CARRIED.matcher(text);
        if (c.find()) {
            StringBuilder k = new StringBuilder(c.group(1));
            keptDebt = debt(k);
            keptEv = ev(k);
            text = text.substring(0, c.start());
        }
        if (keptDebt == null && !text.contains("net debt") && !text.contains("net cash") && !text.contains("lease")
                && !(text.contains("debt") && EV_WORD.matcher(text).find())) {
            return Optional.empty();
        }
        StringBuilder rest = new StringBuilder(text);
        BigDecimal debt = debt(rest);
        if (debt == null) {
            debt = keptDebt;
        }
        if (debt == null) {
            return Optional.empty();
        }
        BigDecimal ev = ev(rest);
        boolean evSaid = ev != null;
        if (ev == null) {
            Matcher e = EXIT.matcher(rest);
            if (e.find() && (ev = money(e.group("m"))) != null) {
                evSaid = true;
                rest.replace(e.start(), e.end(), " ".repeat(e.end() - e.start()));
            }
        }
        String left = LEFT_WORDS.matcher(rest).replaceAll(" ");
        Matcher s = SCENARIO.matcher(left);
        String scenario = s.find() ? s.group(1) : null;
        if (ev == null && scenario == null) {
            ev = keptEv;
        }
        boolean evAsked = ev == null && EV_ASKED.matcher(left).find();
        String q = left.replaceAll("\\bexit\\s+(?:ev|enterprise\\s+value)\\b", "exit").replaceAll("\\b(?:ev|enterprise\\s+value)\\b", "exit");
        q = Reframing.orSame(tidy(q));
        if (evAsked) {
            return Optional.of(new Found(q, debt, null, null, true));
        }
        BigDecimal scenarioExit = null;
        if (ev == null && (scenario != null || keptDebt == null)) {
            scenarioExit = calculator.model().value(InputId.EXIT_VALUATION.id(), scenario == null ? "base" : scenario);
        }
        BigDecimal base = ev != null ? ev : scenarioExit;
        if (base == null) {
            return Optional.of(new Found(q, debt, null, null, false)); // (the thread's exit, already the equity)
        }
        BigDecimal equity = base.subtract(debt);
        String bridge = Format.money(base) + (debt.signum() >= 0 ? " \u2212 " + Format.money(debt) + " of net debt" : " + " + Format.money(debt.negate()) + " of net cash")
                + " = " + Format.money(equity);
        String note = "Reading the exit as the equity left from the enterprise value" + (evSaid || ev != null ? "" : " (the " + (scenario == null ? "base" : scenario) + " case's exit)")
                + ": " + bridge + ".";
        return Optional.of(new Found(q + "; exit valuation $" + Sums.plain(equity) + "B", debt, evSaid || ev != null ? base : null, note, false));
    }

    private static final Pattern KEPT_EV = Pattern.compile("\\bexit ev \\$(?<m>\\d+(?:\\.\\d+)?)B\\b");

    /**
     * What leaving the bridge undoes, from the words it kept in the thread: the exit was the equity left from the EV, so
     * without the debt it is the EV again ("ignore the debt" after "1.4 tril EV, 55bn of net debt": an exit of $1.4T).
     * Nothing when the EV was a scenario's own exit, which the thread never changed.
     */
    static Optional<String> back(String kept) {
        Matcher m = KEPT_EV.matcher(kept);
        return m.find() ? Optional.of("an exit of $" + m.group("m") + "B") : Optional.empty();
    }

    /**
     * The net debt said in the text (net cash as a negative), taken out of it; null when none is said. A bare debt is in
     * billions ("net debt 5" is $5B): only a valuation beside "ev" is said in trillions bare.
     */
    private static BigDecimal debt(StringBuilder text) {
        Matcher g = GROSS.matcher(text);
        if (g.find()) {
            BigDecimal gross = Sums.billions(g.group("m"));
            Sums.blank(text, g.start(), g.end());
            Matcher c = CASH.matcher(text);
            BigDecimal cash = BigDecimal.ZERO;
            if (c.find()) {
                cash = Sums.billions(c.group("m"));
                Sums.blank(text, c.start(), c.end());
            }
            return gross == null || cash == null ? null : gross.subtract(cash);
        }
        Matcher n = NET_CASH.matcher(text);
        if (n.find()) {
            BigDecimal cash = Sums.billions(n.group("m") != null ? n.group("m") : n.group("m2"));
            Sums.blank(text, n.start(), n.end());
            return cash == null ? null : cash.negate();
        }
        for (Pattern p : EV_WORD.matcher(text).find() ? List.of(DEBT_AFTER, DEBT_BEFORE, PLAIN_DEBT) : List.of(DEBT_AFTER, DEBT_BEFORE)) {
            Matcher d = p.matcher(text);
            if (d.find()) {
                BigDecimal v = Sums.billions(d.group("m"));
                Sums.blank(text, d.start(), d.end());
                return v;
            }
        }
        return null;
    }

    /** The EV said in the text, taken out of it; null when none is said. */
    private static BigDecimal ev(StringBuilder text) {
        Matcher e = EV.matcher(text);
        while (e.find()) {
            for (String g : List.of("m", "m2", "m3", "m4", "m5")) {
                if (e.group(g) != null) {
                    BigDecimal v = money(e.group(g));
                    if (v != null) {
                        Sums.blank(text, e.start(), e.end());
                        return v;
                    }
                }
            }
        }
        return null;
    }

    /** A sum in billions: "1.4 trillion" is 1400, a plain "40" is $40B (a bare "1.4" beside "ev" is $1.4T). */
    private static BigDecimal money(String words) {
        for (Amount a : Amounts.find(Amounts.normalise(words))) {
            if (a.kind() == Amount.Kind.MONEY) {
                return a.value();
            }
            if (a.kind() == Amount.Kind.PLAIN) {
                return a.value().compareTo(BigDecimal.TEN) < 0 ? a.value().movePointRight(3) : a.value();
            }
        }
        return null;
    }


    private static String tidy(String q) {
        return Reframing.tidy(q.replaceAll("(?<=\\s)[,+&/-](?=\\s)", " ").replaceAll("\\b(?:w/|with|less|and|but|,)\\s*(?=[,.?!;]|$)", " ")
                .replaceAll("^[\\s.,;:-]+", "").replaceAll("[\\s,;:-]+([.?!])", "$1"));
    }

}
