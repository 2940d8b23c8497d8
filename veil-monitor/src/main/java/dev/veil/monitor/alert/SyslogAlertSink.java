package dev.veil.monitor.alert;

import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Sends alerts to a syslog collector as RFC 5424 messages, over UDP (RFC 5426, one datagram per
 * message) or TCP (RFC 6587 octet-counting framing, {@code LEN SP MSG}). Delivery runs from a
 * bounded queue on a background thread, so {@link #publish} never blocks; TCP reconnects on
 * failure and retries with backoff. UDP has no acknowledgement: "delivered" means sent.
 */
public final class SyslogAlertSink implements AlertSink {
    /** Facility 13, "log audit", the default. */
    public static final int FACILITY_LOG_AUDIT = 13;
    /** The SD-ID used by default; 32473 is the enterprise number reserved for documentation (RFC 5612). */
    public static final String DEFAULT_SD_ID = "veil@32473";

    /** The transport protocol. */
    public enum Protocol { UDP, TCP }

    private final QueuedDelivery delivery;
    private final Connection connection;

    private SyslogAlertSink(Builder b) {
        Rfc5424 format = new Rfc5424(b.facility, b.hostname, b.appName,
                Long.toString(ProcessHandle.current().pid()), b.sdId);
        this.connection = b.protocol == Protocol.UDP
                ? new Udp(b.address) : new Tcp(b.address, (int) b.timeout.toMillis());
        Connection c = connection;
        this.delivery = new QueuedDelivery("syslog-" + b.protocol.name().toLowerCase(Locale.ROOT),
                a -> c.send(format.format(a).getBytes(StandardCharsets.US_ASCII)),
                new QueuedDelivery.Settings(b.capacity, b.maxAttempts, b.initialBackoff, b.maxBackoff), b.random);
    }

    public static Builder udp(InetSocketAddress collector) {
        return new Builder(Protocol.UDP, collector);
    }

    public static Builder tcp(InetSocketAddress collector) {
        return new Builder(Protocol.TCP, collector);
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
        connection.close();
    }

    private interface Connection {
        void send(byte[] message) throws IOException;

        void close();
    }

    private static final class Udp implements Connection {
        private final InetSocketAddress target;
        private DatagramSocket socket;

        Udp(InetSocketAddress target) {
            this.target = target;
        }

        @Override
        public synchronized void send(byte[] message) throws IOException {
            if (socket == null) {
                socket = new DatagramSocket();
            }
            socket.send(new DatagramPacket(message, message.length, target));
        }

        @Override
        public synchronized void close() {
            if (socket != null) {
                socket.close();
            }
        }
    }

    private static final class Tcp implements Connection {
        private final InetSocketAddress target;
        private final int timeoutMillis;
        private Socket socket;
        private OutputStream out;

        Tcp(InetSocketAddress target, int timeoutMillis) {
            this.target = target;
            this.timeoutMillis = timeoutMillis;
        }

        @Override
        public synchronized void send(byte[] message) throws IOException {
            try {
                if (socket == null) {
                    Socket s = new Socket();
                    s.connect(target, timeoutMillis);
                    s.setSoTimeout(timeoutMillis);
                    socket = s;
                    out = s.getOutputStream();
                }
                out.write((message.length + " ").getBytes(StandardCharsets.US_ASCII));
                out.write(message);
                out.flush();
            } catch (IOException e) {
                close(); // reconnect on the next attempt
                throw e;
            }
        }

        @Override
        public synchronized void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a broken socket: nothing left to do
                }
                socket = null;
                out = null;
            }
        }
    }

    /** Settings for a {@link SyslogAlertSink}. */
    public static final class Builder {
        private final Protocol protocol;
        private final InetSocketAddress address;
        private int facility = FACILITY_LOG_AUDIT;
        private String hostname = localHostName();
        private String appName = "veil";
        private String sdId = DEFAULT_SD_ID;
        private int capacity = 1024;
        private int maxAttempts = 5;
        private Duration initialBackoff = Duration.ofMillis(200);
        private Duration maxBackoff = Duration.ofSeconds(10);
        private Duration timeout = Duration.ofSeconds(5);
        private RandomGenerator random = RandomGenerator.getDefault();

        private Builder(Protocol protocol, InetSocketAddress address) {
            this.protocol = protocol;
            this.address = Objects.requireNonNull(address, "address");
        }

        private static String localHostName() {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "-";
            }
        }

        public Builder facility(int f) {
            if (f < 0 || f > 23) {
                throw new IllegalArgumentException("syslog facility must be 0..23");
            }
            this.facility = f;
            return this;
        }

        public Builder hostname(String h) {
            this.hostname = h;
            return this;
        }

        public Builder appName(String a) {
            this.appName = a;
            return this;
        }

        /** The structured-data id, {@code name@<private enterprise number>}. */
        public Builder sdId(String id) {
            if (!id.matches("[A-Za-z0-9._-]{1,20}@[0-9]{1,10}")) {
                throw new IllegalArgumentException("sdId must look like name@12345");
            }
            this.sdId = id;
            return this;
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

        public Builder random(RandomGenerator r) {
            this.random = Objects.requireNonNull(r);
            return this;
        }

        public SyslogAlertSink build() {
            return new SyslogAlertSink(this);
        }
    }
}
