import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Writes seeded, fabricated JSONL with mixed PII to stdout until a byte budget is reached:
 * {"id": n, "text": "...", "meta": {"channel": "...", "contact": "..."}}. Usage:
 *   java GenerateJsonl.java BYTES DISTINCT SEED
 * DISTINCT bounds the number of distinct values per entity kind (so vault growth can be measured
 * per distinct value). Nothing here is real data: e-mails use made-up domains, cards are random
 * Luhn-valid numbers, IPs are random.
 */
public class GenerateJsonl {
    static final String[] WORDS = ("the customer called about an invoice and asked for a refund because the payment "
            + "failed twice last week please update the account note that the delivery address changed and the "
            + "order was shipped yesterday to the new office kindly confirm receipt of the documents before friday "
            + "thanks regards team support billing ticket status pending resolved escalated").split(" ");
    static final String[] DOMAINS = {"corp-mail.com", "fastpost.net", "mailbox-one.org", "inbox-co.com"};

    public static void main(String[] args) throws IOException {
        long budget = Long.parseLong(args[0]);
        int distinct = Integer.parseInt(args[1]);
        SplittableRandom r = new SplittableRandom(Long.parseLong(args[2]));
        OutputStream out = new BufferedOutputStream(System.out, 1 << 20);
        long written = 0;
        long id = 0;
        StringBuilder sb = new StringBuilder(1024);
        while (written < budget) {
            sb.setLength(0);
            sb.append("{\"id\":").append(id++).append(",\"text\":\"");
            int sentences = 1 + r.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                words(sb, r, 6 + r.nextInt(12));
                switch (r.nextInt(6)) {
                    case 0 -> sb.append(" email ").append(email(r, distinct));
                    case 1 -> sb.append(" card ").append(card(r, distinct));
                    case 2 -> sb.append(" phone ").append(phone(r, distinct));
                    case 3 -> sb.append(" from ip ").append(ip(r, distinct));
                    case 4 -> sb.append(" on ").append(1 + r.nextInt(12)).append('/').append(1 + r.nextInt(28)).append("/20")
                            .append(10 + r.nextInt(15));
                    default -> { }
                }
                sb.append(". ");
            }
            sb.append("\",\"meta\":{\"channel\":\"").append(r.nextBoolean() ? "web" : "phone")
                    .append("\",\"contact\":\"").append(email(r, distinct)).append("\",\"amount\":")
                    .append(r.nextInt(100_000) / 100.0).append("}}\n");
            byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
            out.write(b);
            written += b.length;
        }
        out.flush();
    }

    static void words(StringBuilder sb, SplittableRandom r, int n) {
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[r.nextInt(WORDS.length)]);
        }
    }

    static long pick(SplittableRandom r, int distinct) {
        return r.nextInt(distinct);
    }

    static String email(SplittableRandom r, int distinct) {
        long k = pick(r, distinct);
        return "user" + k + "." + Long.toString(k * 7919 % 100_003, 36) + "@" + DOMAINS[(int) (k % DOMAINS.length)];
    }

    static String card(SplittableRandom r, int distinct) {
        long k = pick(r, distinct);
        String payload = "4539" + String.format("%011d", k * 104_729 % 100_000_000_000L);
        int sum = 0;
        boolean dbl = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int x = payload.charAt(i) - '0';
            if (dbl) {
                x *= 2;
                if (x > 9) {
                    x -= 9;
                }
            }
            sum += x;
            dbl = !dbl;
        }
        String n = payload + (10 - sum % 10) % 10;
        return n.substring(0, 4) + " " + n.substring(4, 8) + " " + n.substring(8, 12) + " " + n.substring(12);
    }

    static String phone(SplittableRandom r, int distinct) {
        long k = pick(r, distinct);
        return "+1 212-" + (200 + k % 800) + "-" + String.format("%04d", k / 800 % 10_000);
    }

    static String ip(SplittableRandom r, int distinct) {
        long k = pick(r, distinct);
        return "10." + (k >> 16 & 255) + "." + (k >> 8 & 255) + "." + (k & 255);
    }
}
