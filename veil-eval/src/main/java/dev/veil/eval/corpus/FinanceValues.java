package dev.veil.eval.corpus;

import static dev.veil.core.EntityType.*;

import dev.veil.detect.checksum.Luhn;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Payment and bank identifiers that pass their real checks: card numbers (Luhn, issuer prefixes
 * and lengths), IBANs (ISO 13616 mod 97, per-country length), ABA routing numbers (3-7-1
 * weights), BICs, and crypto wallets (Bitcoin base58check and bech32, Ethereum).
 */
public final class FinanceValues {
    /** Country, BBAN pattern: 'n' digit, 'a' upper-case letter, 'c' letter or digit. */
    private static final String[][] IBAN_FORMATS = {
        {"DE", "nnnnnnnnnnnnnnnnnn"}, {"GB", "aaaannnnnnnnnnnnnn"}, {"FR", "nnnnnnnnnncccccccccccnn"},
        {"ES", "nnnnnnnnnnnnnnnnnnnn"}, {"IT", "annnnnnnnnncccccccccccc"}, {"NL", "aaaannnnnnnnnn"},
        {"BE", "nnnnnnnnnnnn"}, {"CH", "nnnnncccccccccccc"}, {"AT", "nnnnnnnnnnnnnnnn"},
        {"PL", "nnnnnnnnnnnnnnnnnnnnnnnn"}, {"IE", "aaaannnnnnnnnnnnnn"}, {"PT", "nnnnnnnnnnnnnnnnnnnnn"},
        {"SE", "nnnnnnnnnnnnnnnnnnnn"}, {"NO", "nnnnnnnnnnn"}, {"DK", "nnnnnnnnnnnnnn"}, {"FI", "nnnnnnnnnnnnnn"}};
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    private final Rng rng;

    FinanceValues(Rng rng) {
        this.rng = rng;
    }

    /** A card number of a major network, grouped as printed on cards, with spaces, dashes or none. */
    public Piece card() {
        String prefix;
        int len;
        switch (rng.between(0, 9)) {
            case 0, 1, 2, 3 -> { prefix = "4"; len = 16; }
            case 4, 5 -> { prefix = String.valueOf(rng.between(51, 55)); len = 16; }
            case 6 -> { prefix = String.valueOf(rng.between(2221, 2720)); len = 16; }
            case 7 -> { prefix = rng.pick("34", "37"); len = 15; }
            case 8 -> { prefix = rng.pick("6011", "65"); len = 16; }
            default -> { prefix = String.valueOf(rng.between(3528, 3589)); len = 16; }
        }
        String payload = prefix + rng.digits(len - 1 - prefix.length());
        String pan = payload + Luhn.checkDigit(payload);
        String sep = rng.pick(" ", " ", "-", "");
        if (sep.isEmpty()) {
            return Piece.of(CREDIT_CARD, pan);
        }
        if (len == 15) {
            return Piece.of(CREDIT_CARD, pan.substring(0, 4) + sep + pan.substring(4, 10) + sep + pan.substring(10));
        }
        return Piece.of(CREDIT_CARD, String.join(sep, pan.substring(0, 4), pan.substring(4, 8), pan.substring(8, 12), pan.substring(12)));
    }

    public Piece expiry() {
        int m = rng.between(1, 12);
        int y = rng.between(24, 33);
        return Piece.of(CARD_EXPIRY, rng.chance(0.8) ? String.format(Locale.ROOT, "%02d/%02d", m, y)
                : String.format(Locale.ROOT, "%02d/20%02d", m, y));
    }

    public Piece cvv() {
        return Piece.of(CARD_CVV, rng.digits(rng.chance(0.9) ? 3 : 4));
    }

