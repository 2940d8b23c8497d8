package dev.veil.eval.corpus;

import static dev.veil.core.EntityType.*;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Fabricated credentials in the exact shapes providers issue: AWS, GitHub, GitLab, Slack,
 * Stripe, OpenAI, Anthropic, Google, SendGrid, Twilio and npm tokens; JWTs with real JSON
 * header and payload; PEM and OpenSSH private key blocks with DER-shaped bodies; passwords;
 * connection strings. None is a working credential: the random parts come from the seeded
 * generator.
 */
public final class SecretValues {
    private static final String UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final String URLSAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final String[] WORDS = {"Summer", "Winter", "Dragon", "Monkey", "Sunshine", "Coffee", "Purple", "Falcon",
        "Tiger", "Rocket", "Maple", "Ocean", "Welcome", "Spring", "Kitten", "Harbor"};

    private final Rng rng;

    SecretValues(Rng rng) {
        this.rng = rng;
    }

    /** A provider API key or token. */
    public Piece apiKey() {
        return Piece.of(API_KEY, switch (rng.between(0, 12)) {
            case 0, 1 -> "AKIA" + rng.chars(UPPER_DIGITS, 16);
            case 2 -> "ghp_" + rng.alnum(36);
            case 3 -> "github_pat_" + rng.alnum(22) + "_" + rng.alnum(59);
            case 4 -> "glpat-" + rng.chars(URLSAFE, 20);
            case 5 -> rng.pick("xoxb-", "xoxp-") + rng.digits(11) + "-" + rng.digits(12) + "-" + rng.alnum(24);
            case 6 -> rng.pick("sk_live_", "rk_live_", "sk_test_") + rng.alnum(rng.between(24, 34));
            case 7 -> "sk-proj-" + rng.chars(URLSAFE, rng.between(48, 64));
            case 8 -> "sk-ant-api03-" + rng.chars(URLSAFE, 93) + "AA";
            case 9 -> "AIza" + rng.chars(URLSAFE, 35);
            case 10 -> "SG." + rng.chars(URLSAFE, 22) + "." + rng.chars(URLSAFE, 43);
            case 11 -> "SK" + rng.hex(32);
            default -> "npm_" + rng.alnum(36);
        });
    }

    /** An AWS secret access key (40 chars of base64 alphabet): a SECRET, recognisable only by its keyword. */
    public Piece awsSecret() {
        return Piece.of(SECRET, rng.chars(B64, 40));
    }

    /** A high-entropy value for a generic secret keyword (client_secret, api_secret, SECRET_KEY). */
    public Piece genericSecret() {
        return Piece.of(SECRET, switch (rng.between(0, 2)) {
            case 0 -> rng.alnum(rng.between(32, 48));
            case 1 -> rng.hex(rng.pick(32, 40, 64));
            default -> rng.chars(URLSAFE, rng.between(30, 50));
        });
    }

    public Piece jwt() {
        String header = "{\"alg\":\"" + rng.pick("HS256", "RS256", "ES256") + "\",\"typ\":\"JWT\"}";
        String payload = "{\"sub\":\"" + rng.digits(rng.between(4, 10)) + "\",\"name\":\"user" + rng.digits(3)
                + "\",\"iat\":" + (1600000000 + rng.between(0, 200000000)) + (rng.chance(0.5) ? ",\"role\":\"admin\"" : "") + "}";
        Base64.Encoder b = Base64.getUrlEncoder().withoutPadding();
        return Piece.of(JWT, b.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + b.encodeToString(rng.bytes(32)));
    }

    /**
     * A private key block. EC keys carry the real SEC1 DER prefix and OID, so the body starts like a
     * real key ("MHcCAQEE..."); RSA and OpenSSH bodies have their real headers and random contents.
     */
    public Piece privateKey() {
        return switch (rng.between(0, 3)) {
            case 0, 1 -> pem("EC PRIVATE KEY", concat(hex("30770201010420"), rng.bytes(32),
                    hex("a00a06082a8648ce3d030107a144034200"), new byte[] {4}, rng.bytes(64)), 64);
            case 2 -> pem("OPENSSH PRIVATE KEY", concat("openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII),
                    hex("000000046e6f6e65000000046e6f6e6500000000000000010000003300000b7373682d6564323535313900000020"),
                    rng.bytes(rng.between(220, 300))), 70);
            default -> pem("RSA PRIVATE KEY", concat(hex("308204a40201000282010100"), rng.bytes(rng.between(500, 700))), 64);
        };
    }

    private static Piece pem(String label, byte[] der, int width) {
        String body = Base64.getEncoder().encodeToString(der);
        StringBuilder sb = new StringBuilder("-----BEGIN ").append(label).append("-----\n");
        for (int i = 0; i < body.length(); i += width) {
            sb.append(body, i, Math.min(body.length(), i + width)).append('\n');
        }
        return Piece.of(PRIVATE_KEY, sb.append("-----END ").append(label).append("-----").toString());
    }

    /** A password as people choose them: word+digits+symbol, random strings, leetspeak. */
    public Piece password() {
        return Piece.of(PASSWORD, switch (rng.between(0, 3)) {
            case 0 -> rng.pick(WORDS) + rng.between(1970, 2030) + rng.pick("!", "#", "$", "?", "");
            case 1 -> rng.alnum(rng.between(10, 16)) + rng.pick("!", "@", "%", "*");
            case 2 -> rng.pick(WORDS).toLowerCase(Locale.ROOT).replace('o', '0').replace('e', '3') + rng.digits(2) + "!";
            default -> rng.chars(B64 + "!#%&*", rng.between(12, 20));
        });
    }

    /** A connection string with embedded credentials (URL form, JDBC, ADO.NET, Azure storage). */
    public Piece connectionString(String user, String host) {
        String pw = password().text().replace("@", "").replace("/", "").replace(":", "").replace(";", "");
        String db = rng.pick("prod", "app", "billing", "analytics", "users");
        return Piece.of(CONNECTION_STRING, switch (rng.between(0, 6)) {
            case 0 -> "postgres://" + user + ":" + pw + "@" + host + ":5432/" + db;
            case 1 -> "postgresql://" + user + ":" + pw + "@" + host + "/" + db + "?sslmode=require";
            case 2 -> "mysql://" + user + ":" + pw + "@" + host + ":3306/" + db;
            case 3 -> "mongodb+srv://" + user + ":" + pw + "@cluster0." + rng.alnum(5).toLowerCase(Locale.ROOT) + ".mongodb.net/" + db;
            case 4 -> "redis://:" + pw + "@" + host + ":6379/0";
            case 5 -> "Server=tcp:" + host + ",1433;Database=" + db + ";User ID=" + user + ";Password=" + pw + ";Encrypt=true;";
            default -> "DefaultEndpointsProtocol=https;AccountName=" + user.replaceAll("[^a-z0-9]", "") + "store;AccountKey="
                    + rng.chars(B64, 86) + "==;EndpointSuffix=core.windows.net";
        });
    }

    private static byte[] hex(String s) {
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }
}
