package org.ejournal.core.store;

/**
 * A store could not do what was asked: a broken sequence, a lost connection, a full disk. Not a
 * business outcome: the journal's state is unchanged when it is thrown from an append.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the message, starting with the code ({@code EJ1901 …})
     */
    public StoreException(String message) {
        super(message);
    }

    /**
     * @param message the message, starting with the code
     * @param cause the cause
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
