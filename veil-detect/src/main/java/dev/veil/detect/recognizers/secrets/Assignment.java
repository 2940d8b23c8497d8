package dev.veil.detect.recognizers.secrets;

/**
 * A {@code key <separator> value} found in a text: {@code password = "x"}, {@code "pwd": "x"},
 * {@code --password x}, {@code the password is x}. Offsets into the text; the value excludes
 * its quotes.
 *
 * @param keyStart   first char of the key name (after any leading dashes)
 * @param keyEnd     end of the key name
 * @param valueStart first char of the value
 * @param valueEnd   end of the value (exclusive)
 * @param form       how key and value were joined
 * @param quoted     whether the value was enclosed in quotes
 */
record Assignment(int keyStart, int keyEnd, int valueStart, int valueEnd, Form form, boolean quoted) {

    /** How the key and the value are joined; it decides how much the value can be trusted. */
    enum Form {
        /** {@code key = value}, {@code key: value}, {@code key := value}, {@code key => value}. */
        OPERATOR,
        /** A command-line flag: {@code --password value}, {@code -Password 'value'}. */
        FLAG,
        /** A key then a quoted value: {@code #define PASSWORD "value"}, SQL {@code PASSWORD 'value'}. */
        QUOTED_AFTER_SPACE,
        /** Prose: {@code my password is value}. */
        PROSE
    }
}
