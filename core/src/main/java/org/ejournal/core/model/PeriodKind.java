package org.ejournal.core.model;

/**
 * The kind of a study period (учебный период): the school year is divided into quarters,
 * trimesters or half-years, and the year itself carries the year marks.
 */
public enum PeriodKind {
    /** Четверть: four per year. */
    QUARTER(4, "четверть", "quarter"),
    /** Триместр: three per year. */
    TRIMESTER(3, "триместр", "trimester"),
    /** Полугодие: two per year. */
    HALF_YEAR(2, "полугодие", "half-year"),
    /** Учебный год: the period of the year marks. */
    YEAR(1, "год", "year");

    private final int perYear;
    private final String russian;
    private final String english;

    PeriodKind(int perYear, String russian, String english) {
        this.perYear = perYear;
        this.russian = russian;
        this.english = english;
    }

    /** @return how many periods of this kind a school year has */
    public int perYear() {
        return perYear;
    }

    /** @return the Russian name, e.g. «четверть» */
    public String russian() {
        return russian;
    }

    /** @return the English name, e.g. "quarter" */
    public String english() {
        return english;
    }
}
