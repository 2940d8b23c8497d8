package dev.veil.gateway.auth;

import dev.veil.core.SecretValue;

/** A freshly created key: the plaintext, shown once, and its stored record. */
public record IssuedKey(SecretValue key, ApiKeyRecord record) {
}
