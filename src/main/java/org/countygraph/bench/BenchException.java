package org.countygraph.bench;

import org.countygraph.CountyGraphException;

/** A benchmark could not run: its corpus is missing or unreadable, or a setting is out of range. */
public class BenchException extends CountyGraphException {
    public BenchException(String message) { super(message); }
    public BenchException(String message, Throwable cause) { super(message, cause); }
}
