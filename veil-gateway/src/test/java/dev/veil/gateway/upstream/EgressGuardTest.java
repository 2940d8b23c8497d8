package dev.veil.gateway.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EgressGuardTest {
    private final EgressGuard guard = EgressGuard.privateOnly();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            127.0.0.1,        allowed
            127.8.9.10,       allowed
            ::1,              allowed
            10.1.2.3,         allowed
            172.16.0.5,       allowed
            172.31.255.255,   allowed
            192.168.1.20,     allowed
            fd12:3456::1,     allowed
            fc00::1,          allowed
            172.32.0.1,       a public address
            8.8.8.8,          a public address
            2001:4860::8888,  a public address
            100.64.0.1,       a public address
            169.254.169.254,  a cloud metadata address
            169.254.170.2,    a cloud metadata address
            100.100.100.200,  a cloud metadata address
            168.63.129.16,    a cloud metadata address
            fd00:ec2::254,    a cloud metadata address
            ::ffff:169.254.169.254, a cloud metadata address
            169.254.1.1,      a link-local address
            fe80::1,          a link-local address
            0.0.0.0,          not a unicast host address
            224.0.0.1,        not a unicast host address
            """)
    void classifiesAddresses(String addr, String expected) throws Exception {
        String refusal = guard.refusal(InetAddress.getByName(addr));
        if (expected.equals("allowed")) {
            assertThat(refusal).isNull();
        } else {
            assertThat(refusal).startsWith(expected);
        }
    }

    @Test
    void explicitAllowRulesOpenPublicBlocksButNeverMetadata() throws Exception {
        EgressGuard g = new EgressGuard(List.of("203.0.113.0/24", "169.254.0.0/16"));
        assertThat(g.refusal(InetAddress.getByName("203.0.113.7"))).isNull();
        assertThat(g.refusal(InetAddress.getByName("203.0.114.7"))).isNotNull();
        assertThat(g.refusal(InetAddress.getByName("169.254.169.254"))).contains("metadata");
    }

    @Test
    void checksUrlsAtConfigurationTime() {
        guard.check(URI.create("http://127.0.0.1:8000/v1"));
        guard.check(URI.create("http://localhost:11434"));
        assertThatThrownBy(() -> guard.check(URI.create("http://8.8.8.8/v1")))
                .isInstanceOf(EgressGuard.EgressRefused.class).hasMessageContaining("public");
        assertThatThrownBy(() -> guard.check(URI.create("http://169.254.169.254/latest/meta-data")))
                .hasMessageContaining("metadata");
        assertThatThrownBy(() -> guard.check(URI.create("http://[fd00:ec2::254]/")))
                .hasMessageContaining("metadata");
        assertThatThrownBy(() -> guard.check(URI.create("file:///etc/passwd"))).hasMessageContaining("http");
        assertThatThrownBy(() -> guard.check(URI.create("http://no-such-host.invalid/v1"))).hasMessageContaining("resolve");
    }

    @Test
    void upstreamConstructionRefusesPublicAddresses() {
        assertThatThrownBy(() -> new OpenAiUpstream("x", URI.create("http://1.1.1.1/v1"), java.util.Set.of("m"), null,
                UpstreamSettings.DEFAULTS, guard, new com.fasterxml.jackson.databind.ObjectMapper()))
                .isInstanceOf(EgressGuard.EgressRefused.class);
    }
}
