package org.doctoronboarding.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.doctoronboarding.domain.FieldError;
import org.doctoronboarding.domain.ValidationException;

/** The one JSON configuration of the API: strict on input, plain maps and lists on output. */
public final class Json {

    /** The largest JSON body the API parses; larger bodies are refused before parsing. */
    static final int MAX_BODY_BYTES = 1_048_576;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private static final Pattern DUPLICATE_KEY = Pattern.compile("^Duplicate field '([^']{1,100})'");

    private Json() {
    }

    /** Returns the shared mapper; callers must not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Writes a value as pretty-printed JSON text. */
    public static String pretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes a value as compact JSON text. */
    public static String compact(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Parses a request body that must be a JSON object into plain Java values (String, Integer, Long,
     * BigDecimal, Boolean, List, Map, null), keeping the key order.
     *
     * @param emptyAllowed whether an empty body counts as {@code {}}
     * @throws InvalidRequestException for malformed JSON, duplicate keys or a body that is not an object
     * @throws ValidationException naming every key outside {@code allowed}
     */
    static Map<String, Object> parseObject(String body, Set<String> allowed, boolean emptyAllowed) {
        Map<String, Object> values = parseObject(body, emptyAllowed);
        List<FieldError> errors = values.keySet().stream().filter(name -> !allowed.contains(name)).sorted()
                .map(name -> new FieldError(name, "is not accepted here; use " + String.join(", ", allowed.stream().sorted().toList())))
                .toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return values;
    }

    static Map<String, Object> parseObject(String body, boolean emptyAllowed) {
        if (body == null || body.isBlank()) {
            if (emptyAllowed) {
                return new LinkedHashMap<>();
            }
            throw new InvalidRequestException("MALFORMED_JSON", null, "The request body is empty; send a JSON object.");
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            var duplicate = DUPLICATE_KEY.matcher(String.valueOf(e.getOriginalMessage()));
            if (duplicate.find()) {
                throw new InvalidRequestException("MALFORMED_JSON", duplicate.group(1),
                        "The request body names the field '" + duplicate.group(1) + "' more than once" + where + ".");
            }
            // Jackson's own message names its classes and settings, so the caller only learns where it failed.
            throw new InvalidRequestException("MALFORMED_JSON", null,
                    "The request body is not valid JSON" + where + "; send one JSON object with unique keys.");
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidRequestException("MALFORMED_JSON", null,
                    "The request body must be a JSON object, got " + (tree == null ? "nothing" : tree.getNodeType().name().toLowerCase()) + ".");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = MAPPER.convertValue(tree, LinkedHashMap.class);
        return values;
    }
}
