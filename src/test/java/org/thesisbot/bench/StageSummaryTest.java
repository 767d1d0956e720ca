package org.thesisbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageSummaryTest {
    private static StageSummary.Line drafted(long admission, long worker, long draft, long decided, long computed, long posted) {
        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("admission", admission);
        stages.put("worker", worker);
        stages.put("draft", draft);
        stages.put("decided", decided);
        stages.put("computed", computed);
        stages.put("posted", posted);
        return new StageSummary.Line(0, "drafted", stages);
    }

    @Test
    void the_slowest_one_percent_shows_the_stage_only_they_paid_for_against_every_question_s_median() {
        List<StageSummary.Line> lines = new ArrayList<>();
        for (int i = 0; i < 198; i++) {
            lines.add(drafted(100, 400, 1400, 1500, 1600, 3000));
        }
        // two of 200 waited 5 ms for the admission's reply after their draft
        lines.add(drafted(100, 400, 1400, 6500, 6600, 8000));
        lines.add(drafted(100, 400, 1400, 6500, 6600, 8000));

        String out = StageSummary.slowest(Map.of("redis", lines));

        assertTrue(out.contains("redis (2)"), out);
        assertEquals("8000 / 3000", row(out, "posted"));
        assertEquals("5100 / 100", row(out, "own drafted draft>decided"));
        assertEquals("1000 / 1000", row(out, "own drafted worker>draft"));
        assertEquals("1400 / 1400", row(out, "own drafted computed>posted"));
    }

    private static String row(String table, String name) {
        return table.lines().filter(l -> l.startsWith(name + " ")).findFirst().orElseThrow(() -> new AssertionError(
                name + " not in\n" + table)).substring(28).strip();
    }
}
