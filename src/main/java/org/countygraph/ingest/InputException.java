package org.countygraph.ingest;

import org.countygraph.CountyGraphException;

/** An input file that cannot be read as news text; the message names the file and the problem. */
public class InputException extends CountyGraphException {
    public InputException(String message) { super(message); }
    public InputException(String message, Throwable cause) { super(message, cause); }
}
