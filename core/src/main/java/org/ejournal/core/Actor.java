package org.ejournal.core;

import java.util.Objects;
import org.ejournal.core.model.GuardianId;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StudentId;

/**
 * The authenticated person on whose behalf the journal is asked to do or show something. The library
 * does not authenticate (POL-3.2): the host tells it who is acting, and every recorded change is
 * attributed to exactly one actor (POL-6.6). Immutable and thread-safe.
 */
public sealed interface Actor {

    /**
     * @param id the staff member, not {@code null}
     * @return a staff member as actor
     */
    static Actor staff(StaffId id) {
        return new StaffActor(id);
    }

    /**
     * @param id the pupil, not {@code null}
     * @return a pupil as actor
     */
    static Actor student(StudentId id) {
        return new StudentActor(id);
    }

    /**
     * @param id the guardian, not {@code null}
     * @return a guardian as actor
     */
    static Actor guardian(GuardianId id) {
        return new GuardianActor(id);
    }

    /**
     * A named process acting for the school, such as the installer that sets the journal up or an
     * import: still one accountable name.
     *
     * @param name the process's name, not blank
     * @return a system actor
     */
    static Actor system(String name) {
        return new SystemActor(name);
    }

    /** @return a short text naming the actor, e.g. {@code staff:t-12} */
    String describe();

    /**
     * A member of staff.
     *
     * @param id the staff member
     */
    record StaffActor(StaffId id) implements Actor {
        /** Checks the id. */
        public StaffActor {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String describe() {
            return "staff:" + id;
        }
    }

    /**
     * A pupil.
     *
     * @param id the pupil
     */
    record StudentActor(StudentId id) implements Actor {
        /** Checks the id. */
        public StudentActor {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String describe() {
            return "student:" + id;
        }
    }

    /**
     * A guardian.
     *
     * @param id the guardian
     */
    record GuardianActor(GuardianId id) implements Actor {
        /** Checks the id. */
        public GuardianActor {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String describe() {
            return "guardian:" + id;
        }
    }

    /**
     * A named process.
     *
     * @param name the name
     */
    record SystemActor(String name) implements Actor {
        /** Checks the name. */
        public SystemActor {
            Objects.requireNonNull(name, "name");
            if (name.isBlank() || name.length() > 64) {
                throw new IllegalArgumentException("EJ1000 a system actor's name must have 1 to 64 characters");
            }
        }

        @Override
        public String describe() {
            return "system:" + name;
        }
    }
}
