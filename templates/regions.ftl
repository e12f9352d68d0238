<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.frame>
<h1>Régions</h1>
<p class="lead">${page.description}</p>
<#list regions as r>
<section aria-labelledby="${r.id}">
  <h2 id="${r.id}">${r.title} <span class="meta">(${r.count} <#if r.count == 1>fiche<#else>fiches</#if>)</span></h2>
  <#if r.count == 0><p class="empty">Aucune fiche pour cette région pour l'instant.</p><#else><@l.cards fiches=r.fiches /></#if>
</section>
</#list>
</@l.frame>
