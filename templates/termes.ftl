<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.frame>
<nav class="breadcrumb" aria-label="Fil d'Ariane"><ol><li><a href="${page.root}index.html">Accueil</a></li></ol></nav>
<h1>${page.title}</h1>
<p class="lead">${page.description}</p>
<p class="count">${note}</p>
<ul class="index-list">
<#list terms as t>
  <li><#if t.href??><a href="${t.href}">${t.label}</a> <span class="meta">${t.countLabel}</span><#else>${t.label} <span class="meta empty">${t.countLabel}</span></#if></li>
</#list>
</ul>
</@l.frame>
