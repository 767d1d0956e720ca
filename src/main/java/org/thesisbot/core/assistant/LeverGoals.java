package org.thesisbot.core.assistant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.scenario.InputId;

/**
 * One goal, and the levers that could each reach it on their own: "Goal: a combined payoff of $25bn in base. What would
 * each of these need to be on its own? • exit valuation • capture share • AWS margin", "Ownership target: 7%. Either a
 * bigger check at the $830bn post, or a lower post-money for the $50bn", "Two routes, each taken on its own: how high must
 * the exit go, or how low must the entry post-money be?". The goal is asked once per lever ("what capture share gets a
 * combined payoff of $25bn in the base case"), each answered as any goal is, a lever that cannot reach it saying so.
 */
final class LeverGoals {
    private static final int CI = Pattern.CASE_INSENSITIVE;
    /** The goal, said first: "Goal: …", "Target: …", "Ownership target: 7%.", "Goal for the bear case: …", "target IRR of 15%". */
    private static final Pattern GOAL = Pattern.compile(
            "(?:(?<what>ownership|stake|irr|moic|multiple|payoff|profit|return)\\s+)?\\b(?:goal|target|aim|objective|hurdle)(?:\\s+for\\s+the\\s+(?:base|bull|bear)(?:\\s+case)?)?\\s*:\\s*(?<goal>[^\\n]+?)(?:[.!?](?=\\s|$)|\\n|$)"
                    + "|\\btarget\\s+(?<goal2>(?:irr|moic|multiple|stake|ownership|payoff)\\s+of\\s+[^.\\n!?]+)",
            CI);
    /** The levers are each taken alone. */
    private static final Pattern EACH = Pattern.compile(
            "\\b(?:on (?:its|their) own|alone|one at a time|each|either(?! way)|alternatively|separately|two routes|three routes|levers?)\\b", CI);
    /** A sum in billions or trillions. */
    private static final Pattern SUM = Pattern.compile("\\$\\s?\\d|\\d\\s?(?:bn|b|billion|tn|trillion|tril)\\b", CI);
    /** A figure right before or after a lever's name: its value given ("a 1 trn post", "margin at 35%"). */
    private static final Pattern GIVEN_BEFORE = Pattern.compile("\\d\\s?(?:%|bn|b|billion|tn|trn|trillion|tril|x)?\\s*$", CI);
    private static final Pattern GIVEN_AFTER = Pattern.compile("^\\s*(?:(?:of|at|=|is)\\s+)?(?:an? )?(?:usd\\s*)?\\$?\\d", CI);
    /** A case named anywhere. */
    private static final Pattern CASE = Pattern.compile("\\b(base|bull|bear)\\b", CI);
    /** How each lever's goal is asked; the levers are named in {@link InputWords}' words. */
    private static final Map<InputId, String> ASK = new LinkedHashMap<>();

    static {
        ASK.put(InputId.EXIT_VALUATION, "what exit valuation");
        ASK.put(InputId.POST_MONEY_VALUATION, "what entry post-money");
        ASK.put(InputId.INVESTMENT, "what check size");
        ASK.put(InputId.AWS_CAPTURE_SHARE, "what capture share");
        ASK.put(InputId.AWS_OPERATING_MARGIN, "what aws operating margin");
        ASK.put(InputId.HOLDING_YEARS, "how many years of holding");
        ASK.put(InputId.OPENAI_COMPUTE_SPEND, "what openai compute spend");
    }

    /**
     * @param legs   the goal asked once per lever
     * @param levers each lever's name, as the answer's parts are headed
     */
    record Found(List<String> legs, List<String> levers, String kept) {
    }

    /** The name a lever goal is kept under in a thread's frames. */
    static final String KEPT = "lever goals";
    /** A follow-up that asks the thread's lever goal again: "same goal in the bear case", "same two levers?". */
    private static final Pattern AGAIN = Pattern.compile("\\bsame (?:goal|target|levers|(?:two|three|2|3) levers)\\b", CI);
    private static final Pattern CASE_WORDS = Pattern.compile(",?\\s*\\b(?:in |for )?(?:the )?(?:base|bull|bear)(?: case)?\\b", CI);

    static boolean mayAskAgain(String lower) {
        return lower.contains("same");
    }