    /** A valid IBAN, in groups of four (paper format) or compact (electronic format). */
    public Piece iban() {
        String[] f = rng.pick(IBAN_FORMATS);
        StringBuilder bban = new StringBuilder();
        for (char c : f[1].toCharArray()) {
            bban.append(switch (c) {
                case 'n' -> (char) ('0' + rng.between(0, 9));
                case 'a' -> (char) ('A' + rng.between(0, 25));
                default -> rng.chance(0.5) ? (char) ('0' + rng.between(0, 9)) : (char) ('A' + rng.between(0, 25));
            });
        }
        String iban = f[0] + ibanCheckDigits(f[0], bban.toString()) + bban;
        if (rng.chance(0.3)) {
            return Piece.of(IBAN, iban);
        }
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < iban.length(); i += 4) {
            if (i > 0) {
                grouped.append(' ');
            }
            grouped.append(iban, i, Math.min(iban.length(), i + 4));
        }
        return Piece.of(IBAN, grouped.toString());
    }

    /** ISO 13616: 98 - (BBAN + country + "00", letters as 10..35) mod 97, two digits. */
    static String ibanCheckDigits(String country, String bban) {
        StringBuilder num = new StringBuilder();
        for (char c : (bban + country + "00").toCharArray()) {
            num.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int check = 98 - new BigInteger(num.toString()).mod(BigInteger.valueOf(97)).intValue();
        return String.format(Locale.ROOT, "%02d", check);
    }

    /** An ABA routing number: Federal Reserve prefix 01-12 or thrift 21-32, 3-7-1 check digit. */
    public Piece aba() {
        int fed = rng.chance(0.8) ? rng.between(1, 12) : rng.between(21, 32);
        String eight = String.format(Locale.ROOT, "%02d", fed) + rng.digits(6);
        return Piece.of(ABA_ROUTING, eight + abaCheckDigit(eight));
    }

    static char abaCheckDigit(String eight) {
        int[] w = {3, 7, 1, 3, 7, 1, 3, 7};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += w[i] * (eight.charAt(i) - '0');
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    public Piece bic() {
        String bank = rng.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4);
        String country = rng.pick("DE", "GB", "FR", "US", "CH", "NL", "IT", "ES");
        String loc = rng.chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 2);
        return Piece.of(SWIFT_BIC, bank + country + loc + (rng.chance(0.4) ? rng.pick("XXX", rng.digits(3)) : ""));
    }

    public Piece bankAccount() {
        return Piece.of(BANK_ACCOUNT, rng.digits(rng.between(8, 12)));
    }

    /** A Bitcoin address (P2PKH/P2SH base58check or bech32 P2WPKH) or an Ethereum address. */
    public Piece wallet() {
        return Piece.of(CRYPTO_WALLET, switch (rng.between(0, 3)) {
            case 0 -> base58check((byte) 0x00, rng.bytes(20));
            case 1 -> base58check((byte) 0x05, rng.bytes(20));
            case 2 -> bech32Segwit(rng.bytes(20));
            default -> "0x" + rng.hex(40);
        });
    }

    static String base58check(byte version, byte[] payload) {
        byte[] data = new byte[1 + payload.length + 4];
        data[0] = version;
        System.arraycopy(payload, 0, data, 1, payload.length);
        byte[] sum = sha256(sha256(java.util.Arrays.copyOf(data, 1 + payload.length)));
        System.arraycopy(sum, 0, data, 1 + payload.length, 4);
        StringBuilder sb = new StringBuilder();
        BigInteger n = new BigInteger(1, data);
        BigInteger b58 = BigInteger.valueOf(58);
        while (n.signum() > 0) {
            BigInteger[] qr = n.divideAndRemainder(b58);
            sb.append(BASE58.charAt(qr[1].intValue()));
            n = qr[0];
        }
        for (int i = 0; i < data.length && data[i] == 0; i++) {
            sb.append('1');
        }
        return sb.reverse().toString();
    }

    /** BIP-173 bech32 address for witness version 0 on mainnet ("bc"). */
    static String bech32Segwit(byte[] program) {
        int[] five = new int[1 + (program.length * 8 + 4) / 5];
        five[0] = 0; // witness version
        int acc = 0;
        int bits = 0;
        int k = 1;
        for (byte b : program) {
            acc = (acc << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                five[k++] = (acc >> bits) & 31;
            }
        }
        if (bits > 0) {
            five[k++] = (acc << (5 - bits)) & 31;
        }
        int[] values = java.util.Arrays.copyOf(five, k);
        int[] hrp = {3, 3, 0, 2, 3}; // "bc" expanded: high bits 3,3; separator 0; low bits 2,3
        int[] all = new int[hrp.length + values.length + 6];
        System.arraycopy(hrp, 0, all, 0, hrp.length);
        System.arraycopy(values, 0, all, hrp.length, values.length);
        int polymod = bech32Polymod(all) ^ 1;
        StringBuilder sb = new StringBuilder("bc1");
        for (int v : values) {
            sb.append(BECH32.charAt(v));
        }
        for (int i = 0; i < 6; i++) {
            sb.append(BECH32.charAt((polymod >> (5 * (5 - i))) & 31));
        }
        return sb.toString();
    }

    static int bech32Polymod(int[] values) {
        int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
        int chk = 1;
        for (int v : values) {
            int top = chk >>> 25;
            chk = (chk & 0x1ffffff) << 5 ^ v;
            for (int i = 0; i < 5; i++) {
                if (((top >>> i) & 1) != 0) {
                    chk ^= gen[i];
                }
            }
        }
        return chk;
    }

    private static byte[] sha256(byte[] in) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(in);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
