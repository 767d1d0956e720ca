package org.thesisbot.core.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.TestModels;

/**
 * No word of config/understanding.yaml matches from inside another word: the holding period's cue "take" was found in
 * every "stake", the investment's "puts in" in "outputs in", the post-money's "get in" in "budget in". Checked over
 * every question of every labelled set, as the reader sees them (normalised).
 */
class VocabularyBoundariesTest {
    @Test
    void no_vocabulary_pattern_starts_its_match_inside_a_word() throws IOException {
        Vocabulary vocab = TestModels.vocabulary();
        List<Pattern> all = new ArrayList<>();
        vocab.phrases().forEach(p -> all.add(p.pattern()));
        for (InputId id : InputId.values()) {
            all.addAll(vocab.input(id).names());
            all.addAll(vocab.input(id).cues());
        }
        List<String> questions = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/eval"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (!line.isBlank()) {
                        questions.add(Amounts.normalise(json.readTree(line).path("q").asText()));
                    }
                }
            }
        }
        TreeSet<String> inside = new TreeSet<>();
        for (Pattern p : all) {
            for (String q : questions) {
                Matcher m = p.matcher(q);
                while (m.find()) {
                    int at = m.start();
                    if (at > 0 && m.end() > at && Character.isLetter(q.charAt(at - 1)) && Character.isLetter(q.charAt(at))) {
                        inside.add("\"" + m.group() + "\" in \"" + q.substring(Math.max(0, at - 12), Math.min(q.length(), m.end() + 6)) + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), List.copyOf(inside), "vocabulary words matched inside other words");
    }
}
