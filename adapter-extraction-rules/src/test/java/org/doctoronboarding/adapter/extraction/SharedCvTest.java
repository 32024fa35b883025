package org.doctoronboarding.adapter.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.doctoronboarding.adapter.documents.CvDocumentReader;
import org.doctoronboarding.adapter.documents.DocumentLimits;
import org.doctoronboarding.application.port.in.ExtractedField;
import org.doctoronboarding.application.port.in.ExtractedProfile;
import org.doctoronboarding.application.port.in.UploadedDocument;
import org.doctoronboarding.domain.UnprocessableDocumentException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Test;

/**
 * Runs the reader and the extractor on the shared CVs that have ground truth. The peer CVs must match
 * every expected value and produce nothing the ground truth leaves empty. The harder development CVs are
 * reported field by field without failing the build.
 */
class SharedCvTest {

    /** The ground truth counts experience up to 2026, so the clock is set to January 2026. */
    private static final Clock JANUARY_2026 = Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CvDocumentReader reader = new CvDocumentReader(DocumentLimits.defaults());
    private final RuleBasedProfileExtractor extractor = new RuleBasedProfileExtractor(JANUARY_2026);

    @TestFactory
    Stream<DynamicTest> peerCvs_matchGroundTruth() throws IOException {
        return groundTruthFiles("peer").map(truthFile -> DynamicTest.dynamicTest(truthFile.getFileName().toString(),
                () -> {
                    JsonNode truth = JSON.readTree(truthFile.toFile());
                    ExtractedProfile profile = extract(truthFile.resolveSibling(truth.get("file").asText()));

                    List<String> misses = compare(truth.get("expected"), profile.fields());

                    assertThat(misses).as("fields that differ from %s", truthFile.getFileName()).isEmpty();
                }));
    }

    @Test
    void devCvs_reportFieldResults() throws IOException {
        List<Path> truthFiles = groundTruthFiles("dev").toList();
        SoftAssertions softly = new SoftAssertions();
        for (Path truthFile : truthFiles) {
            JsonNode truth = JSON.readTree(truthFile.toFile());
            Path cv = truthFile.resolveSibling(truth.get("file").asText());
            if (truth.get("traits").toString().contains("no-text-layer")) {
                UnprocessableDocumentException error = catchThrowableOfType(UnprocessableDocumentException.class,
                        () -> extract(cv));
                softly.assertThat(error).as("%s needs OCR", cv.getFileName()).isNotNull();
                if (error != null) {
                    softly.assertThat(error.reason()).isEqualTo(UnprocessableDocumentException.Reason.NO_TEXT_LAYER);
                }
                continue;
            }
            List<String> misses = compare(truth.get("expected"), extract(cv).fields());
            // The development CVs are harder than the peer set; their misses are printed for tuning, not failed.
            System.out.println("Smart-Fill on " + cv.getFileName() + ": " + (misses.isEmpty() ? "all fields match"
                    : misses.size() + " misses: " + String.join("; ", misses)));
        }
        softly.assertAll();
    }

    private ExtractedProfile extract(Path cv) throws IOException {
        byte[] content = Files.readAllBytes(cv);
        return extractor.extract(reader.read(new UploadedDocument(cv.getFileName().toString(), content)));
    }

    private static List<String> compare(JsonNode expected, Map<String, ExtractedField> fields) {
        List<String> misses = new ArrayList<>();
        for (String field : GroundTruth.SCALARS) {
            JsonNode want = expected.get(field);
            Object got = valueOf(fields, field);
            if (GroundTruth.isEmpty(want)) {
                if (got != null) {
                    misses.add(field + ": unexpected " + got);
                }
            } else if (got == null) {
                misses.add(field + ": missing, want " + want);
            } else if (!GroundTruth.scalarMatches(field, want, got)) {
                misses.add(field + ": got " + got + ", want " + want);
            }
        }
        for (String field : GroundTruth.LISTS) {
            List<String> want = new ArrayList<>();
            if (expected.has(field)) {
                expected.get(field).forEach(item -> want.add(item.asText()));
            }
            GroundTruth.ListDifference difference = GroundTruth.compareList(field, want, listOf(fields, field));
            if (!difference.isEmpty()) {
                misses.add(field + ": missing " + difference.missing() + ", unexpected " + difference.unexpected());
            }
        }
        if (expected.has("publications_count")) {
            int want = expected.get("publications_count").asInt();
            int got = listOf(fields, "publications").size();
            if (got != want) {
                misses.add("publications: " + got + " items, want " + want);
            }
        }
        return misses;
    }

    private static Object valueOf(Map<String, ExtractedField> fields, String name) {
        ExtractedField field = fields.get(name);
        return field == null ? null : field.value();
    }

    private static List<String> listOf(Map<String, ExtractedField> fields, String name) {
        Object value = valueOf(fields, name);
        if (value == null) {
            return List.of();
        }
        assertThat(value).as(name).isInstanceOf(List.class);
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }

    private static Stream<Path> groundTruthFiles(String folder) throws IOException {
        Path resumes = sharedData().resolve("resumes").resolve(folder);
        assumeTrue(Files.isDirectory(resumes),
                "Skipping the shared CV checks: " + resumes + " is absent (set ONBOARDING_SHARED_DATA to the data folder)");
        try (Stream<Path> files = Files.list(resumes)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".expected.json")).sorted().toList().stream();
        }
    }

    /** Returns the shared data folder: ONBOARDING_SHARED_DATA, or ../../shared/data from the module folder. */
    private static Path sharedData() {
        String configured = System.getenv("ONBOARDING_SHARED_DATA");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of("..", "..", "shared", "data");
    }
}
