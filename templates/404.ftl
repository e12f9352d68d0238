<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#-- A server may answer any missing address with this page (GitHub Pages does), at any depth: its links
     start from the site's base path (the path of url_de_base), never from where the reader happens to be.
     The link checker accepts these root-relative links on this page only. -->
<@l.frame absRoot=site.basePath>
<h1>Page introuvable</h1>
<p class="lead">Cette adresse ne correspond à aucune page du répertoire. La fiche a peut-être changé de nom.</p>
<ul class="next-steps">
  <li><a href="${site.basePath}recherche.html">Rechercher une fiche</a></li>
  <li><a href="${site.basePath}index.html">Retour à l'accueil</a></li>
  <li><a href="${site.basePath}regions/index.html">Parcourir les fiches par région</a></li>
</ul>
</@l.frame>
