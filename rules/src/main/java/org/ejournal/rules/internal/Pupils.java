package org.ejournal.rules.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.Placement;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.view.JournalView;

/** Where pupils are, as the rules ask it. Not an API. */
public final class Pupils {

    private Pupils() {
    }

    /**
     * @param student a pupil
     * @param date a day
     * @param view the journal
     * @return the class the pupil was in on the day, else the last class they entered before it
     */
    public static Optional<ClassId> classOnOrBefore(StudentId student, LocalDate date, JournalView view) {
        Optional<ClassId> on = view.classOf(student, date);
        if (on.isPresent()) {
            return on;
        }
        ClassId last = null;
        for (Placement p : view.placements(student)) {
            if (!p.from().isAfter(date)) {
                last = p.schoolClass();
            }
        }
        return Optional.ofNullable(last);
    }
}
