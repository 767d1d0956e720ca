package org.thesisbot.core.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question written as a brief for a language model, in labelled fields: "Role: skeptical IC member. / Context: bear case.
 * / Task: aws op margin needed for the combined payoff to net out at exactly zero / Constraints: show the math / Output:
 * {"margin_pct": xx.xx}". The task is the question, and the context and the assumptions are its premises. The role, the
 * output's shape and the format are about the answer's form, not its numbers (a key like "stake_pct" in an output
 * template names no metric asked), so they are left out. Of the constraints, only a case asked for ("base case") is kept:
 * the rest ("show the math", "cite it", "article numbers only") asks what every answer does anyway. A message is read
 * so only when it has a task and at least one field of form, so an ordinary "context: …" line is left alone.
 */
final class Briefs {
    private static final String LABELS = "role|persona|context|background|assumptions?|given|setup|task|ask|question|constraints?|rules"
            + "|instructions?|output(?: format)?|response format|format|deliverable";
    /** A field's label: at the message's or a line's start, or after a sentence's end or an output template's brace. */
    private static final Pattern FIELD = Pattern.compile("(?:^|(?<=[\\n.;!?}])[ \\t]*)(?<label>" + LABELS + ")[ \\t]*:[ \\t]*",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern QUOTED = Pattern.compile("(?m)^[ \\t]*>[ \\t]?");
    /** Who passes the brief on, before its first field: "Priya asks:", "fwd from the IC chair:". */
    private static final Pattern LEAD_IN = Pattern.compile("\\s*[^\\n:]{1,40}:\\s*");
    /** A case asked for in a constraint ("base case", "bear numbers"), not one ruled out ("do not use bull numbers"). */
    private static final Pattern CASE = Pattern.compile("\\b(bear|base|bull)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RULED_OUT = Pattern.compile("\\b(?:no|not|don'?t|do not|never|avoid|without|ignore|exclude|excluding|except)\\b",
            Pattern.CASE_INSENSITIVE);

    private Briefs() {
    }

    /** The message as its premises then its task, when it is a brief; unchanged otherwise. */
    static String asked(String message) {
        if (message == null || message.indexOf(':') < 0) {
            return message;
        }
        String text = QUOTED.matcher(message).replaceAll(""); // (a brief quoted in Slack, "> Role: …", is read as the brief)
        Matcher m = FIELD.matcher(text);
        List<String[]> fields = new ArrayList<>();
        int start = -1;
        String label = null;
        while (m.find()) {
            if (label != null) {
                fields.add(new String[] {label, text.substring(start, m.start())});
            } else if (!text.substring(0, m.start()).isBlank() && !LEAD_IN.matcher(text.substring(0, m.start())).matches()) {
                return message; // words before the first field: a message that only mentions a label
            }
            label = m.group("label").toLowerCase(Locale.ROOT);
            start = m.end();
        }
        if (label == null) {
            return message;
        }
        fields.add(new String[] {label, text.substring(start)});
        boolean task = fields.stream().anyMatch(f -> f[0].matches("task|ask|question"));
        boolean form = fields.stream().anyMatch(f -> f[0].matches("role|persona|constraints?|rules|instructions?|output.*|response format|format|deliverable"));
        if (!task || !form) {
            return message;
        }
        List<String> premises = new ArrayList<>();
        List<String> asks = new ArrayList<>();
        List<String> cases = new ArrayList<>();
        for (String[] f : fields) {
            String said = f[1].strip().replaceAll("[.;\\s]+$", "");
            if (said.isEmpty()) {
                continue;
            }
            switch (f[0]) {
                case "context", "background", "assumption", "assumptions", "given", "setup" -> premises.add(said);
                case "task", "ask", "question" -> asks.add(said);
                case "constraint", "constraints", "rules", "instruction", "instructions" -> cases.addAll(casesAsked(said));
                default -> {
                    // the role and the answer's form: no part of the question
                }
            }
        }
        if (asks.isEmpty()) {
            return message;
        }
        StringBuilder b = new StringBuilder();
        for (String c : cases) {
            b.append(c).append(" case. "); // (first, as a premise: after the task it would end the task's last figure's words)
        }
        for (String p : premises) {
            b.append(p).append(". ");
        }
        return b.append(String.join(". ", asks)).toString();
    }

    /** The cases a constraint asks for: each clause that names one and rules nothing out. */
    private static List<String> casesAsked(String constraint) {
        List<String> out = new ArrayList<>();
        for (String clause : constraint.split("[,;.\\n]|\\band\\b")) {
            Matcher c = CASE.matcher(clause);
            if (c.find() && !RULED_OUT.matcher(clause).find()) {
                out.add(c.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
