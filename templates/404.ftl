<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.frame>
<h1>Page introuvable</h1>
<p class="lead">Cette adresse ne correspond à aucune page du répertoire. La fiche a peut-être changé de nom.</p>
<ul class="next-steps">
  <li><a href="${page.root}recherche.html">Rechercher une fiche</a></li>
  <li><a href="${page.root}index.html">Retour à l'accueil</a></li>
  <li><a href="${page.root}regions/index.html">Parcourir les fiches par région</a></li>
</ul>
</@l.frame>
