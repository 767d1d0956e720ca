package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.reading.Reader;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.ScenarioModel;
import org.thesisbot.core.state.ThreadState;

/**
 * Scenarios the user names in a thread and comes back to: "call this 'heatwave': $1.3T exit, 4 yr hold, 65% capture",
 * then "irr on heatwave", "slow grind but with heatwave's capture", "heatwave at a 40% margin".
 *
 * <p>A message that names a scenario is read from the model's own figures (nothing else the thread set), so the name
 * holds exactly the figures it was given; the thread keeps it. A message that names a known scenario is read in it: its
 * figures and scenario, and none of the thread's others, with the message's own figures on top. "heatwave's capture"
 * is that scenario's figure for the input named, written out as a figure. The reply says which named figures it used.
 */
final class SavedScenarios {
    /** The longest name kept. */
    static final int NAME_MAX = 40;

    /** The message with the names it used taken out, the state to read it in, notes, and the name it gives, if any. */
    record Applied(String text, ThreadState state, List<String> notes, String defined) {
    }

    private static final String QUOTED = "['\"‘“](?<name>[^'\"’”\\n]{1,40})['\"’”]";
    /** "call this 'heatwave':", "let's call it "slow grind" -", "'arava':" at the start, "name this one tiberias:". */
    private static final Pattern DEFINES = Pattern.compile(
            "(?:\\b(?:let'?s |lets )?(?:call|name|label|dub|tag|save)\\s+(?:this|it|that)(?:\\s+one)?(?:\\s+(?:as|scenario|case))?\\s+"
                    + "(?:" + QUOTED + "|(?<bare>[a-z][\\w-]*(?:\\s[a-z][\\w-]*){0,2})(?=\\s*:))"
                    + "|^\\s*(?:scenario\\s+)?" + QUOTED.replace("name", "lead") + "(?=\\s*:(?!=)))\\s*[:,;.\\-–—]?\\s*",
            Pattern.CASE_INSENSITIVE);
    /** A preposition or verb that only ties a named scenario into the sentence: "irr on arava", "rest stays tiberias". */
    private static final Pattern FIGURE = Pattern.compile("\\d");
    private static final String TIE = "(?:\\b(?:on|in|for|under|with|using|per|at|w/|from|into|stays?|remains?|is|as|like|keep|back to)\\s+)?";
    private static final String AFTER = "(?:\\s+(?:scenario|case|one|set|version|numbers|figures|assumptions))?";

    private final ScenarioModel model;
    private final Reader reader;

    SavedScenarios(ScenarioModel model, Reader reader) {
        this.model = model;
        this.reader = reader;
    }

    Applied apply(String text, ThreadState state) {
        Matcher d = DEFINES.matcher(text);
        if (d.find()) {
            String name = normal(d.group("name") != null ? d.group("name") : d.group("bare") != null ? d.group("bare") : d.group("lead"));
            String rest = (text.substring(0, d.start()) + " " + text.substring(d.end())).strip();
            // a scenario is figures: "'compute layer premium' := ? in the piece" names none
            if (!name.isEmpty() && !model.scenario(name).isPresent() && FIGURE.matcher(rest).find()) {
                ThreadState fresh = state == null ? null : state.in(new ThreadState.Saved(Map.of(), List.of()));
                return new Applied(rest, fresh, List.of("Naming these figures \"" + name + "\" for this thread, on the model's own"
                        + " figures (none carried from earlier in the thread)."), name);
            }
        }
        if (state == null || state.saved().isEmpty()) {
            return new Applied(text, state, List.of(), null);
        }
        List<String> notes = new ArrayList<>();
        String out = text;
        ThreadState in = state;
        String used = null;
        List<String> names = new ArrayList<>(state.saved().keySet());
        names.sort(Comparator.comparingInt(String::length).reversed()); // "slow grind 2" before "slow grind"
        for (String name : names) {
            ThreadState.Saved s = state.saved().get(name);
            out = possessives(out, name, s, notes);
            Matcher m = Pattern.compile(TIE + "(?:the\\s+)?['\"‘“]?" + Pattern.quote(name) + "['\"’”]?" + AFTER + "\\b",
                    Pattern.CASE_INSENSITIVE).matcher(out);
            if (m.find() && used == null) {
                used = name;
                in = state.in(s);
                out = (out.substring(0, m.start()) + " " + out.substring(m.end())).replaceAll("\\s{2,}", " ").strip();
                notes.add("In \"" + name + "\", as named earlier in this thread (" + figures(s) + ").");
            }
        }
        return new Applied(out, in, notes, null);
    }

    /** "heatwave's capture": that scenario's figure for the input named, written out ("65% capture share"). */
    private String possessives(String text, String name, ThreadState.Saved s, List<String> notes) {
        Matcher m = Pattern.compile("['\"‘“]?" + Pattern.quote(name) + "['\"’”]?(?:'s|’s)\\s+", Pattern.CASE_INSENSITIVE).matcher(text);
        StringBuilder sb = new StringBuilder();
        int from = 0;
        while (m.find()) {
            Optional<InputId> input = reader.inputNamedFirst(text.substring(m.end()));
            if (input.isEmpty() || !s.overrides().containsKey(input.get())) {
                continue;
            }
            BigDecimal v = s.overrides().get(input.get());
            String figure = Canonical.figure(input.get(), v, model);
            sb.append(text, from, m.start()).append(figure).append(' '); // the user's own name for the input follows
            notes.add("Using " + model.require(input.get().id()).label() + " from \"" + name + "\": "
                    + Format.value(v, model.require(input.get().id()).unit()) + ".");
            from = m.end();
        }
        return sb.append(text.substring(from)).toString();
    }

    /** "exit $1.3T, hold 4 years" in the model's labels. */
    private String figures(ThreadState.Saved s) {
        List<String> parts = new ArrayList<>();
        s.overrides().forEach((id, v) -> parts.add(model.require(id.id()).label() + " " + Format.value(v, model.require(id.id()).unit())));
        if (!s.scenarios().isEmpty()) {
            parts.add(0, "the " + String.join(" and ", s.scenarios()) + " case");
        }
        return parts.isEmpty() ? "the model's own figures" : String.join(", ", parts);
    }

    private static String normal(String name) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return n.length() > NAME_MAX ? "" : n;
    }
}
