package org.countygraph.ner;

import org.countygraph.CountyGraphException;

/** A problem reading, writing, training or scoring named-entity data; the message names the bad value. */
public class NerException extends CountyGraphException {
    public NerException(String message) { super(message); }
    public NerException(String message, Throwable cause) { super(message, cause); }
}
