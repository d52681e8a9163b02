package org.ejournal.core.command;

/**
 * A request to record one fact in the journal, sent on behalf of an actor. Commands carry every
 * identifier they need (the host chooses them), so an accepted command is itself the fact the event
 * log keeps, and replaying the log rebuilds the same journal. Immutable and thread-safe.
 */
public sealed interface Command permits
        RegisterStaffMember,
        OpenSchoolYear,
        DefineStudyPeriod,
        DefineSubject,
        CreateClass,
        CreateGroup,
        RegisterStudent,
        RecordMovement,
        JoinGroup,
        LeaveGroup,
        RegisterGuardian,
        LinkGuardian,
        AssignClassTeacher,
        SetCurriculumLoad,
        AssignTeacher,
        RecordThematicPlan,
        RecordLesson,
        CorrectLesson,
        AssignHomework,
        AssignTask,
        RecordMark,
        CorrectMark,
        CancelMark,
        RecordAttendance,
        CorrectAttendance,
        RecordPeriodMark,
        CorrectPeriodMark,
        RecordExamResult,
        DeclareOutage,
        ClosePeriod,
        ReopenPeriod,
        RecordPaperReport,
        CloseSchoolYear,
        ReopenSchoolYear,
        PromoteClass {

    /**
     * @return the clause of the regulation that governs this kind of entry, e.g. {@code POL-4.4b};
     *     violations of the command's own values carry it
     */
    String clause();

    /**
     * @param field one of the command's fields (a Bean Validation property path's first name)
     * @return the clause that governs that field; by default the command's own {@link #clause()}
     */
    default String clauseOf(String field) {
        return clause();
    }

    /** @return the command's name, e.g. {@code RecordMark} */
    default String commandName() {
        return getClass().getSimpleName();
    }
}
