package ca.pratiqueshlm.plan;

import ca.pratiqueshlm.model.Fiche;
import ca.pratiqueshlm.model.Site;
import ca.pratiqueshlm.model.SiteConfig;
import java.util.stream.Collectors;

/**
 * What the "Proposer une fiche" page needs: where proposals go, and the form's descriptor (every field
 * of the model and the registries' entries, see {@link FormDescriptor}), from which the script builds the
 * form; its choices are exactly the ids the validator accepts.
 */
public final class ProposalForm {
    private ProposalForm() {}

    /**
     * @param repository GitHub "owner/name" where fiches are proposed
     * @param newFileUrl GitHub's "new file" page for the fiches, without query
     * @param contributingUrl CONTRIBUTING.md on GitHub, for readers without JavaScript
     * @param existingSlugs the file names already taken, space-separated, so the form can refuse them
     * @param contact the editorial team's e-mail address, where proposals are sent without GitHub ("" if none)
     * @param descriptor the form's descriptor, JSON safe to put in a script element
     */
    public record View(String repository, String branch, String newFileUrl, String contributingUrl, String existingSlugs,
            String contact, String descriptor) {}

    public static View of(Site site) {
        SiteConfig config = site.config();
        String github = "https://github.com/" + config.repository();
        return new View(config.repository(), config.branch(),
                github + "/new/" + config.branch(),
                github + "/blob/" + config.branch() + "/CONTRIBUTING.md",
                site.fiches().stream().map(Fiche::slug).sorted().collect(Collectors.joining(" ")),
                config.contact() == null ? "" : config.contact(),
                new FormDescriptor(site.registries()).json());
    }
}
