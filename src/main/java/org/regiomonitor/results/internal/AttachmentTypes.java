package org.regiomonitor.results.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The types of evidence an update may carry, recognised by their content (magic bytes), never by what the
 * client claims: PDF, PNG, JPEG, XLSX, DOCX (both zip packages, told apart by their parts) and CSV (UTF-8 text
 * without NUL bytes, with a .csv name).
 */
public final class AttachmentTypes {

    /** The largest attachment accepted, in bytes (the database checks the same limit). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private AttachmentTypes() {
    }

    /** The content type the bytes are, if they are one of the accepted types. */
    public static Optional<String> detect(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of("image/png");
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return officePackage(content);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") && isUtf8Text(content)) {
            return Optional.of("text/csv");
        }
        return Optional.empty();
    }

    /** An Office Open XML package: a workbook has xl/workbook.xml, a document word/document.xml. */
    private static Optional<String> officePackage(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 1000) {
                switch (entry.getName()) {
                    case "xl/workbook.xml" -> {
                        return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                    }
                    case "word/document.xml" -> {
                        return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                    }
                    default -> {
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // not a readable zip: not an accepted type
        }
        return Optional.empty();
    }

    private static boolean isUtf8Text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
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
}
