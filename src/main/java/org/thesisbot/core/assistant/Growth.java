package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Format;

/**
 * An exit said as a growth path instead of a price: "oai compounds 15% a yr off the round for 5 yrs", "oai's value grows
 * 18%/yr off the 830 and we sell after 7", "if oai's value doubles every 4 yrs off the round and we hold 8". The path is
 * worked out here, exactly ({@code start × (1 + rate)^years}, whole years only), and said as the exit and the holding
 * period it gives ("exits at $1669.426465625B after 5 years"), so that everything else reads it as any exit; the answer
 * shows the working in a note. The start is the figure named ("off the 830", "off today's 1T"), the question's own
 * post-money for "that entry price", and otherwise the round's price. A path whose years are not whole, or that names no
 * years, is left as it is.
 */
final class Growth {
    private Growth() {
    }

    /** The question with its path said as an exit, and the note that shows the working. */
    record Found(String question, String note) {
    }

    private static final String RATE = "(?<rate>\\d{1,3}(?:\\.\\d+)?)\\s?(?:%|percent|pct)";
    private static final String PER_YEAR = "(?:\\s?/\\s?(?:yr|year|y)\\b|\\s(?:a|per|each|every)\\s(?:yr|year)\\b|\\s(?:annually|yearly|annualised|annualized|compounded)\\b|\\scagr\\b)";
    private static final String COMPANY = "(?:(?:oai|openai|open ai)(?:'s)?(?:\\s(?:value|valuation|mark|price|equity value))?|(?:its|the) (?:value|valuation|mark))";
    private static final String GROWS = "(?:only\\s|then\\s|just\\s)?(?:compounds|compounding|compound|grows|growing|grow|appreciates|appreciating|rises|rising|climbs|climbing)(?:\\s(?:at|by))?";
    /** "off the round", "off the article's 830", "from that entry price", "off today's 1T". */
    private static final String FROM = "(?:off|from)\\s(?<from>(?:the|today'?s|the article'?s|our|that|its|the round'?s)?\\s?(?:round(?:'s)?(?:\\sprice|\\smark|\\svaluation)?|entry(?:\\sprice|\\spoint|\\svaluation|\\smark)?|\\$?\\d[\\d,.]*(?:\\s?(?:t|tn|tril|trillion|bn|b|billion)\\b)?(?:\\s(?:mark|post|post-money|valuation))?|today|here|now))";
    private static final String YEARS_AFTER = "(?:\\s(?:for|over|across)\\s(?<years>\\d{1,2})\\s?(?:yrs?|years?|y)\\b"
            // (the start said after the years: "for 6 yrs off the round", the round's price)
            + "(?:\\s(?:off|from)\\s(?:the\\s|today'?s\\s)?(?:round|830|entry)(?:'s)?(?:\\s(?:price|mark|valuation))?\\b)?)?";
    private static final Pattern PATH = Pattern.compile(
            "\\b" + COMPANY + "\\s" + GROWS + "\\s" + RATE + PER_YEAR + "(?:,?\\s" + FROM + ")?" + YEARS_AFTER, Pattern.CASE_INSENSITIVE);
    /** "at a 12% cagr off the round": the rate named as a growth rate. */
    private static final Pattern CAGR = Pattern.compile(
            "\\b(?:at|with)\\s(?:an?\\s)?" + RATE + "(?:\\s(?:cagr|annual growth|growth rate|a (?:yr|year) growth))" + "(?:,?\\s" + FROM + ")?" + YEARS_AFTER,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOUBLES = Pattern.compile(
            "\\b" + COMPANY + "\\s(?:only\\s)?(?<verb>doubles|triples)\\severy\\s(?<every>\\d{1,2})\\s?(?:yrs?|years?)(?:,?\\s" + FROM + ")?" + YEARS_AFTER,
            Pattern.CASE_INSENSITIVE);
    /** Where the years are said apart from the path: "we sell after 5", "exit yr 6", "we hold 8", "by yr 7", "we exit in 7". */
    private static final Pattern SALE_YEAR = Pattern.compile(
            "(?:,?\\s*(?:and|then|,)\\s+)?\\b(?:(?:we|amazon|amzn|u|you)\\s(?:sell|exit|hold|sit|flip|cash out|get out|mark)(?:\\sit|\\sthe stake)?(?:\\s(?:in|after|at|for))?\\s(?:(?:yr|year)\\s)?(?<a>\\d{1,2})(?:\\s?(?:yrs?|years?|y))?"
                    + "|(?:exit|sell|mark)(?:ing)?\\s(?:in\\s|at\\s)?(?:yr|year)\\s(?<b>\\d{1,2})|\\bby\\s(?:yr|year)\\s(?<c>\\d{1,2})|(?:exit|sell)\\safter\\s(?<d>\\d{1,2})(?:\\s?(?:yrs?|years?|y))?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POST_GIVEN = Pattern.compile(
            "(?<v>\\$?\\d[\\d,.]*\\s?(?:t|tn|tril|trillion|bn|b|billion)?)\\s?(?:post(?:-money| money)?)\\b|\\bpost(?:-money| money)?\\s(?:of|at)\\s(?<w>\\$?\\d[\\d,.]*\\s?(?:t|tn|tril|trillion|bn|b|billion)?)",
            Pattern.CASE_INSENSITIVE);
    private static final BigDecimal ROUND = new BigDecimal("830");

    static Optional<Found> find(String text) {
        Matcher m = PATH.matcher(text);
        boolean doubling = false;
        if (!m.find() && !(m = CAGR.matcher(text)).find()) {
            m = DOUBLES.matcher(text);
            if (!m.find()) {
                return Optional.empty();
            }
            doubling = true;
        }
        Integer years = m.group("years") == null ? null : Integer.valueOf(m.group("years"));
        Matcher sale = SALE_YEAR.matcher(text);
        int saleStart = -1, saleEnd = -1;
        if (years == null && sale.find()) {
            String y = sale.group("a") != null ? sale.group("a") : sale.group("b") != null ? sale.group("b") : sale.group("c") != null ? sale.group("c") : sale.group("d");
            years = Integer.valueOf(y);
            saleStart = sale.start();
            saleEnd = sale.end();
        }
        if (years == null || years < 1) {
            return Optional.empty();
        }
        BigDecimal start = start(text, m.group("from"));
        if (start == null) {
            return Optional.empty();
        }
        BigDecimal factor;
        String working;
        if (doubling) {
            int every = Integer.parseInt(m.group("every"));
            if (every < 1 || years % every != 0) {
                return Optional.empty(); // not whole doublings: no exact figure
            }
            int base = m.group("verb").toLowerCase(Locale.ROOT).startsWith("doub") ? 2 : 3;
            factor = BigDecimal.valueOf(base).pow(years / every);
            working = Format.money(start) + " × " + base + "^(" + years + "/" + every + ")";
        } else {
            BigDecimal rate = new BigDecimal(m.group("rate")).movePointLeft(2);
            factor = BigDecimal.ONE.add(rate).pow(years, MathContext.UNLIMITED);
            working = Format.money(start) + " × " + BigDecimal.ONE.add(rate).stripTrailingZeros().toPlainString() + "^" + years;
        }
        BigDecimal exit = start.multiply(factor).stripTrailingZeros();
        if (exit.scale() > 12) {
            exit = exit.setScale(12, RoundingMode.HALF_EVEN).stripTrailingZeros();
        }
        String said = "exits at $" + exit.toPlainString() + "B after " + years + " years";
        StringBuilder q = new StringBuilder(text);
        if (saleStart >= 0 && saleStart >= m.end()) {
            q.replace(saleStart, saleEnd, "");
        }
        q.replace(m.start(), m.end(), "OpenAI " + said);
        if (saleStart >= 0 && saleStart < m.start()) {
            q.replace(saleStart, saleEnd, "");
        }
        String note = "Reading \u201c" + text.substring(m.start(), m.end()).trim() + "\u201d as an exit of " + working + " = "
                + Format.money(exit) + " after " + years + " years.";
        return Optional.of(new Found(q.toString(), note));
    }

    /** The path's start: the figure named, the question's post-money for "entry", or the round's price. */
    private static BigDecimal start(String text, String from) {
        if (from == null) {
            return ROUND;
        }
        String f = from.toLowerCase(Locale.ROOT);
        BigDecimal named = Sums.valuation(f);
        if (named != null) {
            return named;
        }
        if (f.contains("entry") || f.startsWith("that") || f.startsWith("our")) {
            Matcher post = POST_GIVEN.matcher(text);
            if (post.find()) {
                BigDecimal given = Sums.valuation(post.group("v") != null ? post.group("v") : post.group("w"));
                if (given != null) {
                    return given;
                }
            }
        }
        return ROUND;
    }
}
