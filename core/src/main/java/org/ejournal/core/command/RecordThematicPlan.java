package org.ejournal.core.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.ejournal.core.model.*;

/**
 * Records the calendar-thematic plan (КТП) of a subject in a class (POL-4.4a). A later plan replaces the earlier one; the history keeps both.
 *
 * <p>Immutable and thread-safe; validated with Bean Validation when executed.
 *
 * @param schoolClass the class
 * @param subject the subject
 * @param topics the topics in order, 1 to 500
 */
public record RecordThematicPlan(
        @NotNull ClassId schoolClass,
        @NotNull SubjectId subject,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid PlannedTopic> topics) implements Command {

    /** Copies the topics; a null element is left for Bean Validation to report. */
    public RecordThematicPlan {
        topics = topics == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(topics));
    }

    @Override
    public String clause() {
        return "POL-4.4a";
    }
}
