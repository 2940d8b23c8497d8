package dev.veil.detect.recognizers;

import dev.veil.core.EntityType;
import dev.veil.detect.checksum.AbaRouting;
import dev.veil.detect.checksum.Base58Check;
import dev.veil.detect.checksum.Bech32;
import dev.veil.detect.checksum.DeaNumber;
import dev.veil.detect.checksum.DutchBsn;
import dev.veil.detect.checksum.FrenchNir;
import dev.veil.detect.checksum.GermanTaxId;
import dev.veil.detect.checksum.Iban;
import dev.veil.detect.checksum.ItalianFiscalCode;
import dev.veil.detect.checksum.Luhn;
import dev.veil.detect.checksum.Npi;
import dev.veil.detect.checksum.SpanishNif;
import dev.veil.detect.checksum.UkNhs;
import dev.veil.detect.checksum.UkNino;
import dev.veil.detect.checksum.UsTaxIds;
import dev.veil.detect.checksum.Vin;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A seeded generator of labelled documents for the identifier types: sentences with a cue and a
 * valid value of each type (built with the check-digit functions of {@code dev.veil.detect.checksum}),
 * mixed with filler sentences full of look-alike numbers (phones, dates, amounts, order numbers).
 * A generator, not a data dump: the same seed always yields the same corpus.
 */
final class IdentifierCorpus {
    record Span(int start, int end, EntityType type) {
    }

    record Doc(String text, List<Span> gold) {
    }

    private record Template(EntityType type, String before, Function<Random, String> value, String after) {
    }

    private static final String UP = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final String[] FILLER = {
        "Please call the front desk at (415) 555-0132 before 5 pm.",
        "The invoice total is $1,234.56 and is due on 03/14/2025.",
        "Order #4471 shipped on 2024-02-11 with 3 items.",
        "Her appointment moved to 10/12 at 10:30.",
        "Reference 12345 was closed as a duplicate.",
        "BP 120/80, HR 88, glucose 132 mg/dL, Plt 150000.",
        "The meeting is in room 1204B on the 4th floor.",
        "Fax the forms to 650-555-0175 or email the team.",
        "We shipped 250 units in Q3 and 310 in Q4 2023.",
        "Version 2.14.1 fixes the issue reported in ticket 88213.",
    };

