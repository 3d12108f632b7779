package org.countygraph;

/** The root of every unchecked exception CountyGraph throws; messages name the offending value. */
public class CountyGraphException extends RuntimeException {
    public CountyGraphException(String message) { super(message); }
    public CountyGraphException(String message, Throwable cause) { super(message, cause); }
}
