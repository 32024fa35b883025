package org.doctoronboarding.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doctoronboarding.adapter.http.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void smartFill_pdf_printsJsonOnStdout() throws Exception {
        Path cv = folder.resolve("kavya.pdf");
        Files.write(cv, CvPdf.dermatologist());

        int exit = run("smart-fill", cv.toString());

        assertThat(exit).as(err.toString()).isZero();
        var json = Json.mapper().readTree(out.toString());
        assertThat(json.path("file_name").asText()).isEqualTo("kavya.pdf");
        assertThat(json.path("pages").asInt()).isEqualTo(1);
        assertThat(json.path("fields").path("email").path("value").asText()).isEqualTo("kavya.nair@example.com");
    }

    @Test
    void smartFill_missingFile_failsWithMessage() {
        int exit = run("smart-fill", folder.resolve("absent.pdf").toString());

        assertThat(exit).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).contains("absent.pdf", "does not exist");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void smartFill_image_failsWithReason() throws Exception {
        Path image = folder.resolve("photo.pdf");
        Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});

        int exit = run("smart-fill", image.toString());

        assertThat(exit).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).contains("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void noCommand_printsUsage() {
        int exit = run();

        assertThat(exit).isZero();
        assertThat(err.toString()).contains("serve", "migrate", "smart-fill");
    }
}
