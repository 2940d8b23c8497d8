package dev.veil.eval.corpus;

import static dev.veil.core.EntityType.*;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import net.datafaker.Faker;

/**
 * Realistic values for people, contact details, places and organisations: Datafaker for the
 * vocabulary, libphonenumber so that every phone number is valid for its region, and a few
 * formats of our own (US and UK address blocks, hospital names).
 */
public final class Fakes {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final String[] PHONE_REGIONS = {"US", "US", "US", "US", "US", "US", "US", "US", "US", "US", "US",
        "US", "US", "GB", "GB", "CA", "DE", "FR", "IN", "AU", "ES", "IT", "NL", "BR", "IE"};
    private static final String[] RELIGIONS = {"Catholic", "Muslim", "Jewish", "Buddhist", "Hindu", "Sikh",
        "Protestant", "Orthodox Christian", "Mormon", "Jehovah's Witness", "Lutheran", "Baptist"};
    private static final String[] POLITICAL = {"Democrat", "Republican", "Labour Party member", "Green Party member",
        "Conservative", "Libertarian", "Social Democrat"};

    final Rng rng;
    final Faker en;
    private final Faker gb;
    public final Names names;

    public Fakes(Rng rng) {
        this.rng = rng;
        this.en = new Faker(Locale.US, rng.random());
        this.gb = new Faker(Locale.UK, rng.random());
        this.names = new Names(rng, en);
    }

    // ---- contact -------------------------------------------------------------------------

    /** A valid phone number (libphonenumber) of a weighted random region, in a random common format. */
    public Piece phone() {
        String region = rng.pick(PHONE_REGIONS);
        PhoneNumber n = validNumber(region);
        String nsn = PHONES.getNationalSignificantNumber(n);
        if (region.equals("US") || region.equals("CA")) {
            String a = nsn.substring(0, 3);
            String b = nsn.substring(3, 6);
            String c = nsn.substring(6);
            return Piece.of(PHONE, switch (rng.between(0, 8)) {
                case 0, 1 -> "(" + a + ") " + b + "-" + c;
                case 2, 3 -> a + "-" + b + "-" + c;
                case 4 -> a + "." + b + "." + c;
                case 5 -> "+1 " + a + " " + b + " " + c;
                case 6 -> "+1-" + a + "-" + b + "-" + c;
                case 7 -> "1-" + a + "-" + b + "-" + c;
                default -> "(" + a + ")" + b + "-" + c;
            });
        }
        return Piece.of(PHONE, PHONES.format(n, rng.chance(0.6) ? PhoneNumberFormat.INTERNATIONAL : PhoneNumberFormat.NATIONAL));
    }

    private PhoneNumber validNumber(String region) {
        PhoneNumber example = PHONES.getExampleNumberForType(region,
                rng.chance(0.5) ? PhoneNumberType.MOBILE : PhoneNumberType.FIXED_LINE);
        String nsn = PHONES.getNationalSignificantNumber(example);
        for (int attempt = 0; attempt < 30; attempt++) {
            String candidate;
            if (region.equals("US") || region.equals("CA")) {
                candidate = rng.between(2, 9) + rng.digits(2) + rng.between(2, 9) + rng.digits(6);
            } else {
                int keep = Math.max(1, nsn.length() - 6);
                candidate = nsn.substring(0, keep) + rng.digits(nsn.length() - keep);
            }
            try {
                PhoneNumber p = PHONES.parse(candidate, region);
                if (PHONES.isValidNumberForRegion(p, region)) {
                    return p;
                }
            } catch (com.google.i18n.phonenumbers.NumberParseException e) {
                // not a number for this region: draw again
            }
        }
        return example;
    }

    /** An e-mail address, built from the person's name half of the time. */
    public Piece email(Names.Name n) {
        String domain = rng.pick("gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "icloud.com", "proton.me",
                en.internet().domainName(), en.internet().domainName());
        String local = switch (rng.between(0, 4)) {
            case 0 -> ascii(n.first()) + "." + ascii(n.last());
            case 1 -> ascii(n.first()).charAt(0) + ascii(n.last());
            case 2 -> ascii(n.first()) + "_" + ascii(n.last()) + rng.between(1, 99);
            case 3 -> ascii(n.last()) + "." + ascii(n.first()).charAt(0);
            default -> en.internet().username();
        };
        return Piece.of(EMAIL, local.toLowerCase(Locale.ROOT) + "@" + domain);
    }

