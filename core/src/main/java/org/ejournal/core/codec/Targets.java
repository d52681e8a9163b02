package org.ejournal.core.codec;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ejournal.core.model.Id;

/**
 * The identifiers a header names, collected in order of first encounter, each once: a
 * {@link java.util.LinkedHashSet}'s behaviour without its cost for the few identifiers a command
 * usually holds (compared one by one up to {@value #SMALL}, hashed beyond). Not thread-safe; one per
 * header.
 */
final class Targets {

    /** Up to this many identifiers, a duplicate is found by comparing with each. */
    static final int SMALL = 16;

    private Id[] ids = new Id[8];
    private int size;
    private Set<Id> seen;

    /** Adds an identifier unless it is there already. */
    void add(Id id) {
        if (seen != null) {
            if (!seen.add(id)) {
                return;
            }
        } else {
            for (int i = 0; i < size; i++) {
                if (ids[i].equals(id)) {
                    return;
                }
            }
            if (size == SMALL) {
                seen = new HashSet<>(Arrays.asList(ids).subList(0, size));
                seen.add(id);
            }
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
    }

    /** @return how many identifiers were added */
    int size() {
        return size;
    }

    /** @return the i-th identifier added */
    Id get(int i) {
        return ids[i];
    }

    /** @return the identifiers in order, unmodifiable */
    List<Id> toList() {
        return List.of(Arrays.copyOf(ids, size));
    }

    /**
     * @param targets identifiers, none {@code null}
     * @return whether one of them is there twice (by {@code equals})
     */
    static boolean repeats(List<? extends Id> targets) {
        int n = targets.size();
        if (n > SMALL) {
            return new HashSet<>(targets).size() != n;
        }
        for (int i = 1; i < n; i++) {
            Id id = targets.get(i);
            for (int j = 0; j < i; j++) {
                if (targets.get(j).equals(id)) {
                    return true;
                }
            }
        }
        return false;
    }
}
