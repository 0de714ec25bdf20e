package org.taizhang.assignment.evidence;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The entry names of a ZIP archive, read from its central directory without inflating anything, so that a
 * compressed bomb costs nothing to look at. A damaged archive has no names.
 */
final class ZipEntryNames {

    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    private static final int END_RECORD_SIZE = 22;
    private static final int ENTRY_SIZE = 46;
    /** The archive comment, which follows the end record, is at most this long. */
    private static final int MAX_COMMENT = 0xffff;

    private ZipEntryNames() {}

    static Set<String> of(byte[] zip) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = endRecord(buffer);
        Set<String> names = new HashSet<>();
        if (end < 0) {
            return names;
        }
        int entries = Short.toUnsignedInt(buffer.getShort(end + 10));
        long offset = Integer.toUnsignedLong(buffer.getInt(end + 16));
        for (int i = 0; i < entries; i++) {
            if (offset + ENTRY_SIZE > zip.length || buffer.getInt((int) offset) != DIRECTORY_ENTRY) {
                return names;
            }
            int at = (int) offset;
            int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(buffer.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(buffer.getShort(at + 32));
            if (at + ENTRY_SIZE + nameLength > zip.length) {
                return names;
            }
            names.add(new String(zip, at + ENTRY_SIZE, nameLength, StandardCharsets.UTF_8));
            offset += ENTRY_SIZE + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static int endRecord(ByteBuffer buffer) {
        int last = buffer.capacity() - END_RECORD_SIZE;
        for (int at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
            if (buffer.getInt(at) == END_OF_DIRECTORY) {
                return at;
            }
        }
        return -1;
    }
}
