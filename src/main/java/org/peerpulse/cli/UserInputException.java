package org.peerpulse.cli;

/** Bad usage or invalid input: exit status 2, nothing was changed. */
final class UserInputException extends RuntimeException {
    UserInputException(String message) {
        super(message);
    }
}
