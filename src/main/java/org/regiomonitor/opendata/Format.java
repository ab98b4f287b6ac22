package org.regiomonitor.opendata;

/**
 * The file formats of the distributions, with their IANA media type (DCAT {@code dcat:mediaType}) and their code in the
 * EU file-type vocabulary ({@code dct:format}).
 */
public enum Format {
    CSV("text/csv", "CSV"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
    JSON("application/json", "JSON"),
    XML("application/xml", "XML"),
    PDF("application/pdf", "PDF");

    private static final String IANA = "http://www.iana.org/assignments/media-types/";
    private static final String EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";

    private final String mediaType;
    private final String fileType;

    Format(String mediaType, String fileType) {
        this.mediaType = mediaType;
        this.fileType = fileType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String mediaTypeUri() {
        return IANA + mediaType;
    }

    public String fileTypeUri() {
        return EU_FILE_TYPE + fileType;
    }
}
