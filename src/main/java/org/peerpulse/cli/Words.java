package org.peerpulse.cli;

/** Counts in words, as the command line's English text writes them: "1 response", "12 responses". */
final class Words {
    private Words() {
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
