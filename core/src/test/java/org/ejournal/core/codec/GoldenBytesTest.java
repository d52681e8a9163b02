package org.ejournal.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.ejournal.core.Actor;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.command.ClosePeriod;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StudyPeriodId;
import org.junit.jupiter.api.Test;

/**
 * The format cannot drift unnoticed: the exact bytes of one small event, its header, payload, payload
 * digest and leaf data, written out by hand from the package documentation's specification, and the
 * whole schema listing. If one of these fails after a change to a record of the event, that change
 * alters bytes already hashed into audit logs and written to archives: it needs a new format version
 * and a decoder for version 1, not a new pin. Only a compatible change — a new command type,
 * identifier type or enum constant — may update the listing.
 */
class GoldenBytesTest {

    /** 2026-09-01T00:00:00Z is epoch second 1 788 220 800 = 0x6a961580. */
    private static final JournalEvent EVENT = new JournalEvent(1, Instant.parse("2026-09-01T00:00:00Z"),
            Actor.staff(StaffId.of("t1")), new ClosePeriod(StudyPeriodId.of("q1")), List.of());

    private static final String EVENT_HEX = ""
            + "01 45 |"                                            // version 1, kind 'E'
            + "0a 00000005 |"                                      // JournalEvent, 5 components
            + "04 0000000000000001 |"                              //   sequence: INT64 1
            + "08 000000006a961580 00000000 |"                     //   recordedAt: INSTANT second, nano
            + "0b 0000000a 53746166664163746f72 0a 00000001 |"     //   actor: VARIANT "StaffActor", 1 component
            + "0a 00000001 05 00000002 7431 |"                     //     id: StaffId "t1"
            + "0b 0000000b 436c6f7365506572696f64 0a 00000001 |"   //   command: VARIANT "ClosePeriod", 1 component
            + "0a 00000001 05 00000002 7131 |"                     //     period: StudyPeriodId "q1"
            + "0c 00000000";                                       //   warnings: LIST of 0

    private static final String HEADER_HEX = ""
            + "01 48 |"                                            // version 1, kind 'H'
            + "0a 00000005 |"                                      // EventHeader, 5 components
            + "04 0000000000000001 |"                              //   sequence
            + "08 000000006a961580 00000000 |"                     //   recordedAt
            + "0b 0000000a 53746166664163746f72 0a 00000001 0a 00000001 05 00000002 7431 |" // actor
            + "05 0000000b 436c6f7365506572696f64 |"               //   action: STRING "ClosePeriod"
            + "0c 00000001 |"                                      //   targets: LIST of 1
            + "0b 0000000d 5374756479506572696f644964 0a 00000001 05 00000002 7131"; // "StudyPeriodId" "q1"

    private static final String PAYLOAD_HEX = ""
            + "01 50 |"                                            // version 1, kind 'P'
            + "0a 00000002 |"                                      // EventPayload, 2 components
            + "0b 0000000b 436c6f7365506572696f64 0a 00000001 0a 00000001 05 00000002 7131 |" // command
            + "0c 00000000";                                       //   warnings

    /**
     * SHA-256 of the sealed payload: the salt 00 01 … 0F, then the payload bytes above; computed
     * outside Java (Python's {@code hashlib}).
     */
    private static final String PAYLOAD_DIGEST_HEX = "026c2fed07c17433386940be7895855d0d5cd577edf3b480bf9769477b2ef747";

    @Test
    void an_event_has_exactly_these_bytes() {
        assertThat(Bytes.hex(EventCodec.encode(EVENT))).isEqualTo(Bytes.hex(Bytes.unhex(EVENT_HEX)));
        assertThat(EventCodec.decode(Bytes.unhex(EVENT_HEX))).isEqualTo(EVENT);
    }

    @Test
    void its_header_payload_digest_and_leaf_data_have_exactly_these_bytes() {
        assertThat(Bytes.hex(EventCodec.encodeHeader(EventCodec.header(EVENT))))
                .isEqualTo(Bytes.hex(Bytes.unhex(HEADER_HEX)));
        assertThat(Bytes.hex(EventCodec.encodePayload(EventPayload.of(EVENT))))
                .isEqualTo(Bytes.hex(Bytes.unhex(PAYLOAD_HEX)));
        assertThat(Sealed.payloadDigest(EVENT).toHex()).isEqualTo(PAYLOAD_DIGEST_HEX);
        assertThat(Bytes.hex(Sealed.leafData(EVENT)))
                .isEqualTo(Bytes.hex(Bytes.unhex(HEADER_HEX)) + PAYLOAD_DIGEST_HEX);
    }

