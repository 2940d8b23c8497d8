package dev.veil.gateway.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.core.EntityType;
import dev.veil.core.SecretValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * API keys, stored as SHA-256 hashes in {@code <data>/keys.json} (mode 0600, replaced atomically).
 * A key reads {@code veil_<id>_<secret>}; the id locates the record, the hash of the whole key is
 * compared in constant time. The plaintext exists only in the {@link IssuedKey} returned by
 * {@link #create}, and is never stored or logged.
 *
 * <p>Several processes may share the file (the CLI creates keys while the server runs): writes hold
 * the JVM lock and replace the file atomically; readers reload it when its modification time
 * changes, checked at most once a second. Thread-safe.
 */
public final class ApiKeyStore {
    private static final String PREFIX = "veil_";

    private final Path file;
    private final Clock clock;
    private final SecureRandom random;
    private final ObjectMapper json = new ObjectMapper();
    private volatile Map<String, ApiKeyRecord> byId = Map.of();
    private volatile FileTime loadedMtime;
    private volatile long lastCheckMillis;

    public ApiKeyStore(Path file, Clock clock, SecureRandom random) {
        this.file = file;
        this.clock = clock;
        this.random = random;
        reloadIfChanged(true);
    }

    /** Creates a key; the returned plaintext must be shown to the user once and then dropped. */
    public synchronized IssuedKey create(KeySpec spec) {
        reloadIfChanged(true);
        byte[] idBytes = new byte[6];
        byte[] secret = new byte[32];
        random.nextBytes(idBytes);
        random.nextBytes(secret);
        String id = "key_" + HexFormat.of().formatHex(idBytes);
        String plaintext = PREFIX + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiKeyRecord rec = new ApiKeyRecord(id, sha256(plaintext), spec.name(), spec.tenant(), spec.roles(), spec.models(),
                spec.reveal(), spec.requestsPerMinute(), spec.tokensPerDay(), clock.instant(), spec.expiresAt(), false);
        Map<String, ApiKeyRecord> next = new LinkedHashMap<>(byId);
        next.put(id, rec);
        write(next);
        return new IssuedKey(SecretValue.of(plaintext), rec);
    }

    /** Revokes a key by id; returns false if there is no such key. */
    public synchronized boolean revoke(String id) {
        reloadIfChanged(true);
        ApiKeyRecord rec = byId.get(id);
        if (rec == null) {
            return false;
        }
        Map<String, ApiKeyRecord> next = new LinkedHashMap<>(byId);
        next.put(id, rec.revoke());
        write(next);
        return true;
    }

    public List<ApiKeyRecord> list() {
        reloadIfChanged(false);
        return List.copyOf(byId.values());
    }

    public boolean isEmpty() {
        reloadIfChanged(false);
        return byId.isEmpty();
    }

    /** The record of a presented key if it exists, matches, is not revoked and has not expired. */
    public Optional<ApiKeyRecord> verify(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 200) {
            return Optional.empty();
        }
        int sep = presented.indexOf('_', PREFIX.length() + 4);
        if (sep < 0) {
            return Optional.empty();
        }
        String id = presented.substring(PREFIX.length(), sep);
        reloadIfChanged(false);
        ApiKeyRecord rec = byId.get(id);
        if (rec == null || rec.revoked() || rec.expired(clock.instant())) {
            return Optional.empty();
        }
        boolean ok = MessageDigest.isEqual(sha256(presented).getBytes(StandardCharsets.US_ASCII),
                rec.hash().getBytes(StandardCharsets.US_ASCII));
        return ok ? Optional.of(rec) : Optional.empty();
    }

    private void reloadIfChanged(boolean force) {
        long now = System.currentTimeMillis();
        if (!force && now - lastCheckMillis < 1000) {
            return;
        }
        lastCheckMillis = now;
        try {
            if (!Files.exists(file)) {
                byId = Map.of();
                loadedMtime = null;
                return;
            }
            FileTime mtime = Files.getLastModifiedTime(file);
            if (!force && mtime.equals(loadedMtime)) {
                return;
            }
            byId = parse(json.readTree(file.toFile()));
            loadedMtime = mtime;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read key store " + file.getFileName(), e);
        }
    }

    private Map<String, ApiKeyRecord> parse(JsonNode root) {
        Map<String, ApiKeyRecord> out = new LinkedHashMap<>();
        for (JsonNode k : root.path("keys")) {
            Set<EntityType> reveal = EnumSet.noneOf(EntityType.class);
            for (JsonNode t : k.path("reveal")) {
                EntityType.parse(t.asText()).ifPresent(reveal::add);
            }
            ApiKeyRecord r = new ApiKeyRecord(k.path("id").asText(), k.path("hash").asText(), k.path("name").asText(),
                    k.path("tenant").asText("default"), strings(k.path("roles")), strings(k.path("models")), reveal,
                    k.path("requestsPerMinute").asInt(0), k.path("tokensPerDay").asLong(0),
                    Instant.parse(k.path("createdAt").asText()),
                    k.hasNonNull("expiresAt") ? Instant.parse(k.get("expiresAt").asText()) : null,
                    k.path("revoked").asBoolean(false));
            out.put(r.id(), r);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Set<String> strings(JsonNode arr) {
        Set<String> s = new HashSet<>();
        arr.forEach(n -> s.add(n.asText()));
        return s;
    }

    private void write(Map<String, ApiKeyRecord> keys) {
        ObjectNode root = json.createObjectNode();
        root.put("format", 1);
        ArrayNode arr = root.putArray("keys");
        for (ApiKeyRecord r : keys.values()) {
            ObjectNode k = arr.addObject();
            k.put("id", r.id());
            k.put("hash", r.hash());
            k.put("name", r.name());
            k.put("tenant", r.tenant());
            r.roles().stream().sorted().forEach(k.putArray("roles")::add);
            r.models().stream().sorted().forEach(k.putArray("models")::add);
            r.reveal().stream().map(Enum::name).sorted().forEach(k.putArray("reveal")::add);
            k.put("requestsPerMinute", r.requestsPerMinute());
            k.put("tokensPerDay", r.tokensPerDay());
            k.put("createdAt", r.createdAt().toString());
            if (r.expiresAt() != null) {
                k.put("expiresAt", r.expiresAt().toString());
            }
            k.put("revoked", r.revoked());
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".keys", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // non-POSIX file system: rely on the directory's permissions
            }
            Files.write(tmp, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
            try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            byId = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keys));
            loadedMtime = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write key store " + file.getFileName(), e);
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** For tests and diagnostics: ids only. */
    List<String> ids() {
        return new ArrayList<>(byId.keySet());
    }
}
