package org.taizhang.assignment.directory.io;

import java.util.Locale;
import java.util.Optional;

/** The file formats the directory is exchanged in, with their media types and file extensions. */
public enum DirectoryFormat {
    CSV(DirectoryFormat.CSV_TYPE, "csv"),
    XLSX(DirectoryFormat.XLSX_TYPE, "xlsx");

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String mediaType;
    private final String extension;

    DirectoryFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format a {@code ?format=} value names ({@code csv}, {@code XLSX}); empty for anything else. */
    public static Optional<DirectoryFormat> named(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (DirectoryFormat format : values()) {
            if (format.extension.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format a media type denotes, parameters such as {@code charset} ignored; empty for other types. */
    public static Optional<DirectoryFormat> ofMediaType(String mediaType) {
        String type =
                mediaType == null ? "" : mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        for (DirectoryFormat format : values()) {
            if (format.mediaType.equals(type)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format the bytes look like: a zip archive is a workbook, anything else is read as text. */
    public static DirectoryFormat sniff(byte[] content) {
        boolean zip = content != null
                && content.length >= 4
                && content[0] == 'P'
                && content[1] == 'K'
                && content[2] == 3
                && content[3] == 4;
        return zip ? XLSX : CSV;
    }
}
