package org.thesisbot.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.lexicon.Lexicon;
import org.thesisbot.core.lexicon.TestLexicons;
import org.thesisbot.core.reading.Vocabulary;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.TestModels;

class RequiredLiteralsTest {

    private static Optional<Set<String>> of(String regex) {
        return RequiredLiterals.of(Pattern.compile(regex));
    }

    @Test
    void alternatives_each_give_their_literal_and_an_optional_letter_is_left_out() {
        assertEquals(Optional.of(Set.of("stake", "ownership")), of("\\bstakes?\\b|ownership"));
    }

    @Test
    void a_sequence_keeps_its_longest_required_run() {
        // "value of " then a product of 24 texts, too many to test one by one
        assertEquals(Optional.of(Set.of("value of ")), of("value of (?:amazon'?s? |its )?(?:openai )?(?:stake|position)"));
        // "stake in openai " holds "stake ": the shorter is enough
        assertEquals(Optional.of(Set.of("stake ", "position ", "holding ")),
                of("(?:stake|position|holding)(?: (?:in|of) openai)? (?:would |will )?(?:worth|valued)"));
    }

    @Test
    void a_repeated_letter_counts_once_and_ends_one_run_and_starts_the_next() {
        assertEquals(Optional.of(Set.of("bcd")), of("ab+cd"));
        assertEquals(Optional.of(Set.of("cd")), of("ab{0,3}cd"));
        assertEquals(Optional.of(Set.of("ab")), of("ab{2}c"));
    }

    @Test
    void optional_and_alternative_pieces_multiply_out_into_whole_phrases() {
        assertEquals(Optional.of(Set.of("bcxyz", "bxyz")), of("a*bc?xyz"));
        assertEquals(Optional.of(Set.of("what's ", "what is ")), of("what(?:'s| is) (?:the |this )?[a-z]{1,30} for$"));
        assertEquals(Optional.of(Set.of("pro")), of("\\bpros?\\b"));
        assertEquals(Optional.of(Set.of("how will amazon", "how will aws", "how would amazon", "how would aws")),
                of("\\bhow (?:will|would) (?:amazon|aws)\\b"));
    }

    @Test
    void escaped_punctuation_is_literal_and_classes_and_lookarounds_are_not_required() {
        assertEquals(Optional.of(Set.of("$ value")), of("\\$ value\\b"));
        assertEquals(Optional.of(Set.of("a year", "a yr")), of("(?<=%) ?a (?:year|yr)\\b(?! of)"));
        assertEquals(Optional.of(Set.of(" per ")), of("[a-z]+ per [\\p{IsHan}\\]]"));
        assertEquals(Optional.of(Set.of("bezos", "jassy")), of("\\b(?:" + Pattern.quote("bezos") + "|" + Pattern.quote("jassy") + ")\\b"));
    }

    @Test
    void nothing_is_named_when_an_alternative_can_match_without_a_literal() {
        assertEquals(Optional.empty(), of("stake|\\d+"));
        assertEquals(Optional.empty(), of("(?:a|)b?"));
        assertEquals(Optional.empty(), of("(?=stake)\\w+"));
    }

    @Test
    void flags_back_references_and_unknown_escapes_are_left_to_the_regex_engine() {
        assertEquals(Optional.empty(), of("(?i)stake"));
        assertEquals(Optional.empty(), RequiredLiterals.of(Pattern.compile("stake", Pattern.CASE_INSENSITIVE)));
        assertEquals(Optional.empty(), of("(a)b\\1"));
        assertEquals(Optional.empty(), of("\\x41bc"));
        assertEquals(Optional.empty(), of("\\p{L}bc|\\u0041"));
    }

