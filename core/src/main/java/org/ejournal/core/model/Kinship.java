package org.ejournal.core.model;

/** How a guardian (законный представитель) is related to the pupil. */
public enum Kinship {
    /** Мать. */
    MOTHER,
    /** Отец. */
    FATHER,
    /** Опекун или попечитель. */
    CUSTODIAN,
    /** Another legal representative. */
    OTHER
}
