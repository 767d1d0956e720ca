package org.thesisbot.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The style probe on a sample (every 20th single question of the blind sets): a question answered right is still answered
 * right when written in another style ({@link StyleVariants}). Ceilings per style, under which the share of variants that
 * break must stay; measured on the whole sample with {@link StyleInvarianceProbe} (docs/evaluation.md).
 */
class StyleInvarianceTest {
    /** The most a style may break, as a share of its variants: the request frames and typos are the hard ones. */
    private static final Map<String, Double> CEILING = Map.of("wrapper", 0.09, "typo", 0.06);
    private static final double DEFAULT_CEILING = 0.02;

    @Test
    void questions_answered_right_stay_right_in_every_style() throws IOException {
        Map<String, int[]> counts = StyleInvarianceProbe.measure(20, "", 5);
        StringBuilder over = new StringBuilder();
        counts.forEach((style, c) -> {
            double ceiling = CEILING.getOrDefault(style, DEFAULT_CEILING);
            if (c[0] > 0 && c[1] > ceiling * c[0]) {
                over.append(String.format(" %s broke %d of %d (ceiling %.0f%%);", style, c[1], c[0], ceiling * 100));
            }
        });
        assertTrue(counts.size() == StyleVariants.ALL.size(), "every style measured");
        assertTrue(over.isEmpty(), "styles over their ceiling:" + over);
    }
}
