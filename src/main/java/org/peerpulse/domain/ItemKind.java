package org.peerpulse.domain;

/** How an item is answered. */
public enum ItemKind {
    /** One value code. */
    SINGLE,
    /** Up to a limit of value codes, stored space-separated in the order of the value set. */
    MULTIPLE,
    /** Free text. */
    TEXT
}
