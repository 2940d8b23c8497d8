package dev.veil.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The metrics of the reference scorer ({@code shared/tools/pii_eval.py}) for one gold set and one
 * prediction set. {@link #format()} prints the same lines as the script.
 *
 * @param records            gold documents scored
 * @param missingPredictions gold documents without a prediction line
 * @param chars              type-blind character-level P/R/F1/F2 over non-space characters
 * @param spans              type-aware span-level P/R/F1/F2 (family + IoU rules)
 * @param leakRate           share of gold spans with less than half of their non-space chars covered
 * @param perType            per canonical type, sorted by name
 */
public record Report(int records, int missingPredictions, Prf chars, Prf spans, double leakRate,
                     Map<String, TypeScore> perType) {

    public Report {
        perType = Map.copyOf(perType);
    }

    /** The per-type rows in the script's order (type names sorted). */
    public java.util.List<TypeScore> rows() {
        return perType.values().stream().sorted(java.util.Comparator.comparing(TypeScore::type)).toList();
    }

    /** The report as the reference scorer prints it, line for line. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append("records ").append(records).append(" (no prediction for ").append(missingPredictions).append(")\n");
        sb.append("char (type-blind): P ").append(f3(chars.p())).append(" R ").append(f3(chars.r()))
                .append(" F1 ").append(f3(chars.f1())).append(" F2 ").append(f3(chars.f2())).append('\n');
        sb.append("span (type-aware): P ").append(f3(spans.p())).append(" R ").append(f3(spans.r()))
                .append(" F1 ").append(f3(spans.f1())).append(" F2 ").append(f3(spans.f2()))
                .append("   leak rate ").append(f3(leakRate)).append('\n');
        sb.append(String.format("%-16s%6s%6s%6s%6s%7s%7s%7s%7s\n", "type", "gold", "tp", "fp", "fn", "P", "R", "F2", "leak"));
        for (TypeScore t : rows()) {
            String leak = t.leak() == null ? "" : f3(t.leak());
            sb.append(String.format("%-16s%6d%6d%6d%6d%7s%7s%7s%7s\n", t.type(), t.gold(), t.tp(), t.fp(), t.fn(),
                    f3(t.prf().p()), f3(t.prf().r()), f3(t.prf().f2()), leak));
        }
        return sb.toString();
    }

    /**
     * Three decimals exactly as Python's {@code format(x, '.3f')}: round half to even on the exact
     * binary value (String.format would round half up, so 0.0625 would print differently).
     */
    static String f3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