    private static final List<Template> TEMPLATES = List.of(
            new Template(EntityType.SSN, "My SSN is ", IdentifierCorpus::ssn, "."),
            new Template(EntityType.SSN, "Social security number: ", r -> ssn(r).replace("-", ""), "."),
            new Template(EntityType.ITIN, "ITIN ", IdentifierCorpus::itin, " on the W-7."),
            new Template(EntityType.EIN, "Employer EIN ", r -> "12-" + digits(r, 7), " on the W-2."),
            new Template(EntityType.PASSPORT, "Passport number ", r -> digits(r, 9), " expires soon."),
            new Template(EntityType.PASSPORT, "passport no. ", r -> letter(r) + digits(r, 8), " was scanned."),
            new Template(EntityType.DRIVER_LICENSE, "Driver's license ", r -> letter(r) + digits(r, 7),
                    " was checked."),
            new Template(EntityType.UK_NINO, "NI number ", IdentifierCorpus::nino, " on file."),
            new Template(EntityType.UK_NHS, "NHS number ", IdentifierCorpus::nhs, " registered."),
            new Template(EntityType.DE_TAX_ID, "Steuer-ID ", IdentifierCorpus::deTaxId, " gespeichert."),
            new Template(EntityType.FR_NIR, "numéro de sécurité sociale ", IdentifierCorpus::nir, "."),
            new Template(EntityType.ES_NIF, "DNI ", r -> {
                int n = r.nextInt(100_000_000);
                return String.format("%08d", n) + SpanishNif.checkLetter(n);
            }, "."),
            new Template(EntityType.IT_FISCAL_CODE, "codice fiscale ", IdentifierCorpus::fiscalCode, "."),
            new Template(EntityType.NL_BSN, "BSN ", IdentifierCorpus::bsn, "."),
            new Template(EntityType.VIN, "The car's VIN is ", IdentifierCorpus::vin, "."),
            new Template(EntityType.IBAN, "Wire the deposit to IBAN ", IdentifierCorpus::iban, "."),
            new Template(EntityType.SWIFT_BIC, "SWIFT code ", r -> letters(r, 4) + "DE" + r.nextInt(10) + letter(r),
                    "."),
            new Template(EntityType.ABA_ROUTING, "routing number ", IdentifierCorpus::aba, " for ACH."),
            new Template(EntityType.BANK_ACCOUNT, "account number ", r -> digits(r, 8 + r.nextInt(5)), " at the bank."),
            new Template(EntityType.CRYPTO_WALLET, "send BTC to ", IdentifierCorpus::base58Address, " today."),
            new Template(EntityType.CRYPTO_WALLET, "segwit wallet ", IdentifierCorpus::bech32Address, "."),
            new Template(EntityType.CRYPTO_WALLET, "ETH address ", r -> "0x" + hex(r, 40), "."),
            new Template(EntityType.CARD_EXPIRY, "Visa 4539 1488 0343 6467 exp ", r -> String.format("%02d/%02d",
                    1 + r.nextInt(12), 25 + r.nextInt(10)), " was declined."),
            new Template(EntityType.CARD_CVV, "card CVV ", r -> digits(r, 3), "."),
            new Template(EntityType.MEDICAL_RECORD_NUMBER, "Patient seen today (MRN ", r -> digits(r, 8), ")."),
            new Template(EntityType.NPI, "prescriber NPI ", IdentifierCorpus::npi, "."),
            new Template(EntityType.DEA_NUMBER, "DEA ", IdentifierCorpus::dea, "."),
            new Template(EntityType.MEDICARE_MBI, "Medicare MBI ", IdentifierCorpus::mbi, "."),
            new Template(EntityType.HEALTH_PLAN_ID, "member ID ", r -> letters(r, 3) + digits(r, 9), "."),
            new Template(EntityType.LICENSE_PLATE, "license plate ", r -> r.nextInt(10) + letters(r, 3) + digits(r, 3),
                    "."),
            new Template(EntityType.DEVICE_ID, "IMEI ", r -> {
                String p = digits(r, 14);
                return p + Luhn.checkDigit(p);
            }, "."),
            new Template(EntityType.DEVICE_ID, "pump serial number ", r -> "SN-" + digits(r, 4) + "-" + letters(r, 2)
                    + r.nextInt(10), "."));

    private IdentifierCorpus() {
    }

