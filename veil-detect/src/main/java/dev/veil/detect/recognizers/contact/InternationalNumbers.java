package dev.veil.detect.recognizers.contact;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number written with a leading '+' into the {@link PhoneNumber} that libphonenumber's
 * {@code parse("+" + digits, "ZZ")} returns, without parse's general-purpose normalisation: the
 * phone recognizer has already taken the digits out of the text, and parse's regular expressions
 * (extensions, viability, punctuation) cost about 4 us per number, most of the recognizer's time
 * on text with international numbers. What it reproduces of {@code PhoneNumberUtil.parseHelper}:
 * the country calling code (the first 1-3 digits that are one), the national prefix stripped when
 * the rest still has a possible length ({@code maybeStripNationalPrefixAndCarrierCode},
 * {@code testNumberLength}), the length limits of a national number, and Italian leading zeros.
 * {@code InternationalNumbersTest} checks the result against libphonenumber's own parse for
 * every calling code. Validity is still judged by libphonenumber ({@code isValidNumber}).
 * Immutable, thread-safe.
 */
final class InternationalNumbers {
    private static final int MIN_NSN = 2;   // PhoneNumberUtil.MIN_LENGTH_FOR_NSN
    private static final int MAX_NSN = 17;  // PhoneNumberUtil.MAX_LENGTH_FOR_NSN

    /** Per calling code (index): the main region's metadata, or null; {@link #CALLING_CODE} marks codes that exist. */
    private static final PhoneMetadata[] METADATA = new PhoneMetadata[1000];
    private static final boolean[] CALLING_CODE = new boolean[1000];
    private static final Pattern[] NATIONAL_PREFIX = new Pattern[1000];
    private static final Pattern[] GENERAL = new Pattern[1000];

    static {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        MetadataSource source = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        for (int cc : util.getSupportedCallingCodes()) {
            if (cc <= 0 || cc >= 1000) {
                continue;
            }
            CALLING_CODE[cc] = true;
            String region = util.getRegionCodeForCountryCode(cc);
            PhoneMetadata m = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)
                    ? source.getMetadataForNonGeographicalRegion(cc) : source.getMetadataForRegion(region);
            METADATA[cc] = m;
            if (m != null) {
                String np = m.getNationalPrefixForParsing();
                NATIONAL_PREFIX[cc] = np.isEmpty() ? null : Pattern.compile(np);
                String general = m.getGeneralDesc().getNationalNumberPattern();
                GENERAL[cc] = general.isEmpty() ? null : Pattern.compile(general);
            }
        }
    }

    private InternationalNumbers() {
    }

    /**
     * The number {@code "+" + digits[0, count)} denotes, as libphonenumber parses it, or null
     * where libphonenumber's parse would throw (no calling code, national number too short or too
     * long). {@code digits} holds ASCII digits only.
     */
    static PhoneNumber parse(char[] digits, int count) {
        if (count <= MIN_NSN || digits[0] == '0') {
            return null; // TOO_SHORT_AFTER_IDD, or INVALID_COUNTRY_CODE
        }
        int cc = 0;
        int ccLength = 0;
        for (int i = 1; i <= 3 && i <= count; i++) {
            int v = 0;
            for (int k = 0; k < i; k++) {
                v = v * 10 + (digits[k] - '0');
            }
            if (CALLING_CODE[v]) {
                cc = v;
                ccLength = i;
                break;
            }
        }
        if (cc == 0) {
            return null;
        }
        String national = new String(digits, ccLength, count - ccLength);
        if (national.length() < MIN_NSN) {
            return null;
        }
        PhoneMetadata m = METADATA[cc];
        if (m != null) {
            String stripped = stripNationalPrefix(national, cc, m);
            if (stripped != null && keepsPossibleLength(stripped, m)) {
                national = stripped;
            }
        }
        if (national.length() < MIN_NSN || national.length() > MAX_NSN) {
            return null;
        }
        PhoneNumber p = new PhoneNumber().setCountryCode(cc);
        if (national.length() > 1 && national.charAt(0) == '0') {
            p.setItalianLeadingZero(true);
            int zeros = 1;
            while (zeros < national.length() - 1 && national.charAt(zeros) == '0') {
                zeros++;
            }
            if (zeros != 1) {
                p.setNumberOfLeadingZeros(zeros);
            }
        }
        return p.setNationalNumber(Long.parseLong(national));
    }

    /** libphonenumber's {@code maybeStripNationalPrefixAndCarrierCode}: the stripped number, or null if nothing is stripped. */
    private static String stripNationalPrefix(String number, int cc, PhoneMetadata m) {
        Pattern prefix = NATIONAL_PREFIX[cc];
        if (number.isEmpty() || prefix == null) {
            return null;
        }
        Matcher pm = prefix.matcher(number);
        if (!pm.lookingAt()) {
            return null;
        }
        boolean viableOriginal = matchesGeneral(number, cc);
        int groups = pm.groupCount();
        String transform = m.getNationalPrefixTransformRule();
        if (transform == null || transform.isEmpty() || pm.group(groups) == null) {
            String rest = number.substring(pm.end());
            if (viableOriginal && !matchesGeneral(rest, cc)) {
                return null;
            }
            return rest;
        }
        String transformed = pm.replaceFirst(transform);
        if (viableOriginal && !matchesGeneral(transformed, cc)) {
            return null;
        }
        return transformed;
    }

    private static boolean matchesGeneral(String number, int cc) {
        Pattern p = GENERAL[cc];
        return p != null && p.matcher(number).matches();
    }

    /**
     * libphonenumber's {@code testNumberLength} for the general description: whether the stripped
     * number is kept (any result but too short, local only or an invalid length).
     */
    private static boolean keepsPossibleLength(String number, PhoneMetadata m) {
        List<Integer> lengths = m.getGeneralDesc().getPossibleLengthList();
        List<Integer> local = m.getGeneralDesc().getPossibleLengthLocalOnlyList();
        if (lengths.isEmpty() || lengths.get(0) == -1) {
            return false; // INVALID_LENGTH
        }
        int length = number.length();
        if (local.contains(length)) {
            return false; // IS_POSSIBLE_LOCAL_ONLY
        }
        int min = lengths.get(0);
        if (min == length) {
            return true;
        }
        if (min > length) {
            return false; // TOO_SHORT
        }
        if (lengths.get(lengths.size() - 1) < length) {
            return true; // TOO_LONG is kept
        }
        return lengths.subList(1, lengths.size()).contains(length);
    }
}
