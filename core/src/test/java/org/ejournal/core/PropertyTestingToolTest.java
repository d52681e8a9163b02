package org.ejournal.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * DESIGN.md §5: property tests use QuickTheories; the other well-known JUnit property-testing
 * library is not used at all, at its authors' request, so it must never reach the test class path.
 */
class PropertyTestingToolTest {

    @Test
    void the_library_whose_authors_asked_not_to_be_used_is_not_on_the_class_path() {
        String forbidden = String.join(".", "net", "jqwik", "api", "Arbitrary");
        assertThatThrownBy(() -> Class.forName(forbidden)).isInstanceOf(ClassNotFoundException.class);
    }
}
