package dev.veil.audit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/** Opens segment files for writing; replaceable in tests to simulate a full or failing disk. */
@FunctionalInterface
interface ChannelOpener {
    ChannelOpener DEFAULT = (path, create) -> FileChannel.open(path,
            create ? Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE) : Set.of(StandardOpenOption.WRITE),
            SecureFiles.fileAttributes(path));

    /** Opens {@code path} for writing; {@code create} means it must not exist yet. */
    FileChannel open(Path path, boolean create) throws IOException;
}
