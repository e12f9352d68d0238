<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.frame>
<h1>Sources</h1>
<p class="lead">${page.description}</p>
<#list sources as s>
<section aria-labelledby="source-${s.id}" class="source-entry">
  <h2 id="source-${s.id}">${s.citation}</h2>
  <#if s.url?has_content><p><a href="${s.url}">${s.url}</a></p></#if>
  <#if s.fiches?has_content><@l.cards fiches=s.fiches /><#else><p class="empty">Aucune fiche ne cite encore cette source.</p></#if>
</section>
</#list>
</@l.frame>
