package dev.veil.detect.recognizers.contact;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One region's numbering plan from libphonenumber's metadata, compiled once: {@link #isValid} gives
 * the same answer as {@code PhoneNumberUtil.isValidNumberForRegion} for a national significant
 * number of this region, without the per-call metadata lookup, the synchronised regex cache and
 * the {@code PhoneNumber} object. The rule it reproduces (libphonenumber's
 * {@code getNumberTypeHelper}): the number must match the general description, and then at least
 * one number type (fixed line, mobile, toll free, premium rate, shared cost, VoIP, personal,
 * pager, UAN, voicemail); a description matches when the length is one of its possible lengths
 * (if it lists any) and its national-number pattern matches the whole number.
 * {@code NumberingPlanTest} checks the equivalence against libphonenumber. Immutable.
 */
final class NumberingPlan {
    private final int countryCode;
    private final Desc general;
    private final Desc[] types;

    private NumberingPlan(int countryCode, Desc general, Desc[] types) {
        this.countryCode = countryCode;
        this.general = general;
        this.types = types;
    }

    /** The plan of a supported region such as {@code "GB"}. */
    static NumberingPlan of(String region) {
        PhoneMetadata m = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource()
                .getMetadataForRegion(region);
        if (m == null) {
            throw new IllegalArgumentException("no numbering plan for region " + region);
        }
        List<Desc> types = new ArrayList<>();
        for (PhoneNumberDesc d : List.of(m.getPremiumRate(), m.getTollFree(), m.getSharedCost(), m.getVoip(),
                m.getPersonalNumber(), m.getPager(), m.getUan(), m.getVoicemail(), m.getFixedLine(), m.getMobile())) {
            Desc desc = Desc.of(d);
            if (desc != null) {
                types.add(desc);
            }
        }
        int cc = PhoneNumberUtil.getInstance().getCountryCodeForRegion(region);
        return new NumberingPlan(cc, Desc.of(m.getGeneralDesc()), types.toArray(Desc[]::new));
    }

    int countryCode() {
        return countryCode;
    }

    /** Whether {@code nsn} (digits only, as libphonenumber's national significant number) is valid here. */
    boolean isValid(String nsn) {
        if (general == null || !general.matches(nsn)) {
            return false;
        }
        for (Desc d : types) {
            if (d.matches(nsn)) {
                return true;
            }
        }
        return false;
    }

    /** A number description: allowed lengths (bit i set: length i allowed; 0 = any) and the pattern. */
    private record Desc(long lengths, Pattern pattern) {
        static Desc of(PhoneNumberDesc d) {
            // a description without a pattern never matches (libphonenumber's matchNationalNumber)
            if (d == null || d.getNationalNumberPattern().isEmpty()) {
                return null;
            }
            long bits = 0;
            for (int len : d.getPossibleLengthList()) {
                bits |= len >= 0 && len < 64 ? 1L << len : 0;
            }
            // a list of only -1 (type absent) is non-empty but allows no length
            if (bits == 0 && d.getPossibleLengthCount() > 0) {
                return null;
            }
            return new Desc(bits, Pattern.compile(d.getNationalNumberPattern()));
        }

        boolean matches(String nsn) {
            int len = nsn.length();
            if (lengths != 0 && (len >= 64 || (lengths & (1L << len)) == 0)) {
                return false;
            }
            return pattern.matcher(nsn).matches();
        }
    }
}
