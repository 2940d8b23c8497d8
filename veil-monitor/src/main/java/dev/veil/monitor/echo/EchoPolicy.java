package dev.veil.monitor.echo;

/**
 * When an answer counts as echoing a protected document.
 *
 * @param minRunWords          flag a run of at least this many consecutive words of one document
 *                             (estimated from consecutive shared fingerprints; a lower bound)
 * @param containment          flag when at least this share of the answer's fingerprints occur in
 *                             one document
 * @param minFingerprints      the containment test needs at least this many answer fingerprints,
 *                             so a two-line answer cannot reach 100% by one shared phrase
 * @param maxPostings          fingerprints found in more than this many places are boilerplate
 *                             and ignored (they prove nothing and cost time)
 */
public record EchoPolicy(int minRunWords, double containment, int minFingerprints, int maxPostings) {

    public static final EchoPolicy DEFAULT = new EchoPolicy(12, 0.5, 8, 32);

    public EchoPolicy {
        if (minRunWords < 1 || minFingerprints < 1 || maxPostings < 1) {
            throw new IllegalArgumentException("echo policy limits must be >= 1");
        }
        if (!(containment > 0 && containment <= 1)) {
            throw new IllegalArgumentException("containment threshold must be in (0,1]");
        }
    }

    public EchoPolicy withMinRunWords(int n) {
        return new EchoPolicy(n, containment, minFingerprints, maxPostings);
    }

    public EchoPolicy withContainment(double c) {
        return new EchoPolicy(minRunWords, c, minFingerprints, maxPostings);
    }
}
