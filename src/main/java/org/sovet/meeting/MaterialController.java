package org.sovet.meeting;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.sovet.common.InputRejectedException;
import org.sovet.config.ClusterAccess;
import org.sovet.document.Downloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The page of a meeting's materials: a list to download and, for the secretary, an upload form. */
@Controller
class MaterialController {

    private final Materials materials;
    private final MeetingService meetings;
    private final ClusterAccess access;

    MaterialController(Materials materials, MeetingService meetings, ClusterAccess access) {
        this.materials = materials;
        this.meetings = meetings;
        this.access = access;
    }

    @GetMapping("/meetings/{meetingId}/materials")
    String page(@PathVariable long meetingId, HttpServletRequest request, Model model) {
        String user = reader(meetingId, request);
        if (user == null) {
            return "redirect:/login";
        }
        return page(meetingId, model);
    }

    private String page(long meetingId, Model model) {
        Meeting meeting = meetings.meeting(meetingId);
        model.addAttribute("title", "Материалы заседания № " + meeting.protocolNumber());
        model.addAttribute("subtitle", meeting.theme());
        model.addAttribute("files", materials.of(meetingId));
        model.addAttribute("base", "/meetings/" + meetingId + "/materials");
        model.addAttribute("hint", "(секретарь или председатель; до 20 МБ). Члены Совета получат материалы вместе с приглашением.");
        return "pages/files";
    }

    @PostMapping("/meetings/{meetingId}/materials")
    String upload(@PathVariable long meetingId, @RequestParam(name = "file", required = false) MultipartFile file,
                  HttpServletRequest request, Model model) throws IOException {
        String user = reader(meetingId, request);
        if (user == null) {
            return "redirect:/login";
        }
        try {
            // a form sent without its file part is told to choose one, like an empty one
            materials.upload(meetingId, user, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
        } catch (InputRejectedException e) {
            model.addAttribute("error", e.getMessage());
            return page(meetingId, model);
        }
        return "redirect:/meetings/" + meetingId + "/materials";
    }

    @GetMapping("/meetings/{meetingId}/materials/{materialId}")
    ResponseEntity<byte[]> download(@PathVariable long meetingId, @PathVariable long materialId, HttpServletRequest request) {
        if (reader(meetingId, request) == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        var material = materials.of(meetingId).stream().filter(m -> m.id() == materialId).findFirst().orElse(null);
        var content = materials.content(meetingId, materialId).orElse(null);
        if (material == null || content == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        return Downloads.attachment(material.fileName(), material.contentType(), content);
    }

    /** The user if they may read the meeting's cluster; null otherwise (also for an unknown meeting). */
    private String reader(long meetingId, HttpServletRequest request) {
        var user = access.user(request).orElse(null);
        try {
            return user != null && access.mayRead(user, meetings.meeting(meetingId).clusterId()) ? user : null;
        } catch (InputRejectedException e) {
            return null;
        }
    }
}
