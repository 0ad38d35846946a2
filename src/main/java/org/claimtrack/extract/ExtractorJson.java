package org.claimtrack.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Interim JSON writer; replaced by the extractor branch. */
public final class ExtractorJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExtractorJson() {
    }

    public static String toJson(ExtractionResult result) {
        try {
            var root = MAPPER.createObjectNode();
            root.put("extractor", result.extractor());
            root.set("claims", MAPPER.valueToTree(result.claims()));
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
