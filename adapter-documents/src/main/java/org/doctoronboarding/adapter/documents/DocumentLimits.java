package org.doctoronboarding.adapter.documents;

/**
 * Size limits a CV must stay within before its text is read.
 *
 * @param maxBytes the largest accepted file, in bytes
 * @param maxPages the maximum number of pages accepted in a PDF
 */
public record DocumentLimits(long maxBytes, int maxPages) {

    /** 10 MiB, the default upload limit. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** 30 pages, the default page limit. */
    public static final int DEFAULT_MAX_PAGES = 30;

    public DocumentLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        if (maxPages <= 0) {
            throw new IllegalArgumentException("maxPages must be positive, got " + maxPages);
        }
    }

    /** Returns the default limits: 10 MiB and 30 pages. */
    public static DocumentLimits defaults() {
        return new DocumentLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES);
    }
}
