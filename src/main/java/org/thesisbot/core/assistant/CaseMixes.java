package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.reading.Reader;
import org.thesisbot.core.reading.Reading;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.ScenarioModel;
import org.thesisbot.core.state.ThreadState;

/**
 * The model's cases taken one input at a time, as a test matrix or a sensitivity table takes them: "capture=bull,
 * margin=bear", "exit bear, capture bear, margin pinned at base", "bull capture with bear margin", "capture from the bear col
 * and a 40% margin", "row = capture bear, margin base". Each input named with a case is set to that case's own value
 * (scenario.yaml); the inputs named with none stay at base, or at the case the rest is said to be at ("rest at bull",
 * "bull otherwise"). Read as a whole case instead, "bull capture with bear margin" would compare the two cases.
 *
 * <p>Read only when the question mixes cases (two cases tied to inputs, or one tied to an input and another for the rest)
 * and asks for numbers: "what bull exit and bear exit do you use?" asks the cases' own values, and is read as written; one
 * case tied to one input ("exit from the bear col: moic?") is that case, as before. The thread keeps the mix, so
 * "capture up one notch, everything else same" and "margin down to the bear col now" move one input a case at a time.
 */
final class CaseMixes {
    /** The name its frame is kept under in a thread's state. */
    static final String KEPT = "case mix";
    private static final List<String> ORDER = List.of("bear", "base", "bull");
    /** The inputs the cases set, in the order they are said. */
    private static final List<InputId> INPUTS = List.of(InputId.EXIT_VALUATION, InputId.AWS_CAPTURE_SHARE, InputId.AWS_OPERATING_MARGIN);
    private static final String EXIT = "(?:oai\\s+|openai'?s?\\s+)?exit(?:\\s+valuation)?s?";
    private static final String CAPTURE = "(?:aws\\s+)?(?:capture(?:\\s+share)?|cap|wallet\\s+share|share\\s+of\\s+(?:oai|openai)'?s?\\s+compute)";
    private static final String MARGIN = "(?:aws\\s+)?(?:op(?:erating|\\.)?\\s+)?margin";
    private static final String INPUT = "(?<input>" + EXIT + "|" + CAPTURE + "|" + MARGIN + ")";
    private static final String CASE = "(?<case>bull|base|bear)(?:ish)?";
    private static final String CASE_TAIL = "(?:['\u2019]s)?(?:[- ](?:case|col(?:umn)?|cell|value|level|number|figure|leg|row|one|setting)s?)?";
    /** Words between an input and its case: "=", "at", "from the", "pinned at", "down to the", "up one more, to the". */
    private static final String LINK = "\\s*(?:(?:(?:up|down|back|over|moved?|goes|going|drops?|dropped|raised|cut|lowered)\\s+)?(?:one\\s+(?:more|notch|col(?:umn)?)\\s*,?\\s*)?"
            + "(?:=|:|@|at|from|on|in|to|pinned\\s+at|held\\s+at|set\\s+to|left\\s+at|stays?\\s+at|fixed\\s+at)\\s*(?:the\\s+)?|\\s*=\\s*|\\s+)";
    private static final Pattern AFTER = Pattern.compile("(?i)\\b" + INPUT + LINK + CASE + CASE_TAIL + "\\b");
    private static final Pattern BEFORE = Pattern.compile("(?i)\\b" + CASE + "(?:['\u2019]s|[- ]case|\\s+col(?:umn)?)?\\s+" + INPUT + "\\b");
    /** The rest at one case: "rest at base", "everything else bull", "base everything else", "others left at bear". */
    private static final Pattern REST = Pattern.compile(
            "(?i)\\b(?:(?:the\\s+)?rest|everything\\s+else|all\\s+else|(?:the\\s+)?others|other\\s+inputs|the\\s+remainder)(?:\\s+(?:of\\s+it|left|stays?|kept|held|pinned))?\\s*(?:at|in|on|=|from|as)?\\s*(?:the\\s+)?"
                    + CASE + CASE_TAIL + "\\b"
                    + "|(?i)\\b(?<case2>bull|base|bear)(?:ish)?(?:[- ]case)?\\s+(?:for\\s+)?(?:everything\\s+else|all\\s+else|the\\s+rest|otherwise|elsewhere)\\b");
    /** One input moved a case at a time: "capture up one notch", "margin down a col", "exit up two". */
    private static final Pattern MOVE = Pattern.compile(
            "(?i)\\b" + INPUT + "\\s+(?<dir>up|down)\\s+(?:by\\s+)?(?<n>one|a|1|two|2)?\\s*(?:more\\s+)?(?:notch(?:es)?|col(?:umn)?s?|step|level|case)?\\b(?!\\s*,?\\s*to\\s+the)");

