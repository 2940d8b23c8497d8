package dev.veil.detect.recognizers.finance;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.detect.checksum.Base58Check;
import dev.veil.detect.checksum.Bech32;
import java.util.List;
import java.util.Set;

/**
 * Cryptocurrency wallet addresses:
 * <ul>
 *   <li>legacy Bitcoin-style (also Litecoin, Dogecoin): 26-35 base58 chars decoding to a version
 *       byte and a 20-byte hash with a valid double-SHA-256 checksum;
 *   <li>SegWit ({@code bc1}, {@code tb1}, {@code ltc1}): a valid Bech32 checksum for witness version 0,
 *       Bech32m for versions 1-16;
 *   <li>Ethereum: {@code 0x} + 40 hex digits. The EIP-55 mixed-case checksum needs Keccak-256, which
 *       the JDK lacks, so it is not verified and the score is lower; wallet words raise it.
 * </ul>
 */
public final class CryptoWalletRecognizer implements Recognizer {
    static final double CHECKED = 0.95;
    static final double ETHEREUM = 0.8;

    @Override
    public String name() {
        return "crypto_wallet";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.CRYPTO_WALLET);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.boost(EntityType.CRYPTO_WALLET, 0.15, "eth", "ethereum", "wallet", "erc20",
                "bitcoin", "btc", "crypto", "usdt"));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        int count = text.digitTokenCount();
        for (int k = 0; k < count; k++) {
            int t = text.digitToken(k);
            int len = text.tokenLength(t);
            if (len < 14 || !text.tokenHas(t, Text.FLAG_HAS_LETTER)) {
                continue;
            }
            int s = text.tokenStart(t);
            String tok = null;
            double score = 0;
            char c0 = text.charAt(s);
            boolean hexPrefix = c0 == '0' && (text.charAt(s + 1) == 'x' || text.charAt(s + 1) == 'X');
            if (len == 42 && hexPrefix && hex(text, s + 2, s + 42)) {
                score = ETHEREUM;
            } else if (segwitPrefix(text, s, len)) {
                tok = text.token(t);
                score = isSegwit(tok) ? CHECKED : 0;
            } else if (len >= 26 && len <= 35 && base58(text, s, s + len)) {
                tok = text.token(t);
                byte[] payload = Base58Check.decode(tok);
                score = payload != null && payload.length == 21 ? CHECKED : 0;
            }
            if (score > 0) {
                out.add(new Finding(EntityType.CRYPTO_WALLET, s, s + len, score, name()));
            }
        }
    }

    private static boolean segwitPrefix(Text text, int s, int len) {
        String lower = text.lower();
        return len <= 90 && (lower.startsWith("bc1", s) || lower.startsWith("tb1", s) || lower.startsWith("ltc1", s));
    }

    /** Bech32 for witness version 0, Bech32m for 1-16 (BIP 350). */
    private static boolean isSegwit(String addr) {
        Bech32.Variant v = Bech32.verify(addr);
        if (v == null) {
            return false;
        }
        int version = Bech32.value(addr.charAt(addr.lastIndexOf('1') + 1));
        return version == 0 ? v == Bech32.Variant.BECH32 : version <= 16 && v == Bech32.Variant.BECH32M;
    }

    private static boolean hex(Text text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean base58(Text text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Base58Check.isBase58(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
