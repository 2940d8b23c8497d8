package dev.veil.detect.recognizers.contact;

import dev.veil.core.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A labelled synthetic corpus for the contact family, generated from our own templates (clinical
 * notes, bank letters, support chats, HR e-mails, server logs) with seeded random values, plus
 * lookalikes that must not be reported (versions, amounts, fractions, order numbers, clock times).
 * Kept as a generator, not a data file. Gold spans follow the labelled corpora's conventions: an
 * age is the number alone, a postal address is one span from house number to ZIP.
 */
final class ContactCorpus {
    record Gold(EntityType type, int start, int end) {
    }

    record Doc(String text, List<Gold> gold) {
    }

    private static final String[] TEMPLATES = {
        "Pt is a {AGE} with hx of CHF, admitted {DATE} via ED. Daughter can be reached at {PHONE}. "
            + "Follow-up on {DATE}; give 1/2 tab at 2000. Pain 5/10. Lives at {ADDRESS}.",
        "Dear customer, your statement dated {DATE} is ready. Questions? Call {PHONE} or write to {EMAIL}. "
            + "Amount due $1,250.00, order #48213. Our branch: {ADDRESS}.",
        "[chat] agent: could you confirm your email? user: sure, {EMAIL}. my number is {PHONE} and I moved to "
            + "{ADDRESS} on {DATE}. agent: thanks, ticket 20931 updated (v2.4.1).",
        "Hi team, welcome {NAME}! Start date {DATE}. Desk phone {PHONE}. Please bookmark {URL} and the HR portal "
            + "{URL}. Mailing address: {ADDRESS}. Born {YEAR}, {AGE}.",
        "{DATE} INFO login ok user={EMAIL} src={IP} mac={MAC} agent=Mozilla/5.0 build 1.2.3.4 "
            + "took 1500 ms, see {URL}",
        "Referral: {AGE}, DOB {DATE}. PCP phone {PHONE}, fax {PHONE}. Send records to {ADDRESS}. Next visit "
            + "{DATE}. BP 120/80, HR 72, 2 tabs po bid.",
        "Server {IP} and {IP} failed over at 03:15; IPv6 peer {IP6}. Contact ops at {EMAIL} or {URL}. "
            + "Ticket opened {DATE}.",
    };
    private static final String[] FIRST = {"maria", "john", "li", "fatima", "olga", "peter", "aisha", "tom"};
    private static final String[] LAST = {"garcia", "smith", "chen", "khan", "ivanova", "mueller", "okafor", "brown"};
    private static final String[] DOMAINS = {"example.com", "mail.example.org", "clinic-health.net", "acme.io",
        "uni.edu", "post.de"};
    private static final String[] STREET = {"Baker", "Main", "Oak", "Maple", "Amphitheatre", "Sunset", "Elm",
        "Martin Luther King Jr", "5th", "Cedar Hill"};
    private static final String[] SUFFIX = {"Street", "St.", "Avenue", "Ave", "Road", "Blvd", "Lane", "Drive",
        "Way", "Court", "Parkway", "Place"};
    private static final String[] CITY = {"Springfield", "Mountain View", "Austin", "Boston", "Portland",
        "New York", "San Diego"};
    private static final String[] STATE = {"IL", "CA", "TX", "MA", "OR", "NY", "WA"};
    private static final String[] AREA = {"212", "415", "617", "312", "206", "303", "404", "512", "713", "801"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private ContactCorpus() {
    }

    static List<Doc> generate(int count, long seed) {
        Random r = new Random(seed);
        List<Doc> docs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            docs.add(fill(TEMPLATES[i % TEMPLATES.length], r));
        }
        return docs;
    }

