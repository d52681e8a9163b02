package org.ejournal.core;

/**
 * The stable codes of the violations and errors the core module reports. A code never changes its
 * meaning; new codes are added, none is reused. The {@code rules} module has codes of its own
 * ({@code EJ2xxx}).
 *
 * <table>
 * <caption>Core codes</caption>
 * <tr><th>code</th><th>meaning</th></tr>
 * <tr><td>EJ1000</td><td>an identifier's text is invalid (exception, at construction)</td></tr>
 * <tr><td>EJ1001</td><td>a configuration value is invalid (exception, at construction)</td></tr>
 * <tr><td>EJ1100</td><td>a value of the command breaks a constraint</td></tr>
 * <tr><td>EJ1101</td><td>the actor is not known to the journal</td></tr>
 * <tr><td>EJ1102</td><td>an identifier refers to nothing recorded</td></tr>
 * <tr><td>EJ1103</td><td>the identifier of a new entry is already taken</td></tr>
 * <tr><td>EJ1104</td><td>a date lies outside the school year</td></tr>
 * <tr><td>EJ1105</td><td>a mark lies outside the grading scale</td></tr>
 * <tr><td>EJ1106</td><td>the pupil was not in the class (or group) on that day</td></tr>
 * <tr><td>EJ1107</td><td>the entry is already recorded: correct it instead</td></tr>
 * <tr><td>EJ1108</td><td>there is no entry to correct</td></tr>
 * <tr><td>EJ1109</td><td>a school year or study period overlaps another</td></tr>
 * <tr><td>EJ1110</td><td>the attendance code is not one of the school's</td></tr>
 * <tr><td>EJ1111</td><td>the class already has a lesson in that slot</td></tr>
 * <tr><td>EJ1112</td><td>the movement does not fit the pupil's placements (or joining a group, the pupil's
 * memberships of it)</td></tr>
 * <tr><td>EJ1113</td><td>the name is already used</td></tr>
 * <tr><td>EJ1114</td><td>the group does not belong to the class</td></tr>
 * <tr><td>EJ1116</td><td>the study period does not apply to the pupil's grade</td></tr>
 * <tr><td>EJ1117</td><td>a correction that changes nothing</td></tr>
 * <tr><td>EJ1118</td><td>the staff member is not a teacher</td></tr>
 * <tr><td>EJ1119</td><td>the actor may not see this pupil's data</td></tr>
 * <tr><td>EJ1120</td><td>the study period is already closed</td></tr>
 * <tr><td>EJ1121</td><td>the study period is not closed</td></tr>
 * <tr><td>EJ1122</td><td>the guardian is not linked to the pupil</td></tr>
 * <tr><td>EJ1123</td><td>the school year is closed: nothing of it is recorded or corrected, and it is not
 * closed twice</td></tr>
 * <tr><td>EJ1124</td><td>the school year is not closed</td></tr>
 * <tr><td>EJ1125</td><td>a study period of the school year is still open</td></tr>
 * <tr><td>EJ1126</td><td>the school year has not ended yet</td></tr>
 * <tr><td>EJ1127</td><td>a promotion does not lead into the school year that follows the class's year</td></tr>
 * <tr><td>EJ1900</td><td>a rule or access policy failed (exception: a programming error)</td></tr>
 * <tr><td>EJ1901</td><td>the store could not append or read (exception)</td></tr>
 * <tr><td>EJ1902</td><td>the log is inconsistent (exception)</td></tr>
 * <tr><td>EJ1903</td><td>bytes of an encoded event are malformed (exception, {@code codec})</td></tr>
 * <tr><td>EJ1904</td><td>a value cannot be encoded (exception, {@code codec})</td></tr>
 * <tr><td>EJ1905–EJ1909</td><td>an archive is damaged (every {@code archive.ArchiveProblem}, and a restore
 * refused for it), the store to restore into is not empty, the archive is another school's, a stream
 * failed or the archive would be too large, the entries or the range to write are not a gap-free part
 * of the log ({@code archive.Archive})</td></tr>
 * <tr><td>EJ1910</td><td>a stored audit log does not verify: every {@code store.LogBreak}, and a
 * journal that refuses to open over it (exception)</td></tr>
 * <tr><td>EJ1911</td><td>a checkpoint was asked of a journal built without a signer (exception)</td></tr>
 * <tr><td>EJ1912</td><td>an archive that does not start at the log's first entry (a later school year, a
 * range) cannot be restored (exception, {@code archive.Archive})</td></tr>
 * <tr><td>EJ1920–EJ1925</td><td>retention: a day before the school's first year, an invalid legal hold, a
 * plan of another school, a stale plan, a store that is not the journal's, a purge that would leave a log
 * that does not replay ({@code retention.Retention}, {@code retention.RetentionException})</td></tr>
 * <tr><td>EJ1300–EJ1333</td><td>the audit log's hashes, proofs and checkpoints ({@code log.LogCodes})</td></tr>
 * </table>
 */
