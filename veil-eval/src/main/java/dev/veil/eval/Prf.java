package dev.veil.eval;

/** Precision, recall, F1 and F2 from counts, with the reference scorer's zero conventions. */
public record Prf(double p, double r, double f1, double f2) {

    public static Prf of(long tp, long fp, long fn) {
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
        double r = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
        double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        double f2 = p + r > 0 ? 5 * p * r / (4 * p + r) : 0.0;
        return new Prf(p, r, f1, f2);
    }
}
