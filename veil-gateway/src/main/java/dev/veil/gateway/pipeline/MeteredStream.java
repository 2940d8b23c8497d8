package dev.veil.gateway.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.gateway.chain.ChunkStream;

/** Runs a callback once when the wrapped stream ends or is closed. */
final class MeteredStream implements ChunkStream {
    private final ChunkStream in;
    private final Runnable onEnd;
    private boolean ended;

    MeteredStream(ChunkStream in, Runnable onEnd) {
        this.in = in;
        this.onEnd = onEnd;
    }

    @Override
    public ObjectNode next() {
        ObjectNode c = in.next();
        if (c == null) {
            end();
        }
        return c;
    }

    private void end() {
        if (!ended) {
            ended = true;
            onEnd.run();
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } finally {
            end();
        }
    }
}
