package org.sovet.portal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sovet.directory.CouncilRole;
import org.springframework.ui.Model;

/** The lists the directory's forms offer: time zones, signers, layouts of decisions, council roles. */
final class ClusterChoices {

    private ClusterChoices() {}

    static void addTo(Model model) {
        model.addAttribute("zones", ClusterForms.TIME_ZONES);
        model.addAttribute("signerChoices", ClusterForms.SIGNERS);
        model.addAttribute("layouts", ClusterForms.LAYOUTS);
        model.addAttribute("numberings", ClusterForms.NUMBERINGS);
        Map<String, String> roles = new LinkedHashMap<>();
        Arrays.stream(CouncilRole.values()).forEach(role -> roles.put(role.name(), role.title()));
        model.addAttribute("roles", roles);
    }
}
