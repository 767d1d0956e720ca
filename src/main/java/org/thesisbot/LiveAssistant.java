package org.thesisbot;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.AnswerListener;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.RouteDecision;
import org.thesisbot.core.grounding.SourceDocument;
import org.thesisbot.core.grounding.SourceLibrary;
import org.thesisbot.core.scenario.Input;

/**
 * The assistant every mouth talks to. Each question goes to the brain serving at that moment (a reload swaps
 * brains between questions, never during one), and two commands are answered here because they are about
 * the sources rather than the thesis: {@code sources} (documents, dates, passage counts, skipped files,
 * flagged inputs, the last reload) and {@code reload} (re-read documents/ and config/ now; admins only).
 */
final class LiveAssistant implements Assistant {
    private final Thesisbot bot;
    private final List<String> admins;
    private final String commandName;
    private final SecureRandom ids = new SecureRandom();

    LiveAssistant(Thesisbot bot, List<String> admins, String commandName) {
        this.bot = bot;
        this.admins = List.copyOf(admins);
        this.commandName = commandName;
    }

    @Override
    public Answer ask(Question question, AnswerListener listener) {
        return bot.brain().assistant().ask(question, listener);
    }

    @Override
    public java.util.Optional<org.thesisbot.core.api.Draft> draft(Question question) {
        return bot.brain().assistant().draft(question);
    }

    @Override
    public Answer command(String text, String user) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("sources")) {
            return answer(sources(), "command sources");
        }
        if (t.equals("reload")) {
            if (user == null || !admins.contains(user)) {
                return answer(":no_entry: `" + commandName + " reload` is for the admins listed in `slack.admins` "
                        + "(config/thesisbot.yaml). Documents and config are also reloaded by themselves when they change.",
                        "command reload refused");
            }
            return answer(reloaded(bot.reload(commandName + " reload by " + user)), "command reload");
        }
        return bot.brain().assistant().command(text, user);
    }

    @Override
    public boolean isInstant(String commandText) {
        String t = commandText == null ? "" : commandText.strip().toLowerCase(Locale.ROOT);
        if (t.equals("sources")) {
            return true;
        }
        if (t.equals("reload")) {
            return false; // reading and indexing files is not for the ack path
        }
        return bot.brain().assistant().isInstant(commandText);
    }

    /** The documents serving now, newest first, and what a reader must know about them. */
    String sources() {
        Thesisbot.Brain b = bot.brain();
        SourceLibrary lib = b.library();
        StringBuilder sb = new StringBuilder("*Sources* (").append(lib.documents().size()).append(lib.documents().size() == 1
                ? " document, " : " documents, ").append(lib.passages().size()).append(" passages; newest first)\n");
        for (SourceDocument d : lib.newestFirst()) {
            long passages = lib.passages().stream().filter(p -> p.document().equals(d.id())).count();
            sb.append("• \"").append(d.title()).append("\" — ").append(d.byline()).append(" — ").append(passages)
                    .append(passages == 1 ? " passage" : " passages").append(" — `").append(d.id()).append('.')
                    .append(d.format()).append("` — ").append(d.url()).append('\n');
        }
        if (!b.corpus().problems().isEmpty()) {
            sb.append("*Skipped files* (not served)\n");
            b.corpus().problems().forEach(p -> sb.append("• `").append(p.file()).append("`: ").append(p.message()).append('\n'));
        }
        List<Input> flagged = b.model().flagged();
        if (!flagged.isEmpty()) {
            sb.append("*Flagged inputs* (still used; check them)\n");
            flagged.forEach(i -> sb.append("• `").append(i.id()).append("`: ").append(i.provenance().flag()).append('\n'));
        }
        Thesisbot.ReloadReport r = bot.status();
        if (r != null && !r.ok()) {
            sb.append(":warning: *Last reload refused* at ").append(r.at()).append("; still serving the state of ")
                    .append(b.builtAt()).append(":\n");
            r.problems().forEach(p -> sb.append("• ").append(p).append('\n'));
        } else {
            sb.append("_Serving since ").append(b.builtAt()).append(" (built in ").append(b.buildTime().toMillis())
                    .append(" ms)._\n");
        }
        return sb.toString().strip();
    }

    private String reloaded(Thesisbot.ReloadReport r) {
        if (!r.ok()) {
            StringBuilder sb = new StringBuilder(":warning: Reload refused; the previous state keeps serving:\n");
            r.problems().forEach(p -> sb.append("• ").append(p).append('\n'));
            return sb.toString().strip();
        }
        if (r.changes().isEmpty()) {
            return "Nothing changed: documents/ and config/ are what is serving.";
        }
        return ":white_check_mark: Reloaded in " + millis(r.took()) + ": " + String.join(", ", r.changes()) + ".\n" + sources();
    }

    private static String millis(Duration d) {
        return d.toMillis() + " ms";
    }

    private Answer answer(String text, String cue) {
        byte[] b = new byte[5];
        ids.nextBytes(b);
        RouteDecision d = new RouteDecision(Route.HELP, 1.0, -1, List.of(cue));
        return new Answer("q-" + HexFormat.of().formatHex(b), Route.HELP, text, null, List.of(), List.of(), "scenario-core",
                List.of(), d);
    }
}
