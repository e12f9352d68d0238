package ca.pratiqueshlm.plan;

import ca.pratiqueshlm.plan.Views.LinkView;
import java.util.List;

/**
 * What a reader needs first on a fiche page, and the apparatus that keeps every claim traceable: the
 * "En bref" block, outcomes grouped by theme with the source's own wording, and numbered notes (one per
 * source and locator) that every figure, outcome and amount points to.
 */
public record FicheReading(Brief brief, List<OutcomeGroup> outcomeGroups, List<NotedFigure> figures,
        List<Integer> fundingNotes, List<Note> notes, List<Document> documents) {

    /** The first screen: where and when (with the dated status), main partners, outcomes, key figures. */
    public record Brief(String place, String period, String status, List<LinkView> partners,
            List<LinkView> outcomes, List<NotedFigure> figures) {}

    /** One theme of outcomes; each outcome once, with every statement the sources make of it. */
    public record OutcomeGroup(String id, String theme, List<OutcomeItem> outcomes) {}

    public record OutcomeItem(String id, String label, String href, List<Quote> quotes) {}

    /** A statement as its source words it, with its indicator and note number (0: no locator given). */
    public record Quote(String statement, String indicator, int note) {}

    public record NotedFigure(String value, String label, int note) {}

    /** A numbered note: the short citation, and the anchor of its document in the Sources section. */
    public record Note(int number, String citation, String documentAnchor) {}

    /** A source document of the fiche, with its public address when it has one. */
    public record Document(String anchor, String citation, String locator, String url, String fichesHref) {}

    /** The note number of {@code number}'s anchor in the page. */
    public static String anchor(int number) {
        return "note-" + number;
    }

    /** Used by templates: whether the brief has anything beyond place and time. */
    public boolean hasBriefDetails() {
        return !brief.partners().isEmpty() || !brief.outcomes().isEmpty() || !brief.figures().isEmpty();
    }

    /** Lists are read-only views of the builder's lists. */
    public FicheReading {
        outcomeGroups = List.copyOf(outcomeGroups);
        figures = List.copyOf(figures);
        fundingNotes = List.copyOf(fundingNotes);
        notes = List.copyOf(notes);
        documents = List.copyOf(documents);
    }

    static LinkView link(String label, String href) {
        return new LinkView(label, href, null);
    }
}
