package org.thesisbot.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Runs one of each kind of slash command ({@link #COMMANDS}), then asks the real offline brain every question of every set
 * in src/test/resources/eval (the questions only: the expectations are not read), and writes one line each: the command,
 * or the set and the question's id, a tab, and the answer as data without its random id. Two JVMs that write different
 * lines answered the same thing differently. Run by {@link AnswersAcrossJvmsProbe} in child JVMs:
 * {@code java -cp <test classpath> org.thesisbot.eval.AnswerPrints out.txt}.
 */
public final class AnswerPrints {
    private AnswerPrints() {
    }

    /** One of each kind of slash command, with the overrides, ranges and scenarios they take. */
    static final List<String> COMMANDS = List.of("help", "list", "bull", "bear", "compare", "compare moic irr",
            "chart compare moic irr stake_value", "irr bull exit_valuation=1T holding_years=6",
            "combined_payoff exit_valuation=1.2T aws_capture_share=0.6 aws_operating_margin=0.35 holding_years=4",
            "grid irr exit_valuation=500B..2T holding_years=3..7", "grid stake post_money_valuation=700B..1T investment=40B",
            "tornado", "tornado irr exit_valuation=1T holding_years=6 aws_operating_margin=0.3");

    /**
     * @param args the file to write; then {@code --wait} to print this JVM's iteration salt and wait for "go" on standard
     *             input before building the brain (so that a caller can pick a JVM whose salt differs from another's)
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        System.out.println("salt " + Salt.describe());
        System.out.flush();
        if (args.length > 1 && args[1].equals("--wait")) {
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (!"go".equals(line)) {
                return;
            }
        }
        Assistant brain = TestBrains.offline().assistant();
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8); PrintWriter p = new PrintWriter(w)) {
            for (String c : COMMANDS) {
                p.println("command:" + c + "\t" + print(command(brain, c)));
            }
            for (Path set : sets()) {
                String name = set.getFileName().toString().replace(".jsonl", "");
                for (Map.Entry<String, List<EvalCase>> t : threads(EvalRun.load(set)).entrySet()) {
                    // the same thread names in every JVM: nothing here may differ but the JVM
                    String thread = "determinism:" + name + ":" + t.getKey();
                    for (EvalCase c : t.getValue()) {
                        p.println(name + ":" + c.id() + "\t" + print(ask(brain, c.question(), thread)));
                    }
                }
            }
        }
    }

    static List<Path> sets() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "eval"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
    }

    /** Conversations in order of their turns, each single question on its own thread, as {@link EvalRun} asks them. */
    private static Map<String, List<EvalCase>> threads(List<EvalCase> cases) {
        Map<String, List<EvalCase>> threads = new LinkedHashMap<>();
        for (EvalCase c : cases) {
            threads.computeIfAbsent(c.thread() == null ? "single:" + c.id() : c.thread(), k -> new ArrayList<>()).add(c);
        }
        threads.values().forEach(l -> l.sort(Comparator.comparingInt(EvalCase::turn)));
        return threads;
    }

    private static String command(Assistant brain, String text) {
        try {
            return "answer " + withoutId(brain.command(text, "eval"));
        } catch (RuntimeException e) {
            return "error " + e;
        }
    }

    private static String ask(Assistant brain, String question, String thread) {
        try {
            return "answer " + withoutId(brain.ask(new Question(question, thread, "eval", "test")));
        } catch (RuntimeException e) {
            return "error " + e;
        }
    }

    /** Every field of the answer (records all the way down, so their toString is their data) except its random id. */
    private static String withoutId(Answer a) {
        return new Answer("", a.route(), a.text().replace(a.id(), "<id>"), a.narrative(), a.results(), a.citations(),
                a.answerer(), a.notes(), a.decision(), a.clarify(), a.charts()).toString();
    }

    private static String print(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }
}
