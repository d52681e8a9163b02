package org.ejournal.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ejournal.core.SchoolFixture.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ejournal.core.Journal;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.Outcome;
import org.ejournal.core.SchoolFixture;
import org.ejournal.core.codec.EventCodec;
import org.ejournal.core.codec.EventHeader;
import org.ejournal.core.command.Command;
import org.ejournal.core.command.CorrectMark;
import org.ejournal.core.command.CreateClass;
import org.ejournal.core.command.DefineStudyPeriod;
import org.ejournal.core.command.OpenSchoolYear;
import org.ejournal.core.command.RecordMark;
import org.ejournal.core.command.RegisterStaffMember;
import org.ejournal.core.log.Checkpoint;
import org.ejournal.core.log.Ed25519CheckpointSigner;
import org.ejournal.core.log.Frontier;
import org.ejournal.core.log.Hash;
import org.ejournal.core.log.Hasher;
import org.ejournal.core.log.MerkleHashing;
import org.ejournal.core.log.MerkleLog;
import org.ejournal.core.model.FivePoint;
import org.ejournal.core.model.GradeRange;
import org.ejournal.core.model.PeriodKind;
import org.ejournal.core.model.PersonName;
import org.ejournal.core.model.SchoolCalendar;
import org.ejournal.core.model.SchoolYearId;
import org.ejournal.core.model.StaffId;
import org.ejournal.core.model.StaffRole;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.SchoolId;
import org.ejournal.core.store.JournalStore;
import org.ejournal.core.store.LogEntry;

/** Signed journals with checkpoints, tombstones and two school years, and archive helpers. */
final class ArchiveFixtures {

    static final Ed25519CheckpointSigner SIGNER = Ed25519CheckpointSigner.generate("ejournal/kamchatka-school-1");
    static final SchoolYearId YEAR2 = SchoolYearId.of("2027-2028");

    private ArchiveFixtures() {
    }

    /** @return the Merkle root of the school's log in the store, computed afresh from its entries */
    static Hash root(JournalStore store, SchoolId school) {
        MerkleLog log = MerkleLog.empty();
        try (var entries = store.entries(school)) {
            entries.forEach(e -> log.append(MerkleHashing.leafHash(
                    EventCodec.leafData(EventCodec.decodeHeader(e.header()), e.payloadDigest()))));
        }
        return log.root();
    }

    /** The journal's indexed state, through the public inspection hook; equal states mean equal journals. */
    static Object state(Journal journal) {
        return journal.inspect(view -> view);
    }

    /** @return a journal over the store, signing checkpoints with {@link #SIGNER} */
    static Journal open(JournalStore store, SchoolFixture f) {
        return Journal.builder().school(school()).store(store).clock(f.clock).signer(SIGNER).build();
    }

