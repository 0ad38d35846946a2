package org.claimtrack.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON that may be pasted into an HTML {@code <script type="application/ld+json">} as it is: {@code <},
 * {@code >} and {@code &} are written as {@code \u003c}, {@code \u003e}, {@code \u0026} (so no
 * {@code </script>} or {@code <!--} can end the script early), and U+2028/U+2029 as escapes too. The
 * JSON means the same to every parser. Used for every JSON-LD the app writes.
 */
public final class ScriptSafeJson extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    /** A factory whose generators escape so. */
    public static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(new ScriptSafeJson());

    private final int[] table;

    private ScriptSafeJson() {
        table = standardAsciiEscapesForJSON();
        table['<'] = ESCAPE_STANDARD;
        table['>'] = ESCAPE_STANDARD;
        table['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return table;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch == 0x2028) {
            return new SerializedString("\\u2028");
        }
        if (ch == 0x2029) {
            return new SerializedString("\\u2029");
        }
        return null;
    }
}
