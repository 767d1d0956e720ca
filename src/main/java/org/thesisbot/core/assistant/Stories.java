package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Scenario;
import org.thesisbot.core.scenario.ScenarioModel;

/**
 * A case told as a story before the question: "story: the ai spend boom cools off and aws only gets a thin slice of oai's
 * compute at thin margins. what's the lowest mark before our payoff goes negative?", "picture oai keeps climbing and aws
 * runs most of their training. which case does that look like, and aws's revenue per year in it?", "upside world where oai
 * goes public at a big number - what exit doubles our money?".
 *
 * <p>The story's sentences say which way three of the model's inputs go (OpenAI's valuation, AWS's share of its compute,
 * AWS's margin). Each case of {@code scenario.yaml} moves the same inputs some way from the base case; the case whose
 * moves the story's words agree with, and none contradict, is the one told. A story is read only when it is told apart
 * from the question (its own sentence or part, asking nothing) and it names a case ("upside world") or gives at least two
 * signs of one. Its sentences are taken out of the question, except one that gives a figure ("it gets marked at half a
 * trillion"), which the reader still needs; the case is then asked for in words, and the answer says which case the story
 * was read as, and from which words. A story that points two ways, or at no case, is left alone.
 */
final class Stories {
    /** The inputs a story's words move, each with the words that move it up and down. */
    enum Lever {
        VALUATION(InputId.EXIT_VALUATION,
                "\\bkeeps? (?:on )?(?:climbing|winning|growing|rising|ripping|compounding|executing)\\b|\\b(?:ipo|listing|float|debut)"
                        + " (?:goes off|pops|rips|flies|soars|is a (?:monster|blowout|hit))\\b|\\bgoes off big\\b|\\bat a (?:big|huge|monster|massive) number\\b"
                        + "|\\b(?:valuation|mark|price)s? (?:soars?|climbs?|rockets?|keeps? (?:rising|climbing)|goes? (?:way )?up|explodes?)\\b|\\bmoons?\\b",
                "\\bstumbles?\\b|\\bstall(?:s|ed|ing)?\\b|\\b(?:oai|openai|it|valuation|mark|price|value)(?:'s)?(?: \\w+)? (?:slides?|slid|sinks?|sank|slumps?)\\b|\\bcatch(?:es)? up\\b"
                        + "|\\bfalls? back\\b|\\b(?:boom|spend(?:ing)?(?: boom)?|hype|bubble|frenzy|euphoria) (?:cools?|fades?|bursts?|pops|deflates?|dies)\\b"
                        + "|\\bcools? off\\b|\\bdown ?round\\b|\\b(?:valuation|mark|price)s? (?:falls?|drops?|craters?|halves|collapses?|comes? in|gets? cut)\\b"),
        CAPTURE(InputId.AWS_CAPTURE_SHARE,
                "\\b(?:most|bulk|lion'?s share|majority|almost all|nearly all) of (?:oai'?s?|openai'?s?|their|its|the) (?:\\w+ )?(?:compute|training|workloads?|work|spend|runs?|inference)\\b"
                        + "|\\b(?:running|runs|run|wins?|winning|gets?|lands?|takes?) (?:most|the bulk|the lion'?s share|the majority) of\\b",
                "\\b(?:thin|small|modest|tiny|smaller|minor|sliver of a|narrow) (?:slice|share|piece|cut|portion|sliver)\\b|\\bmulti-?cloud\\b"
                        + "|\\b(?:loses?|losing|lost) (?:the )?(?:share|compute|workloads?|business)\\b|\\bonly (?:gets|picks up|wins|lands|takes) (?:a )?(?:little|bit|sliver)\\b"),
        MARGIN(InputId.AWS_OPERATING_MARGIN,
                "\\b(?:fatter|fat|higher|richer|rich|better|thicker|juicier|wider|expanding) (?:op(?:erating)? )?margins?\\b",
                "\\b(?:thin|thinner|lower|worse|squeezed|compressed|skinny|slim|slimmer|tighter|shrinking) (?:op(?:erating)? )?margins?\\b"
                        + "|\\bmargins? (?:get |are |is )?(?:squeezed|compress(?:ed|es)?|shrinks?|thin out)\\b");

        final InputId input;
        final Pattern up;
        final Pattern down;

        Lever(InputId input, String up, String down) {
            this.input = input;
            this.up = Pattern.compile(up, Pattern.CASE_INSENSITIVE);
            this.down = Pattern.compile(down, Pattern.CASE_INSENSITIVE);
        }
    }

    /** A case of the model: its name, its description, and which way it moves each lever from the base case (+1, -1, 0). */
    record Case(String name, String description, Map<Lever, Integer> moves) {
    }

