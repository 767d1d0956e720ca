package org.thesisbot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Citation;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.MetricResult;

/**
 * The golden set: questions written the way users write, each with its expected route, metric and value,
 * and the terms its citations must contain. Fails below 100% route accuracy or below 100% numeric
 * exactness, and prints a confusion table either way.
 */
class GoldenSetTest {
    private static final List<String> ROUTES = List.of("numeric", "narrative", "mixed", "help", "out_of_scope");

    @Test
    void routes_every_question_right_and_every_number_exactly() throws IOException {
        Assistant brain = TestBrains.offline().assistant();
        List<JsonNode> cases = load();
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        int routed = 0;
        int numericCases = 0;
        int numericExact = 0;
        List<String> failures = new ArrayList<>();
        String run = Long.toHexString(System.nanoTime());
        for (JsonNode c : cases) {
            String q = c.get("q").asText();
            String thread = c.has("thread") ? "golden:" + run + ":" + c.get("thread").asText() : null;
            String expected = c.get("route").asText();
            Answer a = brain.ask(new Question(q, thread, "golden", "test"));
            String got = a.route().wireName();
            confusion.computeIfAbsent(expected, k -> new LinkedHashMap<>()).merge(got, 1, Integer::sum);
            if (got.equals(expected)) {
                routed++;
            } else {
                failures.add("route  " + expected + " -> " + got + " : " + q + "   " + a.decision().cues());
            }
            if (c.has("metric")) {
                numericCases++;
                String problem = checkNumber(c, a);
                if (problem == null) {
                    numericExact++;
                } else {
                    failures.add("number " + problem + " : " + q);
                }
            }
            if (c.has("says") && !a.text().contains(c.get("says").asText())) {
                failures.add("says   expected \"" + c.get("says").asText() + "\" in: " + a.text() + " : " + q);
            }
            if (c.has("cites") && got.equals(expected)) {
                String problem = checkCitations(c, a);
                if (problem != null) {
                    failures.add("cites  " + problem + " : " + q);
                }
            }
        }
        double accuracy = routed / (double) cases.size();
        System.out.println(table(confusion, cases.size(), routed, numericExact, numericCases));
        failures.forEach(f -> System.out.println("  " + f));
        assertTrue(cases.size() >= 60, "the golden set has at least 60 questions");
        assertTrue(routed == cases.size(), String.format(Locale.ROOT, "route accuracy %.1f%% < 100%%", accuracy * 100));
        assertTrue(numericExact == numericCases, "numeric exactness " + numericExact + "/" + numericCases);
        assertTrue(failures.stream().noneMatch(f -> f.startsWith("cites") || f.startsWith("says")), "citation checks: " + failures);
    }

    @Test
    void the_set_covers_every_kind_of_question() throws IOException {
        Map<String, Integer> byRoute = new TreeMap<>();
        for (JsonNode c : load()) {
            byRoute.merge(c.get("route").asText(), 1, Integer::sum);
        }
        assertTrue(byRoute.getOrDefault("numeric", 0) >= 25, byRoute.toString());
        assertTrue(byRoute.getOrDefault("narrative", 0) >= 15, byRoute.toString());
        assertTrue(byRoute.getOrDefault("mixed", 0) >= 5, byRoute.toString());
        assertTrue(byRoute.getOrDefault("out_of_scope", 0) >= 10, byRoute.toString());
        assertTrue(byRoute.getOrDefault("help", 0) >= 1, byRoute.toString());
    }

    /** Null when the expected metric is there with the expected value at the stated precision. */
    private static String checkNumber(JsonNode c, Answer a) {
        String metric = c.get("metric").asText();
        String scenario = c.has("scenario") ? c.get("scenario").asText() : "base";
        BigDecimal expected = new BigDecimal(c.get("value").asText());
        for (MetricResult r : a.results()) {
            if (r.metric().equals(metric) && r.scenario().equals(scenario)) {
                BigDecimal got = r.value().setScale(Math.max(expected.scale(), 0), RoundingMode.HALF_UP);
                return got.compareTo(expected) == 0 ? null : metric + " " + scenario + " = " + r.value() + ", expected " + expected;
            }
        }
        return "no " + metric + " (" + scenario + ") in " + a.results().stream().map(r -> r.metric() + "/" + r.scenario()).toList();
    }

    private static String checkCitations(JsonNode c, Answer a) {
        if (a.citations().isEmpty()) {
            return "no citations";
        }
        for (JsonNode t : c.get("cites")) {
            String term = t.asText().toLowerCase(Locale.ROOT);
            // every sentence of a narrative answer carries a citation, so the cited text is the narrative plus the quotes
            boolean found = a.narrative() != null && a.narrative().toLowerCase(Locale.ROOT).contains(term);
            for (Citation cit : a.citations()) {
                found |= cit.quote().toLowerCase(Locale.ROOT).contains(term);
            }
            if (!found) {
                return "no citation contains '" + term + "': " + a.citations().stream().map(Citation::quote).toList();
            }
        }
        return null;
    }

    private static List<JsonNode> load() throws IOException {
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/golden/questions.jsonl"))) {
            if (!line.isBlank()) {
                out.add(m.readTree(line));
            }
        }
        return out;
    }

    private static String table(Map<String, Map<String, Integer>> confusion, int total, int routed, int exact, int numeric) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%nGolden set: %d questions, route accuracy %d/%d (%.1f%%), numeric exactness %d/%d%n",
                total, routed, total, 100.0 * routed / total, exact, numeric));
        sb.append(String.format(Locale.ROOT, "%-14s", "expected\\got"));
        ROUTES.forEach(r -> sb.append(String.format(Locale.ROOT, "%13s", r)));
        sb.append('\n');
        for (String e : ROUTES) {
            sb.append(String.format(Locale.ROOT, "%-14s", e));
            for (String g : ROUTES) {
                sb.append(String.format(Locale.ROOT, "%13d", confusion.getOrDefault(e, Map.of()).getOrDefault(g, 0)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
