package dev.veil.gateway.chain;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A pull-based stream of OpenAI {@code chat.completion.chunk} (or completion) objects. Wrappers
 * (restore, output monitoring, audit) decorate it; the HTTP layer drains it.
 */
public interface ChunkStream extends AutoCloseable {

    /**
     * The next chunk, or null when the stream has ended normally.
     *
     * @throws dev.veil.gateway.api.ApiException if the upstream failed or a monitor stopped the stream
     */
    ObjectNode next();

    /** Releases the upstream connection; idempotent. */
    @Override
    void close();
}