    /** The question with the story taken out and the case asked for; the case and the story's words, for the answer's note. */
    record Found(String question, String scenario, String description, List<String> signs, boolean named, boolean asked) implements Reframing {
        @Override
        public Answer told(Answer a) {
            if (named && !asked || a.results().isEmpty() && a.narrative() == null) {
                return a; // (a case named and not asked about: the headline says it)
            }
            return RoutingAssistant.withNote(a, "Your story reads as the " + scenario + " case (" + description + ")"
                    + (signs.isEmpty() ? "." : ": " + String.join(", ", signs.stream().map(s -> "\"" + s + "\"").toList()) + "."));
        }
    }

    /** The cases of the model with the way each moves the levers, the base case left out. */
    static List<Case> cases(ScenarioModel model) {
        List<Case> out = new ArrayList<>();
        for (Scenario s : model.scenarios()) {
            if (s.name().equals(ScenarioModel.BASE)) {
                continue;
            }
            Map<Lever, Integer> moves = new EnumMap<>(Lever.class);
            for (Lever l : Lever.values()) {
                BigDecimal base = model.value(l.input.id(), ScenarioModel.BASE);
                BigDecimal here = model.value(l.input.id(), s.name());
                moves.put(l, here.compareTo(base));
            }
            out.add(new Case(s.name(), s.description().replaceAll("\\.$", ""), moves));
        }
        return out;
    }

    /** A part of the message: a sentence, or a heading ended by its colon ("1.5T" and "10:30" end nothing). */
    private static final Pattern PART = Pattern.compile("(?:[^.?!;:\\n]|[.?!;:](?!\\s|$))+(?:[.?!;:\\n]+(?=\\s|$)\\s*|$)");
    private static final Pattern DASHED = Pattern.compile("\\s[-\u2013\u2014]+\\s");
    /** Words that tell a story rather than ask: "story:", "picture …", "imagine …", "world where …". */
    private static final Pattern MARKER = Pattern.compile(
            "^\\s*(?:(?:the |my |an? )?(?:story|picture|imagine|scenario|narrative|world|hypothetical)\\b(?: where| in which| that)?"
                    + "|(?:(?:bull|bear|upside|downside|rosy|grim|good|bad|happy|sad) ?(?:ish )?(?:world|story|case|scenario|version|path|outcome)s?)\\b(?: where| in which)?)",
            Pattern.CASE_INSENSITIVE);
    /** A case named in the message's own words: "upside world", "bear". */
    private static final Pattern NAMED_WITH_NOUN = Pattern.compile(
            "\\b(upside|downside|best|worst)(?:ish)?[- ](?:case|world|story|scenario|version|path|view|deck)\\b|\\b(bull|bear|base)(?:ish)?\\b",
            Pattern.CASE_INSENSITIVE);
    /** A part that asks something. */
    private static final Pattern ASKS = Pattern.compile(
            "\\?|\\b(?:what|what's|whats|which|how|why|who|is it|are we|do we|does it|should we|can we|could we|would we)\\b", Pattern.CASE_INSENSITIVE);
    /** "which case does that look like (to you)", "closest case?": asked about the story, answered by the note. */
    private static final Pattern WHICH_CASE = Pattern.compile(
            "\\b(?:(?:which|what) (?:case|scenario)(?: (?:does|do) (?:that|this|it) (?:look|sound|feel) (?:most )?like(?: to you)?| is (?:that|this|it)(?: closest)?| (?:is )?(?:closest|nearest)| fits(?: best)?)"
                    + "|which of (?:your|the|our) (?:cases|scenarios) (?:is (?:that|this|it) (?:nearest|closest)(?: to)?|(?:does|do) (?:that|this|it) (?:look|sound) (?:most )?like|fits(?: best)?)"
                    + "|(?:the )?(?:closest|nearest) (?:case|scenario)(?: to (?:that|this|it))?)\\b\\s*\\??(?:,?\\s*(?:and|&|\\+)\\s*)?",
            Pattern.CASE_INSENSITIVE);
    /** A question for the sources, which a story told before it does not turn into a case's numbers. */
    private static final Pattern ABOUT_THE_SOURCES = Pattern.compile(
            "\\b(?:author|article|piece|writer|sources?|the text|diverge[sd]?|contradicts?|explain|why)\\b|\\bsays?\\b|\\bsaid\\b", Pattern.CASE_INSENSITIVE);
    /** A figure, in digits or in words ("marked at zero", "half a trillion"). */
    private static final Pattern FIGURE = Pattern.compile("\\d|\\b(?:zero|nil|nothing|half|quarter|third|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|double|triple)\\b", Pattern.CASE_INSENSITIVE);

    private Stories() {
    }

