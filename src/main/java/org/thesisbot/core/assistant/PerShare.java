package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Unit;

/**
 * A number taken to one Amazon share, as an equity analyst does: the asker gives the share count ("~10.7bn diluted
 * shares") and often a tax rate ("after 21% tax"); the count is never an input of the model, and a rate said with it taxes the per-share figure here (a rate alone is the model's tax_rate). A target said per share ("worth
 * $8/sh", "15c of EPS a year") is said to the reader as the total it is (× the shares, ÷ (1 − tax) when after tax); a
 * number asked per share is answered as usual and then said per share, after tax when a rate is given. Said for later
 * ("I'll tax it at 21% and divide by ~10.7bn myself"), the two figures are only left out, with a note.
 */
final class PerShare {
    /** The question without the share count and tax, the count and rate (null: not given), and whether per share is asked. */
    record Found(String question, BigDecimal shares, BigDecimal tax, boolean perShareAsked, List<String> notes) implements Reframing {
        /** The notes on the figures left out or said as totals, then, when asked, each money result per share. */
        @Override
        public Answer told(Answer a) {
            if (a.results().isEmpty()) {
                return a;
            }
            a = Reframing.noted(a, notes);
            String each = perShareAsked ? perShare(a.results(), this) : null;
            return each == null ? a : RoutingAssistant.withNote(a, each);
        }
    }

