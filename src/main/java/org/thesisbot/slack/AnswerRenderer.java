package org.thesisbot.slack;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.FeedbackButtonObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.FeedbackButtonsElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Citation;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.Grid;
import org.thesisbot.core.api.GridAxis;
import org.thesisbot.core.api.GridTable;
import org.thesisbot.core.assistant.NumericReply;
import org.thesisbot.core.api.InputUsed;
import org.thesisbot.core.api.LinkPolicy;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Provenance;

/**
 * Renders an {@link Answer} as Block Kit.
 *
 * <ul>
 *   <li>Numeric: the value as a header, then the formula, then every input with its source quote or an
 *       {@code assumption} tag, then the scenario. Several results become a table of section fields.</li>
 *   <li>Narrative: the text, then the numbered sources. Mixed: both, divided.</li>
 *   <li>Every answer ends with its id and feedback buttons ({@code context_actions}).</li>
 *   <li>Slack's limits hold: sections are split at 3000 characters, fields cut at 2000, and a message
 *       longer than 50 blocks is trimmed with a note saying so.</li>
 * </ul>
 * Text we did not write ourselves (quotes, model output, labels from config) is escaped so it cannot
 * turn into a mention or a broadcast.
 */
final class AnswerRenderer {
    static final String FEEDBACK_ACTION = "answer_feedback";
    static final String SHARE_ACTION = "share_answer";
    /** One button per reading of an ambiguous question; the n-th is {@code clarify_choice:n} (action ids are unique per message). */
    static final String CLARIFY_ACTION = "clarify_choice";
    static final java.util.regex.Pattern CLARIFY_ACTIONS = java.util.regex.Pattern.compile("^clarify_choice:\\d+$");
    static final int MAX_BUTTON_TEXT = 75;
    static final int MAX_BLOCKS = 50;
    static final int MAX_SECTION = 3000;
    static final int MAX_FIELD = 2000;
    static final int MAX_FIELDS = 10;
    static final int MAX_HEADER = 150;
    static final int MAX_BUTTON_VALUE = 2000;
    static final int MAX_TEXT = 3000;

    /** The full answer, as posted in a thread. */
    SlackMessage render(Answer answer) {
        return assemble(answer, content(answer, true), tail(answer, null));
    }

    /** The slash command's ephemeral answer, with a "Share in channel" button carrying the command text. */
    SlackMessage renderEphemeral(Answer answer, String commandText) {
        return assemble(answer, content(answer, true, true), tail(answer, commandText));
    }

    /**
     * What follows a streamed narrative in the same message (for {@code chat.stopStream}): numbers,
     * sources, notes, the id and the feedback buttons, without the narrative text already streamed.
     */
    List<LayoutBlock> trailer(Answer answer) {
        return assemble(answer, content(answer, false), tail(answer, null)).blocks();
    }

    /** A short plain text for the notification and screen readers. */
    String fallbackText(Answer answer) {
        if (!answer.results().isEmpty() && answer.route() == Route.NUMERIC) {
            MetricResult r = answer.results().get(0);
            return SlackText.truncate(SlackText.escape(r.label() + ": " + r.display()), MAX_TEXT);
        }
        String text = answer.narrative() != null ? answer.narrative() : answer.text();
        return SlackText.truncate(SlackText.escape(text), MAX_TEXT);
    }

    // ---------------------------------------------------------------------------------------------

    private List<LayoutBlock> content(Answer answer, boolean withNarrative) {
        return content(answer, withNarrative, false);
    }

    private List<LayoutBlock> content(Answer answer, boolean withNarrative, boolean ephemeral) {
        List<LayoutBlock> blocks = new ArrayList<>();
        List<MetricResult> results = answer.results();
        if (results.size() == 1 && results.get(0).grid() != null) {
            blocks.addAll(grid(results.get(0), ephemeral));
        } else if (results.size() == 1 && results.get(0).tornado() != null) {
            blocks.addAll(tornado(answer, results.get(0)));
        } else if (!results.isEmpty()) {
            blocks.addAll(results.size() == 1 ? single(results.get(0)) : table(results));
        }
        String narrative = answer.narrative();
        if (narrative == null && results.isEmpty()) {
            narrative = answer.text(); // help, out of scope: the text is the whole answer
        }
        if (withNarrative && narrative != null && !narrative.isBlank()) {
            if (!blocks.isEmpty()) {
                blocks.add(DividerBlock.builder().build());
            }
            sections(SlackText.escape(LinkPolicy.withoutDisguisedLinks(narrative)), blocks);
        }
        if (!answer.citations().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (Citation c : answer.citations()) {
                lines.add(citation(c));
            }
            sections("*Sources*\n" + String.join("\n", lines), blocks);
        }
        if (!answer.notes().isEmpty()) {
            List<String> notes = answer.notes().stream().map(n -> ":information_source: " + SlackText.escape(n)).toList();
            blocks.add(context(String.join("\n", notes)));
        }
        return blocks;
    }

