package dev.veil.gateway.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.gateway.api.ApiException;

/**
 * How a client names a conversation, so that the same person is [PERSON_1] in every turn: the
 * {@code X-Veil-Conversation} header or the body field {@code veil_conversation} (removed before
 * the request goes upstream). Without either, pseudonyms live for one request only.
 */
public final class Conversation {
    public static final String HEADER = "x-veil-conversation";
    public static final String BODY_FIELD = "veil_conversation";
    private static final String ID = "[A-Za-z0-9._:-]{1,128}";

    private Conversation() {
    }

    /** The conversation id, or null for a one-request scope. Removes the body field. */
    public static String take(String header, ObjectNode body) {
        JsonNode f = body.remove(BODY_FIELD);
        String id = header != null ? header.trim() : f != null && f.isTextual() ? f.asText() : null;
        if (f != null && !f.isTextual() && !f.isNull()) {
            throw ApiException.badRequest("invalid_conversation", BODY_FIELD, "'veil_conversation' must be a string");
        }
        if (id == null || id.isEmpty()) {
            return null;
        }
        if (!id.matches(ID)) {
            throw ApiException.badRequest("invalid_conversation", BODY_FIELD,
                    "conversation ids are 1-128 letters, digits or ._:-");
        }
        return id;
    }
}
