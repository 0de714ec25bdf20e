package org.taizhang.plan.parse;

/** A document that cannot be imported at all; the message is written for the clerk who uploaded it. */
public class ImportRejectedException extends RuntimeException {

    public ImportRejectedException(String message) {
        super(message);
    }

    public ImportRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
