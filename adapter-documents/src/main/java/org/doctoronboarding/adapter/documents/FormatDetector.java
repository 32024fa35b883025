package org.doctoronboarding.adapter.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.doctoronboarding.domain.UnprocessableDocumentException;
import org.doctoronboarding.domain.UnprocessableDocumentException.Reason;

/** Decides a file's format from its first bytes (magic numbers); the file name plays no part. */
final class FormatDetector {

    static final String SUPPORTED = "supported types are PDF, Word (.docx) and plain text (UTF-8)";

    private static final byte[] PDF_MAGIC = ascii("%PDF-");
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF_MAGIC = ascii("GIF8");
    private static final byte[] TIFF_LITTLE_ENDIAN = {'I', 'I', 42, 0};
    private static final byte[] TIFF_BIG_ENDIAN = {'M', 'M', 0, 42};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] RTF_MAGIC = ascii("{\\rtf");
    private static final String DOCX_MAIN_PART = "word/document.xml";

    private FormatDetector() {
    }

    /** Returns the format of the content, or throws UNSUPPORTED_MEDIA_TYPE naming what was found. */
    static DocumentFormat detect(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return DocumentFormat.PDF;
        }
        if (startsWith(content, ZIP_MAGIC)) {
            if (zipContains(content, DOCX_MAIN_PART)) {
                return DocumentFormat.DOCX;
            }
            throw unsupported("a ZIP archive that is not a Word (.docx) document");
        }
        if (isUtf8Text(content)) {
            return DocumentFormat.TEXT;
        }
        throw unsupported(describeBinary(content));
    }

    private static String describeBinary(byte[] content) {
        if (startsWith(content, PNG_MAGIC)) {
            return "a PNG image";
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return "a JPEG image";
        }
        if (startsWith(content, GIF_MAGIC)) {
            return "a GIF image";
        }
        if (startsWith(content, TIFF_LITTLE_ENDIAN) || startsWith(content, TIFF_BIG_ENDIAN)) {
            return "a TIFF image";
        }
        if (startsWith(content, OLE2_MAGIC)) {
            return "a legacy Microsoft Office file (such as .doc)";
        }
        if (startsWith(content, RTF_MAGIC)) {
            return "an RTF document";
        }
        return "binary data of an unknown type";
    }

    private static UnprocessableDocumentException unsupported(String detected) {
        return new UnprocessableDocumentException(Reason.UNSUPPORTED_MEDIA_TYPE,
                "The file is " + detected + "; " + SUPPORTED + ".");
    }

    /** Returns true when the bytes decode as UTF-8 (a byte order mark is allowed) and contain no NUL byte. */
    static boolean isUtf8Text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean zipContains(byte[] content, String entryName) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entryName.equals(entry.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            // A damaged archive whose entries cannot be listed is not recognisable as a Word document.
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
