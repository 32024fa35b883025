package org.doctoronboarding.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Request;
import io.javalin.testtools.Response;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Sends requests to the app under test through the JavalinTest client and reads the responses. Bodies
 * given as strings are sent byte for byte, so tests can send malformed JSON. Other bodies are written as JSON.
 */
final class ApiClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client;
    private final String token;

    /** A client signed in as an administrator, the role every route admits. */
    ApiClient(HttpClient client) {
        this(client, StubAuthentication.ADMIN_TOKEN);
    }

    /** A client that sends the given bearer token, or none when it is null. */
    ApiClient(HttpClient client, String token) {
        this.client = client;
        this.token = token;
    }

    ApiResponse get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    ApiResponse post(String path, Object body, String... headers) {
        return send("POST", path, body, headers);
    }

    ApiResponse patch(String path, Object body, String... headers) {
        return send("PATCH", path, body, headers);
    }

    ApiResponse delete(String path, String... headers) {
        return send("DELETE", path, null, headers);
    }

    /** Creates a doctor from the body and returns its number, failing the test unless the API returns 201. */
    long createDoctor(Map<String, Object> body) {
        ApiResponse response = post("/api/v1/doctors", body);
        if (response.status() != 201) {
            throw new AssertionError("creating a doctor failed with " + response.status() + ": " + response.body());
        }
        return response.json().get("doctor_id").asLong();
    }

    /**
     * Sends a request with the given method. The {@code headers} alternate names and values. A JSON body gets
     * {@code Content-Type: application/json} unless the headers set another.
     */
    ApiResponse send(String method, String path, Object body, String... headers) {
        BodyPublisher publisher = body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(text(body), StandardCharsets.UTF_8);
        return request(path, builder -> {
            if (body != null && !names(headers).contains("content-type")) {
                builder.header("Content-Type", "application/json");
            }
            withMethod(builder, method, publisher);
        }, headers);
    }

    /** Sends a multipart/form-data POST with the given parts, built by hand as a browser would. */
    ApiResponse postMultipart(String path, List<Part> parts, String... headers) {
        String boundary = "----onboarding-test-boundary-7f3a9c";
        var body = new ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--" + boundary + "\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
            if (part.fileName() != null) {
                head.append("; filename=\"").append(part.fileName()).append('"');
            }
            head.append("\r\n");
            if (part.contentType() != null) {
                head.append("Content-Type: ").append(part.contentType()).append("\r\n");
            }
            head.append("\r\n");
            body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        BodyPublisher publisher = BodyPublishers.ofByteArray(body.toByteArray());
        return request(path, builder -> builder
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .post(publisher), headers);
    }

    private ApiResponse request(String path, Consumer<Request.Builder> setup, String... headers) {
        if (headers.length % 2 != 0) {
            throw new IllegalArgumentException("headers must alternate names and values");
        }
        boolean authorizationGiven = names(headers).contains("authorization");
        Response response = client.request(path, builder -> {
            if (token != null && !authorizationGiven) {
                builder.header("Authorization", "Bearer " + token);
            }
            for (int i = 0; i < headers.length; i += 2) {
                builder.header(headers[i], headers[i + 1]);
            }
            setup.accept(builder);
        });
        return new ApiResponse(response.code(), response.headers(), response.body().string());
    }

    private static void withMethod(Request.Builder builder, String method, BodyPublisher publisher) {
        switch (method) {
            case "GET" -> builder.get();
            case "POST" -> builder.post(publisher);
            case "PUT" -> builder.put(publisher);
            case "PATCH" -> builder.patch(publisher);
            case "DELETE" -> builder.delete(publisher);
            default -> throw new IllegalArgumentException("unsupported method " + method);
        }
    }

    private static List<String> names(String... headers) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < headers.length; i += 2) {
            names.add(headers[i].toLowerCase(java.util.Locale.ROOT));
        }
        return names;
    }

    private static String text(Object body) {
        if (body instanceof String raw) {
            return raw;
        }
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the request body as JSON", e);
        }
    }

    /** Parses a response body, failing the test when it is not JSON. */
    static JsonNode parse(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("the response body is not JSON: " + body, e);
        }
    }

    /** One multipart part; {@code fileName} and {@code contentType} may be null for a plain form field. */
    record Part(String name, String fileName, String contentType, byte[] content) {

        static Part file(String name, String fileName, byte[] content) {
            return new Part(name, fileName, "application/octet-stream", content);
        }

        static Part field(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
