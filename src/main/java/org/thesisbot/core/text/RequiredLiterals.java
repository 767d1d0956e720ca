package org.thesisbot.core.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The plain text every match of a regular expression must contain: a set of literals of which any match holds at
 * least one ("\\bstakes?\\b|ownership" -> {"stake", "ownership"}). A text that contains none of them cannot match,
 * so {@code find()} can be skipped without changing its answer ({@link Screen}).
 *
 * <p>Read from the pattern's source, conservatively: alternation, groups (capturing, named, non-capturing, atomic),
 * quantifiers, character classes, lookarounds (their content is never required: it is not part of the match) and
 * the plain escapes. Anything else (flags, inline or compiled; back-references; the p, x and u escapes
 * outside a class; surrogate pairs) gives "nothing can be named" and the pattern is always run. Written here
 * because no library in reach extracts literals with Java's regex semantics (RE2/Hyperscan-style prefilters read
 * other dialects), and a wrong literal would silently change answers: {@code RequiredLiteralsTest} checks the
 * rule on the shipped patterns against the eval questions.
 */
public final class RequiredLiterals {
    private RequiredLiterals() {
    }

    /** Literals of which every match contains one, or empty when none can be named (the pattern must always run). */
    public static Optional<Set<String>> of(Pattern p) {
        return p.flags() == 0 ? ofSource(p.pattern()) : Optional.empty();
    }

    /**
     * For a pattern compiled with {@link Pattern#CASE_INSENSITIVE} alone (ASCII letters match either case): its
     * literals in lower case, one of which every match holds once lower-cased; empty unless every literal is ASCII
     * (lower-casing a text keeps each ASCII letter where it was, so the literal is still found in it).
     */
    public static Optional<Set<String>> ignoringCase(Pattern p) {
        if (p.flags() != Pattern.CASE_INSENSITIVE) {
            return Optional.empty();
        }
        return ofSource(p.pattern())
                .filter(set -> set.stream().allMatch(l -> l.chars().allMatch(c -> c < 128)))
                .map(set -> minimal(set.stream().map(l -> l.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toCollection(LinkedHashSet::new))));
    }

