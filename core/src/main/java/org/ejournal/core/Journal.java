package org.ejournal.core;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ejournal.core.command.ClosePeriod;
import org.ejournal.core.command.Command;
import org.ejournal.core.internal.Salts;
import org.ejournal.core.log.Checkpoint;
import org.ejournal.core.log.CheckpointSigner;
import org.ejournal.core.log.CheckpointVerifier;
import org.ejournal.core.log.Ed25519CheckpointSigner;
import org.ejournal.core.log.Frontier;
import org.ejournal.core.log.Hash;
import org.ejournal.core.log.Hasher;
import org.ejournal.core.store.AuditLog;
import org.ejournal.core.store.LogEntry;
import org.ejournal.core.store.LogReport;
import org.ejournal.core.store.StoreException;
import org.ejournal.core.internal.Checks;
import org.ejournal.core.internal.CommandValidation;
import org.ejournal.core.internal.JournalState;
import org.ejournal.core.internal.Reads;
import org.ejournal.core.model.ClassId;
import org.ejournal.core.model.School;
import org.ejournal.core.model.SchoolClass;
import org.ejournal.core.model.StudentId;
import org.ejournal.core.model.StudyPeriod;
import org.ejournal.core.model.StudyPeriodId;
import org.ejournal.core.model.Subject;
import org.ejournal.core.model.SubjectId;
import org.ejournal.core.rule.AccessPolicy;
import org.ejournal.core.rule.Rule;
import org.ejournal.core.store.InMemoryStore;
import org.ejournal.core.store.JournalStore;
import org.ejournal.core.view.Diary;
import org.ejournal.core.view.EntryHistory;
import org.ejournal.core.view.EntryRef;
import org.ejournal.core.view.JournalPage;
import org.ejournal.core.view.Query;
import org.ejournal.core.view.Revision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One school's electronic class journal: the entry point of the library.
 *
 * <p>The journal receives {@linkplain Command commands} on behalf of an {@link Actor}, validates
 * them (Bean Validation, then its own integrity checks, then the {@linkplain Rule rules} it was built
 * with), appends the accepted ones as {@linkplain JournalEvent events} to its {@link JournalStore},
 * and keeps indexed views for its queries. A rejected command changes nothing. Queries are answered
 * through the {@link AccessPolicy}: a refused query gives a {@link Answer.Refused}, and rows the actor
 * may not see are left out.
 *
 * <p>Thread-safe: commands are applied one at a time; queries run concurrently with each other.
 *
 * <pre>{@code
 * Journal journal = Journal.builder()
 *     .school(school)
 *     .store(InMemoryStore.create())
 *     .clock(Clock.system(school.zone()))
 *     .build();
 * Outcome outcome = journal.execute(teacher, RecordMark.of(task, pupil, FivePoint.of(4)));
 * }</pre>
 */
public final class Journal {

    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    private static final int MAX_DIARY_DAYS = 400;

    /** The code of a checkpoint asked of a journal that has no signer. */
    public static final String NO_SIGNER = "EJ1911";

    private final School school;
    private final JournalStore store;
    private final RuleSet rules;
    private final AccessPolicy access;
    private final Clock clock;
    private final CommandValidation validation;
    private final JournalState state;
    private final Checks checks;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final String origin;
    private final CheckpointSigner signer;
    private final List<CheckpointVerifier> verifiers;
    private final Hasher hasher = new Hasher();
    private final Salts salts;
    private Frontier frontier;

    private Journal(Builder b) {
        this.school = Objects.requireNonNull(b.school, "EJ1001 a journal needs a school");
        this.store = b.store == null ? InMemoryStore.create() : b.store;
        this.rules = new RuleSet(b.rules);
        this.access = b.access == null ? AccessPolicy.permitAll() : b.access;
        this.clock = b.clock == null ? Clock.system(school.zone()) : b.clock;
        this.validation = b.validator == null ? CommandValidation.library(this.clock) : new CommandValidation(b.validator);
        this.state = new JournalState(school);
        this.checks = new Checks(state, this.clock);
        this.origin = b.origin == null ? "ejournal/" + school.id().value() : b.origin;
        Checkpoint.of(origin, 0, org.ejournal.core.log.MerkleHashing.emptyRoot()); // EJ1320 if the origin is not a line
        this.signer = b.signer;
        this.salts = b.saltRandom == null ? new Salts() : new Salts(b.saltRandom);
        List<CheckpointVerifier> keys = new ArrayList<>(b.verifiers);
        if (signer instanceof Ed25519CheckpointSigner ed && !keys.contains(ed.verifier())) {
            keys.add(ed.verifier());
        }
        this.verifiers = keys.stream().map(k -> k.withOrigin(origin)).toList();
        LogReport opened = AuditLog.replay(store, school.id(), verifiers, state::apply);
        if (!opened.isIntact()) {
            throw new StoreException(AuditLog.BROKEN + " the stored log of " + school.id() + " does not verify ("
                    + opened.breaks().size() + " breaks; the first: " + opened.breaks().get(0)
                    + "); nothing was loaded as truth: restore a verified archive, or run AuditLog.verify for the list");
        }
        this.frontier = store.frontier(school.id());
        state.skipTo(frontier.size()); // past tombstones at the end of the log: the next entry follows them
        LOG.debug("journal of {} opened with {} events and {} rules", school.id(), state.size(), rules.all().size());
    }

