package org.thesisbot;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.BadQuestionException;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.scenario.Metric;

/**
 * Issue 10, item 13: every example we show users must work. The manifest's {@code usage_hint} showed
 * {@code stake valuation=1000}, which the bot rejects. This test collects the examples from the Slack
 * manifest, the README, the help texts and the suggested prompts, runs each through the real brain, and
 * fails on any that is refused, unanswerable or out of scope.
 *
 * <ul>
 *   <li>slash commands: the manifest's usage hint (split on {@code |}), every {@code `/scenario …`} in the
 *       help texts and, with arguments, in the README (a lone {@code `/scenario grid`} there names the
 *       command), and every {@code `…`} in the README that starts with a metric, a scenario, {@code compare},
 *       {@code list} or {@code help} followed by arguments (the slash-command grammar section);</li>
 *   <li>questions: the README's {@code thesisbot.jar ask "…"} lines and {@code "question": "…"} bodies, the
 *       quoted questions of the help text, and {@code slack.suggested_prompts}.</li>
 * </ul>
 */
class ExamplesRunTest {
    private static final Pattern BACKTICKED = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern CLI = Pattern.compile("thesisbot\\.jar (ask|command)(?: --json| --thread \\S+)* \"((?:[^\"\\\\]|\\\\.)+)\"");
    private static final Pattern API_BODY = Pattern.compile("\"question\": ?\"([^\"]+)\"");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{8,}\\?)\"");
    private static final Pattern FOLLOW_UP = Pattern.compile("\"([^\"]+\\?)\"");
    private final Assistant brain = TestBrains.offline().assistant();

    @Test
    void every_slash_command_example_runs() throws Exception {
        Set<String> commands = new LinkedHashSet<>();
        for (String hint : manifest().at("/features/slash_commands/0/usage_hint").asText().split("\\|")) {
            commands.add(hint.strip());
        }
        String help = brain.ask(Question.of("help")).text() + "\n" + brain.command("help", null).text();
        commands.addAll(slashExamples(help));
        String readme = Files.readString(Path.of("README.md"));
        // in the README's prose a lone `/scenario grid` names the command; examples there have arguments
        commands.addAll(slashExamples(readme).stream().filter(c -> c.contains(" ")).toList());
        commands.addAll(grammarExamples(readme));
        Matcher cli = CLI.matcher(readme);
        while (cli.find()) {
            if (cli.group(1).equals("command") && !placeholder(cli.group(2))) {
                commands.add(cli.group(2));
            }
        }
        assertTrue(commands.contains("stake post_money_valuation=1T") && commands.contains("irr bull holding_years=7")
                && commands.size() >= 8, "examples found: " + commands);
        List<String> failures = new ArrayList<>();
        for (String c : commands) {
            try {
                check(brain.command(c, "U0TEST"), c, failures);
            } catch (BadQuestionException e) {
                failures.add("/scenario " + c + " -> " + e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + commands.size() + " slash-command examples do not run:\n" + String.join("\n", failures));
        }
    }

    @Test
    void every_question_example_is_answered() throws Exception {
        Set<String> questions = new LinkedHashSet<>();
        String readme = Files.readString(Path.of("README.md"));
        Matcher cli = CLI.matcher(readme);
        while (cli.find()) {
            if (cli.group(1).equals("ask") && !placeholder(cli.group(2))) {
                questions.add(cli.group(2).replace("\\$", "$"));
            }
        }
        Matcher api = API_BODY.matcher(readme);
        while (api.find()) {
            questions.add(api.group(1));
        }
        List<String> followUps = new ArrayList<>();
        for (String line : brain.ask(Question.of("help")).text().split("\n")) {
            boolean followUpLine = line.contains("Follow-ups");
            Matcher quoted = (followUpLine ? FOLLOW_UP : QUOTED).matcher(line);
            while (quoted.find()) {
                (followUpLine ? followUps : questions).add(quoted.group(1));
            }
        }
        assertTrue(followUps.size() >= 3, "follow-up examples found: " + followUps);
        for (JsonNode prompt : settingsYaml().at("/slack/suggested_prompts")) {
            questions.add(prompt.get("message").asText());
        }
        assertTrue(questions.size() >= 12, "examples found: " + questions);
        List<String> failures = new ArrayList<>();
        for (String q : questions) {
            try {
                check(brain.ask(Question.of(q)), q, failures);
            } catch (BadQuestionException e) {
                failures.add(q + " -> " + e.getMessage());
            }
        }
        // the help's follow-up examples, asked in a thread after a first question, as the help says
        for (String f : followUps) {
            String thread = "examples:" + f.hashCode();
            brain.ask(new Question("What stake does $50B buy at $830B?", thread, "U0TEST", "test"));
            try {
                check(brain.ask(new Question(f, thread, "U0TEST", "test")), f + " (a follow-up)", failures);
            } catch (BadQuestionException e) {
                failures.add(f + " (a follow-up) -> " + e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + (questions.size() + followUps.size()) + " example questions fail:\n"
                    + String.join("\n", failures));
        }
    }

    private static void check(Answer a, String example, List<String> failures) {
        if (a.route() == Route.OUT_OF_SCOPE) {
            failures.add(example + " -> out of scope: " + a.text());
        } else if (a.text().startsWith("I can't compute that")) {
            failures.add(example + " -> " + a.text());
        } else if (a.text().startsWith("The sources don't cover that")) {
            failures.add(example + " -> uncovered");
        } else if ((a.route() == Route.NUMERIC || a.route() == Route.MIXED) && a.results().isEmpty()
                && a.text().isBlank()) {
            failures.add(example + " -> no numbers");
        } else if (a.route() == Route.NARRATIVE && a.citations().isEmpty()) {
            failures.add(example + " -> no citations: " + a.text());
        }
    }

    /** `/scenario …` spans, without the command name; syntax placeholders (<metric>, […], …) are not examples. */
    private static List<String> slashExamples(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = BACKTICKED.matcher(text);
        while (m.find()) {
            String span = m.group(1).strip();
            if (span.startsWith("/scenario ") && !placeholder(span)) {
                out.add(span.substring("/scenario ".length()).strip());
            }
        }
        return out;
    }

    /** README spans written in the slash-command grammar without the command name, e.g. `irr bull holding_years=7`. */
    private static List<String> grammarExamples(String text) {
        Set<String> starts = new LinkedHashSet<>(List.of("compare", "list", "bull", "base", "bear"));
        for (Metric metric : Metric.values()) {
            starts.add(metric.id());
        }
        List<String> out = new ArrayList<>();
        Matcher m = BACKTICKED.matcher(text);
        while (m.find()) {
            String span = m.group(1).strip();
            String first = span.split("\\s+")[0];
            if (starts.contains(first) && span.contains(" ") && !placeholder(span)) {
                out.add(span);
            }
        }
        return out;
    }

    private static boolean placeholder(String span) {
        return span.contains("<") || span.contains("[") || span.contains("…") || span.contains("|");
    }

    private static JsonNode manifest() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(new File("config/slack-manifest.yaml"));
    }

    private static JsonNode settingsYaml() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(new File("config/thesisbot.yaml"));
    }
}
