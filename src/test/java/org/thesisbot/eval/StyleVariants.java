package org.thesisbot.eval;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ways people in Slack write the same question differently, none of which changes what is asked: a greeting, a
 * sign-off, a relay ("From my boss: …"), case, punctuation, number formats, Slack formatting, smart quotes. A question
 * the bot answers right should still be answered right in every variant: a metamorphic test of the reader that needs no
 * new expected values and knows nothing of any particular question. Each variant is deterministic, chosen by a seed
 * (the question's id), so a run can be repeated.
 *
 * <p>The variants were written from how people write in chat, not from any miss of the bot; a variant that changes the
 * meaning of some question (a typo that lands on a number word, say) is a defect of this class, not of the bot.
 */
final class StyleVariants {
    record Variant(String name, BiFunction<String, Integer, String> apply) {
        String of(String question, String seed) {
            return apply.apply(question, Math.floorMod(seed.hashCode() * 31 + name.hashCode(), 1 << 20));
        }
    }

    private static final List<String> GREETINGS = List.of("hey bot, ", "hi all - ", "Morning! ", "quick q: ", "hey, ",
            "Hello. ", "ok so ", "Team, ", "hi there\n", "Good afternoon, ");
    private static final List<String> SIGN_OFFS = List.of(" thanks!", " thx", " ty", " cheers, Grace", " - Will",
            "\nthanks, Bill", " 🙏", " :pray:", " TIA", " Thanks in advance. Rob", " much appreciated", " cheers");
    private static final List<String> RELAYS = List.of("Priya asks: ", "From my boss: ", "Question from the CFO - ",
            "Forwarding for Grace: ", "Client question: ", "Asking for Tom - ");
    private static final List<String> WRAPPERS = List.of("can you tell me ", "do you know ", "I'd like to know ",
            "could you check ", "pls confirm ", "help me understand ");
    private static final Pattern MONEY_SHORT = Pattern.compile("(\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?)\\s?([BbTt])(?:n)?\\b");
    private static final Pattern MONEY_LONG = Pattern.compile("(\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?)\\s+(billion|trillion)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s?%");
    private static final Pattern FIGURE = Pattern.compile("\\$?\\d[\\d,.]*\\s?(?:%|[BbTt]n?\\b|billion\\b|trillion\\b|x\\b)");
    private static final Pattern WORD = Pattern.compile("\\b[A-Za-z]{7,}\\b");

    static final List<Variant> ALL = List.of(
            new Variant("lower", (q, s) -> q.toLowerCase(Locale.ROOT)),
            new Variant("upper", (q, s) -> q.toUpperCase(Locale.ROOT)),
            new Variant("title", (q, s) -> titleCase(q)),
            new Variant("no-punct", (q, s) -> q.replaceAll("[?.!]+\\s*$", "")),
            new Variant("greeting", (q, s) -> pick(GREETINGS, s) + q),
            new Variant("sign-off", (q, s) -> q + pick(SIGN_OFFS, s)),
            new Variant("relay", (q, s) -> pick(RELAYS, s) + q),
            new Variant("wrapper", (q, s) -> pick(WRAPPERS, s) + lowerFirst(q)),
            new Variant("quote", (q, s) -> "> " + q),
            new Variant("bold-figures", (q, s) -> FIGURE.matcher(q).replaceAll(m -> "*" + Matcher.quoteReplacement(m.group()) + "*")),
            new Variant("money-words", (q, s) -> MONEY_SHORT.matcher(q).replaceAll(m -> m.group(1)
                    + (m.group(2).equalsIgnoreCase("b") ? " billion" : " trillion"))),
            new Variant("money-short", (q, s) -> MONEY_LONG.matcher(q).replaceAll(m -> m.group(1)
                    + (m.group(2).toLowerCase(Locale.ROOT).startsWith("b") ? "B" : "T"))),
            new Variant("percent-words", (q, s) -> PERCENT.matcher(q).replaceAll(m -> m.group(1) + (s % 2 == 0 ? " percent" : " pct"))),
            new Variant("smart-typography", (q, s) -> smart(q)),
            new Variant("spacing", (q, s) -> "  " + q.replace(" ", s % 2 == 0 ? "  " : " ").replaceFirst(", ", ",\n") + " \n"),
            new Variant("typo", (q, s) -> typo(q, s)));

    private StyleVariants() {
    }

    static Variant named(String name) {
        return ALL.stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no variant " + name));
    }

    private static String pick(List<String> options, int seed) {
        return options.get(seed % options.size());
    }

    private static String lowerFirst(String q) {
        // "What is …" -> "what is …"; an acronym or a name keeps its case
        if (q.length() > 1 && Character.isUpperCase(q.charAt(0)) && Character.isLowerCase(q.charAt(1))) {
            return Character.toLowerCase(q.charAt(0)) + q.substring(1);
        }
        return q;
    }

    private static String titleCase(String q) {
        Matcher m = Pattern.compile("\\b([a-z])([a-z']*)").matcher(q);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1).toUpperCase(Locale.ROOT) + m.group(2)));
        }
        return m.appendTail(sb).toString();
    }

    private static String smart(String q) {
        String out = q.replace(" - ", " – ").replaceAll("(\\w)'(\\w)", "$1\u2019$2");
        StringBuilder sb = new StringBuilder();
        boolean open = true;
        for (char c : out.toCharArray()) {
            if (c == '"') {
                sb.append(open ? '\u201C' : '\u201D');
                open = !open;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Two neighbouring letters swapped inside one longer word, the commonest typing slip. */
    private static String typo(String q, int seed) {
        Matcher m = WORD.matcher(q);
        List<int[]> words = m.results().map(r -> new int[] {r.start(), r.end()}).toList();
        if (words.isEmpty()) {
            return q;
        }
        int[] w = words.get(seed % words.size());
        int i = w[0] + 2 + (seed / 7) % (w[1] - w[0] - 3);
        char[] cs = q.toCharArray();
        char t = cs[i];
        cs[i] = cs[i + 1];
        cs[i + 1] = t;
        return new String(cs);
    }
}
