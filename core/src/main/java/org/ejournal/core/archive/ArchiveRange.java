package org.ejournal.core.archive;

/**
 * A contiguous range of a school's audit log to archive: the entries with sequences
 * {@code first} to {@code last}, both included. A range may be empty ({@code last == first - 1}).
 * Obtain the range of one school year with {@link Archive#yearRange}. Immutable and thread-safe.
 *
 * @param first the sequence of the first entry, from 1
 * @param last the sequence of the last entry, at least {@code first - 1}
 */
public record ArchiveRange(long first, long last) {

    /**
     * Checks the bounds.
     *
     * @throws IllegalArgumentException (code {@value Archive#NOT_A_LOG}) if {@code first} is below 1 or
     *     {@code last} below {@code first - 1}
     */
    public ArchiveRange {
        if (first < 1 || last < first - 1) {
            throw new IllegalArgumentException(Archive.NOT_A_LOG + " a range of the log runs from an entry 1 or later"
                    + " to one at or after the entry before it, got " + first + " to " + last);
        }
    }

    /**
     * @param first the sequence of the first entry, from 1
     * @param last the sequence of the last entry, at least {@code first - 1}
     * @return the range
     * @throws IllegalArgumentException (code {@value Archive#NOT_A_LOG}) as the constructor
     */
    public static ArchiveRange of(long first, long last) {
        return new ArchiveRange(first, last);
    }

    /**
     * @param size the number of entries in the log, not negative
     * @return the range of the whole log, {@code 1} to {@code size}
     * @throws IllegalArgumentException (code {@value Archive#NOT_A_LOG}) if the size is negative
     */
    public static ArchiveRange all(long size) {
        return new ArchiveRange(1, size);
    }

    /** @return the number of entries in the range */
    public long size() {
        return last - first + 1;
    }

    /** @return whether the range starts at the log's first entry, so that an archive of it can be restored */
    public boolean isFromStart() {
        return first == 1;
    }
}
