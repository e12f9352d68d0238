<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.frame>
<article class="prose">
<h1>À propos du répertoire</h1>
<p class="lead">${site.description}</p>
<h2>D'où viennent les fiches</h2>
<p>Chaque fiche résume, dans nos mots, ce qu'en disent des documents publics : présentations de recherche, bulletins, rapports de comités et d'ententes régionales. Les chiffres sont repris tels quels, avec la diapositive, la section ou le tableau d'où ils viennent. Quand deux documents donnent des chiffres différents, la fiche montre les deux. La liste complète est sur la page <a href="sources.html">Sources</a>.</p>
<h2>Les quatre catégories</h2>
<ul><#list site.categories as c><li><a href="${c.href}">${c.label}</a> (${c.detail})</li></#list></ul>
<h2>Contribuer</h2>
<p>Offices d'habitation, établissements de santé et de services sociaux, organismes et chercheurs peuvent proposer une fiche. Chaque proposition est vérifiée automatiquement, puis relue avant d'être publiée. Le formulaire <a href="proposer.html">Proposer une fiche</a> prépare le fichier pour vous.</p>
<h2 id="editeur">Qui publie</h2>
<p>Ce répertoire est publié par ${site.publisher}.<#if site.contact?has_content> Pour signaler une erreur ou nous écrire : <@l.contact c=site.contact />.</#if></p>
<p>Les textes des fiches sont offerts sous licence ${site.textLicence} et les données ouvertes sous licence ${site.dataLicence} : vous pouvez les reprendre, y compris dans un document imprimé, en citant le répertoire et les sources de chaque fiche.</p>
<h2>Réutiliser</h2>
<p>Un <a href="feed.xml">fil Atom</a> annonce les nouvelles fiches. Toutes les fiches sont aussi offertes en <a href="donnees.html">données ouvertes</a>, en JSON et en CSV.</p>
</article>
</@l.frame>
