<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.frame>
<nav class="breadcrumb" aria-label="Fil d'Ariane"><a href="${page.root}index.html">Accueil</a> › <a href="index.html">Partenaires</a></nav>
<h1>${partner.label}</h1>
<p class="lead">Secteur : ${partner.detail}</p>
<#if aliases?has_content><p>Aussi appelé : ${aliases?join(", ")}</p></#if>
<h2>Fiches et rôle dans chacune</h2>
<ul class="index-list">
<#list fiches as f><li><a href="${f.href}">${f.label}</a><#if f.detail??> — ${f.detail}</#if></li></#list>
</ul>
</@l.frame>