    private static Optional<Set<String>> ofSource(String regex) {
        try {
            Parser parser = new Parser(regex);
            Node n = parser.alternation();
            if (parser.pos != parser.src.length() || n.req() == null) {
                return Optional.empty();
            }
            return Optional.of(minimal(n.req()));
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    /** Products of exact sets larger than this are cut: a requirement is flushed there instead. */
    private static final int MAX_SET = 16;
    /** Literals this long are rare enough in a question: a shorter set of them is the better requirement. */
    private static final int ENOUGH = 6;

    /**
     * What a piece of a pattern matches. {@code exact}: the finite set of texts it can consume (the empty string
     * included when it can consume nothing), or null when not finite or too large. {@code req}: literals (none empty)
     * one of which every match consumes, or null when none are known.
     */
    private record Node(Set<String> exact, Set<String> req) {
        static final Node EMPTY = new Node(Set.of(""), null);
        static final Node OTHER = new Node(null, null);
    }

    /**
     * The better of two requirements: the longer shortest literal (up to {@link #ENOUGH} letters, past which any
     * text is about as rare), then the fewer literals (each is one {@code contains} per question).
     */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int sa = Math.min(ENOUGH, shortest(a));
        int sb = Math.min(ENOUGH, shortest(b));
        return sb > sa || (sb == sa && b.size() < a.size()) ? b : a;
    }

    private static int shortest(Set<String> set) {
        return set.stream().mapToInt(String::length).min().orElse(0);
    }

    /** An exact set used as a requirement: only when every text in it is non-empty. */
    private static Set<String> asReq(Set<String> exact) {
        return exact == null || exact.isEmpty() || exact.contains("") ? null : exact;
    }

    /** Drops a literal that holds another of the set: the shorter one is found whenever the longer is. */
    private static Set<String> minimal(Set<String> set) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : set) {
            if (set.stream().noneMatch(b -> !b.equals(a) && a.contains(b))) {
                out.add(a);
            }
        }
        return out;
    }

    private static Set<String> product(Set<String> a, Set<String> b) {
        if (a == null || b == null || (long) a.size() * b.size() > MAX_SET) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                out.add(x + y);
            }
        }
        return out;
    }

    private static Node literal(String text) {
        return new Node(Set.of(text), Set.of(text));
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final class Parser {
        final String src;
        int pos;
        /** The last atom was a \\Q...\\E quotation. */
        boolean quoted;

        Parser(String src) {
            this.src = src;
        }

        Node alternation() {
            List<Node> alternatives = new ArrayList<>();
            alternatives.add(sequence());
            while (pos < src.length() && src.charAt(pos) == '|') {
                pos++;
                alternatives.add(sequence());
            }
            if (alternatives.size() == 1) {
                return alternatives.get(0);
            }
            Set<String> exact = new LinkedHashSet<>();
            Set<String> req = new LinkedHashSet<>();
            for (Node n : alternatives) {
                if (exact != null) {
                    if (n.exact() == null) {
                        exact = null;
                    } else {
                        exact.addAll(n.exact());
                    }
                }
                if (req != null) {
                    Set<String> r = better(n.req(), asReq(n.exact()));
                    if (r == null) {
                        req = null;
                    } else {
                        req.addAll(r);
                    }
                }
            }
            if (exact != null && exact.size() > MAX_SET) {
                exact = null;
            }
            return new Node(exact, req);
        }

        /**
         * A sequence: exact pieces are multiplied out into one run of possible texts ("what" then "'s" or " is":
         * "what's", "what is"); a piece that is not exact ends the run, which becomes a candidate requirement, and
         * is one itself when it must occur. The best candidate is the sequence's requirement.
         */
        Node sequence() {
            Set<String> req = null;
            Set<String> run = Set.of("");
            Set<String> whole = Set.of("");
            while (pos < src.length() && src.charAt(pos) != '|' && src.charAt(pos) != ')') {
                quoted = false;
                Node atom = atom();
                boolean wasQuoted = quoted;
                int[] q = quantifier();
                if (wasQuoted && q != null) {
                    throw new Unsupported(); // a quantifier after \\Q...\\E applies to its last letter only
                }
                if (q != null && q[0] >= 1 && !(q[0] == 1 && q[1] == 1) && atom.exact() != null) {
                    // "ab+c": "ab" is in the match, and so is the last "b" followed by what comes next
                    Set<String> joined = product(run, atom.exact());
                    req = better(req, asReq(joined != null ? joined : run));
                    req = better(req, asReq(atom.exact()));
                    run = atom.exact();
                    whole = null;
                    continue;
                }
                Node piece = quantified(atom, q);
                if (piece.exact() != null) {
                    Set<String> joined = product(run, piece.exact());
                    if (joined == null) {
                        req = better(req, asReq(run));
                        joined = piece.exact();
                    }
                    run = joined;
                    whole = product(whole, piece.exact());
                    continue;
                }
                req = better(req, asReq(run));
                req = better(req, piece.req());
                run = Set.of("");
                whole = null;
            }
            req = better(req, asReq(run));
            return new Node(whole, req);
        }

        /** An atom under its quantifier ({min, max}, max -1 for none; null when there is none). */
        private static Node quantified(Node atom, int[] q) {
            if (q == null || (q[0] == 1 && q[1] == 1)) {
                return atom;
            }
            int min = q[0];
            int max = q[1];
            if (min == 0 && max == 1 && atom.exact() != null) {
                Set<String> optional = new LinkedHashSet<>(atom.exact());
                optional.add("");
                return new Node(optional, null);
            }
            if (min == 0) {
                return Node.OTHER;
            }
            // at least once: one occurrence is in every match; what it consumes in all is not a finite set
            return new Node(null, better(atom.req(), asReq(atom.exact())));
        }

        Node atom() {
            char c = src.charAt(pos++);
            if (Character.isSurrogate(c)) {
                throw new Unsupported();
            }
            switch (c) {
                case '(':
                    return group();
                case '[':
                    skipClass();
                    return Node.OTHER;
                case '.':
                    return Node.OTHER;
                case '^':
                case '$':
                    return Node.EMPTY;
                case '\\':
                    return escape();
                case '?':
                case '*':
                case '+':
                case '{':
                case '}':
                case ']':
                    throw new Unsupported();
                default:
                    return literal(String.valueOf(c));
            }
        }

        Node escape() {
            if (pos >= src.length()) {
                throw new Unsupported();
            }
            char d = src.charAt(pos++);
            switch (d) {
                case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G':
                    if (d == 'b' && pos < src.length() && src.charAt(pos) == '{') {
                        throw new Unsupported(); // \b{g}
                    }
                    return Node.EMPTY;
                case 'd': case 'D': case 's': case 'S': case 'w': case 'W': case 'h': case 'H': case 'v': case 'V':
                case 'R': case 'X':
                    return Node.OTHER;
                case 't':
                    return literal("\t");
                case 'n':
                    return literal("\n");
                case 'r':
                    return literal("\r");
                case 'f':
                    return literal("\f");
                case 'e':
                    return literal("\u001B");
                case 'a':
                    return literal("\u0007");
                case 'Q': {
                    int end = src.indexOf("\\E", pos);
                    String quoted = end < 0 ? src.substring(pos) : src.substring(pos, end);
                    pos = end < 0 ? src.length() : end + 2;
                    if (quoted.isEmpty() || quoted.chars().anyMatch(ch -> Character.isSurrogate((char) ch))) {
                        throw new Unsupported();
                    }
                    this.quoted = true;
                    return literal(quoted);
                }
                default:
                    if (Character.isLetterOrDigit(d) || Character.isSurrogate(d)) {
                        throw new Unsupported(); // p, x, u, 0, k escapes, back-references, ...
                    }
                    return literal(String.valueOf(d));
            }
        }

        Node group() {
            boolean zeroWidth = false;
            if (pos < src.length() && src.charAt(pos) == '?') {
                pos++;
                char k = pos < src.length() ? src.charAt(pos) : 0;
                if (k == ':' || k == '>') {
                    pos++;
                } else if (k == '=' || k == '!') {
                    pos++;
                    zeroWidth = true;
                } else if (k == '<') {
                    pos++;
                    char l = pos < src.length() ? src.charAt(pos) : 0;
                    if (l == '=' || l == '!') {
                        pos++;
                        zeroWidth = true;
                    } else if (Character.isLetter(l)) {
                        int close = src.indexOf('>', pos);
                        if (close < 0) {
                            throw new Unsupported();
                        }
                        pos = close + 1; // a named group
                    } else {
                        throw new Unsupported();
                    }
                } else {
                    throw new Unsupported(); // inline flags
                }
            }
            Node inner = alternation();
            if (pos >= src.length() || src.charAt(pos) != ')') {
                throw new Unsupported();
            }
            pos++;
            return zeroWidth ? Node.EMPTY : inner; // a lookaround consumes nothing: what it looks at is no part of the match
        }

        /** Skips a character class, nested classes and escapes included. */
        void skipClass() {
            if (pos < src.length() && src.charAt(pos) == '^') {
                pos++;
            }
            if (pos < src.length() && src.charAt(pos) == ']') {
                throw new Unsupported();
            }
            int depth = 1;
            while (pos < src.length()) {
                char c = src.charAt(pos++);
                if (c == '\\') {
                    if (pos < src.length() && src.charAt(pos) == 'Q') {
                        throw new Unsupported();
                    }
                    pos++;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']' && --depth == 0) {
                    return;
                }
            }
            throw new Unsupported();
        }

        /** The quantifier after an atom as {min, max} (max -1: unbounded), or null when there is none. */
        int[] quantifier() {
            if (pos >= src.length()) {
                return null;
            }
            char c = src.charAt(pos);
            int[] q;
            if (c == '?') {
                q = new int[] {0, 1};
            } else if (c == '*') {
                q = new int[] {0, -1};
            } else if (c == '+') {
                q = new int[] {1, -1};
            } else if (c == '{') {
                int close = src.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                String body = src.substring(pos + 1, close);
                int comma = body.indexOf(',');
                String first = comma < 0 ? body : body.substring(0, comma);
                String second = comma < 0 ? body : body.substring(comma + 1);
                if (!count(first) || !(count(second) || (comma >= 0 && second.isEmpty()))) {
                    throw new Unsupported();
                }
                q = new int[] {Integer.parseInt(first), second.isEmpty() ? -1 : Integer.parseInt(second)};
                pos = close;
            } else {
                return null;
            }
            pos++;
            if (pos < src.length() && (src.charAt(pos) == '?' || src.charAt(pos) == '+')) {
                pos++; // lazy or possessive: the same texts
            }
            return q;
        }

        private static boolean count(String digits) {
            return !digits.isEmpty() && digits.length() <= 6 && digits.chars().allMatch(ch -> ch >= '0' && ch <= '9');
        }
    }
}
