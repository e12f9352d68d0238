<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.frame>
<article class="prose">
<nav class="breadcrumb" aria-label="Fil d'Ariane"><a href="${page.root}index.html">Accueil</a> › Données ouvertes</nav>
<h1>Données ouvertes</h1>
<p class="lead">${page.description}</p>
</article>
</@l.frame>
