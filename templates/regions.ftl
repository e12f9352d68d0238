<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#import "charts.ftl" as c>
<@l.frame>
<nav class="breadcrumb" aria-label="Fil d'Ariane"><ol><li><a href="${page.root}index.html">Accueil</a></li></ol></nav>
<h1>Régions</h1>
<p class="lead">${page.description}</p>
<p class="count">Des fiches dans ${coveredLabel}.</p>
<@c.figure svg=regionMap kind="carte">Chaque case est une région administrative placée selon sa position au Québec ; le chiffre est son nombre de fiches. Le tableau qui suit donne les mêmes chiffres.</@c.figure>
<div class="table-scroll" role="region" aria-labelledby="titre-tableau-regions" tabindex="0">
<table class="tableau regions-table">
  <caption id="titre-tableau-regions">Nombre de fiches par région administrative</caption>
  <thead><tr><th scope="col">Code</th><th scope="col">Région</th><th scope="col">Fiches</th></tr></thead>
  <tbody>
  <#list regions as r>
    <#-- A region without fiches has no section below: its row is where the map's tile leads. -->
    <tr<#if r.count == 0> id="${r.id}"</#if>><td>${r.code}</td><th scope="row"><#if r.href??><a href="#${r.id}">${r.name}</a><#else>${r.name}</#if></th><td class="num">${r.count}</td></tr>
  </#list>
  </tbody>
</table>
</div>
<#list regions?filter(r -> r.count gt 0) as r>
<section aria-labelledby="${r.id}">
  <h2 id="${r.id}"><#if r.code != "00">${r.code} </#if><#if r.href??><a href="${r.href}">${r.name}</a><#else>${r.name}</#if> <span class="meta">(${r.countLabel})</span></h2>
  <ul class="index-list localities">
  <#list r.localities as m>
    <li><a href="${m.href}">${m.name}</a> <span class="meta">(${m.countLabel})</span>
      <ul><#list m.fiches as f><li><a href="${f.href}">${f.label}</a></li></#list></ul>
    </li>
  </#list>
  </ul>
</section>
</#list>
</@l.frame>
