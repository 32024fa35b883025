package org.doctoronboarding.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.doctoronboarding.adapter.documents.CvDocumentReader;
import org.doctoronboarding.adapter.documents.DocumentLimits;
import org.doctoronboarding.adapter.extraction.RuleBasedProfileExtractor;
import org.doctoronboarding.application.port.in.SmartFillResult;
import org.doctoronboarding.application.port.in.UploadedDocument;
import org.doctoronboarding.application.service.SmartFillService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Smart-Fill on one CV against bare PDFBox text extraction of the same bytes, measured in the same run so
 * the ratio between them survives the drift of a shared machine. {@code cv} names a PDF under the folder
 * given by the system property {@code cv.dir} (default {@code ../shared/data/resumes/peer}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class SmartFillBenchmark {

    @Param({"dr_anjali_desai.pdf", "dr_rajesh_kumar.pdf", "dr_suresh_menon.pdf"})
    public String cv;

    private byte[] content;
    private SmartFillService smartFill;

    @Setup
    public void load() throws IOException {
        Path folder = Path.of(System.getProperty("cv.dir", "../shared/data/resumes/peer"));
        content = Files.readAllBytes(folder.resolve(cv));
        smartFill = new SmartFillService(new CvDocumentReader(new DocumentLimits(10L * 1024 * 1024, 30)),
                new RuleBasedProfileExtractor(Clock.systemUTC()));
    }

    /** Parses the PDF and extracts its text with PDFBox defaults, nothing else: the baseline. */
    @Benchmark
    public String pdfboxText() throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Runs the whole Smart-Fill use case: type detection, per-page text, and field extraction. */
    @Benchmark
    public SmartFillResult smartFill() {
        return smartFill.smartFill(new UploadedDocument(cv, content));
    }
}
