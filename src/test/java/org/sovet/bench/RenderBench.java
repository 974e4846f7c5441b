package org.sovet.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.sovet.document.PdfRenderer;
import org.sovet.protocol.ProtocolDocx;
import org.sovet.protocol.ProtocolPdf;
import org.sovet.protocol.ProtocolView;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The protocol renderer alone ({@code --render N}): a council's usual protocol (12 present, 5 items, 10 decisions)
 * rendered once cold, then N times warm on this thread, as PDF and as DOCX; prints the first render's time, p50/p95 ms
 * and the MB this thread allocated per warm render. No application, database or mail: the figures are the renderers' own.
 */
final class RenderBench {

    private RenderBench() {
    }

    static void run(int renders) {
        ProtocolPdf pdf = new ProtocolPdf(new PdfRenderer(templates()));
        ProtocolView view = seed();
        measure("protocol PDF", renders, () -> pdf.render(view));
        ProtocolDocx docx = new ProtocolDocx();
        measure("protocol DOCX", renders, () -> docx.render(view));
    }

    /** The first render, then warm renders: their time and the bytes each allocates on this thread. */
    private static void measure(String what, int renders, Supplier<byte[]> render) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long start = System.nanoTime();
        int bytes = render.get().length;
        double firstMs = (System.nanoTime() - start) / 1e6;
        List<Double> millis = new ArrayList<>();
        long allocated = 0;
        for (int i = 0; i < renders; i++) {
            long before = threads.getThreadAllocatedBytes(id);
            long began = System.nanoTime();
            render.get();
            millis.add((System.nanoTime() - began) / 1e6);
            allocated += threads.getThreadAllocatedBytes(id) - before;
        }
        millis.sort(Double::compare);
        System.out.printf("%s (%d bytes): first render %.0f ms; %d warm renders p50 %.1f ms, p95 %.1f ms, %.1f MB allocated per render%n",
                what, bytes, firstMs, renders, at(millis, 0.50), at(millis, 0.95), allocated / 1e6 / renders);
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }

    private static SpringTemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private static ProtocolView seed() {
        List<ProtocolView.Participant> present = IntStream.rangeClosed(1, 12)
                .mapToObj(i -> new ProtocolView.Participant("Колесникова И." + (char) ('А' + i) + ".", "заместитель директора по учебной работе",
                        "КОГОБУ СШ пгт Подосиновец", i == 1 ? "председатель Координационного Совета" : "член Координационного Совета"))
                .toList();
        ProtocolView.Rule simple = new ProtocolView.Rule("Принято ли решение простым большинством", 1);
        List<ProtocolView.Item> items = IntStream.rangeClosed(1, 5).mapToObj(n -> new ProtocolView.Item(n,
                "О ходе реализации плана работы кластера на " + n + " квартал и готовности центров «Точка роста»",
                "Заместитель директора КОГОБУ СШ пгт Подосиновец Воронцов А.Н.", 10, "Справка о реализации плана, 3 л.",
                "Воронцова А.Н., который рассказал о ходе реализации плана работы кластера, посещаемости центров и отчётах школ.",
                "Жилина О.А. предложила утвердить график посещений и назначить ответственных за каждое мероприятие.",
                IntStream.rangeClosed(1, 2).mapToObj(d -> new ProtocolView.Decision("Опорной школе составить график посещений "
                        + "Центра «Точка роста» образовательными организациями кластера и согласовать его с директорами.",
                        11, 0, 1, true, "Опорная школа", "апрель 2027 года", false, simple, false)).toList())).toList();
        return new ProtocolView("Координационного Совета Подосиновского образовательного кластера", "2026-2027 учебный год", 4,
                LocalDate.of(2026, 11, 18), "очное", false, "КОГОБУ СШ пгт Подосиновец, актовый зал", null,
                "Итоги работы кластера за полугодие", "Опорная школа", present, null, "15 педагогов из 11 образовательных организаций",
                List.of(new ProtocolView.Participant("Устюжанин А.В.", "методист", "ИРО Кировской области", null)),
                new ProtocolView.Quorum(12, 14, true, new ProtocolView.Rule("Есть ли кворум", 1)),
                "Заседание открыл председатель Координационного Совета.", items, false, "Председатель подвёл итоги заседания.",
                List.of(), List.of(new ProtocolView.Signer("Председатель Координационного Совета", "директор", "А.Н. Воронцов", null),
                        new ProtocolView.Signer("Секретарь Координационного Совета", "учитель", "И.П. Колесникова", null)), false);
    }
}
