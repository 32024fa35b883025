package org.doctoronboarding.adapter.http;

/** A request the API cannot parse at all, such as malformed JSON. The response is a 400 with the given code. */
final class InvalidRequestException extends RuntimeException {

    private final String code;
    private final String field;

    InvalidRequestException(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    String code() {
        return code;
    }

    /** Returns the request part at fault (a field, parameter or multipart part), or null. */
    String field() {
        return field;
    }
}
