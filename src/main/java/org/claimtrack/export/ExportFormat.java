package org.claimtrack.export;

/** The export formats: their media type and the file name a download gets. */
public enum ExportFormat {
    CSV("text/csv; charset=utf-8", "claims.csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "claims.xlsx"),
    JSON("application/json", "claims.json"),
    JSONL("application/x-ndjson", "claims.jsonl"),
    CLAIMREVIEW("application/ld+json", "claimreview.jsonld"),
    BRAT("application/zip", "brat.zip");

    public final String mediaType;
    public final String fileName;

    ExportFormat(String mediaType, String fileName) {
        this.mediaType = mediaType;
        this.fileName = fileName;
    }
}
