<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.frame>
<h1>Partenaires</h1>
<p class="lead">${page.description}</p>
<ul class="index-list">
<#list partners as p><li><a href="${p.href}">${p.label}</a> <span class="meta">${p.detail}</span></li></#list>
</ul>
</@l.frame>
