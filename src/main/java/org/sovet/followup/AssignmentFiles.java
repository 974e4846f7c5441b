package org.sovet.followup;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.sovet.common.InputRejectedException;
import org.sovet.config.ClusterAccess;
import org.sovet.document.Downloads;
import org.sovet.document.FileStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Files of an assignment's report: the owner or the controller attach them; the cluster reads them. */
@Controller
class AssignmentFiles {

    private final FileStore files;
    private final AssignmentService assignments;
    private final ClusterAccess access;

    AssignmentFiles(FileStore files, AssignmentService assignments, ClusterAccess access) {
        this.files = files;
        this.assignments = assignments;
        this.access = access;
    }

    @GetMapping("/assignments/{id}/files")
    String page(@PathVariable long id, HttpServletRequest request, Model model) {
        return reader(id, request) == null ? "redirect:/login" : page(id, model);
    }

    @PostMapping("/assignments/{id}/files")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                  HttpServletRequest request, Model model) throws IOException {
        String user = reader(id, request);
        if (user == null) {
            return "redirect:/login";
        }
        var a = assignments.find(id);
        String problem = !user.equals(a.ownerPersonId()) && !user.equals(a.controllerId())
                ? "Файлы к отчёту прикладывают исполнитель и контролёр."
                : a.closed() ? AssignmentService.refusal(a, "добавлять к нему файлы").getMessage()
                : file == null ? "Выберите файл."
                : files.save(folder(id), user, file.getOriginalFilename(), file.getBytes()).orElse(null);
        if (problem != null) {
            model.addAttribute("error", problem);
            return page(id, model);
        }
        return "redirect:/assignments/" + id + "/files";
    }

    @GetMapping("/assignments/{id}/files/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId, HttpServletRequest request) {
        var file = reader(id, request) == null ? null
                : files.list(folder(id)).stream().filter(f -> f.id() == fileId).findFirst().orElse(null);
        if (file == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        return Downloads.attachment(file.fileName(), file.contentType(), files.content(folder(id), fileId).orElseThrow());
    }

    private String page(long id, Model model) {
        var a = assignments.find(id);
        model.addAttribute("title", "Файлы к отчёту о поручении");
        model.addAttribute("subtitle", a.text());
        model.addAttribute("files", files.list(folder(id)));
        model.addAttribute("base", "/assignments/" + id + "/files");
        model.addAttribute("hint", "(исполнитель или контролёр; до 20 МБ). Контролёр увидит их вместе с отчётом.");
        return "pages/files";
    }

    private String reader(long id, HttpServletRequest request) {
        var user = access.user(request).orElse(null);
        try {
            return user != null && access.mayRead(user, assignments.find(id).clusterId()) ? user : null;
        } catch (InputRejectedException e) {
            return null;
        }
    }

    static String folder(long id) {
        return "assignment-" + id;
    }
}