public final class ViolationCodes {

    /** An identifier's text is invalid. */
    public static final String INVALID_ID = "EJ1000";
    /** A configuration value is invalid. */
    public static final String INVALID_CONFIGURATION = "EJ1001";
    /** A value of the command breaks a constraint. */
    public static final String INVALID_VALUE = "EJ1100";
    /** The actor is not known to the journal. */
    public static final String UNKNOWN_ACTOR = "EJ1101";
    /** An identifier refers to nothing recorded. */
    public static final String UNKNOWN_REFERENCE = "EJ1102";
    /** The identifier of a new entry is already taken. */
    public static final String DUPLICATE_ID = "EJ1103";
    /** A date lies outside the school year. */
    public static final String OUTSIDE_SCHOOL_YEAR = "EJ1104";
    /** A mark lies outside the grading scale. */
    public static final String OUTSIDE_SCALE = "EJ1105";
    /** The pupil was not in the class (or group) on that day. */
    public static final String NOT_IN_CLASS = "EJ1106";
    /** The entry is already recorded. */
    public static final String ALREADY_RECORDED = "EJ1107";
    /** There is no entry to correct. */
    public static final String NOTHING_TO_CORRECT = "EJ1108";
    /** A school year or study period overlaps another. */
    public static final String OVERLAP = "EJ1109";
    /** The attendance code is not one of the school's. */
    public static final String UNKNOWN_ATTENDANCE_CODE = "EJ1110";
    /** The class already has a lesson in that slot. */
    public static final String SLOT_TAKEN = "EJ1111";
    /** The movement does not fit the pupil's placements (or joining a group, the pupil's memberships of it). */
    public static final String INVALID_MOVEMENT = "EJ1112";
    /** The name is already used. */
    public static final String DUPLICATE_NAME = "EJ1113";
    /** The group does not belong to the class. */
    public static final String GROUP_MISMATCH = "EJ1114";
    /** The study period does not apply to the pupil's grade. */
    public static final String PERIOD_NOT_FOR_GRADE = "EJ1116";
    /** A correction that changes nothing. */
    public static final String UNCHANGED = "EJ1117";
    /** The staff member is not a teacher. */
    public static final String NOT_A_TEACHER = "EJ1118";
    /** The actor may not see this pupil's data. */
    public static final String NOT_VISIBLE = "EJ1119";
    /** The study period is already closed. */
    public static final String PERIOD_CLOSED = "EJ1120";
    /** The study period is not closed. */
    public static final String PERIOD_NOT_CLOSED = "EJ1121";
    /** The guardian is not linked to the pupil. */
    public static final String NOT_LINKED = "EJ1122";
    /** The school year is closed: nothing of it is recorded or corrected, and it is not closed twice. */
    public static final String YEAR_CLOSED = "EJ1123";
    /** The school year is not closed. */
    public static final String YEAR_NOT_CLOSED = "EJ1124";
    /** A study period of the school year is still open. */
    public static final String PERIOD_STILL_OPEN = "EJ1125";
    /** The school year has not ended yet. */
    public static final String YEAR_NOT_ENDED = "EJ1126";
    /** A promotion does not lead into the school year that follows the class's year. */
    public static final String NOT_THE_NEXT_YEAR = "EJ1127";
    /** A rule or access policy failed. */
    public static final String BROKEN_RULE = "EJ1900";
    /** The store could not append or read. */
    public static final String STORE_FAILURE = "EJ1901";
    /** The log is inconsistent. */
    public static final String INCONSISTENT_LOG = "EJ1902";

    private ViolationCodes() {
    }
}
