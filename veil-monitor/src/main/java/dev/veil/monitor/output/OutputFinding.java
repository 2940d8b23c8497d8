package dev.veil.monitor.output;

/**
 * One thing output monitoring found in an answer. Holds no text.
 *
 * @param rule   {@code output.pii_leak}, {@code output.secret}, {@code output.canary}, {@code output.echo},
 *               {@code output.anomaly}
 * @param type   an entity type name, {@code canary:<id>}, {@code doc:<id>} or {@code <type>:answer|rate}
 * @param start  start in the whole answer (chars), or -1 for whole-answer findings
 * @param end    end in the whole answer (exclusive), or -1
 * @param action the action taken
 */
public record OutputFinding(String rule, String type, int start, int end, OutputAction action) {
}
