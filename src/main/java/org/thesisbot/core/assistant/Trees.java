package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A probability tree the asker sets out on the model's own inputs, as an analyst sketches one: "exit node: 1.5T (50%) /
 * 600bn (50%)", "node 'px': 830 post (60%) / 1T post (40%); node 'exit', independent: 1.4T (50%) / 800bn (50%)", "node
 * 'round': closes at $1,150bn post / .4, holds at 830 post / .6", "capture node: 70% (40%) / c (60%)". Each node is a label
 * and its branches, each branch a value and its probability; a node's probabilities come to exactly one, and that is what
 * tells one node from the next. Nodes are independent of one another, so the leaves are every combination of one branch
 * per node, with the product of their probabilities. A branch may be an unknown ("x", "c", "some post y") for the question
 * to solve.
 *
 * <p>This class reads only the tree's shape: which input each node sets is read from its label and its branches' own words
 * by the reader ({@link TreeReplies}), as any figure is. The rest of the question (the stem: "round at 830 post. ev of our
 * stake?") is what is asked of the tree, and a question about the odds of a result ("P(gain &lt; 0)") is read here as a
 * bar. A tree whose probabilities do not come to one, or a branch that is another node's ("830 post (75%) → exit 1.2T
 * (50%) / …", a dependent tree), is no tree read here: the question is then read as written.
 */
final class Trees {
    /** The name the thread keeps a tree under. */
    static final String KEPT = "tree";
    private static final MathContext MC = MathContext.DECIMAL128;
    /** At most so many nodes, and so many branches in one: a tree of more leaves than this is not computed. */
    static final int MOST_LEAVES = 64;
    /** At most so many branches in all: each is read a few ways, so the branches, not only the leaves, bound the work. */
    static final int MOST_BRANCHES = 16;

    /** A probability in brackets after a branch: "(50%)", "(p .8)", "(.3)", "(p=0.25)", "(40 pct)". */
    private static final Pattern IN_BRACKETS = Pattern.compile(
            "\\(\\s*(?:p(?:rob(?:ability)?)?\\s*[=:]?\\s*)?(?<v>\\d{1,3}(?:\\.\\d{1,6})?|\\.\\d{1,6})\\s*(?<pc>%|pct|percent)?\\s*\\)",
            Pattern.CASE_INSENSITIVE);
    /** A probability after a slash, written as a fraction: "830 post / .45", "half a trillion / .3". */
    private static final Pattern AFTER_SLASH = Pattern.compile("\\s/\\s?(?<v>0?\\.\\d{1,6})(?![\\d%]|\\.\\d)");
    /** What may sit between one branch's probability and the next branch. */
    private static final Pattern BETWEEN = Pattern.compile("^[\\s/,;|]*(?:or\\s+)?");
    /** Where a node's label ends and its first branch starts: a colon, an arrow, or the word "node" (and its name). */
    private static final Pattern LABEL_END = Pattern.compile(
            "(?::|\u2192|->|=>|\\bnode(?:\\s*['\u2018\u2019\"][\\w -]{1,20}['\u2018\u2019\"])?(?!\\s*[:'\u2018\u2019\"]))\\s*");
    /** A branch that is an unknown to solve for: one letter, maybe after a word or two ("x", "c", "some post y", "?"). */
    private static final Pattern UNKNOWN = Pattern.compile(
            "(?i)^(?:(?:some|an?|the|at|to|reprices to|goes to|stays at)\\s+)*(?:[a-z-]{2,12}\\s+){0,2}(?<var>[a-z]|\\?)$");
    /** Words of a label that say only that it is a node: "exit node", "node 'px'", "independent", "chance node". */
    private static final Pattern NODE_WORDS = Pattern.compile(
            "(?i)\\b(?:single\\s+)?(?:chance|decision|probability)?\\s*nodes?\\b"
                    + "|,?\\s*\\bindependent(?:ly)?\\b(?:\\s+of\\s+(?:the\\s+)?(?:both\\s+|each\\s+|all\\s+)?[\\w' -]{1,30}?(?=[:,;]|$))?|,?\\s*\\bon\\s+\\w+\\s+only\\b");
    /** A node's words of joining a thread's tree: "add node 'margin'", "bolt on node", "swap the fixed exit for a node". */
    private static final Pattern ADDS = Pattern.compile("(?i)\\b(?:add|adds|adding|bolt on|bolt|layer (?:on|in)|swap|replace|plus)\\b");

    private Trees() {
    }

    /** One branch: its words as said ("830 post", "openai worth $1,400bn when we mark it"), and its probability. */
    record Branch(String said, BigDecimal p, boolean unknown, Node child) {
        Branch(String said, BigDecimal p, boolean unknown) {
            this(said, p, unknown, null);
        }
    }

    /**
     * One node: its label as said ("exit node", "node 'px'"), its label's own words without the node words ("exit", ""), its
     * branches, and where it is in the question (from its label to its last probability).
     */
    record Node(String label, String words, List<Branch> branches, int start, int end) {
        /** The node written back in the words it was read from, for the thread to keep. */
        String said() {
            StringBuilder b = new StringBuilder((label.isBlank() ? "node" : label) + ": ");
            boolean dependent = branches.stream().anyMatch(br -> br.child() != null);
            for (int i = 0; i < branches.size(); i++) {
                Branch br = branches.get(i);
                b.append(i == 0 ? "" : dependent ? "; " : " / ").append(br.said()).append(" (").append(percent(br.p())).append(")");
                if (br.child() != null) {
                    Node c = br.child();
                    b.append(" \u2192 ").append(c.words());
                    for (int j = 0; j < c.branches().size(); j++) {
                        Branch cb = c.branches().get(j);
                        b.append(j == 0 ? " " : " / ").append(cb.said());
                        if (c.branches().size() > 1) {
                            b.append(" (").append(percent(cb.p())).append(")");
                        }
                    }
                }
            }
            return b.toString();
        }
    }

    /**
     * A tree found: its nodes in order, and the question without them (the stem), each node's place in it said as a
     * space.
     */
    record Found(List<Node> nodes, String stem) {
        int leaves() {
            int n = 1;
            for (Node node : nodes) {
                n *= node.branches().stream().mapToInt(b -> b.child() == null ? 1 : b.child().branches().size()).sum();
            }
            return n;
        }

        /** Every branch, those a branch leads to included. */
        int branches() {
            return nodes.stream().mapToInt(node -> node.branches().stream().mapToInt(b -> 1 + (b.child() == null ? 0 : b.child().branches().size())).sum()).sum();
        }
    }

    /** Whether the question may hold a tree: a cheap look before {@link #find}. */
    static boolean mayAsk(String lower) {
        return lower.indexOf('(') >= 0 && IN_BRACKETS.matcher(lower).find() || AFTER_SLASH.matcher(lower).find();
    }

    /** Whether the question adds to a tree the thread holds ("add node 'margin' …", "swap the fixed exit for a node"). */
    static boolean adds(String text) {
        return ADDS.matcher(text).find();
    }

    /** A branch's probability, then an arrow to what follows on it: "830 post (75%) → exit …". */
    private static final Pattern LEADS = Pattern.compile("^(?<b>.+?)\\s*(?:\\((?:p\\s*[=:]?\\s*)?(?<v>\\d{1,3}(?:\\.\\d{1,6})?|\\.\\d{1,6})\\s*(?<pc>%|pct|percent)?\\)|/\\s?(?<f>0?\\.\\d{1,6}))\\s*(?:\u2192|->|=>)\\s*(?<child>.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Where a branch's value starts: a figure, a lone letter (an unknown), "half", a question mark. */
    private static final Pattern VALUE_STARTS = Pattern.compile("\\$?\\d|\\b[a-z]$|\\bhalf\\b|\\?$", Pattern.CASE_INSENSITIVE);
    /** Where a sentence ends: a stop, a question mark or an exclamation mark, then a space or the end. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!](?=\\s|$)");

    /**
     * The tree the question sets out; empty when it holds none (or a tree whose probabilities do not come to one). A node
     * whose branches each lead to a node of their own ("round: 830 post (75%) → exit 1.2T (50%) / 700bn (50%); 1.1T post
     * (25%) → exit 1.8T (40%) / 1T (60%)", "holds at 830 (65%) → exit x; reprices to 1T (35%) → exit 1.4T") is a dependent
     * tree: each branch's own node, or its one value, holds only on that branch.
     */
    static Optional<Found> find(String text) {
        Optional<Found> dependent = dependent(text);
        if (dependent.isPresent()) {
            return dependent;
        }
        return independent(text);
    }

    private static Optional<Found> dependent(String text) {
        int arrow = indexOfArrow(text);
        if (arrow < 0) {
            return Optional.empty();
        }
        int from = sentenceStart(text, 0, arrow);
        Matcher lm = LABEL_END.matcher(text).region(from, arrow);
        int labelEnd = -1;
        while (lm.find()) {
            if (lm.group().contains("\u2192") || lm.group().contains("->") || lm.group().contains("=>")) {
                break; // (the branch's own arrow)
            }
            labelEnd = lm.end();
        }
        if (labelEnd < 0) {
            return Optional.empty();
        }
        Matcher end = SENTENCE_END.matcher(text);
        int stop = text.length();
        int at = labelEnd;
        while (end.find(at)) {
            // (a decimal point is no sentence's end: "1.2T")
            if (end.start() + 1 < text.length() && Character.isDigit(text.charAt(end.start() + 1))) {
                at = end.start() + 1;
                continue;
            }
            stop = end.start();
            break;
        }
        String label = text.substring(from, labelEnd).replaceAll("[\\s:\u2192>=-]+$", "").strip();
        List<Branch> branches = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (String part : text.substring(labelEnd, stop).split(";")) {
            Matcher m = LEADS.matcher(part.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            BigDecimal p = m.group("f") != null ? probability(m.group("f"), null, false) : probability(m.group("v"), m.group("pc"), true);
            if (p == null) {
                return Optional.empty();
            }
            String said = m.group("b").strip().replaceAll("[,;/]+$", "").strip();
            Optional<Node> child = child(m.group("child").strip());
            if (said.isEmpty() || said.length() > 80 || child.isEmpty() || p.signum() <= 0) {
                return Optional.empty();
            }
            branches.add(new Branch(said, p, UNKNOWN.matcher(said).matches(), child.get()));
            sum = sum.add(p, MC);
        }
        if (branches.size() < 2 || sum.compareTo(BigDecimal.ONE) != 0) {
            return Optional.empty();
        }
        String words = NODE_WORDS.matcher(label).replaceAll(" ").replaceAll("[\\s,:'\u2018\u2019\"]+", " ").strip();
        Node node = new Node(label, words, List.copyOf(branches), from, stop);
        Found f = new Found(List.of(node), stem(text, List.of(node)));
        long unknowns = branches.stream().filter(Branch::unknown).count()
                + branches.stream().flatMap(b -> b.child().branches().stream()).filter(Branch::unknown).count();
        return f.leaves() > MOST_LEAVES || f.branches() > MOST_BRANCHES || unknowns > 1 ? Optional.empty() : Optional.of(f);
    }

    /** What follows on one branch: a node of its own ("exit 1.2T (50%) / 700bn (50%)"), or one value ("exit x", "exit 1.4T"). */
    private static Optional<Node> child(String text) {
        Matcher first = VALUE_STARTS.matcher(text);
        if (!first.find()) {
            return Optional.empty();
        }
        String words = text.substring(0, first.start()).replaceAll("[\\s:,]+$", "").strip();
        if (words.isEmpty() || words.length() > 40) {
            return Optional.empty();
        }
        String rest = text.substring(first.start()).strip();
        if (!IN_BRACKETS.matcher(rest).find() && !AFTER_SLASH.matcher(" " + rest).find()) {
            // one value, certain on that branch
            if (rest.length() > 40 || rest.contains("/")) {
                return Optional.empty();
            }
            return Optional.of(new Node(words, words, List.of(new Branch(rest, BigDecimal.ONE, UNKNOWN.matcher(rest).matches())), 0, 0));
        }
        Optional<Found> inner = independent(words + ": " + rest);
        if (inner.isEmpty() || inner.get().nodes().size() != 1 || !inner.get().stem().isBlank()) {
            return Optional.empty();
        }
        Node n = inner.get().nodes().get(0);
        return Optional.of(new Node(words, words, n.branches(), 0, 0));
    }

    private static int indexOfArrow(String text) {
        int best = -1;
        for (String a : new String[] {"\u2192", "->", "=>"}) {
            int i = text.indexOf(a);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        // (an arrow right after a probability: a branch that leads somewhere)
        if (best < 0) {
            return -1;
        }
        String before = text.substring(0, best).stripTrailing();
        return before.endsWith(")") || before.matches("(?s).*/\\s?0?\\.\\d{1,6}$") ? best : -1;
    }

    private static Optional<Found> independent(String text) {
        List<int[]> marks = new ArrayList<>(); // start, end of each probability
        List<BigDecimal> values = new ArrayList<>();
        collect(text, IN_BRACKETS, marks, values, true);
        collect(text, AFTER_SLASH, marks, values, false);
        if (marks.size() < 2) {
            return Optional.empty();
        }
        // (in the order they are said)
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(marks.get(a)[0], marks.get(b)[0]));
        List<Node> nodes = new ArrayList<>();
        List<Branch> branches = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        int nodeStart = -1;
        int labelStart = -1;
        String label = "";
        int last = 0; // where the text after the last node's end starts
        int prev = -1; // the end of the last probability in the open node
        for (int k : order) {
            int[] mark = marks.get(k);
            BigDecimal p = values.get(k);
            if (p == null || p.signum() <= 0) {
                return Optional.empty();
            }
            int start;
            if (branches.isEmpty()) {
                // the first branch: after its label's end, in the same sentence
                int from = sentenceStart(text, last, mark[0]);
                Matcher m = LABEL_END.matcher(text).region(from, mark[0]);
                int end = -1;
                int lstart = from;
                while (m.find()) {
                    end = m.end();
                }
                if (end < 0) {
                    return Optional.empty();
                }
                labelStart = lstart;
                label = text.substring(lstart, end).replaceAll("[\\s:\u2192>=-]+$", "").strip();
                start = end;
                nodeStart = lstart;
            } else {
                Matcher gap = BETWEEN.matcher(text.substring(prev, mark[0]));
                gap.lookingAt();
                start = prev + gap.end();
            }
            String said = text.substring(start, mark[0]).strip().replaceAll("[,;/]+$", "").strip();
            if (said.isEmpty() || said.length() > 80 || said.matches("(?s).*(?:[:;\u2192]|->|=>|\\bnode\\b).*")) {
                return Optional.empty(); // a branch that holds another node's words: a dependent tree, not read here
            }
            boolean unknown = UNKNOWN.matcher(said).matches();
            if (!unknown && !said.matches("(?is).*(?:\\d|half|quarter|third|hundred|thousand|billion|trillion|one|two|three|four|five|six|seven|eight|nine|ten|flat|same|unchanged|as is).*")) {
                return Optional.empty(); // no value said: odds on something else
            }
            branches.add(new Branch(said, p, unknown));
            sum = sum.add(p, MC);
            prev = mark[1];
            int c = sum.compareTo(BigDecimal.ONE);
            if (c > 0) {
                return Optional.empty();
            }
            if (c == 0) {
                if (branches.size() < 2) {
                    return Optional.empty();
                }
                String words = NODE_WORDS.matcher(label).replaceAll(" ").replaceAll("[\\s,:'\u2018\u2019\"]+", " ").strip();
                nodes.add(new Node(label, words, List.copyOf(branches), nodeStart, mark[1]));
                branches.clear();
                sum = BigDecimal.ZERO;
                last = mark[1];
                prev = -1;
            }
        }
        if (!branches.isEmpty() || nodes.isEmpty() || labelStart < 0) {
            return Optional.empty();
        }
        Found f = new Found(List.copyOf(nodes), stem(text, nodes));
        if (f.leaves() > MOST_LEAVES || f.branches() > MOST_BRANCHES || nodes.stream().filter(n -> n.branches().stream().anyMatch(Branch::unknown)).count() > 1
                || nodes.stream().anyMatch(n -> n.branches().stream().filter(Branch::unknown).count() > 1)) {
            return Optional.empty();
        }
        return Optional.of(f);
    }

    /** The question without its nodes, each said as a space, tidied. */
    private static String stem(String text, List<Node> nodes) {
        List<int[]> spans = new ArrayList<>();
        for (Node n : nodes) {
            spans.add(new int[] {n.start(), n.end()});
        }
        String left = Reframing.cut(text, spans);
        return Reframing.tidy(left.replaceAll("^[\\s,;.:]+", "").replaceAll("\\s*[;.]\\s*(?=[;.])", ""));
    }

    private static void collect(String text, Pattern p, List<int[]> marks, List<BigDecimal> values, boolean bracketed) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            // (a slash's start is where its branch's words end)
            marks.add(new int[] {m.start(), m.end()});
            values.add(probability(m.group("v"), bracketed ? m.group("pc") : null, bracketed));
        }
    }

    /**
     * A probability as written: ".45" and "0.45" as fractions; in brackets, a percent sign or a number above one is a
     * percent ("(50%)", "(40)"); null for a percent above 100.
     */
    private static BigDecimal probability(String number, String percentSign, boolean bracketed) {
        BigDecimal v = new BigDecimal(number.startsWith(".") ? "0" + number : number);
        if (bracketed && (percentSign != null || v.compareTo(BigDecimal.ONE) > 0)) {
            return v.compareTo(BigDecimal.valueOf(100)) > 0 ? null : v.movePointLeft(2);
        }
        return v;
    }

    /** Where the sentence (or clause) that holds {@code at} starts, not before {@code from}. */
    private static int sentenceStart(String text, int from, int at) {
        int s = from;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == ';' || c == '?' || c == '!') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                s = i + 1;
            }
        }
        while (s < at && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return s;
    }

    /** A leaf or branch named by its value: "the 700bn leaf", "the 1.4T branch". */
    static final Pattern NAMED_LEAF = Pattern.compile(
            "(?i)\\b(?:the\\s+|that\\s+)?(?<v>\\$?\\d[\\d.,]*\\s?(?:bn|b|billion|tn|t|trillion|%|pct|yrs?|years?)?)\\s+(?:leaf|branch|leg|outcome|node value)\\b");

    /**
     * The nodes with the branch said as {@code said} ("700bn") made the unknown "x", for a follow-up that asks what that
     * leaf would have to be; empty unless exactly one branch is said so.
     */
    static Optional<List<Node>> unknownAt(List<Node> nodes, String said) {
        String want = said.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        int[] count = {0};
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            out.add(unknownAt(n, want, count));
        }
        return count[0] == 1 ? Optional.of(out) : Optional.empty();
    }

    private static Node unknownAt(Node n, String want, int[] count) {
        List<Branch> bs = new ArrayList<>();
        for (Branch b : n.branches()) {
            boolean hit = b.child() == null && b.said().replaceAll("\\s+", "").toLowerCase(Locale.ROOT).equals(want);
            if (hit) {
                count[0]++;
            }
            bs.add(hit ? new Branch("x", b.p(), true, null)
                    : b.child() == null ? b : new Branch(b.said(), b.p(), b.unknown(), unknownAt(b.child(), want, count)));
        }
        return new Node(n.label(), n.words(), List.copyOf(bs), n.start(), n.end());
    }

    /** A probability as a percent, as short as it goes: "50%", "12.5%". */
    static String percent(BigDecimal p) {
        return p.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** "x", "c" or "y": the unknown's own letter, as the question names it elsewhere; null for "?". */
    static String letter(Branch b) {
        Matcher m = UNKNOWN.matcher(b.said());
        return m.matches() && !m.group("var").equals("?") ? m.group("var").toLowerCase(Locale.ROOT) : null;
    }
}
