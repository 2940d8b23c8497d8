package dev.veil.anonymize;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.fpe.FPEFF1Engine;
import org.bouncycastle.crypto.params.FPEParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * {@code encrypt} with FF1 (NIST SP 800-38G, BouncyCastle): the ASCII digits of the value are
 * encrypted as one radix-10 string; every other character stays where it is, so
 * {@code 4539 1488 0343 6467} becomes another 16-digit number with the same spacing. The tweak is
 * the scope and the entity type, so the same number encrypts differently in another scope.
 *
 * <p>FF1 is not authenticated and its output looks like real data: restore must know where the
 * ciphertexts are (the anonymization result's replacement offsets). The digit count must be at
 * least {@value #MIN_DIGITS} (the standard's minimum domain of one million for radix 10); a shorter
 * value fails closed.
 */
record Ff1EncryptOperator(OperatorConfig.Encrypt config) implements ValueOperator {
    static final int MIN_DIGITS = 6;

    @Override
    public Applied apply(String value, EntityType type, OperatorContext context) {
        return new Applied(transform(value, type, context.scope(), context.keys(), true), config.name());
    }

    /** Decrypts a value produced by {@link #apply} for the same type, scope and keys. */
    static String decrypt(String ciphertext, EntityType type, Scope scope, OperatorKeys keys) {
        return transform(ciphertext, type, scope, keys, false);
    }

    private static String transform(String value, EntityType type, Scope scope, OperatorKeys keys, boolean encrypt) {
        int n = 0;
        for (int i = 0; i < value.length(); i++) {
            if (isAsciiDigit(value.charAt(i))) {
                n++;
            }
        }
        if (n < MIN_DIGITS) {
            throw new AnonymizeException("encrypt (FF1): a " + type + " value has " + n + " digits; FF1 needs at least "
                    + MIN_DIGITS);
        }
        byte[] digits = new byte[n];
        for (int i = 0, j = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isAsciiDigit(c)) {
                digits[j++] = (byte) (c - '0');
            }
        }
        byte[] out = new byte[n];
        byte[] key = keys.ff1Key();
        try {
            FPEFF1Engine engine = new FPEFF1Engine();
            engine.init(encrypt, new FPEParameters(new KeyParameter(key), 10, tweak(scope, type)));
            engine.processBlock(digits, 0, n, out, 0);
        } finally {
            java.util.Arrays.fill(key, (byte) 0);
        }
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0, j = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            sb.append(isAsciiDigit(c) ? (char) ('0' + out[j++]) : c);
        }
        return sb.toString();
    }

    private static byte[] tweak(Scope scope, EntityType type) {
        return ("ff1|" + scope.key() + "|" + type.name()).getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
