package dev.veil.eval;

/**
 * One row of the per-type table. As in the reference scorer, {@code tp} and {@code fn} count gold
 * spans of this type, {@code fp} counts predicted spans of this type that match no gold span.
 *
 * @param leak share of gold spans of this type less than half covered by any prediction, or
 *             {@code null} when there is no gold span of this type
 */
public record TypeScore(String type, long gold, long tp, long fp, long fn, Prf prf, Double leak) {
}
