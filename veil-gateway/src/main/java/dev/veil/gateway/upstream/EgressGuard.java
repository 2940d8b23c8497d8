package dev.veil.gateway.upstream;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Keeps prompts inside the organisation's network. By default an upstream address must be loopback
 * or private (RFC 1918, IPv6 unique-local fc00::/7). Link-local addresses and cloud metadata
 * endpoints (169.254.169.254, fd00:ec2::254, 100.100.100.200, ...) are always refused, even if an
 * allow rule would match, because reaching them from a gateway is never intended. Other public
 * addresses need an explicit CIDR allow rule.
 *
 * <p>Guarantee: {@link #check(URI)} resolves the host and checks every address it resolves to, and
 * {@link #resolve} does the same at connect time, so a DNS answer that changes after start-up
 * cannot route traffic past the guard. Immutable and thread-safe.
 */
public final class EgressGuard {
    private final List<Cidr> allowed;

    public EgressGuard(List<String> allowCidrs) {
        this.allowed = allowCidrs.stream().map(Cidr::parse).toList();
    }

    public static EgressGuard privateOnly() {
        return new EgressGuard(List.of());
    }

    /** Checks an upstream base URL at configuration time. */
    public void check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new EgressRefused("upstream URL must be http or https");
        }
        if (uri.getHost() == null) {
            throw new EgressRefused("upstream URL has no host");
        }
        resolve(uri.getHost());
    }

    /** Resolves {@code host} and returns the first address, after checking all of them. */
    public InetAddress resolve(String host) {
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(stripBrackets(host));
        } catch (UnknownHostException e) {
            throw new EgressRefused("upstream host '" + host + "' does not resolve");
        }
        for (InetAddress a : all) {
            String why = refusal(a);
            if (why != null) {
                throw new EgressRefused("upstream host '" + host + "' resolves to " + a.getHostAddress() + ": " + why
                        + " (egress guard)");
            }
        }
        return all[0];
    }

    /** Null if the address is allowed, otherwise the reason it is refused. */
    public String refusal(InetAddress a) {
        InetAddress addr = unmapV4(a);
        if (isMetadata(addr)) {
            return "a cloud metadata address";
        }
        if (addr.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (addr.isAnyLocalAddress() || addr.isMulticastAddress()) {
            return "not a unicast host address";
        }
        if (addr.isLoopbackAddress() || addr.isSiteLocalAddress() || isUniqueLocal(addr)) {
            return null;
        }
        for (Cidr c : allowed) {
            if (c.contains(addr)) {
                return null;
            }
        }
        return "a public address; allow it explicitly with egress.allow";
    }

    static boolean isMetadata(InetAddress a) {
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int x = ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
            return x == 0xA9FEA9FE       // 169.254.169.254: AWS, GCP, Azure, OpenStack, OCI
                    || x == 0xA9FEAA02   // 169.254.170.2: ECS task metadata
                    || x == 0xA83F8110   // 168.63.129.16: Azure wire server
                    || x == 0x646464C8;  // 100.100.100.200: Alibaba Cloud
        }
        if (a instanceof Inet6Address) {
            // fd00:ec2::254 (AWS IMDS over IPv6)
            return (b[0] & 0xff) == 0xfd && b[1] == 0 && (b[2] & 0xff) == 0x0e && (b[3] & 0xff) == 0xc2
                    && allZero(b, 4, 14) && b[14] == 0x02 && (b[15] & 0xff) == 0x54;
        }
        return false;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isUniqueLocal(InetAddress a) {
        return a instanceof Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** ::ffff:a.b.c.d is checked as a.b.c.d. */
    static InetAddress unmapV4(InetAddress a) {
        if (a instanceof Inet6Address) {
            byte[] b = a.getAddress();
            if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
                } catch (UnknownHostException e) {
                    return a;
                }
            }
        }
        return a;
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** Thrown when an upstream address is not allowed; the message names host and reason. */
    public static final class EgressRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public EgressRefused(String message) {
            super(message);
        }
    }

    /** An address block, e.g. 203.0.113.0/24 or 2001:db8::/32. */
    record Cidr(byte[] network, int prefix) {
        static Cidr parse(String s) {
            int slash = s.indexOf('/');
            try {
                InetAddress a = InetAddress.getByName(slash < 0 ? s : s.substring(0, slash));
                byte[] b = a.getAddress();
                int p = slash < 0 ? b.length * 8 : Integer.parseInt(s.substring(slash + 1));
                if (p < 0 || p > b.length * 8) {
                    throw new IllegalArgumentException("bad CIDR prefix in '" + s + "'");
                }
                return new Cidr(b, p);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("egress.allow entries must be IP addresses or CIDR blocks: '" + s + "'");
            }
        }

        boolean contains(InetAddress a) {
            byte[] b = a.getAddress();
            if (b.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (b[i] != network[i]) {
                    return false;
                }
            }
            int rem = prefix % 8;
            if (rem == 0) {
                return true;
            }
            int mask = 0xff << (8 - rem);
            return (b[full] & mask) == (network[full] & mask);
        }
    }
}
