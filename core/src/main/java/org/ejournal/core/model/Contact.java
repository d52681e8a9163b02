package org.ejournal.core.model;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * How to reach a guardian: a phone, an e-mail address, a postal address; each may be absent.
 * A guardian who declined electronic access must have a phone or a postal address, for the weekly
 * paper report (POL-8.3). Personal data: {@link #toString()} never shows it. Immutable and
 * thread-safe.
 *
 * @param phone a phone number in international form, e.g. {@code +74152000000}, or {@code null}
 * @param email an e-mail address, or {@code null}
 * @param postalAddress a postal address, at most 300 characters, or {@code null}
 */
public record Contact(
        @Pattern(regexp = "\\+?[0-9 ()-]{5,20}") String phone,
        @Email @Size(max = 200) String email,
        @Size(max = 300) String postalAddress) {

    /** A contact with nothing in it. */
    public static final Contact NONE = new Contact(null, null, null);

    /**
     * Obtains a contact.
     *
     * @param phone the phone, or {@code null}
     * @param email the e-mail address, or {@code null}
     * @param postalAddress the postal address, or {@code null}
     * @return the contact
     */
    public static Contact of(String phone, String email, String postalAddress) {
        return new Contact(phone, email, postalAddress);
    }

    /** @return whether a paper report can reach this person: a phone or a postal address is known */
    public boolean isReachableOnPaper() {
        return (phone != null && !phone.isBlank()) || (postalAddress != null && !postalAddress.isBlank());
    }

    /** @return a redacted text */
    @Override
    public String toString() {
        return "Contact[***]";
    }
}
