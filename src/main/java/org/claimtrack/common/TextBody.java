package org.claimtrack.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads an article body: refuses an empty one, one over the size limit (before reading further
 * than the limit, so nothing is parsed) and bytes that are not UTF-8, each with its own 4xx.
 */
public final class TextBody {

    private TextBody() {
    }

    public static String read(InputStream in, int maxBytes) {
        return decode(readBytes(in, maxBytes));
    }

    /** The body's bytes, refused when over the limit (413); decoding is the caller's (an HTML page names its charset). */
    public static byte[] readBytes(InputStream in, int maxBytes) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw ApiError.of(400, "could not read the request body: " + e.getMessage());
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        return bytes;
    }

    public static String decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw ApiError.of(400, "empty body: send the article text");
        }
        // offsets count from the text exactly as submitted, so a UTF-8 byte order mark stays in it
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            throw ApiError.of(400, "the body is UTF-16 (it starts with a UTF-16 byte order mark): send UTF-8");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ApiError.of(400, "the body is not valid UTF-8: send text/plain; charset=utf-8");
        }
    }

    public static RuntimeException tooLarge(int maxBytes) {
        return ApiError.of(413, "body too large: the limit is " + maxBytes + " bytes");
    }
}
