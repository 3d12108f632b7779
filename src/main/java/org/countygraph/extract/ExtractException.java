package org.countygraph.extract;

import org.countygraph.CountyGraphException;

/** An extraction failure: bad input text, a missing bundled resource, or an invalid span. */
public class ExtractException extends CountyGraphException {
    public ExtractException(String message) { super(message); }
    public ExtractException(String message, Throwable cause) { super(message, cause); }
}
