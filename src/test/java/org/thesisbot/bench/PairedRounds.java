package org.thesisbot.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One figure's per-round differences between two configurations measured in the same rounds (e.g. e2e p99, redis minus
 * memory), held against a target ("under 1 ms"): their median, a <b>bootstrap 95% interval</b> of that median, a
 * distribution-free 95% interval as a check, how many rounds were under the target, and the verdict.
 *
 * <p><b>The bootstrap</b> (percentile method): {@value #RESAMPLES} times, draw as many rounds as were measured, with
 * replacement, and take their median; the interval runs from the 2.5th to the 97.5th percentile of those medians
 * (sorted, the values at indices 250 and 9,749). The draws come from a {@link SplittableRandom} seeded with
 * {@value #SEED} (the number), so the same rounds always give the same interval. With few rounds the median
 * of a resample can only be one of the measured differences (or the mean of two), so the interval is coarse and, for
 * under about 10 rounds, a little too narrow; hence the check below.
 *
 * <p><b>The check</b>: the sign test's interval for a median, from the rounds' own order statistics, exact whatever
 * the distribution: the k-th smallest to the k-th largest difference, k the largest with P(Binomial(n, ½) < k) ≤
 * 2.5% (12 rounds: the 3rd smallest to the 3rd largest, 96.1%); none under 6 rounds.
 *
 * <p><b>The verdict</b> comes from the bootstrap interval's upper bound: {@code met} when it is under the target (the
 * difference is under the target with 95% confidence), {@code missed} when even the lower bound is at or over it, and
 * {@code not shown} otherwise (the interval spans the target: these rounds cannot tell), and always under 6 rounds, where
 * there is no exact check and the bootstrap's interval is too narrow.
 */
record PairedRounds(double[] differences, double median, double low, double high, double checkLow, double checkHigh,
                    int under, double target) {
    static final int RESAMPLES = 10_000;
    static final long SEED = 13;

    /** {@code differences}: one per round, in the order the rounds ran; NaNs are left out. */
    static PairedRounds of(List<Double> differences, double target) {
        double[] d = differences.stream().filter(x -> x != null && !x.isNaN()).mapToDouble(Double::doubleValue).toArray();
        if (d.length == 0) {
            return null;
        }
        double[] interval = bootstrap(d, RESAMPLES, SEED);
        double[] check = signTestInterval(d);
        int under = (int) Arrays.stream(d).filter(x -> x < target).count();
        return new PairedRounds(d, median(d), interval[0], interval[1], check[0], check[1], under, target);
    }

    /** The percentile-bootstrap 95% interval of the median of {@code d}: {low, high}. */
    static double[] bootstrap(double[] d, int resamples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] medians = new double[resamples];
        double[] draw = new double[d.length];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < d.length; i++) {
                draw[i] = d[random.nextInt(d.length)];
            }
            medians[b] = median(draw);
        }
        Arrays.sort(medians);
        return new double[] {medians[(int) Math.floor(0.025 * resamples)], medians[(int) Math.ceil(0.975 * resamples) - 1]};
    }

    /** The sign test's 95% interval for the median of {@code d} (see the class comment), or NaNs under 6 values. */
    static double[] signTestInterval(double[] d) {
        int n = d.length;
        double[] s = d.clone();
        Arrays.sort(s);
        // P(X <= j) for X ~ Binomial(n, 1/2), summed until it passes 2.5%: k - 1 is the last j within it
        double p = Math.pow(0.5, n);
        double cumulative = 0;
        double term = p;
        int k = 0;
        for (int j = 0; j <= n; j++) {
            cumulative += term;
            if (cumulative > 0.025) {
                break;
            }
            k = j + 1;
            term = term * (n - j) / (j + 1);
        }
        return k < 1 ? new double[] {Double.NaN, Double.NaN} : new double[] {s[k - 1], s[n - k]};
    }

    /** The median of {@code v} (unchanged). */
    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** {@code not shown} under 6 rounds whatever the bootstrap says: with so few, its interval is too narrow to trust. */
    String verdict() {
        if (Double.isNaN(checkLow)) {
            return "not shown";
        }
        return high < target ? "met" : low >= target ? "missed" : "not shown";
    }

    ObjectNode json() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        Arrays.stream(differences).forEach(x -> o.withArray("per_round").add(Latencies.round(x)));
        o.put("rounds", differences.length).put("median", Latencies.round(median));
        o.putArray("bootstrap_ci95").add(Latencies.round(low)).add(Latencies.round(high));
        o.put("bootstrap", "percentile, " + RESAMPLES + " resamples of the rounds with replacement, median of each, "
                + "SplittableRandom seed " + SEED);
        if (!Double.isNaN(checkLow)) {
            o.putArray("sign_test_ci95").add(Latencies.round(checkLow)).add(Latencies.round(checkHigh));
        }
        o.put("target_ms", target).put("rounds_under_target", under).put("verdict", verdict());
        return o;
    }

    /** {@code 0.61 ms (95% 0.32..0.94; sign test 0.20..1.10), 10 of 12 rounds under 1 ms: met}. */
    String text() {
        return text("rounds");
    }

    /** {@link #text()} with the pairs called {@code units} ("blocks" when each pair is a time block). */
    String text(String units) {
        String check = Double.isNaN(checkLow) ? "sign test: too few " + units
                : String.format(Locale.ROOT, "sign test %.2f..%.2f", checkLow, checkHigh);
        return String.format(Locale.ROOT, "%.2f ms (bootstrap 95%% %.2f..%.2f; %s), %d of %d %s under %s ms: %s",
                median, low, high, check, under, differences.length, units, plain(target), verdict());
    }

    /** {@code 1} for 1.0, {@code 0.5} for 0.5. */
    static String plain(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