    /**
     * The fixture school with marks and a correction, three signed checkpoints (after the setup,
     * after the marks, after a purge) and one purged payload: a tombstone in the log.
     */
    static SchoolFixture signedWithTombstone() {
        SchoolFixture f = SchoolFixture.create(b -> b.signer(SIGNER));
        f.journal.checkpoint();
        f.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(4)));
        f.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(5)));
        f.accept(MATH_TEACHER, new CorrectMark(TASK, IVANOVA, FivePoint.of(3), "ошибка при вводе"));
        f.journal.checkpoint();
        f.store.purge(SCHOOL_ID, Set.of(3L)); // the third staff member's registration: a name
        f.journal.checkpoint();
        return f;
    }

    /** Two school years in one log; the first closed by a {@code CloseSchoolYear} entry. */
    static final class TwoYears {
        final SchoolFixture fixture;
        /** The sequence of the entry that closed the first year. */
        final long close;
        /** The sequence of the entry that opened the second year. */
        final long open2;

        private TwoYears(SchoolFixture fixture, long close, long open2) {
            this.fixture = fixture;
            this.close = close;
            this.open2 = open2;
        }

        JournalStore store() {
            return fixture.store;
        }

        /** @return the root of the journal's tree now: the stored frontier's */
        Hash root() {
            return store().frontier(SCHOOL_ID).root();
        }

        String origin() {
            return fixture.journal.origin();
        }
    }

    /**
     * The fixture school's first year with marks and a checkpoint, closed by an entry whose header
     * says {@code CloseSchoolYear} of the year (a tombstone standing in for the command being added),
     * checkpointed there, a staff member registered between the years, then the second year opened
     * and set up with more checkpoints. A journal does not replay a log with a tombstone before its
     * end, so what follows the close is sealed into the store directly, as a journal would have.
     */
    static TwoYears twoYears() {
        SchoolFixture f = SchoolFixture.create(b -> b.signer(SIGNER));
        f.accept(MATH_TEACHER, RecordMark.of(TASK, IVANOVA, FivePoint.of(4)));
        f.journal.checkpoint();
        f.accept(MATH_TEACHER, RecordMark.of(TASK, PETROV, FivePoint.of(5)));
        JournalStore store = f.store;
        long close = appendCloseSchoolYear(store, YEAR);
        checkpoint(store);
        append(store, ADMIN, RegisterStaffMember.of(StaffId.of("t-new"), PersonName.of("Новикова", "Ирина", null),
                StaffRole.TEACHER));
        append(store, ADMIN, new OpenSchoolYear(YEAR2, LocalDate.of(2027, 9, 1), LocalDate.of(2028, 5, 31),
                SchoolCalendar.ofWeek(5)));
        long open2 = store.size(SCHOOL_ID);
        checkpoint(store);
        append(store, ADMIN, new DefineStudyPeriod(StudyPeriodId.of("y2-q1"), YEAR2, PeriodKind.QUARTER, 1,
                LocalDate.of(2027, 9, 1), LocalDate.of(2027, 10, 25), GradeRange.of(1, 9)));
        append(store, ADMIN, new DefineStudyPeriod(StudyPeriodId.of("y2-year"), YEAR2, PeriodKind.YEAR, 1,
                LocalDate.of(2027, 9, 1), LocalDate.of(2028, 5, 31), GradeRange.ALL));
        checkpoint(store);
        for (int grade = 6; grade <= 9; grade++) {
            append(store, ADMIN, new CreateClass(ClassId.of(grade + "a-2027"), YEAR2, grade, "А"));
        }
        checkpoint(store);
        append(store, ADMIN, new CreateClass(ClassId.of("10a-2027"), YEAR2, 10, "А"));
        return new TwoYears(f, close, open2);
    }

    /** Seals a command into the store as the next event, as a journal would after accepting it. */
    static void append(JournalStore store, org.ejournal.core.Actor actor, Command command) {
        Hasher hasher = new Hasher();
        byte[] salt = new byte[EventCodec.SALT_LENGTH];
        new SecureRandom().nextBytes(salt);
        JournalEvent event = new JournalEvent(store.size(SCHOOL_ID) + 1, at(LocalDate.of(2027, 8, 30), 9, 0), actor,
                command, List.of());
        LogEntry entry = LogEntry.seal(event, salt, hasher);
        store.append(SCHOOL_ID, entry, store.frontier(SCHOOL_ID).append(entry.leafHash(), hasher));
    }

    /** Signs a checkpoint of the store's log as it is now, as a journal does, and keeps it. */
    static String checkpoint(JournalStore store) {
        String signed = Checkpoint.of("ejournal/" + SCHOOL_ID.value(), store.frontier(SCHOOL_ID)).sign(SIGNER);
        store.addCheckpoint(SCHOOL_ID, signed);
        return signed;
    }

    static void accept(Journal j, org.ejournal.core.Actor actor, Command command) {
        Outcome o = j.execute(actor, command);
        assertThat(o).as("%s: %s", command.commandName(), o.violations()).isInstanceOf(Outcome.Accepted.class);
    }

    /**
     * Appends, behind any journal's back, an entry whose header's action is {@code CloseSchoolYear}
     * with the year as its target, its payload already purged: what the year range reads.
     *
     * @return its sequence
     */
    static long appendCloseSchoolYear(JournalStore store, SchoolYearId year) {
        Hasher hasher = new Hasher();
        long sequence = store.size(SCHOOL_ID) + 1;
        byte[] header = EventCodec.encodeHeader(new EventHeader(sequence, at(LocalDate.of(2027, 6, 30), 12, 0), ADMIN,
                Archive.CLOSE_SCHOOL_YEAR, List.of(year)));
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        Hash digest = hasher.digest(salt);
        LogEntry entry = new LogEntry(sequence, header, null, digest, hasher.leaf(header, digest));
        Frontier next = store.frontier(SCHOOL_ID).append(entry.leafHash(), hasher);
        store.append(SCHOOL_ID, entry, next);
        return sequence;
    }

    /** @return the archive's bytes for the whole store, one copy */
    static byte[] archive(JournalStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Archive.write(school(), store, out);
        return out.toByteArray();
    }

    /** @return the archive's bytes for a range, one copy */
    static byte[] archive(JournalStore store, ArchiveRange range) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Archive.write(school(), store, range, out);
        return out.toByteArray();
    }

    static ArchiveReport verify(byte[] archive) {
        return Archive.verify(new ByteArrayInputStream(archive));
    }

    static ArchiveReport verifySigned(byte[] archive) {
        return Archive.verify(new ByteArrayInputStream(archive), List.of(SIGNER.verifier()));
    }

    /** @return the parts of a canonical archive, read as the verifier reads them */
    static Map<String, StoredZip.Entry> parts(byte[] archive) {
        List<ArchiveProblem> problems = new ArrayList<>();
        Map<String, StoredZip.Entry> parts = StoredZip.read(archive, problems);
        assertThat(problems).isEmpty();
        return parts;
    }

    /** @return where a part's data starts in the archive */
    static int start(byte[] archive, String part) {
        return parts(archive).get(part).data().offset();
    }

    /** @return the archive rebuilt canonically with one part replaced: every checksum right */
    static byte[] replace(byte[] archive, String part, byte[] data) {
        Map<String, StoredZip.Entry> parts = parts(archive);
        Map<String, StoredZip.Slice> out = new java.util.LinkedHashMap<>();
        parts.forEach((name, e) -> out.put(name, name.equals(part) ? StoredZip.Slice.of(data) : e.data()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            StoredZip.write(StoredZip.layout(out), bytes);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    /** @return the archive's manifest */
    static Manifest manifest(byte[] archive) {
        return Manifest.parse(parts(archive).get(Archive.MANIFEST).data().toByteArray());
    }

    /** @return the SHA-256 of bytes */
    static byte[] sha256(byte[] data) {
        return new Hasher().digest(data).toBytes();
    }
}
