package dev.veil.monitor.alert;

import dev.veil.core.SecretBytes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.random.RandomGenerator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * POSTs each alert as JSON to a webhook URL. Delivery runs on a background thread from a bounded
 * queue: {@link #publish} never blocks, a full queue drops and counts. Network errors, HTTP 429
 * and 5xx are retried with capped exponential backoff and jitter; other 4xx answers are permanent
 * failures and are not retried.
 *
 * <p>With a signing key, each request carries {@code X-Veil-Signature: sha256=<hex>}, an
 * HMAC-SHA256 of the body (JCA), so the receiver can check that the alert came from this gateway.
 */
public final class WebhookAlertSink implements AlertSink {
    public static final String SIGNATURE_HEADER = "X-Veil-Signature";

    private final QueuedDelivery delivery;
    private final HttpClient client;

    private WebhookAlertSink(Builder b) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(b.timeout).build();
        this.client = client;
        SecretKeySpec key = b.signingKey == null ? null : new SecretKeySpec(b.signingKey.reveal(), "HmacSHA256");
        URI uri = b.uri;
        Duration timeout = b.timeout;
        QueuedDelivery.Transport t = alert -> send(client, uri, timeout, key, alert);
        this.delivery = new QueuedDelivery("webhook", t,
                new QueuedDelivery.Settings(b.capacity, b.maxAttempts, b.initialBackoff, b.maxBackoff), b.random);
    }

    public static Builder builder(URI uri) {
        return new Builder(uri);
    }

    private static void send(HttpClient client, URI uri, Duration timeout, SecretKeySpec key, Alert alert)
            throws IOException {
        byte[] body = alert.toJson().getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder rb = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            rb.header(SIGNATURE_HEADER, "sha256=" + HexFormat.of().formatHex(hmac(key, body)));
        }
        HttpResponse<Void> resp;
        try {
            resp = client.send(rb.build(), HttpResponse.BodyHandlers.discarding());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("webhook: interrupted", e);
        }
        int code = resp.statusCode();
        if (code >= 200 && code < 300) {
            return;
        }
        if (code == 429 || code >= 500) {
            throw new IOException("webhook: HTTP " + code);
        }
        throw new QueuedDelivery.PermanentFailure("webhook: HTTP " + code);
    }

    private static byte[] hmac(SecretKeySpec key, byte[] body) throws IOException {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new QueuedDelivery.PermanentFailure("webhook: HmacSHA256 unavailable");
        }
    }

    @Override
    public void publish(Alert alert) {
        delivery.offer(Objects.requireNonNull(alert));
    }

    @Override
    public SinkStats stats() {
        return delivery.stats();
    }

    @Override
    public void close() {
        delivery.close();
        client.shutdownNow(); // alerts still in flight after the drain are abandoned, not waited for
    }

    /** Settings for a {@link WebhookAlertSink}. Defaults: queue 1024, 5 attempts, 200 ms..10 s backoff, 5 s timeout. */
    public static final class Builder {
        private final URI uri;
        private int capacity = 1024;
        private int maxAttempts = 5;
        private Duration initialBackoff = Duration.ofMillis(200);
        private Duration maxBackoff = Duration.ofSeconds(10);
        private Duration timeout = Duration.ofSeconds(5);
        private SecretBytes signingKey;
        private RandomGenerator random = RandomGenerator.getDefault();

        private Builder(URI uri) {
            String scheme = Objects.requireNonNull(uri, "uri").getScheme();
            if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
                throw new IllegalArgumentException("webhook uri must be http or https");
            }
            this.uri = uri;
        }

        public Builder queueCapacity(int n) {
            this.capacity = n;
            return this;
        }

        public Builder maxAttempts(int n) {
            this.maxAttempts = n;
            return this;
        }

        public Builder backoff(Duration initial, Duration max) {
            this.initialBackoff = Objects.requireNonNull(initial);
            this.maxBackoff = Objects.requireNonNull(max);
            return this;
        }

        public Builder timeout(Duration t) {
            this.timeout = Objects.requireNonNull(t);
            return this;
        }

        /** Signs each body with HMAC-SHA256 under {@code key}. */
        public Builder signingKey(SecretBytes key) {
            this.signingKey = key;
            return this;
        }

        /** Randomness for backoff jitter (inject a seeded one in tests). */
        public Builder random(RandomGenerator r) {
            this.random = Objects.requireNonNull(r);
            return this;
        }

        public WebhookAlertSink build() {
            return new WebhookAlertSink(this);
        }
    }
}
