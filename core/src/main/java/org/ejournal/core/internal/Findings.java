package org.ejournal.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ejournal.core.Violation;
import org.ejournal.core.ViolationCodes;
import org.ejournal.core.command.Command;
import org.ejournal.core.model.Id;

/** Collects the blocking violations of one command, each carrying the command's clause. */
final class Findings {

    private final Command command;
    private final List<Violation> violations = new ArrayList<>();

    Findings(Command command) {
        this.command = command;
    }

    List<Violation> violations() {
        return violations;
    }

    boolean isEmpty() {
        return violations.isEmpty();
    }

    void add(String code, String field, String ru, String en) {
        addWithClause(code, command.clauseOf(field), field, ru, en);
    }

    void addWithClause(String code, String clause, String field, String ru, String en) {
        violations.add(Violation.blocking(code, clause, command.commandName() + "." + field, ru, en));
    }

    /** Reports an identifier that refers to nothing, and passes the found value on. */
    <T> T known(Optional<T> found, String field, Id id, String whatRu, String whatEn) {
        if (found.isEmpty()) {
            add(ViolationCodes.UNKNOWN_REFERENCE, field, whatRu + " «" + id.value() + "» не найден(а) в журнале",
                    whatEn + " '" + id.value() + "' is not in the journal");
            return null;
        }
        return found.get();
    }

    /** Reports an identifier of a new entry that is already taken. */
    void fresh(boolean taken, String field, Id id, String whatRu, String whatEn) {
        if (taken) {
            add(ViolationCodes.DUPLICATE_ID, field, whatRu + " с идентификатором «" + id.value() + "» уже есть",
                    whatEn + " with id '" + id.value() + "' already exists");
        }
    }
}
