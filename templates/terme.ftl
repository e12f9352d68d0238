<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.frame>
<nav class="breadcrumb" aria-label="Fil d'Ariane"><ol><li><a href="${page.root}index.html">Accueil</a></li><li><a href="index.html">${parent}</a></li></ol></nav>
<h1>${term.label}</h1>
<p class="lead">${term.detail}</p>
<p class="count">${countLabel?cap_first}.</p>
<#if groups?size gt 1>
<nav class="toc" aria-label="Régions">
  <p>Par région :</p>
  <ul><#list groups as g><li><a href="#${g.id}">${g.title} (${g.count})</a></li></#list></ul>
</nav>
</#if>
<#list groups as g>
<section aria-labelledby="${g.id}">
  <h2 id="${g.id}"><a href="${g.href}">${g.title}</a></h2>
  <@l.cards fiches=g.fiches />
</section>
</#list>
</@l.frame>