    /** The thread's mix as kept ("exit at bear, capture at base, margin at base"), said after a follow-up in brackets. */
    private static final Pattern KEPT_WORDS = Pattern.compile("\\s*\\(((?:(?:exit|capture|margin) at (?:bull|base|bear)(?:, )?){1,3})\\)\\s*$");
    private static final Pattern KEPT_ONE = Pattern.compile("(exit|capture|margin) at (bull|base|bear)");
    /** A case named on its own, tied to no input. */
    private static final Pattern STRAY_CASE = Pattern.compile("(?i)\\b(?:in\\s+(?:the\\s+)?)?(?:bull|base|bear)(?:ish)?(?:[- ](?:case|scenario))?\\b");
    /** Words that leave the mix for a whole case: "plain bear", "back to the bull case", "all three at base". */
    static final Pattern LEAVE = Pattern.compile(
            "(?i)\\b(?:plain|whole|full|straight|pure)\\s+(?:bull|base|bear)\\b|\\bback\\s+to\\s+(?:the\\s+)?(?:plain\\s+)?(?:bull|base|bear)\\b"
                    + "|\\ball\\s+(?:three\\s+)?(?:inputs\\s+)?(?:at|in|to)\\s+(?:the\\s+)?(?:bull|base|bear)\\b|\\b(?:forget|drop|clear)\\s+the\\s+(?:mix|matrix|cells?)\\b");

    private CaseMixes() {
    }

    /** The mix read: the question in the model's figures, and the cases kept for the thread. */
    record Found(String question, Map<InputId, String> cases, String note) implements Reframing {
        @Override
        public Optional<String> kept() {
            StringBuilder b = new StringBuilder();
            for (InputId k : INPUTS) {
                if (cases.containsKey(k)) {
                    b.append(b.length() == 0 ? "" : ", ").append(word(k)).append(" at ").append(cases.get(k));
                }
            }
            return Optional.of(b.toString());
        }

        @Override
        public Answer told(Answer a) {
            return a.results().isEmpty() ? a : RoutingAssistant.withNote(a, note);
        }
    }

