package org.countygraph.store;

import org.countygraph.CountyGraphException;

/** A failure of the TDB2 store: it cannot be opened, or a write was refused. */
public class StoreException extends CountyGraphException {
    public StoreException(String message) { super(message); }
    public StoreException(String message, Throwable cause) { super(message, cause); }
}