    /** @return a builder; only the school is required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the school */
    public School school() {
        return school;
    }

    /** @return how many events the journal has recorded */
    public long size() {
        lock.readLock().lock();
        try {
            return state.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Executes a command on behalf of an actor.
     *
     * @param actor who acts, not {@code null}
     * @param command what to record, not {@code null}
     * @return {@link Outcome.Accepted} with the recorded event and any warnings, or
     *     {@link Outcome.Rejected} with the violations, and then nothing changed
     * @throws NullPointerException if an argument is {@code null}
     * @throws org.ejournal.core.store.StoreException (code {@code EJ1901}) if the store fails; nothing
     *     changed
     * @throws IllegalStateException (code {@code EJ1900}) if a rule throws: a programming error
     */
    public Outcome execute(Actor actor, Command command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
        lock.writeLock().lock();
        try {
            List<Violation> found = new ArrayList<>();
            checks.checkActor(actor).ifPresent(found::add);
            List<Violation> invalid = validation.validate(command);
            found.addAll(invalid);
            if (invalid.isEmpty()) {
                found.addAll(checks.check(command));
            }
            if (!found.isEmpty()) {
                return reject(actor, command, found);
            }
            JournalEvent candidate = new JournalEvent(state.size() + 1, clock.instant(), actor, command, List.of());
            List<Violation> judged = rules.judge(candidate, state);
            for (Violation v : judged) {
                if (v.isBlocking()) {
                    return reject(actor, command, judged);
                }
            }
            JournalEvent event = candidate.withWarnings(judged);
            LogEntry entry = LogEntry.seal(event, salts.next(), hasher);
            Frontier next = frontier.append(entry.leafHash(), hasher);
            store.append(school.id(), entry, next);
            frontier = next;
            state.apply(event);
            if (signer != null && closesAPeriod(command)) {
                storeCheckpoint();
            }
            return new Outcome.Accepted(List.of(event), judged);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static boolean closesAPeriod(Command command) {
        return command instanceof ClosePeriod || command instanceof org.ejournal.core.command.CloseSchoolYear;
    }

    /**
     * Signs a checkpoint of the audit log as it is now (origin, size, root) and keeps it in the
     * store: the journal does this itself whenever a study period or a school year is closed; call it at least daily
     * (DESIGN.md §6), and print the text on the paper copies, which then witness the electronic
     * record.
     *
     * @return the signed checkpoint in C2SP {@code tlog-checkpoint} signed-note form
     * @throws IllegalStateException (code {@value #NO_SIGNER}) if the journal was built without a
     *     {@linkplain Builder#signer signer}
     * @throws org.ejournal.core.store.StoreException (code {@code EJ1901}) if the store failed
     */
    public String checkpoint() {
        if (signer == null) {
            throw new IllegalStateException(NO_SIGNER + " the journal of " + school.id()
                    + " has no checkpoint signer: give one to Journal.builder().signer(...)");
        }
        lock.writeLock().lock();
        try {
            return storeCheckpoint();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private String storeCheckpoint() {
        String signed = Checkpoint.of(origin, frontier).sign(signer);
        store.addCheckpoint(school.id(), signed);
        return signed;
    }

    /** @return the checkpoints kept in the store, oldest first */
    public List<String> checkpoints() {
        return store.checkpoints(school.id());
    }

    /** @return the origin line of this journal's checkpoints, by default {@code ejournal/} and the school's id */
    public String origin() {
        return origin;
    }

    /** @return the root of the audit log's Merkle tree over every event recorded so far */
    public Hash root() {
        lock.readLock().lock();
        try {
            return frontier.root();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Verifies the audit log as the store holds it now, checking checkpoint signatures with the
     * signer's key and the {@linkplain Builder#verifiers verifiers} given ({@link AuditLog#verify}).
     *
     * @return the report, with every break and its position
     */
    public LogReport verify() {
        lock.readLock().lock();
        try {
            return AuditLog.verify(store, school.id(), verifiers);
        } finally {
            lock.readLock().unlock();
        }
    }

    private Outcome reject(Actor actor, Command command, List<Violation> violations) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} by {} rejected: {}", command.commandName(), actor.describe(),
                    violations.stream().map(Violation::code).collect(Collectors.joining(",")));
        }
        return new Outcome.Rejected(violations);
    }

    /**
     * A page of the class journal: one class, one subject, one study period (REC-6.2).
     *
     * @param actor who reads, not {@code null}
     * @param schoolClass the class, not {@code null}
     * @param subject the subject, not {@code null}
     * @param period the study period, not {@code null}
     * @return the page, or a refusal (an unknown identifier, a period of another year or for other
     *     grades, or an actor who may not read it); rows of pupils the actor may not see are left out
     */
    public Answer<JournalPage> page(Actor actor, ClassId schoolClass, SubjectId subject, StudyPeriodId period) {
        Query query = new Query.PageQuery(Objects.requireNonNull(schoolClass, "schoolClass"),
                Objects.requireNonNull(subject, "subject"), Objects.requireNonNull(period, "period"));
        lock.readLock().lock();
        try {
            List<Violation> refused = new ArrayList<>();
            SchoolClass sc = known(refused, state.schoolClass(schoolClass), "schoolClass", schoolClass.value(), "Класс",
                    "Class");
            Subject s = known(refused, state.subject(subject), "subject", subject.value(), "Предмет", "Subject");
            StudyPeriod p = known(refused, state.studyPeriod(period), "period", period.value(), "Учебный период",
                    "Study period");
            if (sc != null && p != null && (!p.year().equals(sc.year()) || !p.grades().contains(sc.grade()))) {
                refused.add(Violation.blocking(ViolationCodes.PERIOD_NOT_FOR_GRADE, "REC-6.4", "period",
                        "период «" + p.label() + "» не относится к классу " + sc.name(),
                        "the period " + p.labelEn() + " does not apply to class " + sc.name()));
            }
            refused.addAll(readRefusals(actor, query));
            if (!refused.isEmpty()) {
                return Answer.refused(refused);
            }
            return Answer.granted(Reads.page(state, access, actor, sc, s, p));
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * A pupil's electronic diary for a range of days, at most 400 (POL-3.6).
     *
     * @param actor who reads, not {@code null}
     * @param student the pupil, not {@code null}
     * @param first the first day, not {@code null}
     * @param last the last day, not before {@code first}, not {@code null}
     * @return the diary, or a refusal (an unknown pupil, a bad range, or an actor who may not see the
     *     pupil)
     */
    public Answer<Diary> diary(Actor actor, StudentId student, LocalDate first, LocalDate last) {
        Objects.requireNonNull(student, "student");
        Query query = new Query.DiaryQuery(student, Objects.requireNonNull(first, "first"),
                Objects.requireNonNull(last, "last"));
        lock.readLock().lock();
        try {
            List<Violation> refused = new ArrayList<>();
            known(refused, state.student(student), "student", student.value(), "Обучающийся", "Pupil");
            if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= MAX_DIARY_DAYS) {
                refused.add(Violation.blocking(ViolationCodes.INVALID_VALUE, "POL-3.6", "diary.last",
                        "диапазон дат должен быть от 1 до " + MAX_DIARY_DAYS + " дней",
                        "the range of days must have 1 to " + MAX_DIARY_DAYS + " days"));
            }
            refused.addAll(readRefusals(actor, query));
            if (refused.isEmpty() && !access.maySee(actor, student, state)) {
                refused.add(Violation.blocking(ViolationCodes.NOT_VISIBLE, "POL-3.6", "diary " + student,
                        "нет доступа к данным этого обучающегося", "no access to this pupil's data"));
            }
            if (!refused.isEmpty()) {
                return Answer.refused(refused);
            }
            return Answer.granted(Reads.diary(state, student, first, last));
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The history of one entry: every revision, who made it, when, before, after and why (REC-1.7).
     *
     * @param actor who reads, not {@code null}
     * @param entry the entry, not {@code null}
     * @return the history, or a refusal (no such entry, or an actor who may not read it)
     */
    public Answer<EntryHistory> history(Actor actor, EntryRef entry) {
        Objects.requireNonNull(entry, "entry");
        lock.readLock().lock();
        try {
            List<Violation> refused = new ArrayList<>(readRefusals(actor, new Query.HistoryQuery(entry)));
            List<Revision> revisions = state.history(entry);
            if (revisions.isEmpty()) {
                refused.add(0, Violation.blocking(ViolationCodes.UNKNOWN_REFERENCE, "REC-1.7", entry.describe(),
                        "запись «" + entry.describe() + "» не найдена", "there is no " + entry.describe()));
            }
            if (!refused.isEmpty()) {
                return Answer.refused(refused);
            }
            return Answer.granted(new EntryHistory(entry, revisions));
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Who edited what in one class journal: every revision of every entry of the class's journal
     * (lessons, tasks, marks, attendance, homework, thematic plans, period marks, exam results)
     * recorded on the days from {@code from} to {@code to} in the school's time zone, in recording
     * order, each with its log sequence, instant, actor and roles, change (created, corrected,
     * cancelled), entry, before, after and reason (REC-1.7, POL-1.2, POL-5.1). Read from the same
     * revisions as {@link #history}. Costs O(revisions of the class journal).
     *
     * @param actor who reads, not {@code null}
     * @param schoolClass the class, not {@code null}
     * @param from the first day, not {@code null}
     * @param to the last day, not before {@code from} and at most
     *     {@value org.ejournal.core.view.EditListing#MAX_DAYS} days in all, not {@code null}
     * @return the listing, or a refusal: an unknown class ({@code EJ1102}), a reversed or too long
     *     range ({@code EJ1100}), an unknown actor ({@code EJ1101}) or one the access policy refuses;
     *     rows of pupils the actor may not see are left out
     * @throws NullPointerException if an argument is {@code null}
     */
    public Answer<org.ejournal.core.view.EditListing> edits(Actor actor, ClassId schoolClass, LocalDate from,
            LocalDate to) {
        return editListing(actor, schoolClass, Optional.empty(), from, to);
    }

    /**
     * Who edited what in one subject of one class journal: as {@link #edits(Actor, ClassId, LocalDate,
     * LocalDate)}, narrowed to the entries of one subject's pages.
     *
     * @param actor who reads, not {@code null}
     * @param schoolClass the class, not {@code null}
     * @param subject the subject, not {@code null}
     * @param from the first day, not {@code null}
     * @param to the last day, not before {@code from} and at most
     *     {@value org.ejournal.core.view.EditListing#MAX_DAYS} days in all, not {@code null}
     * @return the listing, or a refusal: as for the whole class, and an unknown subject ({@code EJ1102})
     * @throws NullPointerException if an argument is {@code null}
     */
    public Answer<org.ejournal.core.view.EditListing> edits(Actor actor, ClassId schoolClass, SubjectId subject,
            LocalDate from, LocalDate to) {
        return editListing(actor, schoolClass, Optional.of(Objects.requireNonNull(subject, "subject")), from, to);
    }

    private Answer<org.ejournal.core.view.EditListing> editListing(Actor actor, ClassId schoolClass,
            Optional<SubjectId> subject, LocalDate from, LocalDate to) {
        Query query = new Query.EditsQuery(Objects.requireNonNull(schoolClass, "schoolClass"), subject,
                Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
        Objects.requireNonNull(actor, "actor");
        lock.readLock().lock();
        try {
            List<Violation> refused = new ArrayList<>();
            SchoolClass sc = known(refused, state.schoolClass(schoolClass), "schoolClass", schoolClass.value(), "Класс",
                    "Class");
            if (subject.isPresent()) {
                known(refused, state.subject(subject.get()), "subject", subject.get().value(), "Предмет", "Subject");
            }
            int most = org.ejournal.core.view.EditListing.MAX_DAYS;
            if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= most) {
                refused.add(Violation.blocking(ViolationCodes.INVALID_VALUE, "REC-1.7", "edits.to",
                        "диапазон дат должен быть от 1 до " + most + " дней",
                        "the range of days must have 1 to " + most + " days"));
            }
            refused.addAll(readRefusals(actor, query));
            if (!refused.isEmpty()) {
                return Answer.refused(refused);
            }
            return Answer.granted(Reads.edits(state, access, actor, sc, subject, from, to));
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<Violation> readRefusals(Actor actor, Query query) {
        Objects.requireNonNull(actor, "actor");
        List<Violation> out = new ArrayList<>();
        checks.checkActor(actor).ifPresent(out::add);
        if (!out.isEmpty()) {
            return out;
        }
        try (Stream<Violation> found = access.checkRead(actor, query, state)) {
            found.forEach(out::add);
        } catch (RuntimeException e) {
            throw new IllegalStateException("EJ1900 the access policy failed on " + query, e);
        }
        return out;
    }

    private static <T> T known(List<Violation> out, Optional<T> found, String field, String id, String ru, String en) {
        if (found.isEmpty()) {
            out.add(Violation.blocking(ViolationCodes.UNKNOWN_REFERENCE, "POL-2.1", field,
                    ru + " «" + id + "» не найден(а) в журнале", en + " '" + id + "' is not in the journal"));
            return null;
        }
        return found.get();
    }

    /**
     * Reads the journal's indexed view directly, for trusted host code — report builders, rules run
     * by hand, a suggestion of a period mark — under the journal's read lock. Unlike the queries, it
     * applies no access policy: it is the host's own reading, not an actor's, so never hand its
     * results to an actor unfiltered. The view must not escape the function.
     *
     * @param <T> what the function computes
     * @param reading computes something from the view, not {@code null}
     * @return what the function returned
     */
    public <T> T inspect(java.util.function.Function<org.ejournal.core.view.JournalView, T> reading) {
        Objects.requireNonNull(reading, "reading");
        lock.readLock().lock();
        try {
            return reading.apply(state);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Purges what a retention plan found due (REC-7.2, POL-7.1, REC-7.3, POL-7.2): deletes exactly the
     * payloads of the plan's entries from the store, leaving their tombstones, and rebuilds the
     * journal's indexed views from the purged log, so that they equal those of a journal opened over
     * the store afresh. The log's Merkle root does not change and it still verifies (REG-8). A purge
     * is not an event of the log: the host records who ran it and why.
     *
     * <p>Before deleting anything the journal checks that the plan is this school's and that the log
     * is still the one it was made from, and that the log without those payloads replays.
     *
     * @param plan a plan from {@link org.ejournal.core.retention.Retention#plan}, not {@code null}
     * @return the verification of the log after the purge: intact, the same root, tombstones counted
     * @throws org.ejournal.core.retention.RetentionException (code {@code EJ1922}) if the plan is another
     *     school's, (code {@code EJ1923}) if the log changed since the plan was made, (code
     *     {@code EJ1925}) if the log without the plan's payloads would not replay; nothing was purged
     * @throws org.ejournal.core.store.StoreException (code {@code EJ1901}) if the store failed, then
     *     nothing was purged; (code {@value AuditLog#BROKEN}) if the log no longer verified after the
     *     purge, then open the journal anew
     */
    public LogReport purge(org.ejournal.core.retention.RetentionPlan plan) {
        Objects.requireNonNull(plan, "plan");
        lock.writeLock().lock();
        try {
            plan.requireCurrent(store, school.id());
            if (!plan.log().root().equals(frontier.root()) || plan.log().size() != frontier.size()) {
                throw new org.ejournal.core.retention.RetentionException(
                        org.ejournal.core.retention.Retention.STALE_PLAN, "REG-8", "the plan was not made from the log"
                        + " this journal holds (" + frontier.size() + " entries, root " + frontier.root().toHex()
                        + "): plan again with the journal's own store");
            }
            replayWithout(plan.sequences());
            if (!plan.isEmpty()) {
                store.purge(school.id(), plan.sequences());
            }
            state.reset();
            LogReport report = AuditLog.replay(store, school.id(), verifiers, state::apply);
            state.skipTo(frontier.size());
            if (!report.isIntact()) {
                throw new StoreException(AuditLog.BROKEN + " the log of " + school.id() + " does not verify after"
                        + " the purge (" + report.breaks().size() + " breaks; the first: " + report.breaks().get(0)
                        + "): open the journal anew");
            }
            LOG.debug("purged {} payloads of {} for {}", plan.sequences().size(), school.id(), plan.date());
            return report;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Replays the stored log, less the given entries, into a scratch state: it must not fail. */
    private void replayWithout(java.util.Set<Long> purged) {
        JournalState scratch = new JournalState(school);
        try (Stream<LogEntry> entries = store.entries(school.id())) {
            for (var it = entries.iterator(); it.hasNext(); ) {
                LogEntry e = it.next();
                if (!e.isTombstone() && !purged.contains(e.sequence())) {
                    scratch.apply(e.event());
                }
            }
        } catch (RuntimeException ex) {
            if (ex instanceof StoreException) {
                throw ex;
            }
            throw new org.ejournal.core.retention.RetentionException(
                    org.ejournal.core.retention.Retention.WOULD_NOT_REPLAY, "REG-8", "the log of " + school.id()
                    + " without the plan's " + purged.size() + " payloads would not replay (" + ex
                    + "): an entry kept needs one that is due; nothing was purged", ex);
        }
    }

    /** For the library's own tests: the state, to compare with a replay. */
    JournalState state() {
        return state;
    }

    /**
     * Builds a {@link Journal}. Not thread-safe; a builder may be reused.
     */
    public static final class Builder {
        private School school;
        private JournalStore store;
        private final List<Rule> rules = new ArrayList<>();
        private AccessPolicy access;
        private Clock clock;
        private Validator validator;
        private String origin;
        private CheckpointSigner signer;
        private final List<CheckpointVerifier> verifiers = new ArrayList<>();
        private java.security.SecureRandom saltRandom;

        private Builder() {
        }

        /**
         * @param random where the salts of sealed payloads come from; by default the platform's
         *     strong generator. Pass a seeded generator (e.g. {@code SHA1PRNG} seeded before first use)
         *     only for reproducible tests and demos: predictable salts let anyone confirm a guess of a
         *     purged payload against its digest.
         * @return this builder
         */
        public Builder salts(java.security.SecureRandom random) {
            this.saltRandom = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * @param signer signs the audit log's checkpoints, at every period close and on
         *     {@link Journal#checkpoint()}; without one the journal makes no checkpoints. An
         *     {@link Ed25519CheckpointSigner}'s own key also verifies them.
         * @return this builder
         */
        public Builder signer(CheckpointSigner signer) {
            this.signer = Objects.requireNonNull(signer, "signer");
            return this;
        }

        /**
         * @param verifiers more keys that stored checkpoints may be signed with (earlier signers'
         *     keys, a plugged-in signer's key), checked by {@link Journal#verify()} and when the
         *     journal opens
         * @return this builder
         */
        public Builder verifiers(Iterable<CheckpointVerifier> verifiers) {
            for (CheckpointVerifier v : verifiers) {
                this.verifiers.add(Objects.requireNonNull(v, "verifier"));
            }
            return this;
        }

        /**
         * @param origin the first line of this journal's checkpoints, naming the log uniquely, e.g.
         *     {@code school.example.ru/journal}; by default {@code ejournal/} and the school's id
         * @return this builder
         */
        public Builder origin(String origin) {
            this.origin = Objects.requireNonNull(origin, "origin");
            return this;
        }

        /**
         * @param school the school, required
         * @return this builder
         */
        public Builder school(School school) {
            this.school = Objects.requireNonNull(school, "school");
            return this;
        }

        /**
         * @param store where the log is kept; by default a new {@link InMemoryStore}. Events already in
         *     it for this school are replayed when the journal is built.
         * @return this builder
         */
        public Builder store(JournalStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * @param rules rules to judge every command by, in addition to those already given
         * @return this builder
         */
        public Builder rules(Iterable<? extends Rule> rules) {
            for (Rule r : rules) {
                this.rules.add(Objects.requireNonNull(r, "rule"));
            }
            return this;
        }

        /**
         * @param rule one more rule
         * @return this builder
         */
        public Builder rule(Rule rule) {
            this.rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * @param access decides what actors may read; by default {@link AccessPolicy#permitAll()}
         * @return this builder
         */
        public Builder access(AccessPolicy access) {
            this.access = Objects.requireNonNull(access, "access");
            return this;
        }

        /**
         * @param clock where the journal reads the time; by default the system clock in the school's zone
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param validator a Bean Validation validator to use instead of the library's own
         * @return this builder
         */
        public Builder validator(Validator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /**
         * Builds the journal and replays the store's events for the school.
         *
         * @return the journal
         * @throws NullPointerException (code {@code EJ1001}) if no school was given
         * @throws org.ejournal.core.store.StoreException (code {@value AuditLog#BROKEN}) if the stored log
         *     does not verify: nothing is loaded as truth
         */
        public Journal build() {
            return new Journal(this);
        }
    }
}
