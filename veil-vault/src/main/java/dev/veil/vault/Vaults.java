package dev.veil.vault;

import dev.veil.core.SecretValue;
import dev.veil.vault.keys.KeyProvider;
import dev.veil.vault.keys.KeyProviders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

/**
 * Entry point: builds the three kinds of {@link TokenVault}.
 *
 * <pre>{@code
 * try (TokenVault vault = Vaults.sqlite(dataDir).retention(RetentionPolicy.expireAfter(Duration.ofDays(30))).open()) {
 *     List<String> tokens = vault.tokenize(scope, List.of(TokenRequest.of(EntityType.PERSON, "Maria Garcia")));
 * }
 * }</pre>
 */
public final class Vaults {
    /** The SQLite vault's file in the data directory. */
    public static final String SQLITE_FILE_NAME = "vault.db";
    /** Default PostgreSQL schema. */
    public static final String DEFAULT_SCHEMA = "veil_vault";

    private Vaults() {
    }

    /**
     * The default embedded vault: {@code dataDir/vault.db}. Keys default to
     * {@link KeyProviders#configured} (a PKCS#11 token if VEIL_PKCS11_LIBRARY is set, else VEIL_MASTER_KEY,
     * else {@code dataDir/master.key}).
     */
    public static Builder sqlite(Path dataDir) {
        return new Builder(Objects.requireNonNull(dataDir, "dataDir"), null);
    }

    /** A vault shared by several replicas. Keys default to the VEIL_MASTER_KEY environment variable. */
    public static Builder postgres(String jdbcUrl) {
        return new Builder(null, Objects.requireNonNull(jdbcUrl, "jdbcUrl"));
    }

    /** An in-memory vault for request-scoped use: nothing touches disk. */
    public static EphemeralBuilder ephemeral() {
        return new EphemeralBuilder();
    }

    /** Options shared by every vault kind. */
    public abstract static class CommonBuilder<B extends CommonBuilder<B>> {
        TokenFactory tokenFactory = PlaceholderTokens.brackets();
        RetentionPolicy retention = RetentionPolicy.keepForever();
        Clock clock = Clock.systemUTC();

        CommonBuilder() {
        }

        abstract B self();

        /** The factory for new tokens; default {@link PlaceholderTokens#brackets()}. */
        public B tokenFactory(TokenFactory factory) {
            this.tokenFactory = Objects.requireNonNull(factory, "factory");
            return self();
        }

        /** Default {@link RetentionPolicy#keepForever()}. */
        public B retention(RetentionPolicy policy) {
            this.retention = Objects.requireNonNull(policy, "policy");
            return self();
        }

        /** The clock for expiry; tests inject a fixed or mutable one. */
        public B clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return self();
        }
    }

    /** Builds an {@link EphemeralVault}. */
    public static final class EphemeralBuilder extends CommonBuilder<EphemeralBuilder> {
        private EphemeralBuilder() {
        }

        @Override
        EphemeralBuilder self() {
            return this;
        }

        public TokenVault open() {
            return new EphemeralVault(tokenFactory, retention, clock);
        }
    }

    /** Builds a persistent vault on SQLite or PostgreSQL. */
    public static final class Builder extends CommonBuilder<Builder> {
        private final Path dataDir;
        private final String jdbcUrl;
        private KeyProvider keyProvider;
        private int tokenCacheSize = 100_000;
        private int scopeCacheSize = 10_000;
        private String user;
        private SecretValue password;
        private String schema = DEFAULT_SCHEMA;
        private int poolSize = 4;

        private Builder(Path dataDir, String jdbcUrl) {
            this.dataDir = dataDir;
            this.jdbcUrl = jdbcUrl;
        }

        @Override
        Builder self() {
            return this;
        }

        /** Where key-encryption keys come from (environment/key file by default, KMS, PKCS#11...). */
        public Builder keyProvider(KeyProvider provider) {
            this.keyProvider = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /** How many (scope, value) to token mappings to keep in memory; 0 disables the cache. */
        public Builder tokenCacheSize(int entries) {
            this.tokenCacheSize = nonNegative(entries);
            return this;
        }

        /** How many scopes' unwrapped keys to keep in memory. */
        public Builder scopeCacheSize(int scopes) {
            this.scopeCacheSize = nonNegative(scopes);
            return this;
        }

        /** PostgreSQL credentials, if not in the URL. */
        public Builder credentials(String user, SecretValue password) {
            requirePostgres("credentials");
            this.user = Objects.requireNonNull(user, "user");
            this.password = password;
            return this;
        }

        /** PostgreSQL schema holding the vault's tables; default {@value #DEFAULT_SCHEMA}. */
        public Builder schema(String schema) {
            requirePostgres("schema");
            this.schema = Objects.requireNonNull(schema, "schema");
            return this;
        }

        /** PostgreSQL connections per process; default 4. */
        public Builder poolSize(int connections) {
            requirePostgres("poolSize");
            if (connections < 1) {
                throw new IllegalArgumentException("poolSize must be >= 1");
            }
            this.poolSize = connections;
            return this;
        }

        /**
         * Opens the vault: creates or checks the schema and unwraps the vault-wide key, so a wrong or
         * missing key fails here, before any data is touched.
         */
        public TokenVault open() {
            KeyProvider provider = keyProvider;
            if (provider == null) {
                provider = dataDir != null
                        ? KeyProviders.configured(dataDir, !Files.exists(dataDir.resolve(SQLITE_FILE_NAME)),
                                System.getenv(), new SecureRandom())
                        : KeyProviders.pkcs11Selected(System.getenv()) ? KeyProviders.fromPkcs11Environment(System.getenv())
                        : KeyProviders.fromEnvironment(System.getenv());
            }
            VaultStore store = dataDir != null
                    ? SqliteDialect.open(dataDir)
                    : PostgresDialect.open(jdbcUrl, user, password, schema, poolSize);
            try {
                KeyManager keys = new KeyManager(provider, store, scopeCacheSize);
                return new PersistentVault(store, keys, tokenFactory, retention, clock, tokenCacheSize);
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }

        private void requirePostgres(String option) {
            if (jdbcUrl == null) {
                throw new IllegalStateException("vault: " + option + " applies to PostgreSQL vaults only");
            }
        }

        private static int nonNegative(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("cache size must be >= 0");
            }
            return n;
        }

        @Override
        public String toString() {
            return "Vaults.Builder[" + (dataDir != null ? "sqlite " + dataDir : "postgres schema " + schema) + "]";
        }
    }
}
