package org.doctoronboarding.application.service;

import java.util.Objects;
import org.doctoronboarding.application.port.in.ExtractedProfile;
import org.doctoronboarding.application.port.in.SmartFillResult;
import org.doctoronboarding.application.port.in.SmartFillUseCase;
import org.doctoronboarding.application.port.in.UploadedDocument;
import org.doctoronboarding.application.port.out.DocumentText;
import org.doctoronboarding.application.port.out.DocumentTextReader;
import org.doctoronboarding.application.port.out.ProfileExtractor;

/** Reads a CV and extracts a profile from it; the doctor reviews the result before anything is stored. */
public final class SmartFillService implements SmartFillUseCase {

    private final DocumentTextReader reader;
    private final ProfileExtractor extractor;

    public SmartFillService(DocumentTextReader reader, ProfileExtractor extractor) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    @Override
    public SmartFillResult smartFill(UploadedDocument document) {
        long started = System.nanoTime();

        DocumentText text = reader.read(document);
        ExtractedProfile profile = extractor.extract(text);

        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        return new SmartFillResult(document.fileName(), text.mediaType(), text.pages().size(), elapsedMs,
                profile.fields(), profile.warnings());
    }
}
