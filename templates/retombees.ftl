<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.frame>
<h1>Retombées</h1>
<p class="lead">${page.description}</p>
<#list themes as t>
<section aria-labelledby="theme-${t.id}">
  <h2 id="theme-${t.id}">${t.name}</h2>
  <ul class="index-list">
  <#list t.outcomes as o><li><a href="${o.href}">${o.label}</a> <span class="meta">${o.detail}</span></li></#list>
  </ul>
</section>
</#list>
</@l.frame>
