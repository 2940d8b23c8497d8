package dev.veil.anonymize;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Surrogates in reserved namespaces: e-mail domains of RFC 2606, documentation IP ranges. */
final class NetworkSurrogates {
    private static final List<String> DOMAINS = List.of("example.org", "example.com", "example.net");
    private static final int[][] TEST_NETS = {{192, 0, 2}, {198, 51, 100}, {203, 0, 113}};

    private NetworkSurrogates() {
    }

    /** {@code first.last.NNNN@example.org}: a fake name at a domain reserved for examples. */
    static String email(RandomGenerator random) {
        String first = NameSurrogates.name("a", random).toLowerCase(Locale.ROOT);
        String last = NameSurrogates.name("a", random).toLowerCase(Locale.ROOT);
        return first + "." + last + "." + random.nextInt(1000, 10_000) + "@" + DOMAINS.get(random.nextInt(DOMAINS.size()));
    }

    /**
     * IPv6: an address in 2001:db8::/32 (RFC 3849). IPv4: an address in the TEST-NET ranges of RFC
     * 5737; they hold only 762 hosts, so after a few collisions (a scope with many addresses) the
     * reserved block 240.0.0.0/4 (RFC 1112, never routed) is used instead.
     */
    static String ip(String original, RandomGenerator random, int attempt) {
        if (original.indexOf(':') >= 0) {
            StringBuilder sb = new StringBuilder("2001:db8");
            for (int i = 0; i < 6; i++) {
                sb.append(':').append(Integer.toHexString(random.nextInt(0x10000)));
            }
            return sb.toString();
        }
        if (attempt < 4) {
            int[] net = TEST_NETS[random.nextInt(TEST_NETS.length)];
            return net[0] + "." + net[1] + "." + net[2] + "." + random.nextInt(1, 255);
        }
        return (240 + random.nextInt(15)) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** A URL at a reserved example domain with a random path. */
    static String url(RandomGenerator random) {
        StringBuilder sb = new StringBuilder("https://www.").append(DOMAINS.get(random.nextInt(DOMAINS.size()))).append("/r/");
        for (int i = 0; i < 10; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }
}
