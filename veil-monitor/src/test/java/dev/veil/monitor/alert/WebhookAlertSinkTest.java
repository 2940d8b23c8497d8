package dev.veil.monitor.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.veil.core.SecretBytes;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on the loopback interface. */
class WebhookAlertSinkTest {
    private HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> signatures = new CopyOnWriteArrayList<>();

    private URI start(HandlerLogic logic) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger calls = new AtomicInteger();
        server.createContext("/hook", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            int n = calls.incrementAndGet();
            int status = logic.status(n);
            if (status == 200) {
                bodies.add(new String(body, StandardCharsets.UTF_8));
                signatures.add(String.valueOf(ex.getRequestHeaders().getFirst(WebhookAlertSink.SIGNATURE_HEADER)));
            }
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    interface HandlerLogic {
        int status(int callNumber);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static WebhookAlertSink.Builder fast(URI uri) {
        return WebhookAlertSink.builder(uri).backoff(Duration.ofMillis(1), Duration.ofMillis(5))
                .random(new Random(1)).timeout(Duration.ofSeconds(5));
    }

    private static void awaitSettled(AlertSink sink, long expected) throws InterruptedException {
        for (int i = 0; i < 1000; i++) {
            SinkStats s = sink.stats();
            if (s.delivered() + s.failed() + s.dropped() >= expected) {
                return;
            }
            Thread.sleep(10);
        }
    }

    @Test
    void postsSignedJsonAndRetriesServerErrors() throws Exception {
        URI uri = start(n -> n <= 2 ? 503 : 200);
        byte[] key = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        try (WebhookAlertSink sink = fast(uri).signingKey(SecretBytes.copyOf(key)).build()) {
            sink.publish(AlertTest.sample());
            awaitSettled(sink, 1);
            assertThat(sink.stats()).isEqualTo(new SinkStats(1, 1, 0, 0));
        }
        assertThat(bodies).containsExactly(AlertTest.sample().toJson());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(bodies.get(0).getBytes(StandardCharsets.UTF_8)));
        assertThat(signatures).containsExactly(expected);
    }

    @Test
    void clientErrorsAreNotRetriedAndRetriesAreBounded() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        URI uri = start(n -> {
            seen.incrementAndGet();
            return 400;
        });
        try (WebhookAlertSink sink = fast(uri).maxAttempts(3).build()) {
            sink.publish(AlertTest.sample());
            awaitSettled(sink, 1);
            assertThat(sink.stats().failed()).isEqualTo(1);
        }
        assertThat(seen.get()).isEqualTo(1);

        AtomicInteger seen500 = new AtomicInteger();
        stop();
        URI uri2 = start(n -> {
            seen500.incrementAndGet();
            return 500;
        });
        try (WebhookAlertSink sink = fast(uri2).maxAttempts(3).build()) {
            sink.publish(AlertTest.sample());
            awaitSettled(sink, 1);
            assertThat(sink.stats().failed()).isEqualTo(1);
        }
        assertThat(seen500.get()).isEqualTo(3);
    }

    @Test
    void fullQueueDropsAndCountsWithoutBlockingThePublisher() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
        server.createContext("/hook", ex -> {
            ex.getRequestBody().readAllBytes();
            try {
                release.await(30, TimeUnit.SECONDS); // a stuck receiver
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.start();
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
        try (WebhookAlertSink sink = fast(uri).queueCapacity(4).build()) {
            // The worker holds at most one alert in flight, the queue 4: the rest must drop, and
            // publish returns although the receiver never answers.
            for (int i = 0; i < 50; i++) {
                sink.publish(AlertTest.sample());
            }
            SinkStats s = sink.stats();
            assertThat(s.accepted() + s.dropped()).isEqualTo(50);
            assertThat(s.dropped()).isGreaterThanOrEqualTo(45);
            release.countDown();
            awaitSettled(sink, 50);
            assertThat(sink.stats().delivered()).isEqualTo(sink.stats().accepted());
        }
    }

    @Test
    void alertsPublishedAfterCloseAreDroppedNotLost() throws Exception {
        URI uri = start(n -> 200);
        WebhookAlertSink sink = fast(uri).build();
        sink.close();
        sink.publish(AlertTest.sample());
        assertThat(sink.stats().dropped()).isEqualTo(1);
    }
}
