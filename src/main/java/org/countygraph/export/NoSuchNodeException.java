package org.countygraph.export;

/** An export filter named a graph, area or entity that the data does not hold. */
public class NoSuchNodeException extends ExportException {
    public NoSuchNodeException(String message) { super(message); }
    public NoSuchNodeException(String message, Throwable cause) { super(message, cause); }
}
