package ca.pratiqueshlm.plan;

import ca.pratiqueshlm.index.FrenchCollation;
import ca.pratiqueshlm.model.Coded;
import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.HousingType;
import ca.pratiqueshlm.model.Partner;
import ca.pratiqueshlm.model.Registries;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.model.SiteConfig;
import ca.pratiqueshlm.model.Status;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the "Proposer une fiche" form offers, taken from the registries at build time: the form's
 * choices are exactly the ids the validator accepts.
 */
public final class ProposalForm {
    private ProposalForm() {}

    /** One choice of a select or a checkbox group. */
    public record Choice(String value, String label) {}

    /**
     * @param repository GitHub "owner/name" where fiches are proposed
     * @param newFileUrl GitHub's "new file" page for the fiches, without query
     * @param contributingUrl CONTRIBUTING.md on GitHub, for readers without JavaScript
     * @param existingSlugs the file names already taken, space-separated, so the form can refuse them
     * @param contact the editorial team's e-mail address, where proposals are sent without GitHub ("" if none)
     */
    public record View(String repository, String branch, String newFileUrl, String contributingUrl, String existingSlugs,
            String contact,
            List<Choice> categories, List<Choice> regions, List<Choice> populations, List<Choice> partners,
            List<Choice> sources, List<Choice> housingTypes, List<Choice> statuses, List<Choice> outcomes,
            List<Choice> sectors) {}

    public static View of(Site site) {
        SiteConfig config = site.config();
        Registries registries = site.registries();
        String github = "https://github.com/" + config.repository();
        return new View(config.repository(), config.branch(),
                github + "/new/" + config.branch(),
                github + "/blob/" + config.branch() + "/CONTRIBUTING.md",
                site.fiches().stream().map(Fiche::slug).sorted().collect(Collectors.joining(" ")),
                config.contact() == null ? "" : config.contact(),
                registries.categories().stream().map(c -> new Choice(c.id(), c.name())).toList(),
                registries.regions().stream().map(r -> new Choice(r.code(), r.code() + " " + r.name())).toList(),
                registries.populations().stream().map(p -> new Choice(p.id(), p.name()))
                        .sorted(Comparator.comparing(Choice::label, FrenchCollation.ORDER)).toList(),
                registries.partners().stream().sorted(Comparator.comparing(Partner::name, FrenchCollation.ORDER))
                        .map(p -> new Choice(p.id(), partnerLabel(p))).toList(),
                registries.sources().stream().map(s -> new Choice(s.id(), s.authors() + " (" + s.year() + "). " + s.title()))
                        .toList(),
                coded(HousingType.values()),
                coded(Status.values()),
                registries.outcomes().stream().map(o -> new Choice(o.id(), o.label()))
                        .sorted(Comparator.comparing(Choice::label, FrenchCollation.ORDER)).toList(),
                coded(ca.pratiqueshlm.model.Sector.values()));
    }

    /** Name, acronym and aliases: the editor finds the organisation under whichever name the source uses. */
    private static String partnerLabel(Partner partner) {
        List<String> others = partner.aliases().stream().filter(a -> !a.equals(partner.acronym())).toList();
        return partner.displayName() + (others.isEmpty() ? "" : " — aussi : " + String.join(", ", others));
    }

    private static List<Choice> coded(Coded[] constants) {
        return Arrays.stream(constants).map(c -> new Choice(c.code(), c.label())).toList();
    }
}
