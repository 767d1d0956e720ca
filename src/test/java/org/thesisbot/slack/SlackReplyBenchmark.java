package org.thesisbot.slack;

import com.slack.api.methods.RequestFormBuilder;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.thesisbot.Thesisbot;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;
import org.thesisbot.config.SettingsLoader;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Telemetry;

/**
 * A numeric Slack mention's whole in-process path, question text to the bytes of its {@code chat.postMessage}
 * form: {@code Assistant.ask} (route, read, compute), {@link AnswerRenderer} (Block Kit), and the SDK's form
 * encoding of the request as {@link AnswerStream} sends it (blocks as JSON, then URL-encoded). Only HTTP is left
 * out: the load harness in {@code bench/} measures that, with Bolt and the ack. The real {@code config/} and
 * {@code documents/}; numeric questions with varied figures, as the load generator asks. In this package (not
 * {@code org.thesisbot.bench}) because the renderer is package-private; its name keeps it out of surefire.
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/bench.cp)" org.openjdk.jmh.Main SlackReplyBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SlackReplyBenchmark {
    private static final String[] NUMERIC = {
            "what stake would $%dB buy at $%dB?",
            "what stake would $%dB buy at an $%dB valuation?",
            "how much is Amazon's stake worth at a $%2$dB valuation?",
            "what is the MOIC if OpenAI is worth $%2$dB?",
    };
    private static final int QUESTIONS = 256;

    private Assistant assistant;
    private final AnswerRenderer renderer = new AnswerRenderer();
    private final List<String> questions = new ArrayList<>();
    private Answer answer;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Path home = Path.of("").toAbsolutePath();
        Settings settings = new SettingsLoader().load(home.resolve("config").resolve("thesisbot.yaml"), Map.of());
        assistant = Thesisbot.build(home, settings, Secrets.none(), Telemetry.NOOP, Clock.systemUTC()).assistant();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < QUESTIONS; i++) {
            questions.add(String.format(Locale.ROOT, NUMERIC[random.nextInt(NUMERIC.length)],
                    10 + random.nextInt(91), 400 + 10 * random.nextInt(121)));
        }
        answer = ask();
    }

    private Answer ask() {
        next = (next + 1) % QUESTIONS;
        return assistant.ask(new Question(questions.get(next), null, "UBENCH", "slack"));
    }

    private long form(SlackMessage m) throws IOException {
        ChatPostMessageRequest request = ChatPostMessageRequest.builder().token("xoxb-bench")
                .channel("CBENCH").threadTs("1700000000.000100")
                .text(m.text()).blocks(m.blocks()).unfurlLinks(false).unfurlMedia(false).build();
        try (Buffer body = new Buffer()) {
            RequestFormBuilder.toForm(request).build().writeTo(body);
            return body.size();
        }
    }

    /** Question text to the bytes of the reply's form: the whole in-process cost of answering a mention. */
    @Benchmark
    public long questionToPostedForm() throws IOException {
        return form(renderer.render(ask()));
    }

    /** Block Kit rendering and form encoding of one answer: the Slack side alone. */
    @Benchmark
    public long renderAndEncode() throws IOException {
        return form(renderer.render(answer));
    }
}
