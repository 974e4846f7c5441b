package org.sovet.protocol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.sovet.common.ControlCharacters;
import org.sovet.common.Hashes;
import org.sovet.common.InputRejectedException;
import org.sovet.document.FileStore.StoredFile;
import org.sovet.document.PdfPages;
import org.sovet.meeting.Materials;
import org.springframework.stereotype.Component;

/**
 * Checks the secretary's annexes against the meeting's own materials (the form's ids are only a claim)
 * and turns them into annexes with their files: numbered 1, 2 … without gaps, titled, with a sheet count.
 */
@Component
class AnnexChoice {

    static final int MAX_TITLE = 500;
    static final int MAX_SHEETS = 1000;

    private final Materials materials;

    AnnexChoice(Materials materials) {
        this.materials = materials;
    }

    List<AnnexRepository.Annexed> check(long meetingId, List<AnnexRow> rows) {
        List<StoredFile> files = materials.of(meetingId);
        List<AnnexRepository.Annexed> annexes = new ArrayList<>();
        var seen = new HashSet<Long>();
        for (AnnexRow row : rows) {
            StoredFile file = files.stream().filter(f -> row.materialId() != null && f.id() == row.materialId()).findFirst()
                    .orElseThrow(() -> new InputRejectedException(row.materialId() == null ? "В строке приложений не указан материал."
                            : "Материал № " + row.materialId() + " не найден среди материалов этого заседания: приложением он быть не может."));
            if (!seen.add(file.id())) {
                throw new InputRejectedException("Файл «" + file.fileName() + "» указан в списке дважды.");
            }
            if (row.number() == null) {
                if (!ProtocolPdf.blank(row.title()) || row.sheets() != null) {
                    throw new InputRejectedException("Файл «" + file.fileName()
                            + "»: укажите номер приложения или очистите название и число листов, если это не приложение.");
                }
                continue;
            }
            annexes.add(annex(meetingId, row, file));
        }
        numbered(annexes.stream().map(a -> a.annex().number()).sorted().toList());
        return annexes.stream().sorted((a, b) -> Integer.compare(a.annex().number(), b.annex().number())).toList();
    }

    private AnnexRepository.Annexed annex(long meetingId, AnnexRow row, StoredFile file) {
        String which = "Приложение " + row.number() + " («" + file.fileName() + "»)";
        String title = row.title() == null ? "" : row.title().strip();
        if (title.isEmpty()) {
            throw new InputRejectedException(which + ": укажите название, как его пишут в протоколе («Форма ежемесячного отчета»).");
        }
        if (title.length() > MAX_TITLE || ControlCharacters.in(title)) {
            throw new InputRejectedException(which + ": название — текст до " + MAX_TITLE + " символов без управляющих символов.");
        }
        byte[] content = materials.content(meetingId, file.id()).orElseThrow();
        boolean pdf = "application/pdf".equals(file.contentType());
        // a PDF is appended to the signed protocol: one that cannot be read cannot be part of it
        var pages = pdf ? PdfPages.count(content) : OptionalInt.empty();
        if (pdf && pages.isEmpty()) {
            throw new InputRejectedException(which + ": PDF не открывается (повреждён, защищён паролем или без страниц)"
                    + " — приложить его к протоколу нельзя.");
        }
        Integer sheets = row.sheets() != null ? row.sheets() : pdf ? Integer.valueOf(pages.getAsInt()) : null;
        if (sheets == null) {
            throw new InputRejectedException(which + ": укажите число листов («на 2 л.»).");
        }
        if (sheets < 1 || sheets > MAX_SHEETS) {
            throw new InputRejectedException(which + ": число листов — от 1 до " + MAX_SHEETS + ".");
        }
        return new AnnexRepository.Annexed(new ProtocolAnnex(row.number(), file.id(), title, sheets, file.fileName(),
                file.contentType(), Hashes.sha256(content)), content);
    }

    /** Приложение 1, 2 … as councils number them: from 1, no number twice, none left out. */
    private static void numbered(List<Integer> numbers) {
        if (!numbers.equals(IntStream.rangeClosed(1, numbers.size()).boxed().toList())) {
            throw new InputRejectedException("Номера приложений идут подряд с 1, без повторов и пропусков (указаны: "
                    + numbers.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ").");
        }
    }
}