    @Test
    void a_case_insensitive_pattern_gives_lower_case_literals_when_they_are_ascii() {
        assertEquals(Optional.of(Set.of("oai", "open ai")),
                RequiredLiterals.ignoringCase(Pattern.compile("\\b(?:OAI|open ai)\\b", Pattern.CASE_INSENSITIVE)));
        assertEquals(Optional.empty(), RequiredLiterals.ignoringCase(Pattern.compile("\u00e9t\u00e9", Pattern.CASE_INSENSITIVE)));
        assertEquals(Optional.empty(), RequiredLiterals.ignoringCase(Pattern.compile("(?-i)\\bDCs\\b", Pattern.CASE_INSENSITIVE)));
        Pattern amzn = Pattern.compile("\\bamzn\\b", Pattern.CASE_INSENSITIVE);
        Screen screen = new Screen(List.of(amzn));
        assertTrue(screen.mayFind(amzn, "what does AMZN get"));
        assertFalse(screen.mayFind(amzn, "what does Amazon get"));
    }

    @Test
    void the_screen_passes_a_pattern_it_cannot_read_and_rules_out_one_it_can() {
        Pattern readable = Pattern.compile("\\bmoic\\b|multiple");
        Pattern unreadable = Pattern.compile("\\d+|multiple");
        Screen screen = new Screen(List.of(readable, unreadable));
        assertEquals(1, screen.screened());
        assertFalse(screen.mayFind(readable, "what stake at 900"));
        assertTrue(screen.mayFind(readable, "the moic at 900"));
        assertTrue(screen.mayFind(unreadable, "what stake at 900"));
        assertTrue(screen.mayFind(Pattern.compile("stake"), "no screen for me"));
    }

    /**
     * The rule the reader relies on, over the shipped vocabulary and every question in the eval and golden sets
     * (normalised as the reader sees them): every match contains one of its pattern's literals, so screening never hides
     * a match. A pattern that looks before its match (a caret or a lookbehind) is also run over each question's
     * suffixes at spaces, as the figure windows cut them, and one that looks after it over its prefixes; a cut at a space
     * changes nothing else a pattern sees ({@code \b} holds the same at a space as at the text's end), so the other
     * patterns run over whole questions only. Patterns are checked in parallel: every shipped pattern is read against some
     * 22,000 questions, and those that look around against the suffixes or prefixes of a sample of them besides
     * ({@link #CUT_SAMPLE}).
     */
    @Test
    void every_match_of_a_shipped_pattern_in_the_eval_questions_holds_one_of_its_literals() throws IOException {
        Vocabulary vocab = TestModels.vocabulary();
        List<Pattern> patterns = new ArrayList<>();
        vocab.phrases().forEach(p -> patterns.add(p.pattern()));
        for (InputId id : InputId.values()) {
            patterns.addAll(vocab.input(id).names());
            patterns.addAll(vocab.input(id).cues());
        }
        vocab.rests().names().values().forEach(patterns::addAll);
        int vocabulary = patterns.size();
        Lexicon lexicon = TestLexicons.real();
        lexicon.shorthand().forEach(r -> patterns.add(Pattern.compile(r.pattern(), Pattern.CASE_INSENSITIVE)));
        lexicon.routing().scope().forEach(r -> patterns.add(Pattern.compile(r)));
        Screen screen = new Screen(patterns);
        assertTrue(screen.screened() >= vocabulary * 8 / 10,
                "most patterns have literals: " + screen.screened() + " of " + patterns.size());
        List<String> whole = new ArrayList<>();
        List<String> suffixes = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        texts(whole, suffixes, prefixes);
        java.util.concurrent.atomic.AtomicInteger matches = new java.util.concurrent.atomic.AtomicInteger();
        patterns.parallelStream().forEach(p -> {
            Optional<Set<String>> literals = RequiredLiterals.of(p);
            List<String> lower = new ArrayList<>(whole);
            if (BEFORE.matcher(p.pattern()).find()) {
                lower.addAll(suffixes);
            }
            if (AFTER.matcher(p.pattern()).find()) {
                lower.addAll(prefixes);
            }
            List<String> texts = new ArrayList<>(lower);
            if (p.flags() != 0) {
                // for the case-blind shorthand rules: whether the screen is blind to case does not depend on where a window
                // is cut, so the upper-case copies are of the whole questions only
                whole.forEach(t -> texts.add(t.toUpperCase(java.util.Locale.ROOT)));
            }
            for (String t : texts) {
                Matcher m = p.matcher(t);
                while (m.find()) {
                    matches.incrementAndGet();
                    String match = m.group();
                    assertTrue(literals.isEmpty() || literals.get().stream().anyMatch(match::contains),
                            "/" + p + "/ matched '" + match + "' in '" + t + "' without any of " + literals);
                    assertTrue(screen.mayFind(p, t), "/" + p + "/ screened out of '" + t + "'");
                }
            }
        });
        assertTrue(matches.get() > 5_000, "the questions exercise the patterns: " + matches + " matches");
    }