    static Optional<Found> find(String text, List<Case> cases) {
        if (text.length() > 600) {
            return Optional.empty();
        }
        List<String> parts = parts(text);
        if (parts.size() < 2) {
            return Optional.empty();
        }
        String named = null;
        List<String> signs = new ArrayList<>();
        Map<Lever, Integer> said = new EnumMap<>(Lever.class);
        boolean contradicts = false;
        Set<Integer> story = new LinkedHashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            boolean asks = ASKS.matcher(WHICH_CASE.matcher(p).replaceAll(" ")).find();
            Matcher n = NAMED_WITH_NOUN.matcher(p);
            boolean marker = MARKER.matcher(p).lookingAt();
            if (n.find()) {
                String c = caseOf(n.group(1) != null ? n.group(1) : n.group(2));
                if (named != null && !named.equals(c)) {
                    return Optional.empty(); // "bull vs bear": two cases, no story
                }
                named = c;
            }
            if (asks) {
                continue;
            }
            boolean any = false;
            for (Lever l : Lever.values()) {
                Matcher up = l.up.matcher(p);
                Matcher down = l.down.matcher(p);
                while (up.find()) {
                    contradicts |= said.getOrDefault(l, 1) < 0;
                    said.put(l, 1);
                    signs.add(up.group());
                    any = true;
                }
                while (down.find()) {
                    contradicts |= said.getOrDefault(l, -1) > 0;
                    said.put(l, -1);
                    signs.add(down.group());
                    any = true;
                }
            }
            if (any || marker) {
                story.add(i);
            }
        }
        if (signs.isEmpty() || story.size() == parts.size() || contradicts) {
            // (a case named as a heading with no story after it, "bull case: is the margin 40%?", is read as usual)
            return Optional.empty();
        }
        String chosen = named;
        if (chosen == null) {
            if (signs.size() < 2) {
                return Optional.empty();
            }
            chosen = agreeing(said, cases);
            if (chosen == null) {
                return Optional.empty();
            }
        } else if (!named.equals(ScenarioModel.BASE) && !said.isEmpty() && !named.equals(agreeing(said, cases))) {
            return Optional.empty(); // "bull world where oai stalls": the words and the name disagree; the name is read as usual
        }
        String theCase = chosen;
        String description = cases.stream().filter(c -> c.name().equals(theCase)).map(Case::description).findFirst().orElse("");
        StringBuilder left = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            if (story.contains(i)) {
                if (!FIGURE.matcher(p).find()) {
                    continue;
                }
                p = MARKER.matcher(p).replaceFirst(" ");
            }
            left.append(p);
        }
        boolean asked = WHICH_CASE.matcher(left).find();
        if (ABOUT_THE_SOURCES.matcher(left).find()) {
            return Optional.empty(); // "… where does that diverge from the author's downside?": a question for the sources, read as typed
        }
        String question = WHICH_CASE.matcher(left.toString()).replaceAll(" ");
        question = question.replaceAll("(?i)\\b(?:in|for) (?:that|this|the same|this same|that same) (?:world|story|scenario|picture)\\b", " ")
                .replaceAll("(?i)^[\\s,;:\\-\u2013\u2014]*(?:and|so|then)?\\b[\\s,]*", "");
        question = Reframing.tidy(question.replaceAll("^[\\s\\p{Punct}&&[^$]]+", "") + " in the " + chosen + " case");
        return Optional.of(new Found(question, chosen, description, List.copyOf(new LinkedHashSet<>(signs)), named != null, asked));
    }

    /** The one case whose moves every lever the story moves agrees with; null when none, or more than one. */
    private static String agreeing(Map<Lever, Integer> said, List<Case> cases) {
        String found = null;
        for (Case c : cases) {
            boolean agrees = !said.isEmpty() && said.entrySet().stream().allMatch(e -> c.moves().getOrDefault(e.getKey(), 0).equals(e.getValue()));
            if (agrees) {
                if (found != null) {
                    return null;
                }
                found = c.name();
            }
        }
        return found;
    }

    private static String caseOf(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "upside", "best" -> "bull";
            case "downside", "worst" -> "bear";
            default -> word.toLowerCase(Locale.ROOT);
        };
    }

    /** The message in parts, each with its own ending; a spaced dash ends a part too. */
    static List<String> parts(String text) {
        List<String> out = new ArrayList<>();
        for (String piece : DASHED.split(text)) {
            Matcher m = PART.matcher(piece);
            List<String> here = new ArrayList<>();
            while (m.find()) {
                here.add(m.group());
            }
            if (here.isEmpty()) {
                continue;
            }
            int last = here.size() - 1;
            here.set(last, here.get(last).stripTrailing() + " ");
            out.addAll(here);
        }
        return out;
    }
}
