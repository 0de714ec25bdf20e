package org.taizhang.assignment.objectstore;

/** The object store answered with an error (its status and S3 error code), or could not be reached (status 0). */
public class ObjectStoreException extends RuntimeException {

    private final int status;

    public ObjectStoreException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status the store answered, 0 when it was not reached. */
    public int status() {
        return status;
    }

    /** Whether the same request may succeed shortly: the store was unreachable, overloaded or failing. */
    public boolean transientFailure() {
        return status == 0 || status == 429 || status >= 500;
    }
}
