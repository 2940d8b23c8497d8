package dev.veil.gateway.http;

import dev.veil.gateway.api.ErrorBodies;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderValues;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;

/**
 * Errors Helidon answers before a route runs (malformed HTTP, oversized entity, ...) in OpenAI's
 * error shape. The transport's own message is not echoed: it may quote the request.
 */
final class OpenAiDirectHandler implements DirectHandler {
    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status status,
                                    ServerResponseHeaders headers, String message) {
        String type = status.code() == 413 ? "invalid_request_error" : status.code() >= 500 ? "server_error"
                : "invalid_request_error";
        String code = status.code() == 413 ? "request_too_large" : "http_error";
        String text = status.code() == 413 ? "request body too large" : "HTTP error " + status.code() + " ("
                + status.reasonPhrase() + ")";
        return TransportResponse.builder()
                .status(status)
                .header(HeaderValues.CONTENT_TYPE_JSON)
                .entity(ErrorBodies.render(text, type, null, code))
                .build();
    }
}
