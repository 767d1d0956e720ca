package org.thesisbot.core.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
        if (p.flags() != 0) {
            return Optional.empty();
        }
        try {
            Parser parser = new Parser(p.pattern());
            Req r = parser.alternation();
            if (parser.pos != parser.src.length() || r.any()) {
                return Optional.empty();
            }
            return Optional.of(r.literals());
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    /** A requirement: one of these literals (non-empty strings) is in every match; {@code any}: nothing known. */
    private record Req(Set<String> literals) {
        static final Req ANY = new Req(null);

        boolean any() {
            return literals == null;
        }

        int shortest() {
            return literals.stream().mapToInt(String::length).min().orElse(0);
        }

        static Req of(String literal) {
            return new Req(Set.of(literal));
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private enum Kind { LITERAL, REQUIREMENT, ZERO_WIDTH, OTHER }

    private record Atom(Kind kind, String text, Req req) {
        static final Atom ZERO = new Atom(Kind.ZERO_WIDTH, null, null);
        static final Atom OTHER = new Atom(Kind.OTHER, null, null);
    }

    private static final class Parser {
        final String src;
        int pos;

        Parser(String src) {
            this.src = src;
        }

        Req alternation() {
            List<Req> alternatives = new ArrayList<>();
            alternatives.add(sequence());
            while (pos < src.length() && src.charAt(pos) == '|') {
                pos++;
                alternatives.add(sequence());
            }
            Set<String> union = new LinkedHashSet<>();
            for (Req r : alternatives) {
                if (r.any()) {
                    return Req.ANY;
                }
                union.addAll(r.literals());
            }
            return new Req(union);
        }

        Req sequence() {
            List<Req> required = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            while (pos < src.length() && src.charAt(pos) != '|' && src.charAt(pos) != ')') {
                Atom a = atom();
                int min = quantifierMin();
                boolean once = min < 0;          // no quantifier
                boolean atLeastOnce = min != 0;  // none, or a minimum of one or more
                if (a.kind() == Kind.LITERAL) {
                    if (once) {
                        run.append(a.text());
                        continue;
                    }
                    if (a.text().length() != 1) {
                        throw new Unsupported(); // a quantified \Q...\E: leave it to the regex engine
                    }
                    if (atLeastOnce) {
                        run.append(a.text()); // "ab+": "ab" is there, what follows may not be next to it
                    }
                    flush(run, required);
                    continue;
                }
                flush(run, required);
                if (a.kind() == Kind.REQUIREMENT && atLeastOnce && !a.req().any()) {
                    required.add(a.req());
                }
            }
            flush(run, required);
            Req best = Req.ANY;
            for (Req r : required) {
                if (best.any() || r.shortest() > best.shortest()
                        || (r.shortest() == best.shortest() && r.literals().size() < best.literals().size())) {
                    best = r;
                }
            }
            return best;
        }

        private static void flush(StringBuilder run, List<Req> into) {
            if (run.length() > 0) {
                into.add(Req.of(run.toString()));
                run.setLength(0);
            }
        }

        Atom atom() {
            char c = src.charAt(pos++);
            if (Character.isSurrogate(c)) {
                throw new Unsupported();
            }
            switch (c) {
                case '(':
                    return group();
                case '[':
                    skipClass();
                    return Atom.OTHER;
                case '.':
                    return Atom.OTHER;
                case '^':
                case '$':
                    return Atom.ZERO;
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
                    return new Atom(Kind.LITERAL, String.valueOf(c), null);
            }
        }

        Atom escape() {
            if (pos >= src.length()) {
                throw new Unsupported();
            }
            char d = src.charAt(pos++);
            switch (d) {
                case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G':
                    if (d == 'b' && pos < src.length() && src.charAt(pos) == '{') {
                        throw new Unsupported(); // \b{g}
                    }
                    return Atom.ZERO;
                case 'd': case 'D': case 's': case 'S': case 'w': case 'W': case 'h': case 'H': case 'v': case 'V':
                case 'R': case 'X':
                    return Atom.OTHER;
                case 't':
                    return new Atom(Kind.LITERAL, "\t", null);
                case 'n':
                    return new Atom(Kind.LITERAL, "\n", null);
                case 'r':
                    return new Atom(Kind.LITERAL, "\r", null);
                case 'f':
                    return new Atom(Kind.LITERAL, "\f", null);
                case 'e':
                    return new Atom(Kind.LITERAL, "\u001B", null);
                case 'a':
                    return new Atom(Kind.LITERAL, "\u0007", null);
                case 'Q': {
                    int end = src.indexOf("\\E", pos);
                    String quoted = end < 0 ? src.substring(pos) : src.substring(pos, end);
                    pos = end < 0 ? src.length() : end + 2;
                    if (quoted.isEmpty() || quoted.chars().anyMatch(ch -> Character.isSurrogate((char) ch))) {
                        throw new Unsupported();
                    }
                    return new Atom(Kind.LITERAL, quoted, null);
                }
                default:
                    if (Character.isLetterOrDigit(d) || Character.isSurrogate(d)) {
                        throw new Unsupported(); // p, x, u, 0, k escapes, back-references, ...
                    }
                    return new Atom(Kind.LITERAL, String.valueOf(d), null);
            }
        }

        Atom group() {
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
            Req inner = alternation();
            if (pos >= src.length() || src.charAt(pos) != ')') {
                throw new Unsupported();
            }
            pos++;
            return zeroWidth ? Atom.ZERO : new Atom(Kind.REQUIREMENT, null, inner);
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

        /** The quantifier after an atom: -1 when none, else its minimum count. Lazy and possessive forms alike. */
        int quantifierMin() {
            if (pos >= src.length()) {
                return -1;
            }
            char c = src.charAt(pos);
            int min;
            if (c == '?' || c == '*') {
                pos++;
                min = 0;
            } else if (c == '+') {
                pos++;
                min = 1;
            } else if (c == '{') {
                int close = src.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                String body = src.substring(pos + 1, close);
                String first = body.contains(",") ? body.substring(0, body.indexOf(',')) : body;
                if (first.isEmpty() || !first.chars().allMatch(Character::isDigit) || first.length() > 6) {
                    throw new Unsupported();
                }
                min = Integer.parseInt(first);
                pos = close + 1;
            } else {
                return -1;
            }
            if (pos < src.length() && (src.charAt(pos) == '?' || src.charAt(pos) == '+')) {
                pos++;
            }
            return min;
        }
    }
}
