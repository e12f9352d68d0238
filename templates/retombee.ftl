<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.frame>
<nav class="breadcrumb" aria-label="Fil d'Ariane"><ol><li><a href="${page.root}index.html">Accueil</a></li><li><a href="index.html">Retombées</a></li><li><a href="${themeHref}">${outcome.detail}</a></li></ol></nav>
<h1>${outcome.label}</h1>
<p class="lead">Thème : <a href="${themeHref}">${outcome.detail}</a>. ${countLabel?cap_first} en font état.</p>
<h2>Ce qu'en disent les fiches</h2>
<ul class="statements">
<#list statements as s>
  <li>
    <p><a href="${s.ficheHref}">${s.ficheTitle}</a> <span class="meta">${s.place}</span></p>
    <blockquote><p>${s.statement}<#if s.indicator??> <strong>${s.indicator}</strong></#if></p></blockquote>
    <p class="figure-source">Source : ${s.citation}</p>
  </li>
</#list>
</ul>
</@l.frame>
