package org.claimtrack.match;

/**
 * Logistic regression by Newton's method with a small L2 penalty: deterministic (no random start,
 * no sampling), so the same rows always give the same weights.
 */
public final class Logistic {

    private Logistic() {
    }

    /** Returns {bias, w1..wn}. */
    public static double[] fit(double[][] x, int[] y, double lambda) {
        int n = x[0].length + 1;
        double[] beta = new double[n];
        for (int iter = 0; iter < 50; iter++) {
            double[] grad = new double[n];
            double[][] hess = new double[n][n];
            for (int r = 0; r < x.length; r++) {
                double[] row = withBias(x[r]);
                double p = sigmoid(dot(beta, row));
                double wt = p * (1 - p);
                for (int i = 0; i < n; i++) {
                    grad[i] += (y[r] - p) * row[i];
                    for (int j = 0; j < n; j++) {
                        hess[i][j] += wt * row[i] * row[j];
                    }
                }
            }
            for (int i = 1; i < n; i++) {
                grad[i] -= lambda * beta[i];
                hess[i][i] += lambda;
            }
            double[] step = solve(hess, grad);
            double change = 0;
            for (int i = 0; i < n; i++) {
                beta[i] += step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < 1e-10) {
                break;
            }
        }
        return beta;
    }

    public static double predict(double[] beta, double[] features) {
        return sigmoid(dot(beta, withBias(features)));
    }

    static double[] withBias(double[] f) {
        double[] row = new double[f.length + 1];
        row[0] = 1;
        System.arraycopy(f, 0, row, 1, f.length);
        return row;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Gaussian elimination with partial pivoting (the system is small and positive definite). */
    static double[] solve(double[][] a0, double[] b0) {
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
