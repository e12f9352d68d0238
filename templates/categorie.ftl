<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#import "charts.ftl" as c>
<@l.frame>
<nav class="breadcrumb" aria-label="Fil d'Ariane"><ol><li><a href="${page.root}index.html">Accueil</a></li></ol></nav>
<h1>${category.title}</h1>
<p class="lead">${category.description}</p>
<p class="count">${category.count} <#if category.count == 1>fiche<#else>fiches</#if> dans cette catégorie (principale ou secondaire).</p>
<#if chart??><@c.figure svg=chart kind="categorie">Les fiches de cette catégorie par région et par période de début ; les fiches suivent, région par région.</@c.figure></#if>
<#if booklet??><p class="fiche-actions"><a href="${booklet}" type="application/pdf">Livret PDF de cette catégorie, à imprimer pour un forum</a> · <a href="${page.root}selection.html">Choisir des fiches à imprimer</a></p></#if>
<#if byRegion?size gt 1>
<nav class="toc" aria-label="Régions de cette catégorie">
  <p>Par région :</p>
  <ul><#list byRegion as r><li><a href="#${r.id}">${r.title} (${r.count})</a></li></#list></ul>
</nav>
</#if>
<#list byRegion?filter(r -> r.count gt 0) as r>
<section aria-labelledby="${r.id}">
  <h2 id="${r.id}"><a href="${r.href}">${r.title}</a></h2>
  <@l.cards fiches=r.fiches />
</section>
</#list>
</@l.frame>