    private List<LayoutBlock> single(MetricResult r) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(HeaderBlock.builder()
                .text(plainText(SlackText.truncate(r.label() + ": " + r.display(), MAX_HEADER))).build());
        StringBuilder formula = new StringBuilder();
        if (r.formula() != null && !r.formula().isBlank()) {
            formula.append("*Formula*  `").append(SlackText.escape(r.formula().replace('`', '\''))).append('`');
        }
        if (r.explanation() != null && !r.explanation().isBlank()) {
            formula.append(formula.length() > 0 ? "\n" : "").append(SlackText.escape(r.explanation()));
        }
        if (formula.length() > 0) {
            sections(formula.toString(), blocks);
        }
        if (!r.inputs().isEmpty()) {
            List<String> lines = r.inputs().stream().map(in -> input(in, r.scenario())).toList();
            sections("*Inputs*\n" + String.join("\n", lines), blocks);
        }
        if (r.scenario() != null && !r.scenario().isBlank()) {
            blocks.add(context("Scenario: *" + SlackText.escape(r.scenario()) + "*"));
        }
        return blocks;
    }

    private List<LayoutBlock> table(List<MetricResult> results) {
        List<LayoutBlock> blocks = new ArrayList<>();
        List<TextObject> fields = new ArrayList<>();
        for (MetricResult r : results) {
            String scenario = r.scenario() == null || r.scenario().isBlank() ? "" : " (" + r.scenario() + ")";
            fields.add(markdownText(SlackText.truncate(
                    "*" + SlackText.escape(r.label() + scenario) + "*\n" + r.display(), MAX_FIELD)));
        }
        for (int i = 0; i < fields.size(); i += MAX_FIELDS) {
            blocks.add(SectionBlock.builder()
                    .text(i == 0 ? markdownText("*Results*") : null)
                    .fields(fields.subList(i, Math.min(fields.size(), i + MAX_FIELDS))).build());
        }
        List<String> formulas = new ArrayList<>();
        for (MetricResult r : results) {
            if (r.formula() != null && !r.formula().isBlank()) {
                String scenario = r.scenario() == null || r.scenario().isBlank() ? "" : " (" + r.scenario() + ")";
                formulas.add("• " + SlackText.escape(r.label() + scenario) + ": `"
                        + SlackText.escape(r.formula().replace('`', '\'')) + "`");
            }
        }
        if (!formulas.isEmpty()) {
            sections("*Formulas*\n" + String.join("\n", formulas), blocks);
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        for (MetricResult r : results) {
            for (InputUsed in : r.inputs()) {
                inputs.putIfAbsent(in.id() + "|" + in.value().stripTrailingZeros().toPlainString() + "|" + in.origin(),
                        input(in, r.scenario()));
            }
        }
        if (!inputs.isEmpty()) {
            sections("*Inputs*\n" + String.join("\n", inputs.values()), blocks);
        }
        List<String> scenarios = results.stream().map(MetricResult::scenario).filter(Objects::nonNull)
                .filter(s -> !s.isBlank()).distinct().toList();
        if (!scenarios.isEmpty()) {
            blocks.add(context("Scenarios: " + SlackText.escape(String.join(", ", scenarios))));
        }
        return blocks;
    }

    /** Widest monospace line Slack shows without wrapping in a typical message pane. */
    static final int TABLE_WIDTH = 72;
    static final int TABLE_ROWS = 12;

    /** True when the answer's grid does not fit Slack as a whole table, so the full grid goes up as a CSV file. */
    static boolean gridSummarised(Answer answer) {
        return answer.results().size() == 1 && answer.results().get(0).grid() != null
                && GridTable.fitting(answer.results().get(0).grid(), TABLE_WIDTH, TABLE_ROWS).summarised();
    }

    /** A sensitivity grid: title, which input runs which way, the table in a code block, the formula once, the inputs. */
    private List<LayoutBlock> grid(MetricResult r, boolean ephemeral) {
        Grid g = r.grid();
        List<LayoutBlock> blocks = new ArrayList<>();
        String by = GridTable.name(g.rows().input()) + (g.twoWay() ? " and " + GridTable.name(g.cols().input()) : "");
        blocks.add(HeaderBlock.builder().text(plainText(SlackText.truncate(
                NumericReply.shortLabel(g.metric()) + " by " + by + " (" + g.scenario() + " case)", MAX_HEADER))).build());
        GridTable.Table t = GridTable.fitting(g, TABLE_WIDTH, TABLE_ROWS);
        String axes = "Rows: *" + SlackText.escape(g.rows().label()) + "*" + (g.twoWay()
                ? " · columns: *" + SlackText.escape(g.cols().label()) + "*" : "") + " · values: " + SlackText.escape(g.label())
                + (g.rows().baseIndex() >= 0 && (!g.twoWay() || g.cols().baseIndex() >= 0) ? " · `*` base case" : "");
        sections(axes + "\n```\n" + t.text() + "\n```", blocks);
        if (t.summarised()) {
            blocks.add(context("Showing " + t.rowsShown() + " of " + g.rows().size() + " rows" + (g.twoWay()
                    ? " and " + t.colsShown() + " of " + g.width() + " columns" : "")
                    + " (first, last and base kept); " + (ephemeral ? "*Share in channel* attaches the full grid as a CSV file."
                    : "the full grid is attached as a CSV file.")));
        }
        StringBuilder formula = new StringBuilder();
        if (r.formula() != null) {
            formula.append("*Formula at the base case*  `").append(SlackText.escape(r.formula().replace('`', '\''))).append('`');
        }
        for (String n : g.notes()) {
            formula.append("\n").append(SlackText.escape(n));
        }
        if (formula.length() > 0) {
            sections(formula.toString(), blocks);
        }
        List<String> lines = new ArrayList<>();
        for (InputUsed in : r.inputs()) {
            GridAxis axis = in.id().equals(g.rows().input()) ? g.rows() : g.twoWay() && in.id().equals(g.cols().input()) ? g.cols() : null;
            lines.add(axis == null ? input(in, r.scenario()) : "• *" + SlackText.escape(in.label()) + "*: varied, "
                    + axis.display(0) + " to " + axis.display(axis.size() - 1) + " (base "
                    + Format.value(axis.base(), axis.unit()) + ")");
        }
        if (!lines.isEmpty()) {
            sections("*Inputs*\n" + String.join("\n", lines), blocks);
        }
        return blocks;
    }

    /** What matters most: the ranked list as the brain wrote it. */
    private List<LayoutBlock> tornado(Answer answer, MetricResult r) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(HeaderBlock.builder().text(plainText(SlackText.truncate("What matters most: "
                + NumericReply.shortLabel(r.metric()) + " (" + r.tornado().scenario() + " case)", MAX_HEADER))).build());
        String text = answer.text();
        sections(SlackText.escape(text), blocks);
        return blocks;
    }

    /** One input line: value, then its source quote, or an {@code assumption} tag with the reason. */
    static String input(InputUsed in, String scenario) {
        String head = "• *" + SlackText.escape(in.label()) + "*: " + Format.value(in.value(), in.unit());
        Provenance p = in.provenance();
        return switch (in.origin()) {
            case SOURCE -> {
                StringBuilder b = new StringBuilder(head);
                if (p != null && p.quote() != null) {
                    b.append(" — “").append(SlackText.escape(p.quote())).append("”");
                    String doc = p.documentTitle() != null ? p.documentTitle() : p.document();
                    if (doc != null) {
                        b.append(" (_").append(SlackText.escape(doc)).append("_");
                        if (!p.byline().isEmpty()) {
                            b.append(", ").append(SlackText.escape(p.byline()));
                        }
                        if (p.paragraph() > 0) {
                            b.append(", ¶").append(p.paragraph());
                        }
                        b.append(")");
                    }
                    if (p.note() != null && !p.note().isBlank()) {
                        b.append(" — ").append(SlackText.escape(p.note()));
                    }
                }
                if (p != null && p.isFlagged()) {
                    b.append("\n    :warning: _Flagged: ").append(SlackText.escape(p.flag())).append("_");
                }
                yield b.toString();
            }
            case ASSUMPTION -> head + " — `assumption`"
                    + (p != null && p.rationale() != null ? " " + SlackText.escape(p.rationale()) : "");
            case SCENARIO -> head + " — `assumption` set by the "
                    + (scenario == null || scenario.isBlank() ? "" : "*" + SlackText.escape(scenario) + "* ") + "scenario";
            case QUESTION -> head + " — `assumption` from your question";
        };
    }

    private static String citation(Citation c) {
        StringBuilder b = new StringBuilder("[").append(c.n()).append("] _")
                .append(SlackText.escape(c.title() != null ? c.title() : c.document())).append("_");
        if (!c.byline().isEmpty()) {
            b.append(" (").append(SlackText.escape(c.byline())).append(")");
        }
        if (c.paragraph() > 0) {
            b.append(", ¶").append(c.paragraph());
        }
        if (c.quote() != null && !c.quote().isBlank()) {
            b.append(" — “").append(SlackText.escape(SlackText.truncate(c.quote(), 300))).append("”");
        }
        return b.toString();
    }

    private List<LayoutBlock> tail(Answer answer, String shareText) {
        List<LayoutBlock> tail = new ArrayList<>();
        List<com.slack.api.model.block.element.BlockElement> choices = new ArrayList<>();
        for (int i = 0; i < answer.clarify().size() && i < 5; i++) {
            Answer.Clarification c = answer.clarify().get(i);
            if (c.question().length() <= MAX_BUTTON_VALUE) {
                choices.add(ButtonElement.builder().actionId(CLARIFY_ACTION + ":" + i)
                        .text(plainText(SlackText.truncate(c.label(), MAX_BUTTON_TEXT))).value(c.question()).build());
            }
        }
        if (!choices.isEmpty()) {
            tail.add(ActionsBlock.builder().blockId("clarify").elements(choices).build());
        }
        if (shareText != null && !shareText.isBlank() && shareText.length() <= MAX_BUTTON_VALUE) {
            tail.add(ActionsBlock.builder().elements(List.of(ButtonElement.builder()
                    .actionId(SHARE_ACTION).text(plainText("Share in channel")).style("primary")
                    .value(shareText).build())).build());
        }
        tail.add(context("`" + SlackText.escape(answer.id()) + "` · " + SlackText.escape(answer.answerer())));
        tail.add(ContextActionsBlock.builder().elements(List.of(FeedbackButtonsElement.builder()
                .actionId(FEEDBACK_ACTION)
                .positiveButton(FeedbackButtonObject.builder().text(plainText("Helpful"))
                        .accessibilityLabel("This answer was helpful").value("up|" + answer.id()).build())
                .negativeButton(FeedbackButtonObject.builder().text(plainText("Not helpful"))
                        .accessibilityLabel("This answer was not helpful").value("down|" + answer.id()).build())
                .build())).build());
        return tail;
    }

    private SlackMessage assemble(Answer answer, List<LayoutBlock> content, List<LayoutBlock> tail) {
        int room = MAX_BLOCKS - tail.size();
        List<LayoutBlock> blocks = new ArrayList<>();
        if (content.size() > room) {
            int kept = room - 1;
            blocks.addAll(content.subList(0, kept));
            blocks.add(context("_Trimmed: " + (content.size() - kept)
                    + " more blocks did not fit in one Slack message (50-block limit). Ask a narrower question to see them._"));
        } else {
            blocks.addAll(content);
        }
        blocks.addAll(tail);
        return new SlackMessage(fallbackText(answer), blocks);
    }

    private static void sections(String mrkdwn, List<LayoutBlock> into) {
        for (String part : SlackText.split(mrkdwn, MAX_SECTION)) {
            into.add(SectionBlock.builder().text(markdownText(part)).build());
        }
    }

    private static ContextBlock context(String mrkdwn) {
        return ContextBlock.builder().elements(List.of(markdownText(SlackText.truncate(mrkdwn, MAX_FIELD)))).build();
    }
}
