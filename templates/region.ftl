<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.frame>
<nav class="breadcrumb" aria-label="Fil d'Ariane"><ol><li><a href="${page.root}index.html">Accueil</a></li><li><a href="index.html">Régions</a></li></ol></nav>
<h1>${region.label}</h1>
<p class="lead">${countLabel?cap_first}, par municipalité.</p>
<#if localities?size gt 1>
<nav class="toc" aria-label="Municipalités de cette région">
  <p>Municipalités :</p>
  <ul><#list localities as m><li><a href="#${m.id}">${m.name} (${m.countLabel})</a></li></#list></ul>
</nav>
</#if>
<#list localities as m>
<section aria-labelledby="${m.id}">
  <h2 id="${m.id}">${m.name} <span class="meta">(${m.countLabel})</span></h2>
  <@l.cards fiches=m.fiches />
</section>
</#list>
</@l.frame>
