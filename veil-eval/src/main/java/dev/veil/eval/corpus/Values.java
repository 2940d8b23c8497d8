package dev.veil.eval.corpus;

import static dev.veil.core.EntityType.*;

import java.util.Locale;

/**
 * Every value source of the generator behind one seeded {@link Rng}, plus the slot names all
 * genres share ({@code {{phone}}}, {@code {{iban}}}, ...). Genres add their own slots for the
 * people of a document and fall back to {@link #common}.
 */
public final class Values {
    public final Rng rng;
    public final Fakes fakes;
    public final Names names;
    public final Dates dates;
    public final FinanceValues finance;
    public final GovernmentIds gov;
    public final HealthIds health;
    public final DeviceIds devices;
    public final SecretValues secrets;

    public Values(long seed) {
        this.rng = new Rng(seed);
        this.fakes = new Fakes(rng);
        this.names = fakes.names;
        this.dates = new Dates(rng);
        this.finance = new FinanceValues(rng);
        this.gov = new GovernmentIds(rng);
        this.health = new HealthIds(rng);
        this.devices = new DeviceIds(rng);
        this.secrets = new SecretValues(rng);
    }

    /** A fresh person, written in full, with the given chances of lower and upper case. */
    public Piece person(double lower, double upper) {
        return Piece.of(PERSON, names.styled(names.next(), rng.pick(Names.Style.FULL, Names.Style.FULL, Names.Style.FULL,
                Names.Style.INITIAL_LAST, Names.Style.FIRST), lower, upper));
    }

    /**
     * Values for the shared slot names, or {@code null} for a name this method does not know (the
     * template then fails loudly at generation time).
     */
    public Piece common(String slot) {
        return switch (slot) {
            case "person" -> person(0.05, 0.03);
            case "phone" -> fakes.phone();
            case "email" -> fakes.email(names.next());
            case "url" -> fakes.url();
            case "ip" -> rng.chance(0.85) ? fakes.ipv4() : fakes.ipv6();
            case "ipv4" -> fakes.ipv4();
            case "mac" -> fakes.mac();
            case "address" -> fakes.address();
            case "street" -> fakes.street();
            case "city" -> fakes.city();
            case "state" -> fakes.state();
            case "country" -> fakes.country();
            case "zip" -> fakes.zip();
            case "company" -> fakes.company();
            case "bank" -> fakes.bank();
            case "hospital" -> fakes.hospital();
            case "nrp" -> fakes.nrp();
            case "age" -> fakes.age();
            case "date" -> dates.any(false);
            case "dob" -> dates.birth();
            case "shortdate" -> dates.shortDate();
            case "year" -> dates.year(false);
            case "time" -> dates.time();
            case "ssn" -> gov.ssn();
            case "itin" -> gov.itin();
            case "ein" -> gov.ein();
            case "passport" -> gov.passport();
            case "dl" -> gov.driverLicense();
            case "nino" -> gov.ukNino();
            case "nhs" -> gov.ukNhs();
            case "detax" -> gov.deTaxId();
            case "nir" -> gov.frNir();
            case "nif" -> gov.esNif();
            case "cf" -> gov.itFiscalCode();
            case "bsn" -> gov.nlBsn();
            case "card" -> finance.card();
            case "exp" -> finance.expiry();
            case "cvv" -> finance.cvv();
            case "iban" -> finance.iban();
            case "aba" -> finance.aba();
            case "bic" -> finance.bic();
            case "account" -> finance.bankAccount();
            case "wallet" -> finance.wallet();
            case "mrn" -> health.mrn();
            case "npi" -> health.npi();
            case "dea" -> health.dea((char) ('A' + rng.between(0, 25)));
            case "mbi" -> health.mbi();
            case "plan" -> health.healthPlanId();
            case "refno" -> health.referenceNumber();
            case "vin" -> devices.vin();
            case "plate" -> devices.licensePlate();
            case "imei" -> devices.imei();
            case "serial" -> devices.serial();
            case "apikey" -> secrets.apiKey();
            case "awssecret" -> secrets.awsSecret();
            case "secret" -> secrets.genericSecret();
            case "jwt" -> secrets.jwt();
            case "pem" -> secrets.privateKey();
            case "password" -> secrets.password();
            case "conn" -> secrets.connectionString(fakes.en.internet().username().replaceAll("[^A-Za-z0-9_]", ""), host());
            // unlabelled look-alikes: numbers and hex strings that are NOT identifiers
            case "order" -> Piece.plain(rng.pick("", "A", "ORD-") + rng.digits(rng.between(6, 10)));
            case "last4" -> Piece.plain(rng.digits(4));
            case "amount" -> Piece.plain(String.format(Locale.ROOT, "%,d.%02d", rng.between(5, 25000), rng.between(0, 99)));
            case "sha" -> Piece.plain(rng.hex(40));
            case "uuid" -> Piece.plain(java.util.UUID.nameUUIDFromBytes(rng.bytes(16)).toString());
            case "version" -> Piece.plain(rng.between(0, 9) + "." + rng.between(0, 30) + "." + rng.between(0, 20));
            case "host" -> Piece.plain(host());
            case "user" -> Piece.plain(fakes.en.internet().username().replaceAll("[^A-Za-z0-9_.]", ""));
            case "jobtitle" -> Piece.plain(fakes.jobTitle());
            default -> null;
        };
    }

    /** A host name for configuration files: a private IP would be a separate entity, so names only. */
    String host() {
        return rng.pick("db", "pg", "mysql", "cache", "api", "auth") + "-" + rng.pick("prod", "staging", "eu1", "us-east") + "."
                + rng.pick("internal", "corp.example.com", "svc.cluster.local", "acme.io");
    }
}
