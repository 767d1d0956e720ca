package org.thesisbot.core.assistant;

import java.util.ArrayList;
import java.util.List;
import org.thesisbot.core.scenario.Metric;

/** The fixed replies: greeting, thanks, help, the slash command's help, and the scoped refusal. */
final class Replies {
    private final String commandName;

    Replies(String commandName) {
        this.commandName = commandName;
    }

    String greeting() {
        return "Hi! I'm thesisbot: I answer questions about Amazon's potential $50B investment in OpenAI, with exact "
                + "scenario numbers and answers cited from the sources. Try \"What stake does $50B buy at $830B?\" or ask `help`.";
    }

    String thanks() {
        return "Glad to help. Ask me anything else about Amazon's potential $50B investment in OpenAI, or `help` for ideas.";
    }

    String help() {
        return "I answer questions about Amazon's potential $50B investment in OpenAI.\n"
                + "• *Numbers*, computed exactly, with the formula and the source of every input: \"What stake does $50B buy "
                + "at $830B?\", \"What's the multiple if OpenAI is worth $1.5T?\", \"What does AWS earn if it wins 60% of "
                + "OpenAI's compute spend?\", \"Compare the bull, base and bear cases.\"\n"
                + "• *Narrative answers* cited from the source documents: \"Why would Amazon back Anthropic's rival?\", "
                + "\"What are the risks?\", \"What should we watch?\" If the sources don't cover something, I say so.\n"
                + "• *Both at once*: \"Is 40% of capex too much, and why is Amazon doing it?\"\n"
                + "• *Follow-ups* in the same thread: \"what about at $1T?\", \"and in the bull case?\", \"why?\"\n"
                + "• *Slash command*: `" + commandName + " help`, `" + commandName + " list`, `" + commandName
                + " stake post_money_valuation=1T`, `" + commandName + " compare`, `" + commandName
                + " grid irr exit_valuation=500B..2T holding_years=3..7`, `" + commandName + " tornado`.\n"
                + "• *Sensitivity* with a table and a chart: \"IRR by exit valuation and holding years\", \"How does the stake change"
                + " between a $700B and a $1T post-money?\", \"What matters most for the payoff?\", \"Show the scenarios side by side.\"\n"
                + "Metrics: " + String.join(", ", java.util.Arrays.stream(Metric.values()).map(m -> "`" + m.id() + "`").toList()) + ".";
    }

    String commandHelp() {
        return "*" + commandName + "* — quick scenario numbers\n"
                + "• `" + commandName + " list` — every input with its value and source, the scenarios and the metrics\n"
                + "• `" + commandName + " <metric> [scenario] [input=value …]` — e.g. `" + commandName
                + " stake post_money_valuation=1T`, `" + commandName + " irr bull holding_years=7`, `" + commandName
                + " aws_compute_profit aws_capture_share=60%`\n"
                + "• `" + commandName + " bull` / `base` / `bear` — the key numbers of a scenario\n"
                + "• `" + commandName + " compare [metric …]` — the three scenarios side by side\n"
                + "• `" + commandName + " chart compare [metric …]` — the same, with a bar chart, e.g. `" + commandName
                + " chart compare moic irr`\n"
                + "• `" + commandName + " grid <metric> [scenario] input=from..to [step s] [input=from..to] [input=value …]` — a"
                + " sensitivity table and chart (at most 15 × 15), e.g. `" + commandName
                + " grid irr exit_valuation=500B..2T holding_years=3..7`, `" + commandName
                + " grid stake post_money_valuation=700B..1T step 50B`, `" + commandName
                + " grid moic bull exit_valuation=500B,1T,1.5T,2T`\n"
                + "• `" + commandName + " tornado [metric] [input=value …]` — what matters most (default combined_payoff), e.g. `"
                + commandName + " tornado irr exit_valuation=1T`\n"
                + "• `" + commandName + " sources` — the documents with their dates, skipped files and flagged inputs; "
                + "`" + commandName + " reload` — re-read documents/ and config/ now (admins)\n"
                + "• anything else is read as a question, e.g. `" + commandName + " what's the IRR if OpenAI hits $1.5T?`\n"
                + "Values: money in $B (`830`, `830B`, `1T`, `1,500B`), shares as `60%` or `0.6`, years as `7`.\n"
                + "Metrics: " + metricList();
    }

    static String metricList() {
        List<String> out = new ArrayList<>();
        for (Metric m : Metric.values()) {
            out.add("`" + m.id() + "` (" + m.label() + ")");
        }
        return String.join(", ", out);
    }

    String refusal(String unknownEntity) {
        String first = unknownEntity != null
                ? "The sources don't cover " + unknownEntity + ", so I can't answer that without guessing. "
                : "That's outside what I can help with. ";
        return first + "I answer questions about Amazon's potential $50B investment in OpenAI, from the source documents "
                + "and the scenario model. For example:\n"
                + "• \"What stake would $50B buy at an $830B valuation?\"\n"
                + "• \"Why would Amazon invest in OpenAI when it already backs Anthropic?\"\n"
                + "• \"What should investors watch after the deal?\"";
    }

    /** An on-topic question about a name the sources never mention: say so, and what they do cover. */
    String notCovered(String entity) {
        return "The sources don't cover " + entity + ", so I can't answer that without guessing. They cover Amazon's "
                + "potential $50B investment in OpenAI: its terms and valuation, the circular compute deal with AWS, the "
                + "tension with Amazon's Anthropic investment, and what to watch next.";
    }

    /** The part of a mixed question about a name the sources never mention. */
    String notCoveredPart(String entity) {
        return "The sources don't cover " + entity + ", so I can't answer that part without guessing.";
    }

    String notEnglish() {
        return "I read English sources and answer in English, so I can't answer this faithfully as asked. Could you ask in "
                + "English? For example: \"What stake would $50B buy at an $830B valuation?\" or \"Why is Amazon investing "
                + "in OpenAI?\"";
    }
}
