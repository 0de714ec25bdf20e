package org.taizhang.console.view;

/** A page address or form field the console refuses before calling any service (400). */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }
}
