package dev.veil.cli.serve;

import dev.veil.cli.CliException;
import dev.veil.core.EntityType;
import dev.veil.gateway.auth.ApiKeyRecord;
import dev.veil.gateway.auth.ApiKeyStore;
import dev.veil.gateway.auth.IssuedKey;
import dev.veil.gateway.auth.KeySpec;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code veil keys create|list|revoke}: API keys for the gateway, stored as hashes in the data directory. */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Manage gateway API keys.",
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
public final class KeysCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    static ApiKeyStore store(Path data) {
        return new ApiKeyStore(DataDir.resolve(data).resolve("keys.json"), Clock.systemUTC(), new SecureRandom());
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a key; it is printed once and only its hash is stored.")
    static final class Create implements Runnable {
        @Option(names = "--data", paramLabel = "DIR") Path data;
        @Option(names = "--name", defaultValue = "key") String name;
        @Option(names = "--tenant", defaultValue = "default") String tenant;
        @Option(names = "--role", split = ",", required = true, description = "Roles, e.g. app or admin.") List<String> roles;
        @Option(names = "--model", split = ",", description = "Models the key may use (default: all).") List<String> models;
        @Option(names = "--reveal", split = ",", paramLabel = "TYPE",
                description = "Entity types restored in answers for this key, or 'all'.") List<String> reveal;
        @Option(names = "--rpm", defaultValue = "0", description = "Requests per minute (0: unlimited).") int rpm;
        @Option(names = "--tokens-per-day", defaultValue = "0", description = "Model tokens per day (0: unlimited).") long tokens;
        @Option(names = "--expires-in", paramLabel = "DURATION", description = "e.g. 30d, 12h.") String expires;

        @Override
        public void run() {
            Set<EntityType> rev = EnumSet.noneOf(EntityType.class);
            for (String t : reveal == null ? List.<String>of() : reveal) {
                if (t.equalsIgnoreCase("all")) {
                    rev.addAll(EnumSet.allOf(EntityType.class));
                } else {
                    rev.add(EntityType.parse(t).orElseThrow(() -> new CliException("unknown entity type in --reveal")));
                }
            }
            Instant exp = expires == null ? null : Instant.now().plus(parse(expires));
            try {
                IssuedKey k = store(data).create(new KeySpec(name, tenant, Set.copyOf(roles),
                        models == null ? Set.of() : Set.copyOf(models), rev, rpm, tokens, exp));
                System.out.println(k.key().reveal());
                System.err.println("veil: created " + k.record().id() + " (roles " + k.record().roles()
                        + "); the key above is shown once");
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            }
        }

        private static Duration parse(String s) {
            try {
                long n = Long.parseLong(s.substring(0, s.length() - 1));
                return switch (s.charAt(s.length() - 1)) {
                    case 'd' -> Duration.ofDays(n);
                    case 'h' -> Duration.ofHours(n);
                    case 'm' -> Duration.ofMinutes(n);
                    default -> throw new NumberFormatException();
                };
            } catch (RuntimeException e) {
                throw new CliException("--expires-in takes a duration like 30d, 12h or 90m");
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List keys (ids and grants, never keys).")
    static final class ListKeys implements Runnable {
        @Option(names = "--data", paramLabel = "DIR") Path data;

        @Override
        public void run() {
            for (ApiKeyRecord r : store(data).list()) {
                List<String> cols = new ArrayList<>();
                cols.add(r.id());
                cols.add(r.name());
                cols.add("tenant=" + r.tenant());
                cols.add("roles=" + String.join(",", r.roles()));
                cols.add("models=" + String.join(",", r.models()));
                cols.add("reveal=" + r.reveal().size() + " types");
                cols.add(r.revoked() ? "REVOKED" : r.expiresAt() == null ? "no expiry" : "expires " + r.expiresAt());
                System.out.println(String.join("  ", cols));
            }
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key by id.")
    static final class Revoke implements Runnable {
        @Option(names = "--data", paramLabel = "DIR") Path data;
        @Parameters(paramLabel = "KEY_ID") String id;

        @Override
        public void run() {
            if (!store(data).revoke(id)) {
                throw new CliException("no key with id " + (id.matches("[a-z0-9_]{1,40}") ? id : "(given)"));
            }
            System.out.println("revoked " + id);
        }
    }
}