    private static Doc fill(String template, Random r) {
        StringBuilder sb = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                sb.append(template, i, template.length());
                break;
            }
            sb.append(template, i, open);
            int close = template.indexOf('}', open);
            String slot = template.substring(open + 1, close);
            switch (slot) {
                case "EMAIL" -> put(sb, gold, EntityType.EMAIL, "", email(r), "");
                case "PHONE" -> put(sb, gold, EntityType.PHONE, "", phone(r), "");
                case "URL" -> put(sb, gold, EntityType.URL, "", url(r), "");
                case "IP" -> put(sb, gold, EntityType.IP_ADDRESS, "", r.nextInt(1, 224) + "." + r.nextInt(256) + "."
                        + r.nextInt(256) + "." + r.nextInt(1, 255), "");
                case "IP6" -> put(sb, gold, EntityType.IP_ADDRESS, "", String.format("2001:db8:%x::%x:%x",
                        r.nextInt(1, 0xffff), r.nextInt(1, 0xffff), r.nextInt(1, 0xffff)), "");
                case "MAC" -> put(sb, gold, EntityType.MAC_ADDRESS, "", mac(r), "");
                case "DATE" -> put(sb, gold, EntityType.DATE, "", date(r), "");
                case "YEAR" -> put(sb, gold, EntityType.DATE, "", String.valueOf(r.nextInt(1930, 2005)), "");
                case "AGE" -> age(sb, gold, r);
                case "ADDRESS" -> put(sb, gold, EntityType.ADDRESS, "", address(r), "");
                case "NAME" -> sb.append(cap(pick(r, FIRST))).append(' ').append(cap(pick(r, LAST)));
                default -> throw new IllegalStateException("unknown slot " + slot);
            }
            i = close + 1;
        }
        return new Doc(sb.toString(), List.copyOf(gold));
    }

    private static void put(StringBuilder sb, List<Gold> gold, EntityType type, String before, String value,
            String after) {
        sb.append(before);
        gold.add(new Gold(type, sb.length(), sb.length() + value.length()));
        sb.append(value).append(after);
    }

    private static void age(StringBuilder sb, List<Gold> gold, Random r) {
        String n = String.valueOf(r.nextInt(4) == 0 ? r.nextInt(90, 104) : r.nextInt(18, 89));
        Function<String, String[]> form = switch (r.nextInt(5)) {
            case 0 -> v -> new String[] {"", v, " year old woman"};
            case 1 -> v -> new String[] {"", v, "-year-old man"};
            case 2 -> v -> new String[] {"", v, " yo M"};
            case 3 -> v -> new String[] {"aged ", v, ""};
            default -> v -> new String[] {"", v, " y/o female"};
        };
        String[] p = form.apply(n);
        put(sb, gold, EntityType.AGE, p[0], p[1], p[2]);
    }

    private static String email(Random r) {
        String sep = pick(r, new String[] {".", "_", "", "-"});
        return pick(r, FIRST) + sep + pick(r, LAST) + (r.nextBoolean() ? String.valueOf(r.nextInt(99)) : "") + "@"
                + pick(r, DOMAINS);
    }

    private static String phone(Random r) {
        String a = pick(r, AREA);
        String x = String.valueOf(r.nextInt(201, 999));
        String l = String.format("%04d", r.nextInt(10000));
        return switch (r.nextInt(7)) {
            case 0 -> "(" + a + ") " + x + "-" + l;
            case 1 -> a + "-" + x + "-" + l;
            case 2 -> a + "." + x + "." + l;
            case 3 -> "+1 " + a + " " + x + " " + l;
            case 4 -> "+44 20 7946 " + String.format("%04d", r.nextInt(10000));
            case 5 -> "+49 30 " + r.nextInt(2000000, 9999999);
            default -> "+33 1 42 68 " + String.format("%02d %02d", r.nextInt(100), r.nextInt(100));
        };
    }

    private static String url(Random r) {
        String host = pick(r, LAST) + "-" + pick(r, new String[] {"health", "bank", "portal", "labs"});
        return switch (r.nextInt(4)) {
            case 0 -> "https://www." + host + ".com/account?id=" + r.nextInt(9999);
            case 1 -> "http://" + host + ".org/docs/intro.html";
            case 2 -> "www." + host + ".net";
            default -> host + ".com";
        };
    }

    private static String mac(Random r) {
        StringBuilder sb = new StringBuilder();
        char sep = r.nextBoolean() ? ':' : '-';
        for (int i = 0; i < 6; i++) {
            sb.append(i > 0 ? String.valueOf(sep) : "").append(String.format("%02X", r.nextInt(256)));
        }
        return sb.toString();
    }

    private static String date(Random r) {
        int y = r.nextInt(1940, 2030);
        int m = r.nextInt(1, 13);
        int d = r.nextInt(1, 29);
        return switch (r.nextInt(8)) {
            case 0 -> String.format("%02d/%02d/%04d", m, d, y);
            case 1 -> String.format("%04d-%02d-%02d", y, m, d);
            case 2 -> String.format("%d.%d.%04d", d, m, y);
            case 3 -> MONTHS[m - 1] + " " + d + ", " + y;
            case 4 -> d + " " + MONTHS[m - 1].substring(0, 3) + " " + y;
            case 5 -> m + "/" + String.format("%02d", d);
            case 6 -> MONTHS[m - 1] + " " + y;
            default -> String.format("%04d-%02d-%02d %02d:%02d", y, m, d, r.nextInt(24), r.nextInt(60));
        };
    }

    private static String address(Random r) {
        String street = r.nextInt(1, 9999) + (r.nextInt(6) == 0 ? "B" : "") + " " + pick(r, STREET) + " "
                + pick(r, SUFFIX);
        int u = r.nextInt(9);
        String unit = u < 3 ? ", Apt. " + r.nextInt(1, 40) : u < 5 ? " Suite " + r.nextInt(100, 999) : "";
        String sep = r.nextBoolean() ? ", " : "\n";
        String city = r.nextInt(4) == 0 ? "" : sep + pick(r, CITY) + ", " + pick(r, STATE) + " "
                + String.format("%05d", r.nextInt(1000, 99999));
        return street + unit + city;
    }

    private static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
