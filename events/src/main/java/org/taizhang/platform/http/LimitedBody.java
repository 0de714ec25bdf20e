package org.taizhang.platform.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes a request body through until more than the limit has been read, then refuses it. */
final class LimitedBody extends FilterInputStream {

    private final long max;
    private long read;

    LimitedBody(InputStream body, long max) {
        super(body);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    /** Counting forbids going back. */
    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int limit) {
        // not supported: see markSupported
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    /** Whether the body went past the limit, even if a reader wrapped the refusal in an error of its own. */
    boolean exceeded() {
        return read > max;
    }

    private void count(long n) {
        read += n;
        if (read > max) {
            throw new BodyTooLargeException(max);
        }
    }
}