    @Test
    void the_hand_written_bytes_follow_the_specification_helper_too() {
        byte[] byHand = Bytes.document('E').record(5).int64(1).instant(1_788_220_800L, 0)
                .variant("StaffActor", 1).id("t1")
                .variant("ClosePeriod", 1).id("q1")
                .list(0).bytes();
        assertThat(byHand).isEqualTo(Bytes.unhex(EVENT_HEX));
    }

    @Test
    void the_schema_is_exactly_this() {
        assertThat(EventCodec.schema()).isEqualTo(SCHEMA);
    }

    private static final String SCHEMA = """
            Actor = VARIANT(GuardianActor, StaffActor, StudentActor, SystemActor)
            AssignClassTeacher = RECORD(schoolClass: ClassId, teacher: StaffId)
            AssignHomework = RECORD(id: HomeworkId, lesson: LessonId, text: String, due: LocalDate)
            AssignTask = RECORD(id: TaskId, lesson: LessonId, type: TaskType, weight: int, description: String)
            AssignTeacher = RECORD(schoolClass: ClassId, subject: SubjectId, teacher: StaffId, group: GroupId)
            CancelMark = RECORD(task: TaskId, student: StudentId, reason: String)
            ClassId = RECORD(value: String)
            ClosePeriod = RECORD(period: StudyPeriodId)
            CloseSchoolYear = RECORD(year: SchoolYearId, order: OrderRef)
            Command = VARIANT(AssignClassTeacher, AssignHomework, AssignTask, AssignTeacher, CancelMark, ClosePeriod, CloseSchoolYear, CorrectAttendance, CorrectLesson, CorrectMark, CorrectPeriodMark, CreateClass, CreateGroup, DeclareOutage, DefineStudyPeriod, DefineSubject, JoinGroup, LeaveGroup, LinkGuardian, OpenSchoolYear, PromoteClass, RecordAttendance, RecordExamResult, RecordLesson, RecordMark, RecordMovement, RecordPaperReport, RecordPeriodMark, RecordThematicPlan, RegisterGuardian, RegisterStaffMember, RegisterStudent, ReopenPeriod, ReopenSchoolYear, SetCurriculumLoad)
            Contact = RECORD(phone: String, email: String, postalAddress: String)
            CorrectAttendance = RECORD(lesson: LessonId, student: StudentId, code: String, reason: String)
            CorrectLesson = RECORD(lesson: LessonId, topic: String, workKind: WorkKind, reason: String)
            CorrectMark = RECORD(task: TaskId, student: StudentId, value: MarkValue, reason: String)
            CorrectPeriodMark = RECORD(student: StudentId, subject: SubjectId, period: StudyPeriodId, value: MarkValue, reason: String)
            CreateClass = RECORD(id: ClassId, year: SchoolYearId, grade: int, letter: String)
            CreateGroup = RECORD(id: GroupId, schoolClass: ClassId, name: String, members: Set<StudentId>)
            DeclareOutage = RECORD(id: OutageId, start: Instant, end: Instant, reason: String)
            DefineStudyPeriod = RECORD(id: StudyPeriodId, year: SchoolYearId, kind: PeriodKind, number: int, firstDay: LocalDate, lastDay: LocalDate, grades: GradeRange)
            DefineSubject = RECORD(id: SubjectId, name: String, scale: ScaleId)
            EventHeader = RECORD(sequence: long, recordedAt: Instant, actor: Actor, action: String, targets: List<Id>)
            EventPayload = RECORD(command: Command, warnings: List<Violation>)
            ExamKind = ENUM(EGE, INTERMEDIATE_ATTESTATION, OGE, RETAKE)
            ExamResultId = RECORD(value: String)
            GradeRange = RECORD(from: int, to: int)
            GroupId = RECORD(value: String)
            GuardianActor = RECORD(id: GuardianId)
            GuardianId = RECORD(value: String)
            HomeworkId = RECORD(value: String)
            Id = VARIANT(ClassId, ExamResultId, GroupId, GuardianId, HomeworkId, LessonId, OutageId, ScaleId, SchoolYearId, StaffId, StudentId, StudyPeriodId, SubjectId, TaskId)
            JoinGroup = RECORD(group: GroupId, student: StudentId, effective: LocalDate)
            JournalEvent = RECORD(sequence: long, recordedAt: Instant, actor: Actor, command: Command, warnings: List<Violation>)
            Kinship = ENUM(CUSTODIAN, FATHER, MOTHER, OTHER)
            LeaveGroup = RECORD(group: GroupId, student: StudentId, effective: LocalDate)
            LessonId = RECORD(value: String)
            LessonKind = ENUM(CLUB, ELECTIVE, EXTENDED_DAY_GROUP, LESSON)
            LinkGuardian = RECORD(guardian: GuardianId, student: StudentId, kinship: Kinship)
            MarkValue = RECORD(scale: ScaleId, symbol: String)
            MovementKind = ENUM(CONDITIONAL_PROMOTION, ENROLMENT, GRADUATION, PROMOTION, REPETITION, TRANSFER, WITHDRAWAL)
            OpenSchoolYear = RECORD(id: SchoolYearId, firstDay: LocalDate, lastDay: LocalDate, calendar: SchoolCalendar)
            OrderRef = RECORD(number: String, date: LocalDate)
            OutageId = RECORD(value: String)
            PeriodKind = ENUM(HALF_YEAR, QUARTER, TRIMESTER, YEAR)
            PersonName = RECORD(surname: String, givenName: String, patronymic: String)
            PlannedTopic = RECORD(number: int, title: String, hours: BigDecimal)
            PromoteClass = RECORD(schoolClass: ClassId, to: ClassId, order: OrderRef, effective: LocalDate, exceptions: List<PupilDecision>)
            PupilDecision = RECORD(student: StudentId, kind: MovementKind, to: ClassId, academicDebts: Set<SubjectId>)
            RecordAttendance = RECORD(lesson: LessonId, student: StudentId, code: String)
            RecordExamResult = RECORD(id: ExamResultId, student: StudentId, subject: SubjectId, kind: ExamKind, date: LocalDate, result: MarkValue)
            RecordLesson = RECORD(id: LessonId, schoolClass: ClassId, group: GroupId, subject: SubjectId, date: LocalDate, number: int, kind: LessonKind, workKind: WorkKind, topic: String, teacher: StaffId, substitute: StaffId)
            RecordMark = RECORD(task: TaskId, student: StudentId, value: MarkValue)
            RecordMovement = RECORD(student: StudentId, kind: MovementKind, to: ClassId, order: OrderRef, effective: LocalDate, academicDebts: Set<SubjectId>)
            RecordPaperReport = RECORD(guardian: GuardianId, student: StudentId, first: LocalDate, last: LocalDate)
            RecordPeriodMark = RECORD(student: StudentId, subject: SubjectId, period: StudyPeriodId, value: MarkValue)
            RecordThematicPlan = RECORD(schoolClass: ClassId, subject: SubjectId, topics: List<PlannedTopic>)
            RegisterGuardian = RECORD(id: GuardianId, name: PersonName, contact: Contact, electronicAccess: boolean)
            RegisterStaffMember = RECORD(id: StaffId, name: PersonName, roles: Set<StaffRole>)
            RegisterStudent = RECORD(id: StudentId, name: PersonName, birthDate: LocalDate)
            ReopenPeriod = RECORD(period: StudyPeriodId, reason: String)
            ReopenSchoolYear = RECORD(year: SchoolYearId, reason: String)
            ScaleId = RECORD(value: String)
            SchoolCalendar = RECORD(daysPerWeek: int, daysOff: Set<LocalDate>, extraSchoolDays: Set<LocalDate>, vacations: List<Vacation>)
            SchoolYearId = RECORD(value: String)
            SetCurriculumLoad = RECORD(schoolClass: ClassId, subject: SubjectId, hoursPerWeek: BigDecimal)
            Severity = ENUM(BLOCKING, INFO, WARNING)
            StaffActor = RECORD(id: StaffId)
            StaffId = RECORD(value: String)
            StaffRole = ENUM(DEPUTY_DIRECTOR, DIRECTOR, JOURNAL_ADMINISTRATOR, RECORDS_CLERK, TEACHER)
            StudentActor = RECORD(id: StudentId)
            StudentId = RECORD(value: String)
            StudyPeriodId = RECORD(value: String)
            SubjectId = RECORD(value: String)
            SystemActor = RECORD(name: String)
            TaskId = RECORD(value: String)
            TaskType = RECORD(code: String, nameRu: String, nameEn: String)
            Vacation = RECORD(name: String, first: LocalDate, last: LocalDate, grades: GradeRange)
            Violation = RECORD(code: String, clause: String, severity: Severity, concerns: String, messageRu: String, messageEn: String)
            WorkKind = ENUM(LABORATORY, ORDINARY, PRACTICAL, TEST)
            """;
}
