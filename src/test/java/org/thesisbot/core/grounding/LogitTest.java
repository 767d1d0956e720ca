package org.thesisbot.core.grounding;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LogitTest {
    /** One binary feature, no penalty: the fitted odds in each group are that group's odds (1 in 4 positive, 3 in 4). */
    @Test
    void without_penalty_a_binary_feature_gives_each_group_its_own_odds() {
        double[][] x = {{0}, {0}, {0}, {0}, {1}, {1}, {1}, {1}};
        boolean[] y = {true, false, false, false, true, true, true, false};
        double[] w = new double[8];
        Arrays.fill(w, 1);
        Logit m = Logit.fit(x, y, w, 0);
        assertAll(
                () -> assertEquals(Math.log(1 / 3.0), m.score(new double[] {0}), 1e-9),
                () -> assertEquals(Math.log(3), m.score(new double[] {1}), 1e-9));
    }

    /** An example of weight 3 counts as three copies of it. */
    @Test
    void a_weight_counts_as_copies() {
        double[][] x = {{0}, {0}, {1}, {1}};
        boolean[] y = {true, false, true, false};
        Logit m = Logit.fit(x, y, new double[] {1, 3, 3, 1}, 0);
        assertAll(
                () -> assertEquals(Math.log(1 / 3.0), m.score(new double[] {0}), 1e-9),
                () -> assertEquals(Math.log(3), m.score(new double[] {1}), 1e-9));
    }

    /**
     * With a penalty the coefficient shrinks to where the gradient of the penalised log-likelihood is zero: balanced
     * groups (intercept 0 by symmetry), standardised feature ±1, so beta solves 8 (0.75 - sigmoid(beta)) = lambda beta.
     */
    @Test
    void the_penalty_shrinks_the_coefficient_to_the_penalised_optimum() {
        double[][] x = {{0}, {0}, {0}, {0}, {1}, {1}, {1}, {1}};
        boolean[] y = {true, false, false, false, true, true, true, false};
        double[] w = new double[8];
        Arrays.fill(w, 1);
        Logit m = Logit.fit(x, y, w, 2);
        double beta = m.beta()[1];
        assertAll(
                () -> assertEquals(0, m.beta()[0], 1e-9),
                () -> assertEquals(0, 8 * (0.75 - Logit.sigmoid(beta)) - 2 * beta, 1e-9),
                () -> assertEquals(0.50524, beta, 1e-5));
    }
}
