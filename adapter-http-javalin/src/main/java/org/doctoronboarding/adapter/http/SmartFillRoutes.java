package org.doctoronboarding.adapter.http;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.doctoronboarding.application.port.in.UploadedDocument;
import org.doctoronboarding.domain.UnprocessableDocumentException;

/** {@code POST /api/v1/onboarding/smart-fill}: a multipart upload with the CV in the part {@code file}. */
final class SmartFillRoutes {

    static final String PART = "file";

    /** How many times the upload limit a refused body may be read and dropped before the response is sent. */
    private static final long MAX_DRAIN_FACTOR = 4;
    /** A refused body up to this size is always drained, whatever the upload limit. */
    private static final long MIN_DRAIN_BYTES = 16L * 1024 * 1024;

    private final UseCases useCases;
    private final HttpSettings settings;

    SmartFillRoutes(UseCases useCases, HttpSettings settings) {
        this.useCases = useCases;
        this.settings = settings;
    }

    List<Route> routes() {
        return List.of(Route.post("/api/v1/onboarding/smart-fill", Access.SIGNED_IN, this::smartFill));
    }

    private void smartFill(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            throw new InvalidRequestException("MULTIPART_REQUIRED", PART,
                    "Send the CV as multipart/form-data with the file in the part named '" + PART + "'.");
        }
        long declaredLength = ctx.contentLength();
        if (declaredLength > settings.maxUploadBytes() + HttpApi.MULTIPART_OVERHEAD_BYTES) {
            discardBody(ctx, declaredLength);
            throw tooLarge(declaredLength);
        }
        UploadedFile upload = uploadedFile(ctx);
        if (upload == null) {
            throw new InvalidRequestException("FILE_MISSING", PART,
                    "The multipart request has no part named '" + PART + "'; attach the CV as file=@cv.pdf.");
        }
        if (upload.size() > settings.maxUploadBytes()) {
            throw tooLarge(upload.size());
        }

        var document = new UploadedDocument(upload.filename(), read(upload));
        ctx.json(JsonViews.smartFill(useCases.smartFill().smartFill(document)));
    }

    /**
     * Reads and drops a refused body, so the client, which is still sending, receives the 413 instead of a
     * reset connection. Only the first few times the limit (at least 16 MB) is drained, so larger bodies may still see a reset.
     */
    private void discardBody(Context ctx, long declaredLength) {
        long budget = Math.min(declaredLength, Math.max(MIN_DRAIN_BYTES, MAX_DRAIN_FACTOR * settings.maxUploadBytes()));
        byte[] buffer = new byte[64 * 1024];
        try (InputStream body = ctx.req().getInputStream()) {
            long drained = 0;
            int read;
            while (drained < budget && (read = body.read(buffer)) != -1) {
                drained += read;
            }
        } catch (IOException e) {
            // The client went away; the 413 is written anyway and nothing else depends on the body.
        }
    }

    /** Reads the file part; a body that outgrows the multipart limit while streaming is reported as too large. */
    private UploadedFile uploadedFile(Context ctx) {
        try {
            return ctx.uploadedFile(PART);
        } catch (RuntimeException e) {
            if (mentions(e, "max length exceeded") || mentions(e, "exceeds")) {
                throw tooLarge(settings.maxUploadBytes() + HttpApi.MULTIPART_OVERHEAD_BYTES + 1);
            }
            throw new InvalidRequestException("MALFORMED_MULTIPART", PART,
                    "The multipart body could not be read; send the CV as multipart/form-data with the part '" + PART + "'.");
        }
    }

    private static boolean mentions(Throwable failure, String text) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains(text)) {
                return true;
            }
        }
        return false;
    }

    private UnprocessableDocumentException tooLarge(long size) {
        return new UnprocessableDocumentException(UnprocessableDocumentException.Reason.DOCUMENT_TOO_LARGE,
                String.format("The file is %.1f MB; the limit is %.1f MB.", size / 1_048_576.0,
                        settings.maxUploadBytes() / 1_048_576.0));
    }

    private static byte[] read(UploadedFile upload) {
        try (InputStream content = upload.content()) {
            return content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
    }
}
