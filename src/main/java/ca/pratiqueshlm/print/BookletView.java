package ca.pratiqueshlm.print;

import ca.pratiqueshlm.plan.PrintLinks;
import ca.pratiqueshlm.plan.FicheView;
import ca.pratiqueshlm.plan.Views.LinkView;
import java.util.List;

/** A forum booklet: cover, table of contents, fiches grouped under headings, then every source. */
public record BookletView(String title, String description, String count, String edition, String url,
        String qrSrc, List<Group> groups, List<SourceEntry> sources) {

    /** Fiches under a heading of the table of contents; {@code title} is null for a single group. */
    public record Group(String title, List<Entry> fiches) {}

    public record Entry(String anchor, FicheView fiche, PrintLinks print) {}

    /** A source and the fiches of the booklet that cite it ({@code href} is an anchor in the booklet). */
    public record SourceEntry(String anchor, String citation, String url, List<LinkView> citedIn) {}

    public List<Entry> allFiches() {
        return groups.stream().flatMap(g -> g.fiches().stream()).toList();
    }

    /** What the booklet's front and sources show of it: no fiche's content, which their cache keys need not hold. */
    public Front front() {
        List<FrontGroup> titles = groups.stream()
                .map(g -> new FrontGroup(g.title(), g.fiches().stream()
                        .map(e -> new FrontEntry(e.anchor(), e.fiche().heading().title())).toList()))
                .toList();
        return new Front(title, description, count, edition, url, qrSrc, titles, sources);
    }

    /** The model of a booklet's cover, contents and sources ({@code pdf-livret.ftl}, {@code pdf-livret-sources.ftl}). */
    public record Front(String title, String description, String count, String edition, String url, String qrSrc,
            List<FrontGroup> groups, List<SourceEntry> sources) {}

    /** A group of the contents: its heading (null for a single group) and its fiches. */
    public record FrontGroup(String title, List<FrontEntry> fiches) {}

    /** A fiche in the contents: where it starts ({@code anchor}, a key of the page numbers) and its title. */
    public record FrontEntry(String anchor, String title) {}
}
