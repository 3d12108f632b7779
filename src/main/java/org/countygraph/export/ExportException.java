package org.countygraph.export;

import org.countygraph.CountyGraphException;

/** A failure of an export: a bad format or filter, a selection too large for a format, a timeout. */
public class ExportException extends CountyGraphException {
    public ExportException(String message) { super(message); }
    public ExportException(String message, Throwable cause) { super(message, cause); }
}