    /** {@code n} documents of two to four sentences, about half of them carrying an identifier. */
    static List<Doc> generate(long seed, int n) {
        Random r = new Random(seed);
        List<Doc> docs = new ArrayList<>(n);
        for (int d = 0; d < n; d++) {
            StringBuilder sb = new StringBuilder();
            List<Span> gold = new ArrayList<>();
            int sentences = 2 + r.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (sb.length() > 0) {
                    sb.append(r.nextInt(6) == 0 ? "\n" : " ");
                }
                if (r.nextBoolean()) {
                    sb.append(FILLER[r.nextInt(FILLER.length)]);
                } else {
                    Template t = TEMPLATES.get(r.nextInt(TEMPLATES.size()));
                    String v = t.value().apply(r);
                    sb.append(t.before());
                    gold.add(new Span(sb.length(), sb.length() + v.length(), t.type()));
                    sb.append(v).append(t.after());
                }
            }
            docs.add(new Doc(sb.toString(), gold));
        }
        return docs;
    }

    private static String digits(Random r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    private static String letters(Random r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(letter(r));
        }
        return sb.toString();
    }

    private static char letter(Random r) {
        return UP.charAt(r.nextInt(UP.length()));
    }

    private static String hex(Random r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append("0123456789abcdefABCDEF".charAt(r.nextInt(22)));
        }
        return sb.toString();
    }

    private static String ssn(Random r) {
        int area;
        do {
            area = 1 + r.nextInt(899);
        } while (area == 666);
        int group = 1 + r.nextInt(99);
        int serial = 1 + r.nextInt(9999);
        return UsTaxIds.isKnownExample(area, group, serial) ? ssn(r)
                : String.format("%03d-%02d-%04d", area, group, serial);
    }

    private static String itin(Random r) {
        int[] groups = {50, 65, 70, 78, 88, 90, 92, 94, 99};
        return String.format("9%02d-%02d-%04d", r.nextInt(100), groups[r.nextInt(groups.length)], 1 + r.nextInt(9999));
    }

    private static String nino(Random r) {
        char a;
        char b;
        do {
            a = letter(r);
            b = letter(r);
        } while (!UkNino.isValidPrefix(a, b));
        String d = digits(r, 6);
        char suffix = "ABCD".charAt(r.nextInt(4));
        return r.nextBoolean() ? "" + a + b + d + suffix
                : "" + a + b + " " + d.substring(0, 2) + " " + d.substring(2, 4) + " " + d.substring(4) + " " + suffix;
    }

    private static String nhs(Random r) {
        String p;
        int c;
        do {
            p = digits(r, 9);
            c = UkNhs.checkDigit(p);
        } while (c < 0);
        String n = p + c;
        return n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
    }

    private static String deTaxId(Random r) {
        String p;
        do {
            p = (1 + r.nextInt(9)) + digits(r, 9);
        } while (!GermanTaxId.hasValidDigitPattern(p.toCharArray()));
        return p + GermanTaxId.checkDigit(p);
    }

    private static String nir(Random r) {
        String body = (1 + r.nextInt(2)) + digits(r, 2) + String.format("%02d", 1 + r.nextInt(12))
                + String.format("%02d", 1 + r.nextInt(95)) + digits(r, 6);
        String k = FrenchNir.key(body);
        return body.charAt(0) + " " + body.substring(1, 3) + " " + body.substring(3, 5) + " "
                + body.substring(5, 7) + " " + body.substring(7, 10) + " " + body.substring(10) + " " + k;
    }

    private static String fiscalCode(Random r) {
        String body = letters(r, 6) + digits(r, 2) + "ABCDEHLMPRST".charAt(r.nextInt(12))
                + String.format("%02d", 1 + r.nextInt(28) + (r.nextBoolean() ? 40 : 0)) + letter(r) + digits(r, 3);
        return body + ItalianFiscalCode.checkChar(body);
    }

    private static String bsn(Random r) {
        String p;
        int c;
        do {
            p = digits(r, 8);
            c = DutchBsn.checkDigit(p);
        } while (c < 0);
        return p + c;
    }

    private static String vin(Random r) {
        String alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
        StringBuilder sb = new StringBuilder("1");
        for (int i = 1; i < 17; i++) {
            sb.append(i >= 13 ? (char) ('0' + r.nextInt(10)) : alphabet.charAt(r.nextInt(alphabet.length())));
        }
        sb.setCharAt(8, Vin.checkDigit(sb));
        return sb.toString();
    }

    private static String iban(Random r) {
        String bban = digits(r, 18);
        String compact = "DE" + Iban.checkDigits("DE", bban) + bban;
        return r.nextBoolean() ? compact : compact.replaceAll("(.{4})", "$1 ").trim();
    }

    private static String aba(Random r) {
        String p = String.format("%02d", 1 + r.nextInt(12)) + digits(r, 6);
        return p + AbaRouting.checkDigit(p);
    }

    private static String base58Address(Random r) {
        byte[] payload = new byte[21];
        r.nextBytes(payload);
        payload[0] = r.nextBoolean() ? (byte) 0 : (byte) 5;
        return Base58Check.encode(payload);
    }

    private static String bech32Address(Random r) {
        int[] data = new int[33];
        for (int i = 1; i < data.length; i++) {
            data[i] = r.nextInt(32);
        }
        data[32] &= 0x10; // 20 bytes = 160 bits in 32 groups: the last group carries 0 padding bits
        data[32] = 0;
        return Bech32.encode("bc", data, Bech32.Variant.BECH32);
    }

    private static String npi(Random r) {
        String p = "1" + digits(r, 8);
        return p + Npi.checkDigit(p);
    }

    private static String dea(Random r) {
        String six = digits(r, 6);
        return "" + "ABFM".charAt(r.nextInt(4)) + letter(r) + six + DeaNumber.checkDigit(six);
    }

    private static String mbi(Random r) {
        String alpha = "ACDEFGHJKMNPQRTUVWXY";
        char[] c = new char[11];
        c[0] = (char) ('1' + r.nextInt(9));
        for (int i : new int[] {1, 4, 7, 8}) {
            c[i] = alpha.charAt(r.nextInt(alpha.length()));
        }
        for (int i : new int[] {2, 3, 5, 6, 9, 10}) {
            c[i] = (char) ('0' + r.nextInt(10));
        }
        String s = new String(c);
        return r.nextBoolean() ? s : s.substring(0, 4) + "-" + s.substring(4, 7) + "-" + s.substring(7);
    }
}
