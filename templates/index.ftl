<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#import "charts.ftl" as c>
<@l.frame>
<section class="hero">
  <h1>${site.title}</h1>
  <p class="lead">${site.description}</p>
  <p class="hero-count">${ficheCount} fiches documentées, classées en quatre catégories de pratiques.</p>
</section>

<section aria-labelledby="titre-categories">
  <h2 id="titre-categories">Quatre catégories de pratiques</h2>
  <ul class="category-grid">
  <#list categories as c>
    <li class="category-tile">
      <h3><a href="${c.href}">${c.title}</a></h3>
      <p>${c.description}</p>
      <p class="count">${c.count} <#if c.count == 1>fiche<#else>fiches</#if></p>
    </li>
  </#list>
  </ul>
</section>

<section aria-labelledby="titre-carte">
  <h2 id="titre-carte">Les pratiques sur la carte des régions</h2>
  <@c.figure svg=regionMap kind="carte">Chaque case est une région administrative ; le chiffre est son nombre de fiches. Les mêmes chiffres en tableau : <a href="regions/index.html">les régions</a>.</@c.figure>
</section>

<section aria-labelledby="titre-recentes">
  <h2 id="titre-recentes">Fiches vérifiées récemment</h2>
  <p>Les dernières fiches relues contre leurs sources ; à date égale, les pratiques les plus récemment documentées d'abord.</p>
  <@l.cards fiches=latest />
</section>

<section aria-labelledby="titre-explorer" class="explore">
  <h2 id="titre-explorer">Explorer autrement</h2>
  <ul class="explore-links">
    <li><a href="retombees/index.html">Par retombée</a> : ce que les pratiques ont produit</li>
    <li><a href="partenaires/index.html">Par partenaire</a> : offices, CISSS, organismes, ministères</li>
    <li><a href="regions/index.html">Par région</a> : les 17 régions administratives</li>
    <li><a href="habitation/index.html">Par type d'habitation</a> : HLM, coopératives, OBNL</li>
    <li><a href="populations/index.html">Par population visée</a> : familles, aînés, jeunes…</li>
    <li><a href="periodes.html">Par période</a> : la chronologie des années de début</li>
    <li><a href="sources.html">Par source</a> : les documents d'origine</li>
    <li><a href="donnees.html">Données ouvertes</a> : toutes les fiches en JSON et en CSV</li>
  </ul>
</section>
</@l.frame>
