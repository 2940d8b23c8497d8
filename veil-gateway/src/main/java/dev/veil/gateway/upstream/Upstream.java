package dev.veil.gateway.upstream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.gateway.chain.Endpoint;
import dev.veil.gateway.chain.Reply;
import java.util.Set;

/**
 * A model server the gateway forwards masked requests to. Implementations own their timeout, retry
 * and concurrency limit, and translate failures into {@link dev.veil.gateway.api.ApiException}s
 * (502 unreachable or broken, 503 saturated, 504 too slow) whose messages name the upstream only.
 *
 * <p>Guarantee: an upstream only ever receives the body it is given, which the pipeline has already
 * masked; it never sees the raw request.
 */
public interface Upstream extends AutoCloseable {

    /** Configured name, used in logs, metrics and audit records. */
    String name();

    /** Model names served by this upstream (the router sends requests for these here). */
    Set<String> models();

    /** Sends one request. {@code body} is the masked OpenAI request, with {@code model} as the client sent it. */
    Reply call(Endpoint endpoint, ObjectNode body, boolean stream);

    /** Whether the upstream currently answers (for /readyz); cheap and bounded in time. */
    default boolean ready() {
        return true;
    }

    @Override
    default void close() {
    }
}
