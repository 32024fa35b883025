package org.doctoronboarding.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpHeaders;
import java.util.List;

/** A response as the tests see it: status, headers and the body text. */
record ApiResponse(int status, HttpHeaders headers, String body) {

    /** Returns the only value of the header, or null when the response lacks it. */
    String header(String name) {
        List<String> values = headers.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new AssertionError("header " + name + " is present " + values.size() + " times: " + values);
        }
        return values.getFirst();
    }

    String contentType() {
        return header("Content-Type");
    }

    String requestId() {
        return header(RequestIds.HEADER);
    }

    JsonNode json() {
        return ApiClient.parse(body);
    }
}
