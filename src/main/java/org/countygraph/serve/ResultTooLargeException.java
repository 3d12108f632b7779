package org.countygraph.serve;

/** A result with more triples than the server's cap allows; the request is refused rather than cut short. */
public class ResultTooLargeException extends ServeException {
    public ResultTooLargeException(String message) { super(message); }
    public ResultTooLargeException(String message, Throwable cause) { super(message, cause); }
}
