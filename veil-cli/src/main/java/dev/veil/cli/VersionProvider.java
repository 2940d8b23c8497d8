package dev.veil.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest (falls back to "dev" when run from classes). */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Veil.class.getPackage().getImplementationVersion();
        return new String[] {"veil " + (v == null ? "dev" : v), "Java " + Runtime.version()};
    }
}
