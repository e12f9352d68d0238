<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#import "charts.ftl" as c>
<@l.frame>
<nav class="breadcrumb" aria-label="Fil d'Ariane"><ol><li><a href="${page.root}index.html">Accueil</a></li></ol></nav>
<h1>Chronologie</h1>
<p class="lead">${page.description}</p>
<@c.figure svg=timeline kind="chronologie">Une barre par fiche, de l'année de début à l'année de fin. Les mêmes fiches, année par année, suivent la figure.</@c.figure>
<nav class="toc" aria-label="Années de début">
  <#list decades as d>
  <p>${d.label} :</p>
  <ul><#list d.years as y><li><a href="${y.href}">${y.label}</a> (${y.count})</li></#list></ul>
  </#list>
</nav>
<ol class="chronology">
<#list years as y>
  <li>
    <h2 id="${y.id}">${y.year?c} <span class="meta">(${y.countLabel})</span></h2>
    <ul class="index-list">
    <#list y.fiches as f>
      <li><a href="${f.href}">${f.title}</a> <span class="meta">${f.place} · ${f.period} · ${f.status} · ${f.category}</span></li>
    </#list>
    </ul>
  </li>
</#list>
</ol>
</@l.frame>
