package dev.veil.gateway.upstream;

import io.helidon.webclient.api.DnsAddressLookup;
import io.helidon.webclient.spi.DnsResolver;
import java.net.InetAddress;

/** Resolves upstream host names through the {@link EgressGuard} at connect time. */
final class GuardedDnsResolver implements DnsResolver {
    private final EgressGuard guard;

    GuardedDnsResolver(EgressGuard guard) {
        this.guard = guard;
    }

    @Override
    public boolean useDefaultJavaResolver() {
        return false;
    }

    @Override
    public InetAddress resolveAddress(String hostname, DnsAddressLookup lookup) {
        return guard.resolve(hostname);
    }
}
