package org.sovet.directory;

/** A person of the directory; the id is the Camunda user id. */
public record Person(
        String id,
        String lastName,
        String firstName,
        String middleName,
        String email,
        String position,
        String organizationId,
        boolean supervisor) {

    /** «Н.В. Логиновский», as under a signature line. */
    public String initialsAndSurname() {
        StringBuilder initials = new StringBuilder();
        initials.append(firstName.charAt(0)).append('.');
        if (middleName != null && !middleName.isBlank()) {
            initials.append(middleName.charAt(0)).append('.');
        }
        return initials + " " + lastName;
    }

    /**
     * «Жилина О.А.», as protocols list those present: the one form of a name in every list (archive,
     * assignments, history); headers and greetings use {@link #fullName()}.
     */
    public String surnameAndInitials() {
        String initials = firstName.charAt(0) + "." + (middleName == null || middleName.isBlank() ? "" : middleName.charAt(0) + ".");
        return lastName + " " + initials;
    }

    /** How a letter addresses the person: «Николай Викторович». */
    public String greeting() {
        return middleName == null || middleName.isBlank() ? firstName : firstName + " " + middleName;
    }

    /** «Логиновский Николай Викторович». */
    public String fullName() {
        return middleName == null || middleName.isBlank()
                ? lastName + " " + firstName
                : lastName + " " + firstName + " " + middleName;
    }
}
