<#ftl output_format="HTML">
<#import "layout.ftl" as l>
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

<section aria-labelledby="titre-recentes">
  <h2 id="titre-recentes">Fiches mises à jour récemment</h2>
  <@l.cards fiches=latest />
</section>

<section aria-labelledby="titre-explorer" class="explore">
  <h2 id="titre-explorer">Explorer autrement</h2>
  <ul class="explore-links">
    <li><a href="retombees/index.html">Par retombée</a> : ce que les pratiques ont produit</li>
    <li><a href="partenaires/index.html">Par partenaire</a> : offices, CISSS, organismes, ministères</li>
    <li><a href="regions/index.html">Par région</a> : les 17 régions administratives</li>
    <li><a href="sources.html">Par source</a> : les documents d'origine</li>
  </ul>
</section>
</@l.frame>
