package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.sovet.common.InputRejectedException;
import org.sovet.config.ClusterAccess;
import org.sovet.directory.Cluster;
import org.sovet.directory.Directory;
import org.sovet.directory.StaffImport;
import org.sovet.directory.staff.StaffListReader;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * «Импорт списка Совета»: the keeper uploads the council's staff list, sees what it would change, and only her
 * «Применить» changes the directory. Others of the cluster get 403, anyone outside it 404, as the portal's pages do.
 */
@Controller
class StaffImportPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final ClusterAccess access;
    private final Directory directory;
    private final StaffImport imports;

    StaffImportPage(ClusterAccess access, Directory directory, StaffImport imports) {
        this.access = access;
        this.directory = directory;
        this.imports = imports;
    }

    @GetMapping("/directory/{clusterId}/import")
    String form(@PathVariable String clusterId, HttpServletRequest request, Model model) {
        keeper(request, clusterId);
        return page(clusterId, model, null, null);
    }

    @PostMapping("/directory/{clusterId}/import")
    String upload(@PathVariable String clusterId, @RequestParam("file") MultipartFile file, HttpServletRequest request,
                  HttpServletResponse response, Model model) throws IOException {
        String user = keeper(request, clusterId);
        try {
            String id = imports.upload(user, clusterId, file.getOriginalFilename(), file.getBytes());
            return "redirect:/directory/" + clusterId + "/import/" + id;
        } catch (InputRejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(clusterId, model, null, e.getMessage());
        }
    }

    @GetMapping("/directory/{clusterId}/import/{importId}")
    String preview(@PathVariable String clusterId, @PathVariable String importId, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        String user = keeper(request, clusterId);
        try {
            return page(clusterId, model, imports.preview(user, clusterId, importId), null);
        } catch (InputRejectedException e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return page(clusterId, model, null, e.getMessage());
        }
    }

    @PostMapping("/directory/{clusterId}/import/{importId}")
    String apply(@PathVariable String clusterId, @PathVariable String importId, @RequestParam(defaultValue = "") String plan,
                 @RequestParam(defaultValue = "false") boolean removals, HttpServletRequest request,
                 HttpServletResponse response, Model model) {
        String user = keeper(request, clusterId);
        try {
            imports.apply(user, clusterId, importId, removals, plan);
            return "redirect:/directory/" + clusterId + "/import/" + importId;
        } catch (InputRejectedException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(clusterId, model, previewIfAny(user, clusterId, importId), e.getMessage());
        }
    }

    private StaffImport.Preview previewIfAny(String user, String clusterId, String importId) {
        try {
            return imports.preview(user, clusterId, importId);
        } catch (InputRejectedException e) {
            return null;
        }
    }

    /** The keeper behind the request; 404 for a cluster the viewer may not read, 403 for one they read but do not keep. */
    private String keeper(HttpServletRequest request, String clusterId) {
        String user = access.user(request).orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        boolean known = directory.clusters().stream().anyMatch(c -> c.id().equals(clusterId));
        if (!known || !access.mayRead(user, clusterId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Такого кластера нет среди доступных вам.");
        }
        if (!imports.mayImport(user, clusterId)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Список Совета загружают секретарь или председатель кластера и региональный администратор.");
        }
        return user;
    }

    /** «30.11.2026 09:15» in the cluster's time zone. */
    private static String when(OffsetDateTime at, Cluster cluster) {
        return at == null ? null : TIME.format(at.atZoneSameInstant(ZoneId.of(cluster.timeZone())));
    }

    private String page(String clusterId, Model model, StaffImport.Preview preview, String error) {
        Cluster cluster = directory.cluster(clusterId);
        model.addAttribute("cluster", cluster);
        model.addAttribute("preview", preview);
        model.addAttribute("error", error);
        model.addAttribute("mostRows", StaffListReader.MOST_ROWS);
        model.addAttribute("appliedAt", preview == null ? null : when(preview.appliedAt(), cluster));
        model.addAttribute("sameFileAppliedAt", preview == null ? null : when(preview.sameFileAppliedAt(), cluster));
        return "pages/staff-import";
    }
}
