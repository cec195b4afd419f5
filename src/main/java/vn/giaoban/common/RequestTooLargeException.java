package vn.giaoban.common;

import java.io.IOException;

/** Thrown while reading a request body that grew past the configured limit. */
public class RequestTooLargeException extends IOException {

    public RequestTooLargeException() {
        super("request body too large");
    }
}