    /** The thread's lever goal ({@code kept}: the goal, a tab, the levers' ids) asked again with what the follow-up says. */
    static Optional<Found> again(String text, String kept) {
        Matcher a = AGAIN.matcher(text);
        int tab = kept == null ? -1 : kept.indexOf('\t');
        if (!a.find() || tab < 0) {
            return Optional.empty();
        }
        List<InputId> levers = new ArrayList<>();
        for (String id : kept.substring(tab + 1).split(",")) {
            InputId.byId(id).ifPresent(levers::add);
        }
        // (what else the follow-up says is said with each lever: "suppose the compute spend is $150bn rather than $115bn")
        String rest = (text.substring(0, a.start()) + " " + text.substring(a.end())).replaceAll("(?i)\\b(?:please|pls|in|,|\\?)\\s*$", "").trim();
        Matcher c = CASE.matcher(text);
        String scenario = c.find() ? " in the " + c.group(1).toLowerCase(Locale.ROOT) + " case" : "";
        // (only sentences that give a sum: "suppose the compute spend is $150bn rather than $115bn"; not "if capture can't get
        // there below 100%, say so")
        StringBuilder given = new StringBuilder();
        for (String sentence : rest.split("(?<=[.?!])\\s+")) {
            if (SUM.matcher(sentence).find() && !sentence.contains("?")) {
                given.append(given.length() == 0 ? "" : " ").append(sentence);
            }
        }
        String other = CASE_WORDS.matcher(given.toString()).replaceAll(" ").replaceAll("[\\s.?!,]+$", "").trim();
        return Optional.of(legs(kept.substring(0, tab), levers, scenario, other.matches("(?i)[\\s\\p{Punct}]*(?:then|and|ok|so|now)?[\\s\\p{Punct}]*") ? "" : other));
    }

    private static Found legs(String goal, List<InputId> levers, String scenario, String other) {
        List<String> legs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (InputId id : levers) {
            legs.add(ASK.get(id) + " on its own gets " + goal + scenario + "?" + (other.isEmpty() ? "" : " " + other + "."));
            names.add(ASK.get(id).replaceFirst("^(?:what|how many years of) ", ""));
        }
        return new Found(List.copyOf(legs), List.copyOf(names), goal + "\t" + String.join(",", levers.stream().map(InputId::id).toList()));
    }

    private LeverGoals() {
    }

    /** A cheap look: a goal's word and a word of levers taken alone. */
    static boolean mayAsk(String lower) {
        return (lower.contains("goal") || lower.contains("target") || lower.contains("aim") || lower.contains("objective") || lower.contains("hurdle"))
                && EACH.matcher(lower).find();
    }

    static Optional<Found> find(String text) {
        if (text == null || text.length() > 2_000) {
            return Optional.empty();
        }
        Matcher g = GOAL.matcher(text);
        if (!g.find()) {
            return Optional.empty();
        }
        String goal = (g.group("goal") != null ? g.group("goal") : g.group("goal2")).trim();
        if (g.group("what") != null && !goal.toLowerCase(Locale.ROOT).contains(g.group("what").toLowerCase(Locale.ROOT))) {
            goal = g.group("what").toLowerCase(Locale.ROOT) + " of " + goal; // ("Ownership target: 7%": an ownership of 7%)
        }
        String rest = text.substring(g.end());
        if (!EACH.matcher(rest).find() && !EACH.matcher(text.substring(0, g.start())).find()) {
            return Optional.empty();
        }
        List<InputId> levers = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (Map.Entry<InputId, Pattern> e : InputWords.NAMES.entrySet()) {
            if (!ASK.containsKey(e.getKey())) {
                continue; // (an input no lever is asked of: the round's size, capex)
            }
            Matcher m = e.getValue().matcher(rest);
            while (m.find()) {
                // ("if we enter at a USD 1 trn post": a lever said with its value is given, not one to solve)
                if (GIVEN_BEFORE.matcher(rest.substring(0, m.start())).find() || GIVEN_AFTER.matcher(rest.substring(m.end())).lookingAt()) {
                    continue;
                }
                levers.add(e.getKey());
                at.add(m.start());
                break;
            }
        }
        if (levers.size() < 2) {
            return Optional.empty();
        }
        // in the order named
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < levers.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(at.get(a), at.get(b)));
        Matcher c = CASE.matcher(text);
        List<InputId> ordered = new ArrayList<>();
        for (int i : order) {
            ordered.add(levers.get(i));
        }
        // ("a $100bn stake": a stake worth that, said so that no lever's own words take the sum)
        String bare = CASE_WORDS.matcher(goal).replaceAll("").trim()
                .replaceAll("(?i)\\b(?:an? )?(\\$?\\d[\\d.,]*\\s?(?:bn|b|billion|tn|t|trillion))\\s+(?:stake|position|holding)\\b", "a stake worth $1");
        Found f = legs(bare, ordered, c.find(0) ? " in the " + c.group(1).toLowerCase(Locale.ROOT) + " case" : "", "");
        return Optional.of(f);
    }
}
