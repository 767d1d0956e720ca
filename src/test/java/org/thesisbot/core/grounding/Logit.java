package org.thesisbot.core.grounding;

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares) on standardised
 * features, with an unpenalised intercept and a weight per example. Written out rather than taken from a library: the
 * one on Maven Central that does this (Smile) is GPL-3.0, Tribuo is not served here, and XGBoost needs native code; the
 * model is thirty features and a few hundred examples, where Newton converges in a handful of steps to the unique
 * optimum, so the fit is deterministic and needs no learning rate.
 *
 * @param mean  each feature's mean on the training examples
 * @param scale each feature's standard deviation (1 where it is constant)
 * @param beta  the intercept, then one coefficient per standardised feature; a positive score means "supported"
 */
record Logit(double[] mean, double[] scale, double[] beta) {
    /** Log-odds that the example is positive. */
    double score(double[] x) {
        double z = beta[0];
        for (int j = 0; j < x.length; j++) {
            z += beta[j + 1] * (x[j] - mean[j]) / scale[j];
        }
        return z;
    }

    /**
     * @param x      examples (rows) by features
     * @param y      true for a positive example
     * @param w      weight of each example
     * @param lambda L2 strength on the standardised coefficients (not the intercept)
     */
    static Logit fit(double[][] x, boolean[] y, double[] w, double lambda) {
        int n = x.length;
        int d = x[0].length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        double wsum = 0;
        for (int i = 0; i < n; i++) {
            wsum += w[i];
            for (int j = 0; j < d; j++) {
                mean[j] += w[i] * x[i][j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= wsum;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                scale[j] += w[i] * (x[i][j] - mean[j]) * (x[i][j] - mean[j]);
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = Math.sqrt(scale[j] / wsum);
            if (scale[j] < 1e-9) {
                scale[j] = 1;
            }
        }
        double[][] z = new double[n][d + 1];
        for (int i = 0; i < n; i++) {
            z[i][0] = 1;
            for (int j = 0; j < d; j++) {
                z[i][j + 1] = (x[i][j] - mean[j]) / scale[j];
            }
        }
        double[] beta = new double[d + 1];
        for (int iter = 0; iter < 100; iter++) {
            double[] grad = new double[d + 1];
            double[][] hess = new double[d + 1][d + 1];
            for (int i = 0; i < n; i++) {
                double p = sigmoid(dot(beta, z[i]));
                double r = w[i] * ((y[i] ? 1 : 0) - p);
                double h = w[i] * p * (1 - p);
                for (int a = 0; a <= d; a++) {
                    grad[a] += r * z[i][a];
                    for (int b = 0; b <= a; b++) {
                        hess[a][b] += h * z[i][a] * z[i][b];
                    }
                }
            }
            for (int a = 0; a <= d; a++) {
                for (int b = 0; b < a; b++) {
                    hess[b][a] = hess[a][b];
                }
            }
            for (int a = 1; a <= d; a++) {
                grad[a] -= lambda * beta[a];
                hess[a][a] += lambda;
            }
            hess[0][0] += 1e-9;
            double[] step = solve(hess, grad);
            double change = 0;
            for (int a = 0; a <= d; a++) {
                beta[a] += step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < 1e-10) {
                break;
            }
        }
        return new Logit(mean, scale, beta);
    }

    static double sigmoid(double t) {
        return 1 / (1 + Math.exp(-t));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting ({@code a} is symmetric positive definite). */
    private static double[] solve(double[][] a0, double[] b0) {
        int n = b0.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = a0[i].clone();
        }
        double[] b = b0.clone();
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
                    p = r;
                }
            }
            double[] t = a[c];
            a[c] = a[p];
            a[p] = t;
            double tb = b[c];
            b[c] = b[p];
            b[p] = tb;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k < n; k++) {
                    a[r][k] -= f * a[c][k];
                }
                b[r] -= f * b[c];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int k = r + 1; k < n; k++) {
                s -= a[r][k] * x[k];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }
}
