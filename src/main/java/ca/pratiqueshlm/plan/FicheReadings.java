package ca.pratiqueshlm.plan;

import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.OutcomeStatement;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.model.Source;
import ca.pratiqueshlm.model.SourceRef;
import ca.pratiqueshlm.plan.FicheReading.Brief;
import ca.pratiqueshlm.plan.FicheReading.Document;
import ca.pratiqueshlm.plan.FicheReading.Note;
import ca.pratiqueshlm.plan.FicheReading.NotedFigure;
import ca.pratiqueshlm.plan.FicheReading.OutcomeGroup;
import ca.pratiqueshlm.plan.FicheReading.OutcomeItem;
import ca.pratiqueshlm.plan.FicheReading.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds a fiche's {@link FicheReading}; one instance per fiche page, since notes are numbered per page. */
final class FicheReadings {
    static final int BRIEF_OUTCOMES = 5;
    static final int BRIEF_PARTNERS = 3;

    private final Registries registries;
    private final ViewFactory views;
    private final Fiche fiche;
    private final String root;
    private final Map<String, Integer> noteNumbers = new LinkedHashMap<>();
    private final List<Note> notes = new ArrayList<>();

    private FicheReadings(Registries registries, ViewFactory views, Fiche fiche, String root) {
        this.registries = registries;
        this.views = views;
        this.fiche = fiche;
        this.root = root;
    }

    static FicheReading of(Registries registries, ViewFactory views, Fiche fiche) {
        return new FicheReadings(registries, views, fiche, Paths.rootOf(Paths.fiche(fiche.slug()))).build();
    }

    private FicheReading build() {
        List<NotedFigure> figures = fiche.keyFigures().stream()
                .map(k -> new NotedFigure(k.value(), k.label(), note(k.source(), k.locator()))).toList();
        List<OutcomeGroup> groups = outcomeGroups();
        List<Integer> fundingNotes = fiche.funding().stream().map(f -> note(f.source(), f.locator())).toList();
        List<Document> documents = fiche.sources().stream().map(this::document).toList();
        Brief brief = new Brief(views.place(fiche), ViewFactory.period(fiche), views.status(fiche),
                fiche.partners().stream().limit(BRIEF_PARTNERS).map(p -> {
                    var partner = registries.partner(p.id()).orElseThrow();
                    return FicheReading.link(partner.name(), root + Paths.partner(partner.id()));
                }).toList(),
                groups.stream().flatMap(g -> g.outcomes().stream()).limit(BRIEF_OUTCOMES)
                        .map(o -> FicheReading.link(o.label(), "#" + o.id())).toList(),
                briefFigures(figures));
        return new FicheReading(brief, groups, figures, fundingNotes, notes, documents);
    }

    /** The figures the editor marked {@code en_bref: true}, else the first three. */
    private List<NotedFigure> briefFigures(List<NotedFigure> figures) {
        return BriefFigures.choose(fiche.keyFigures(), figures);
    }

    /** Outcomes by theme, in the registry's theme order; one item per outcome, statements kept in order. */
    private List<OutcomeGroup> outcomeGroups() {
        String defaultSource = fiche.sources().get(0).id();
        Map<String, List<OutcomeStatement>> byOutcome = new LinkedHashMap<>();
        fiche.outcomes().forEach(o -> byOutcome.computeIfAbsent(o.id(), id -> new ArrayList<>()).add(o));
        Map<String, List<OutcomeItem>> byTheme = new LinkedHashMap<>();
        byOutcome.forEach((id, statements) -> {
            var outcome = registries.outcome(id).orElseThrow();
            List<Quote> quotes = statements.stream().distinct().map(s -> new Quote(s.statement(), s.indicator(),
                    s.locator() == null ? 0 : note(s.source() == null ? defaultSource : s.source(), s.locator())))
                    .toList();
            byTheme.computeIfAbsent(outcome.theme(), t -> new ArrayList<>())
                    .add(new OutcomeItem("retombee-" + id, outcome.label(), root + Paths.outcome(id), quotes));
        });
        List<String> themeOrder = registries.themes().stream().map(t -> t.id()).toList();
        return byTheme.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> themeOrder.indexOf(e.getKey())))
                .map(e -> new OutcomeGroup("theme-" + e.getKey(),
                        registries.theme(e.getKey()).map(t -> t.name()).orElse(e.getKey()), e.getValue()))
                .toList();
    }

    private Document document(SourceRef ref) {
        Source source = registries.source(ref.id()).orElseThrow();
        return new Document("source-" + source.id(), source.citation(), ref.locator(), source.url(),
                root + Paths.source(source.id()));
    }

    /** The number of the note for this source and locator, created on first use. */
    private int note(String sourceId, String locator) {
        String key = sourceId + "\u0000" + Objects.requireNonNullElse(locator, "");
        return noteNumbers.computeIfAbsent(key, k -> {
            int number = notes.size() + 1;
            notes.add(new Note(number, views.shortCitation(sourceId, locator), "source-" + sourceId));
            return number;
        });
    }
}
