package ru.parta.people;

import java.util.List;
import ru.parta.access.CodeHolder;

/** What the activation page shows once a valid code is entered. */
public record ActivationDetails(CodeHolder holder, List<String> children, boolean consentRequired,
                                String consentVersion) {

    public ActivationDetails {
        children = List.copyOf(children);
    }
}
