<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#import "charts.ftl" as c>
<@l.frame>
<nav class="breadcrumb" aria-label="Fil d'Ariane"><a href="${page.root}index.html">Accueil</a> › Régions</nav>
<h1>Régions</h1>
<p class="lead">${page.description}</p>
<p class="count">Des fiches dans ${coveredLabel}.</p>
<@c.figure svg=regionMap kind="carte">Chaque case est une région administrative placée selon sa position au Québec ; le chiffre est son nombre de fiches. Le tableau qui suit donne les mêmes chiffres.</@c.figure>
<table class="tableau regions-table">
  <caption>Nombre de fiches par région administrative</caption>
  <thead><tr><th scope="col">Code</th><th scope="col">Région</th><th scope="col">Fiches</th></tr></thead>
  <tbody>
  <#list regions as r>
    <tr><td>${r.code}</td><th scope="row"><#if r.href??><a href="#${r.id}">${r.name}</a><#else>${r.name}</#if></th><td class="num">${r.count}</td></tr>
  </#list>
  </tbody>
</table>
<#list regions as r>
<section aria-labelledby="${r.id}">
  <h2 id="${r.id}"><#if r.code != "00">${r.code} </#if><#if r.href??><a href="${r.href}">${r.name}</a><#else>${r.name}</#if> <span class="meta">(${r.countLabel})</span></h2>
  <#if r.count == 0>
  <p class="empty">Aucune fiche pour cette région pour l'instant.</p>
  <#else>
  <ul class="index-list localities">
  <#list r.localities as m>
    <li><a href="${m.href}">${m.name}</a> <span class="meta">(${m.countLabel})</span>
      <ul><#list m.fiches as f><li><a href="${f.href}">${f.label}</a></li></#list></ul>
    </li>
  </#list>
  </ul>
  </#if>
</section>
</#list>
</@l.frame>