    /** "~10.7bn diluted shares", "10.7bn shares outstanding", "on ~10.7bn diluted". */
    private static final Pattern SHARES = Pattern.compile(
            "(?:,?\\s*\\b(?:on|over|across|using|use|with|by|and divide (?:it )?by|divide (?:it )?by|divided by)\\s+)?(?:~|c\\.\\s?|about\\s+|roughly\\s+)?(?<n>\\d{1,3}(?:\\.\\d{1,3})?)\\s?(?:bn|b|billion)\\s+"
                    + "(?:(?:(?:diluted|fully[- ]diluted|amzn|amazon|outstanding)\\s+)*shares?(?:\\s+(?:outstanding|diluted))?|(?:fully[- ])?diluted\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "after 21% tax", "at 21% tax", "a 21% tax rate", "tax it at 21%". */
    private static final Pattern TAX = Pattern.compile(
            "(?:,?\\s*\\b(?:after|at|less|net of|post|with|using|apply|applying)\\s+(?:a\\s+|the\\s+)?)?~?(?<t>\\d{1,2}(?:\\.\\d{1,2})?)\\s?(?:%|pct|percent)\\s+(?:tax(?:\\s+rate)?|cash tax)\\b"
                    + "|\\btax(?:ed)?\\s+(?:it\\s+|that\\s+)?(?:at|of)\\s+~?(?<u>\\d{1,2}(?:\\.\\d{1,2})?)\\s?(?:%|pct|percent)",
            Pattern.CASE_INSENSITIVE);
    /** A target per share: "$8/sh", "$2.50 per AMZN share", "15c of EPS a year", "+$1/sh". */
    private static final Pattern PER_SHARE_FIGURE = Pattern.compile(
            "(?<sign>[+\u2212-])?\\$(?<v>\\d{1,4}(?:\\.\\d{1,2})?)\\s?(?:/\\s?sh(?:are)?\\b|per\\s+(?:amzn\\s+|amazon\\s+|diluted\\s+)?share\\b|a\\s+share\\b)"
                    + "|(?<c>\\d{1,3}(?:\\.\\d{1,2})?)\\s?(?:c|cents)\\s+(?:of\\s+)?(?<annual>annual\\s+)?eps(?<year>\\s+(?:a|per)\\s+year|\\s+annually)?",
            Pattern.CASE_INSENSITIVE);
    /** A number asked per share: "per AMZN share", "$/sh", "in EPS", "per share". */
    private static final Pattern PER_SHARE_ASKED = Pattern.compile("\\bper\\s+(?:amzn\\s+|amazon\\s+|diluted\\s+)?share\\b|\\$/sh\\b|\\bin eps\\b|\\bof eps\\b|\\beps\\b",
            Pattern.CASE_INSENSITIVE);
    /** Said as the asker's own later step: "I'll tax it", "I'll apply the 21% and divide by ~10.7bn myself". */
    private static final Pattern LATER = Pattern.compile("\\b(?:i'll|i will|we'll|we will|i'm going to|i am going to|after that i'll|then i'll)\\b[^.?!]*", Pattern.CASE_INSENSITIVE);
    /** What an asker's own later step does with the number: tax it, or take it per share. */
    private static final Pattern MY_STEP = Pattern.compile("\\b(?:tax\\w*|divide\\w*|shares?|per share|/sh|eps)\\b|\\d\\s?%", Pattern.CASE_INSENSITIVE);

    private PerShare() {
    }

    /** {@code years}: the years of the compute window, for a yearly target ("15c of EPS a year"). */
    static Optional<Found> find(String text, BigDecimal years) {
        if (text == null || text.length() > 2_000) {
            return Optional.empty();
        }
        Matcher s = SHARES.matcher(text);
        boolean counted = s.find();
        Matcher later = LATER.matcher(text);
        if (later.find() && (counted && later.start() <= s.start() || later.group().matches("(?s).*\\d.*") && MY_STEP.matcher(later.group()).find())) {
            // the asker's own next step ("I'll apply the 21% and divide by ~10.7bn myself"): the figures are theirs to use
            String q = text.substring(0, later.start()) + text.substring(later.end());
            return Optional.of(new Found(q.replaceAll("\\s{2,}", " ").trim(), null, null, false,
                    List.of("I left out what you said you'd do yourself: \u201c" + later.group().trim() + "\u201d.")));
        }
        Matcher t = TAX.matcher(text);
        if (!counted && !t.find()) {
            return Optional.empty();
        }
        BigDecimal shares = counted ? new BigDecimal(s.group("n")) : null;
        List<String> notes = new ArrayList<>();
        String q = counted ? text.substring(0, s.start()) + text.substring(s.end()) : text;
        t = TAX.matcher(q);
        BigDecimal tax = null;
        if (t.find()) {
            tax = new BigDecimal(t.group("t") != null ? t.group("t") : t.group("u")).movePointLeft(2);
            q = q.substring(0, t.start()) + q.substring(t.end());
        }
        if (shares == null) {
            // a tax rate alone is the model's own input (tax_rate), read as any other figure; per share it needs the count
            if (!PER_SHARE_ASKED.matcher(q).find()) {
                return Optional.empty();
            }
            q = PER_SHARE_ASKED.matcher(q).replaceAll("");
            notes.add("Give me the share count (say \u201con 10.7bn diluted shares\u201d) and I'll take it per share.");
            notes.add("I didn't use the " + Format.percent(tax) + " tax rate: per share I tax the figure once I have the count.");
            return Optional.of(new Found(q.replaceAll("\\s{2,}", " ").trim(), null, tax, false, notes));
        }
        Matcher f = PER_SHARE_FIGURE.matcher(q);
        if (f.find()) {
            BigDecimal per = f.group("v") != null ? new BigDecimal(f.group("v")) : new BigDecimal(f.group("c")).movePointLeft(2);
            BigDecimal total = per.multiply(shares);
            String how = Format.plain(per, 2) + " \u00d7 " + shares.stripTrailingZeros().toPlainString() + "bn shares";
            if (tax != null) {
                total = total.divide(BigDecimal.ONE.subtract(tax), MathContext.DECIMAL128);
                how += " \u00f7 (1 \u2212 " + Format.percent(tax) + " tax)";
            }
            boolean yearly = f.group("year") != null || f.group("annual") != null;
            if (yearly) {
                total = total.multiply(years);
                how += " \u00d7 " + years.stripTrailingZeros().toPlainString() + " years";
            }
            total = total.stripTrailingZeros();
            if (total.scale() > 12) {
                total = total.setScale(12, RoundingMode.HALF_EVEN).stripTrailingZeros();
            }
            boolean negative = f.group("sign") != null && !f.group("sign").equals("+");
            q = q.substring(0, f.start()) + (negative ? "-" : "") + "$" + total.toPlainString() + "B" + q.substring(f.end());
            notes.add("Reading " + f.group().trim() + " as " + (negative ? "-" : "") + Format.money(total) + (tax != null ? " before tax" : "")
                    + (yearly ? " over the " + years.stripTrailingZeros().toPlainString() + " years" : "") + " (" + how + ").");
            return Optional.of(new Found(q.replaceAll("\\s{2,}", " ").trim(), shares, tax, false, notes));
        }
        boolean asked = PER_SHARE_ASKED.matcher(q).find();
        Matcher per = PER_SHARE_ASKED.matcher(q);
        if (asked) {
            q = per.replaceAll("");
        }
        return Optional.of(new Found(q.replaceAll("\\s{2,}", " ").trim(), shares, tax, asked, notes));
    }

    /** "Per Amazon share (10.7bn shares, after 21% tax): stake value $6.38." for each money result, or null if none is. */
    static String perShare(List<MetricResult> results, Found f) {
        List<String> each = new ArrayList<>();
        for (MetricResult r : results) {
            if (r.unit() != Unit.USD_BILLIONS || r.value() == null || r.kind() != MetricResult.Kind.METRIC) {
                continue;
            }
            BigDecimal v = r.value();
            if (f.tax() != null) {
                v = v.multiply(BigDecimal.ONE.subtract(f.tax()));
            }
            BigDecimal per = v.divide(f.shares(), MathContext.DECIMAL64);
            each.add(r.label() + " $" + Format.plain(per, 2));
        }
        if (each.isEmpty()) {
            return null;
        }
        return "Per Amazon share (" + f.shares().stripTrailingZeros().toPlainString() + "bn shares" + (f.tax() != null ? ", after " + Format.percent(f.tax()) + " tax" : "")
                + "): " + String.join("; ", each) + ".";
    }
}