    /** Letters and digits of {@code s} folded to ASCII; falls back to a username for non-Latin names. */
    private String ascii(String s) {
        String folded = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "");
        return folded.length() >= 2 ? folded : en.internet().username().replaceAll("[^A-Za-z0-9]", "");
    }

    public Piece url() {
        return Piece.of(URL, switch (rng.between(0, 3)) {
            case 0 -> "https://www." + en.internet().domainName();
            case 1 -> "https://" + en.internet().domainName() + "/" + en.internet().slug();
            case 2 -> "http://" + en.internet().domainName() + "/" + rng.alnum(6).toLowerCase(Locale.ROOT) + "?id=" + rng.digits(5);
            default -> en.internet().domainName();
        });
    }

    public Piece ipv4() {
        return Piece.of(IP_ADDRESS, rng.chance(0.5) ? en.internet().privateIpV4Address() : en.internet().publicIpV4Address());
    }

    public Piece ipv6() {
        String v6 = en.internet().ipV6Address();
        return Piece.of(IP_ADDRESS, rng.chance(0.5) ? v6 : v6.replaceFirst("(:0)+:", "::"));
    }

    public Piece mac() {
        String m = en.internet().macAddress().toUpperCase(Locale.ROOT);
        return Piece.of(MAC_ADDRESS, rng.chance(0.7) ? m : m.replace(':', '-'));
    }

    // ---- places ----------------------------------------------------------------------------

    /** A postal address block (street to ZIP), one line or several, US or UK. */
    public Piece address() {
        if (rng.chance(0.2)) {
            String street = gb.address().streetAddress();
            String sep = rng.chance(0.5) ? "\n" : ", ";
            return Piece.of(ADDRESS, street + sep + gb.address().city() + sep + gb.address().postcode());
        }
        String street = en.address().streetAddress();
        String line2 = rng.chance(0.3) ? (rng.chance(0.5) ? ", " : "\n") + en.address().secondaryAddress() : "";
        String sep = rng.chance(0.4) ? "\n" : ", ";
        return Piece.of(ADDRESS, street + line2 + sep + en.address().city() + ", " + en.address().stateAbbr() + " " + zip().text());
    }

    /** A street line alone ("42 Oak Street"), still an ADDRESS. */
    public Piece street() {
        return Piece.of(ADDRESS, en.address().streetAddress());
    }

    public Piece city() {
        return Piece.of(LOCATION, rng.chance(0.85) ? en.address().city() : gb.address().city());
    }

    public Piece state() {
        return Piece.of(LOCATION, rng.chance(0.7) ? en.address().state() : en.address().stateAbbr());
    }

    public Piece country() {
        return Piece.of(LOCATION, en.address().country());
    }

    public Piece zip() {
        return Piece.of(ZIP, rng.chance(0.8) ? en.address().zipCode() : en.address().zipCodePlus4());
    }

    // ---- organisations -----------------------------------------------------------------------

    public Piece company() {
        return Piece.of(ORGANIZATION, en.company().name());
    }

    public Piece bank() {
        return Piece.of(ORGANIZATION, rng.pick("First " + en.address().state() + " Bank", en.name().lastName() + " Savings & Loan",
                en.address().cityName() + " Credit Union", en.company().name() + " Bank", "Bank of " + en.address().cityName()));
    }

    /**
     * A hospital or clinic. Labelled LOCATION, not ORGANIZATION: clinical de-identification corpora
     * (PhysioNet deid, i2b2) file hospital names under location, and the project is scored on them.
     */
    public Piece hospital() {
        return Piece.of(LOCATION, switch (rng.between(0, 4)) {
            case 0, 1 -> en.medical().hospitalName();
            case 2 -> en.address().cityName() + " General Hospital";
            case 3 -> "St. " + en.name().firstName() + "'s Medical Center";
            default -> en.name().lastName() + " Memorial";
        });
    }

    // ---- people attributes ------------------------------------------------------------------

    /** Nationality, religion or political affiliation (GDPR Art. 9 special categories). */
    public Piece nrp() {
        return Piece.of(NRP, switch (rng.between(0, 2)) {
            case 0 -> en.demographic().demonym();
            case 1 -> rng.pick(RELIGIONS);
            default -> rng.pick(POLITICAL);
        });
    }

    /**
     * An age: the number only (templates add "yo", "year old"). Ages over 89 are labelled AGE (a
     * HIPAA identifier); younger ages are plain text, as in the clinical corpora the project is
     * scored on. About one age in four is over 89.
     */
    public Piece age() {
        return rng.chance(0.25) ? Piece.of(AGE, String.valueOf(rng.between(90, 104))) : Piece.plain(String.valueOf(rng.between(19, 89)));
    }

    public String jobTitle() {
        return en.job().title();
    }
}
