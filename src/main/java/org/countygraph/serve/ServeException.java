package org.countygraph.serve;

import org.countygraph.CountyGraphException;

/** A failure of the server's configuration or of one of its requests; the message names the bad value. */
public class ServeException extends CountyGraphException {
    public ServeException(String message) { super(message); }
    public ServeException(String message, Throwable cause) { super(message, cause); }
}
