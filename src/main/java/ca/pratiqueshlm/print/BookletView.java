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
}