    /**
     * The question with each input tied to a case said as that case's value; empty unless it mixes cases as the class says.
     *
     * @param asks whether a question (in the model's figures) asks for numbers other than an input's own value
     */
    static Optional<Found> find(String text, ScenarioModel model, Function<String, Reading> asks) {
        // the thread's mix, if the question is read in it: said after the question, in brackets
        Map<InputId, String> cases = new EnumMap<>(InputId.class);
        Matcher k = KEPT_WORDS.matcher(text);
        String own = text;
        if (k.find()) {
            own = text.substring(0, k.start());
            Matcher each = KEPT_ONE.matcher(k.group(1));
            while (each.find()) {
                cases.put(input(each.group(1)), each.group(2).toLowerCase(Locale.ROOT));
            }
        }
        boolean kept = !cases.isEmpty();
        Map<InputId, String> said = new EnumMap<>(InputId.class);
        List<int[]> spans = new ArrayList<>();
        for (Pattern p : List.of(AFTER, BEFORE)) {
            Matcher m = p.matcher(own);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (spans.stream().anyMatch(x -> s < x[1] && e > x[0])) {
                    continue;
                }
                spans.add(new int[] {s, e});
                InputId id = input(m.group("input"));
                String c = m.group("case").toLowerCase(Locale.ROOT);
                if (said.containsKey(id) && !said.get(id).equals(c)) {
                    return Optional.empty(); // ("bull capture / base margin / bear capture": one input in two cases is a comparison)
                }
                said.put(id, c);
            }
        }
        String rest = null;
        Matcher r = REST.matcher(own);
        if (r.find()) {
            for (int i = 1; rest == null && i <= r.groupCount(); i++) {
                String g = r.group(i);
                rest = g != null && ORDER.contains(g.toLowerCase(Locale.ROOT)) ? g.toLowerCase(Locale.ROOT) : null;
            }
            spans.add(new int[] {r.start(), r.end()});
        }
        cases.putAll(said);
        // moves a case at a time, from the case in force
        boolean moved = false;
        Matcher mv = MOVE.matcher(own);
        while (mv.find()) {
            InputId id = input(mv.group("input"));
            String from = cases.get(id);
            int at = mv.start();
            if (from == null || spans.stream().anyMatch(x -> at < x[1] && mv.end() > x[0])) {
                continue;
            }
            int steps = mv.group("n") != null && (mv.group("n").equalsIgnoreCase("two") || mv.group("n").equals("2")) ? 2 : 1;
            int to = ORDER.indexOf(from) + (mv.group("dir").equalsIgnoreCase("up") ? steps : -steps);
            if (to < 0 || to >= ORDER.size()) {
                return Optional.empty();
            }
            cases.put(id, ORDER.get(to));
            spans.add(new int[] {mv.start(), mv.end()});
            moved = true;
        }
        if (cases.isEmpty()) {
            return Optional.empty();
        }
        String left = Reframing.cut(own, spans);
        boolean strayCase = STRAY_CASE.matcher(left).find();
        if (kept && said.isEmpty() && !moved && rest == null && strayCase) {
            return Optional.empty(); // ("and in bull?" after a mix: the whole case, not the mix)
        }
        boolean mixed = kept || moved || cases.values().stream().distinct().count() > 1 || rest != null && !cases.containsValue(rest);
        if (!mixed) {
            return Optional.empty();
        }
        String restCase = rest != null ? rest : "base";
        Map<InputId, String> all = new EnumMap<>(InputId.class);
        for (InputId id : INPUTS) {
            all.put(id, cases.getOrDefault(id, restCase));
        }
        // the case words left are the mix's, now said as figures; a mix whose inputs are all at one case is that case
        left = STRAY_CASE.matcher(left).replaceAll(" ");
        Reading asked = asks.apply(left);
        if (!kept && (asked == null || asked.metrics().isEmpty() && asked.target() == null)) {
            return Optional.empty(); // ("bull capture / base margin / bear capture - give all 3": the cases' own values, no number)
        }
        if (asked != null && asked.target() != null) {
            all.remove(asked.target().solveFor()); // (an input the question solves for is no figure of the mix)
        }
        if (asked != null) {
            // (an input given a figure of the asker's own, "margin at 45%", tied to no case, is theirs: the rest's case is not)
            asked.changes().keySet().stream().filter(id -> !said.containsKey(id)).forEach(all::remove);
        }
        StringBuilder values = new StringBuilder();
        for (InputId id : INPUTS) {
            if (all.containsKey(id)) {
                values.append(values.length() == 0 ? "" : "; ").append(said(id, model.value(id.id(), all.get(id))));
            }
        }
        boolean one = all.values().stream().distinct().count() == 1;
        String question = Reframing.tidy(left + " (" + (one ? all.values().iterator().next() + " case" : values) + ")");
        Reading read = asks.apply(question);
        if (read == null || read.metrics().isEmpty() && read.target() == null) {
            return Optional.empty();
        }
        StringBuilder note = new StringBuilder("Cases taken one input at a time: ");
        for (InputId id : INPUTS) {
            String v = all.get(id);
            if (v == null) {
                continue;
            }
            note.append(note.charAt(note.length() - 2) == ':' ? "" : "; ").append(word(id)).append(" at ").append(v).append(" (")
                    .append(org.thesisbot.core.api.Format.value(model.value(id.id(), v), model.require(id.id()).unit())).append(")");
        }
        return Optional.of(new Found(question, all, note.append(".").toString()));
    }

    /**
     * The thread's state without its mix's own figures, when the question leaves the mix for a whole case ("and in bull?",
     * "plain bear?", "back to base"): the mix set each of its inputs to a case's value, and those are no figures of the
     * asker's, so the whole case asked must not keep them. An input the asker set to a figure of their own stays set. The
     * state as it is otherwise.
     */
    static ThreadState left(ThreadState state, String text, ScenarioModel model) {
        if (state == null || text == null || text.length() > 4_000) {
            return state;
        }
        String words = state.frames().stream().filter(f -> f.startsWith(KEPT + "\t")).map(f -> f.substring(KEPT.length() + 1)).findFirst().orElse(null);
        if (words == null || Reader.resets(text) || !leaves(text)) {
            return state;
        }
        Map<InputId, BigDecimal> kept = new EnumMap<>(InputId.class);
        kept.putAll(state.overrides());
        Matcher each = KEPT_ONE.matcher(words);
        while (each.find()) {
            InputId id = input(each.group(1));
            BigDecimal v = kept.get(id);
            if (v != null && v.compareTo(model.value(id.id(), each.group(2))) == 0) {
                kept.remove(id);
            }
        }
        return kept.size() == state.overrides().size() ? state : state.withOverrides(kept);
    }

    /** Whether the question leaves a mix: its words of leaving, or a whole case tied to no input and no move. */
    private static boolean leaves(String text) {
        return LEAVE.matcher(text).find() || STRAY_CASE.matcher(text).find() && !AFTER.matcher(text).find() && !BEFORE.matcher(text).find()
                && !REST.matcher(text).find() && !MOVE.matcher(text).find();
    }

    private static InputId input(String said) {
        String s = said.toLowerCase(Locale.ROOT);
        return s.contains("exit") ? InputId.EXIT_VALUATION : s.contains("margin") ? InputId.AWS_OPERATING_MARGIN : InputId.AWS_CAPTURE_SHARE;
    }

    private static String word(InputId id) {
        return id == InputId.EXIT_VALUATION ? "exit" : id == InputId.AWS_CAPTURE_SHARE ? "capture" : "margin";
    }

    /** An input's value in words the reader takes: "an exit of $500bn", "capture 30%", "margin 40%". */
    private static String said(InputId id, BigDecimal v) {
        if (id == InputId.EXIT_VALUATION) {
            return "exit of $" + v.stripTrailingZeros().toPlainString() + "bn";
        }
        String pct = v.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        return id == InputId.AWS_CAPTURE_SHARE ? "aws capture share of " + pct : "aws operating margin of " + pct;
    }
}
