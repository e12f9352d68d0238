<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.frame>
<nav class="breadcrumb" aria-label="Fil d'Ariane"><a href="${page.root}index.html">Accueil</a> › <a href="index.html">Retombées</a></nav>
<h1>${outcome.label}</h1>
<p class="lead">Thème : ${outcome.detail}</p>
<h2>Ce qu'en disent les fiches</h2>
<ul class="index-list">
<#list statements as s><li><a href="${s.href}">${s.label}</a> : <q>${s.detail}</q></li></#list>
</ul>
</@l.frame>
