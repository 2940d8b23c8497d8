package dev.veil.gateway.config;

/** A configuration error; the message names the file, line and setting, never a secret value. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
