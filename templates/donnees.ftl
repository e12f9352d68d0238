<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.frame>
<article class="prose">
<nav class="breadcrumb" aria-label="Fil d'Ariane"><ol><li><a href="${page.root}index.html">Accueil</a></li></ol></nav>
<h1>Données ouvertes</h1>
<p class="lead">${page.description}</p>
<p>Les ${ficheCount} fiches du répertoire sont offertes en deux fichiers, refaits à chaque mise à jour du site. Ils contiennent les mêmes informations que les pages, sans la mise en page.</p>
<p id="licence">Licence : ${site.dataLicence}. Publié par ${site.publisher}<#if site.contact?has_content> (<@l.contact c=site.contact />)</#if>. Citez le répertoire et, pour un chiffre, la source et le repère que la fiche donne.</p>
<h2 id="json">JSON : tout le contenu structuré</h2>
<p><a href="fiches.json" type="application/json">fiches.json</a> contient chaque fiche avec tous ses champs, sous les mêmes noms que dans les fichiers sources des fiches : lieu, période, populations, partenaires et leur rôle, retombées avec l'énoncé exact de la source, chiffres clés et montants avec leur source et leur repère, texte de la description en Markdown. Les identifiants (partenaires, retombées, sources…) renvoient aux registres inclus à la fin du fichier, sous <code>registres</code>.</p>
<h2 id="csv">CSV : une ligne par fiche, pour un tableur</h2>
<p><a href="fiches.csv" type="text/csv">fiches.csv</a> s'ouvre directement dans un tableur en français : encodage UTF-8 avec marque d'ordre, colonnes séparées par des points-virgules, montants avec une virgule décimale. Les listes (partenaires, retombées, populations…) tiennent dans une cellule, leurs éléments séparés par « | ». Les noms y remplacent les identifiants ; les colonnes <code>partenaires_ids</code>, <code>retombees_ids</code> et <code>sources_ids</code> permettent de faire le lien avec le JSON.</p>
<h2 id="documentation">Documentation</h2>
<p>Chaque champ est décrit dans la <a href="${docUrl}">documentation des données ouvertes</a>. Le champ <code>version</code> du JSON change si la structure change d'une façon qui obligerait à adapter un programme.</p>
<h2 id="sur-les-pages">Sur les pages</h2>
<p>Chaque fiche contient aussi ses métadonnées en JSON-LD (vocabulaire schema.org) : titre, résumé, lieu, date de mise à jour, sources citées et organismes partenaires.</p>
</article>
</@l.frame>
