package dev.veil.monitor.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Against real sockets on the loopback interface. */
class SyslogAlertSinkTest {

    @Test
    void udpSendsOneRfc5424DatagramPerAlert() throws Exception {
        try (DatagramSocket collector = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            collector.setSoTimeout(10_000);
            InetSocketAddress addr = new InetSocketAddress(InetAddress.getLoopbackAddress(), collector.getLocalPort());
            try (SyslogAlertSink sink = SyslogAlertSink.udp(addr).hostname("gw-1").random(new Random(1)).build()) {
                sink.publish(AlertTest.sample());
                DatagramPacket p = new DatagramPacket(new byte[8192], 8192);
                collector.receive(p);
                String msg = new String(p.getData(), 0, p.getLength(), StandardCharsets.US_ASCII);
                assertThat(msg).startsWith("<107>1 2026-03-01T10:15:30.123456Z gw-1 veil ")
                        .contains(" ALERT [veil@32473 rule=\"output.pii_leak\"")
                        .endsWith(AlertTest.sample().toJson());
            }
        }
    }

    @Test
    void tcpUsesOctetCountingFramingAndReconnects() throws Exception {
        try (ServerSocket collector = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            collector.setSoTimeout(10_000);
            InetSocketAddress addr = new InetSocketAddress(InetAddress.getLoopbackAddress(), collector.getLocalPort());
            try (SyslogAlertSink sink = SyslogAlertSink.tcp(addr).facility(4).hostname("gw-1")
                    .backoff(Duration.ofMillis(1), Duration.ofMillis(5)).random(new Random(1)).build()) {
                sink.publish(AlertTest.sample());
                sink.publish(AlertTest.sample());
                List<String> frames = new ArrayList<>();
                try (Socket s = collector.accept()) {
                    s.setSoTimeout(10_000);
                    DataInputStream in = new DataInputStream(s.getInputStream());
                    frames.add(readFrame(in));
                    frames.add(readFrame(in));
                }
                assertThat(frames).hasSize(2).allSatisfy(f -> assertThat(f).startsWith("<35>1 ")
                        .endsWith(AlertTest.sample().toJson()));

                // The collector dropped the connection: the sink reconnects on its own.
                sink.publish(AlertTest.sample());
                try (Socket s = collector.accept()) {
                    s.setSoTimeout(10_000);
                    assertThat(readFrame(new DataInputStream(s.getInputStream()))).startsWith("<35>1 ");
                }
            }
        }
    }

    /** RFC 6587 octet counting: decimal length, one space, then exactly that many bytes. */
    private static String readFrame(DataInputStream in) throws IOException {
        StringBuilder len = new StringBuilder();
        int c;
        while ((c = in.read()) != ' ') {
            if (c < 0) {
                throw new IOException("eof in frame length");
            }
            len.append((char) c);
        }
        byte[] msg = new byte[Integer.parseInt(len.toString())];
        in.readFully(msg);
        return new String(msg, StandardCharsets.US_ASCII);
    }
}
