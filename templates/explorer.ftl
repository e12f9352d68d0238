<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.frame>
<nav class="breadcrumb" aria-label="Fil d'Ariane"><ol><li><a href="${page.root}index.html">Accueil</a></li></ol></nav>
<h1>Explorer les fiches</h1>
<p class="lead">${page.description}</p>
<ul class="index-list explore-links">
<#list ways as w><li><a href="${w.href}">${w.label}</a> : ${w.detail}</li></#list>
</ul>
<section aria-labelledby="categories">
  <h2 id="categories">Par catégorie</h2>
  <ul class="index-list">
  <#list categories as c><li><a href="${c.href}">${c.label}</a> <span class="meta">${c.detail}</span></li></#list>
  </ul>
</section>
</@l.frame>
