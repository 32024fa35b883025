package org.doctoronboarding.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks that a response is a complete RFC 9457 problem as the API promises it. */
final class ProblemAssertions {

    /** A qualified name from the JDK, a library or this project, such as {@code java.lang.IllegalStateException}. */
    private static final Pattern QUALIFIED_CLASS_NAME =
            Pattern.compile("\\b(java|javax|jakarta|sun|kotlin|com\\.fasterxml|org\\.eclipse|io\\.javalin|org\\.doctoronboarding)\\.[A-Za-z_$]");
    /** A stack frame line, such as {@code at org.example.Foo.bar(Foo.java:12)}. */
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)");
    /** A method call or enum constant on a Java type, such as {@code Limits.getMaxDepth()} or {@code Feature.FAIL_ON_X}. */
    private static final Pattern JAVA_MEMBER = Pattern.compile("\\b[A-Z][A-Za-z0-9]+\\.([a-z][A-Za-z0-9]*\\(|[A-Z][A-Z0-9]*_[A-Z0-9_]+)");

    private ProblemAssertions() {
    }

    /**
     * Asserts the status, the problem media type, every required member, the code, and that the body's
     * request id is the one in the {@code X-Request-ID} header. Returns the parsed body.
     */
    static JsonNode assertProblem(ApiResponse response, int status, String code) {
        assertThat(response.status()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith(Problems.CONTENT_TYPE);
        assertNoJavaInternals(response);

        JsonNode problem = response.json();
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).endsWith("/" + code.toLowerCase(Locale.ROOT).replace('_', '-'));
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.path("request_id").asText()).isNotBlank().isEqualTo(response.requestId());
        return problem;
    }

    /** Asserts a 422 {@code VALIDATION_FAILED} problem and returns the fields its {@code errors[]} name, in order. */
    static List<String> assertValidationFields(ApiResponse response) {
        JsonNode problem = assertProblem(response, 422, "VALIDATION_FAILED");
        return errorFields(problem);
    }

    /** Returns the fields named by {@code errors[]}, checking that each entry has a non-blank message. */
    static List<String> errorFields(JsonNode problem) {
        assertThat(problem.path("errors").isArray()).as("errors[] in %s", problem).isTrue();
        List<String> fields = new ArrayList<>();
        for (JsonNode error : problem.path("errors")) {
            assertThat(error.path("message").asText()).as("message of %s", error).isNotBlank();
            fields.add(error.path("field").asText());
        }
        return fields;
    }

    /** Returns the message of the first {@code errors[]} entry for the field. */
    static String errorMessage(JsonNode problem, String field) {
        for (JsonNode error : problem.path("errors")) {
            if (field.equals(error.path("field").asText())) {
                return error.path("message").asText();
            }
        }
        throw new AssertionError("no error for field " + field + " in " + problem);
    }

    /** Asserts that the body names no Java class or member and contains no stack trace. */
    static void assertNoJavaInternals(ApiResponse response) {
        assertThat(response.body())
                .doesNotContain("Exception")
                .doesNotContainPattern(QUALIFIED_CLASS_NAME)
                .doesNotContainPattern(STACK_FRAME)
                .doesNotContainPattern(JAVA_MEMBER);
    }
}
