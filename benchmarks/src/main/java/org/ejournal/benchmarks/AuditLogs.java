package org.ejournal.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ejournal.core.JournalEvent;
import org.ejournal.core.internal.Salts;
import org.ejournal.core.log.Checkpoint;
import org.ejournal.core.log.CheckpointVerifier;
import org.ejournal.core.log.Ed25519CheckpointSigner;
import org.ejournal.core.log.Frontier;
import org.ejournal.core.log.Hasher;
import org.ejournal.core.model.SchoolId;
import org.ejournal.core.store.InMemoryStore;
import org.ejournal.core.store.LogEntry;
import org.ejournal.testkit.school.GeneratedSchool;
import org.ejournal.testkit.school.Step;

/**
 * Stored audit logs of any length made of realistic events, for verifying: the generated year of
 * the 30-class school ({@link Schools#YEAR}, 324 533 events of every kind — registrations, lessons,
 * attendance, tasks, homework, marks, movements, period closes), repeated as many times as needed,
 * renumbered, and each repetition moved 52 weeks on; every entry sealed as the journal seals it
 * (random salt, canonical header and payload, digest, leaf) and appended with its frontier; and a
 * checkpoint signed with Ed25519 every {@value #CHECKPOINT_EVERY} entries, about one a school day
 * as DESIGN.md §6 asks. The verifier does not judge the events, only the log, so the repetitions
 * need not make sense as a school's history; they do have the byte sizes of real entries.
 */
public final class AuditLogs {

    /** Entries between two checkpoints: the generated year makes about this many events per school day. */
    public static final int CHECKPOINT_EVERY = 1_500;

    private AuditLogs() {
    }

    /** A stored log, the school it belongs to and the key its checkpoints verify with. */
    public record Stored(InMemoryStore store, SchoolId school, List<CheckpointVerifier> verifiers) {
    }

    /**
     * @param entries how many entries
     * @param span which generated school's events to repeat ({@link Schools#YEAR}; {@link Schools#TINY}
     *     for the smoke test)
     * @return the store, intact
     */
    public static Stored build(int entries, String span) {
        GeneratedSchool generated = Schools.generate(span);
        List<JournalEvent> base = events(generated);
        SchoolId school = generated.school().id();
        Ed25519CheckpointSigner signer = Ed25519CheckpointSigner.generate("ejournal-bench");
        String origin = "ejournal/" + school.value();
        InMemoryStore store = InMemoryStore.create();
        Hasher hasher = new Hasher();
        Salts salts = new Salts();
        Frontier frontier = Frontier.empty();
        for (int i = 0; i < entries; i++) {
            JournalEvent e = base.get(i % base.size());
            int round = i / base.size();
            JournalEvent renumbered = new JournalEvent(i + 1L, e.recordedAt().plus(Duration.ofDays(364L * round)),
                    e.actor(), e.command(), e.warnings());
            LogEntry entry = LogEntry.seal(renumbered, salts.next(), hasher);
            frontier = frontier.append(entry.leafHash(), hasher);
            store.append(school, entry, frontier);
            if ((i + 1) % CHECKPOINT_EVERY == 0) {
                store.addCheckpoint(school, Checkpoint.of(origin, frontier).sign(signer));
            }
        }
        return new Stored(store, school, List.of(signer.verifier().withOrigin(origin)));
    }

    /** The generated school's log as events, from 1. */
    private static List<JournalEvent> events(GeneratedSchool generated) {
        List<JournalEvent> out = new ArrayList<>();
        for (Step step : generated.steps()) {
            out.add(new JournalEvent(out.size() + 1L, step.at(), step.actor(), step.command(), List.of()));
        }
        return out;
    }
}
