package dev.veil.monitor.screen;

import java.util.Locale;

/** What input screening looks for. Each category has its own configurable {@link ScreenAction}. */
public enum ScreenCategory {
    /** Credentials typed into the prompt (from the analyzer's secret findings). */
    CREDENTIALS,
    /** Instruction overrides, role-play escapes, jailbreak personas, fake system turns. */
    PROMPT_INJECTION,
    /** Zero-width and tag characters, bidi overrides, encoded blobs that decode to instructions. */
    HIDDEN_TEXT,
    /** Asks to reveal the system prompt or earlier context, or to send the conversation elsewhere. */
    EXFILTRATION;

    /** Lower-case name used in configuration and alert types. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
