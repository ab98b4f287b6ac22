package org.regiomonitor.iati.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.regiomonitor.iati.IatiFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** How an IATI file goes out, for the pages and the API alike: XML in UTF-8, as a download with its name. */
public final class IatiDownloads {

    public static final String CONTENT_TYPE = "application/xml;charset=UTF-8";

    private IatiDownloads() {
    }

    public static void send(IatiFile file, HttpServletResponse response) throws IOException {
        response.setContentType(CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file.fileName()).build().toString());
        file.writeTo(response.getOutputStream());
        response.flushBuffer();
    }
}