    /** A caret outside a class, a lookbehind, or \\A or \\G: a pattern that sees what comes before its match. */
    private static final Pattern BEFORE = Pattern.compile("(?<!\\[)\\^|\\(\\?<[=!]|\\\\[AG]");
    /** An unescaped dollar, a lookahead, or \\z or \\Z: a pattern that sees what comes after its match. */
    private static final Pattern AFTER = Pattern.compile("(?<!\\\\)\\$|\\(\\?[=!]|\\\\[zZ]");

    @Test
    void a_pattern_that_looks_before_or_after_its_match_is_told_from_one_that_does_not() {
        for (String r : List.of("^so what", "(?<=the )bag", "(?<!not )bag", "\\Astake")) {
            assertTrue(BEFORE.matcher(r).find(), r);
            assertFalse(AFTER.matcher(r).find(), r);
        }
        for (String r : List.of("stake$", "exit(?! value)", "(?=\\d)x", "stake\\z")) {
            assertTrue(AFTER.matcher(r).find(), r);
            assertFalse(BEFORE.matcher(r).find(), r);
        }
        for (String r : List.of("\\bstake\\b", "[^a-z]stake", "\\$\\d+", "(?:the )?bag")) {
            assertFalse(BEFORE.matcher(r).find() || AFTER.matcher(r).find(), r);
        }
    }

    /**
     * One question in this many (by the hash of its text, so the same ones every run, spread over every set and style) is
     * also cut at each of its spaces. Every cut of all 22,000 questions made this test ten minutes of CI's twenty; a fourth
     * of them still puts each looking-around pattern against some 125,000 cut texts.
     */
    private static final int CUT_SAMPLE = 4;

    /** Each question once, and (other than the questions) each of its suffixes and prefixes at a space, for a sample of them. */
    private static void texts(List<String> whole, List<String> suffixes, List<String> prefixes) throws IOException {
        Set<String> wholes = new java.util.LinkedHashSet<>();
        Set<String> after = new java.util.LinkedHashSet<>();
        Set<String> before = new java.util.LinkedHashSet<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/eval"))) {
            files = new ArrayList<>(s.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList());
        }
        files.add(Path.of("src/test/resources/golden/questions.jsonl"));
        Pattern question = Pattern.compile("\"q\": ?\"((?:[^\"\\\\]|\\\\.)*)\"");
        for (Path f : files) {
            for (String line : Files.readAllLines(f)) {
                Matcher m = question.matcher(line);
                if (!m.find()) {
                    continue;
                }
                String s = Amounts.normalise(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
                wholes.add(s);
                if (Math.floorMod(s.hashCode(), CUT_SAMPLE) != 0) {
                    continue;
                }
                for (int i = 0; i < s.length(); i++) {
                    if (s.charAt(i) == ' ') {
                        before.add(s.substring(0, i));
                        after.add(s.substring(i + 1));
                    }
                }
            }
        }
        whole.addAll(wholes);
        after.removeAll(wholes);
        before.removeAll(wholes);
        suffixes.addAll(after);
        prefixes.addAll(before);
    }
}
