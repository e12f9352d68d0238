<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#import "charts.ftl" as c>
<@l.frame>
<nav class="breadcrumb" aria-label="Fil d'Ariane"><ol><li><a href="${page.root}index.html">Accueil</a></li></ol></nav>
<h1>Retombées</h1>
<p class="lead">${page.description}</p>
<p class="count">${reportingLabel} rapportent au moins une retombée. Chaque fiche garde l'énoncé exact de sa source.</p>
<@c.figure svg=chart kind="retombees">Chaque barre mène à la page de la retombée ; les mêmes nombres suivent, thème par thème.</@c.figure>
<nav class="toc" aria-label="Thèmes">
  <p>Thèmes :</p>
  <ul><#list themes as t><li><a href="#${t.id}">${t.name}</a></li></#list></ul>
</nav>
<#list themes as t>
<section aria-labelledby="${t.id}">
  <h2 id="${t.id}">${t.name} <span class="meta">(${t.countLabel})</span></h2>
  <ul class="index-list">
  <#list t.outcomes as o><li><a href="${o.href}">${o.label}</a> <span class="meta">${o.countLabel}</span></li></#list>
  </ul>
</section>
</#list>
</@l.frame>
