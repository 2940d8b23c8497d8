package dev.veil.gateway.chain;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the pipeline answers: a JSON document, or a stream of chunks sent as server-sent events. */
public sealed interface Reply {

    /** A complete JSON answer. */
    record Json(int status, ObjectNode body) implements Reply {
    }

    /** A streamed answer; the HTTP layer writes each chunk as {@code data: ...} and ends with [DONE]. */
    record Stream(ChunkStream chunks) implements Reply {
    }
}
