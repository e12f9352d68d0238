<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.frame>
<nav class="breadcrumb" aria-label="Fil d'Ariane"><ol><li><a href="${page.root}index.html">Accueil</a></li><li><a href="index.html">Partenaires</a></li></ol></nav>
<h1>${partner.label}</h1>
<#if aliases?has_content || acronym?has_content><p class="also-called">Aussi appelé : <#if acronym?has_content>${acronym}<#if aliases?has_content>, </#if></#if>${aliases?join(", ")}</p></#if>
<dl class="facts">
  <div><dt>Secteur</dt><dd><a href="${sectorHref}">${partner.detail}</a></dd></div>
  <div><dt>Fiches</dt><dd>${countLabel}</dd></div>
</dl>
<h2>Fiches et rôle dans chacune</h2>
<ul class="cards">
<#list roles as r>
  <li class="card">
    <h3 class="card-title"><a href="${r.fiche.href}">${r.fiche.title}</a></h3>
    <p class="card-meta"><span>${r.fiche.place}</span> · <span>${r.fiche.period}</span> · <a href="${r.fiche.categoryHref}">${r.fiche.category}</a></p>
    <#if r.role??><p><strong>Rôle :</strong> ${r.role}</p></#if>
    <#if r.funding?has_content><p><strong>Montants versés :</strong> ${r.funding?join(" ; ")}</p></#if>
  </li>
</#list>
</ul>
<#if colleagues?has_content>
<h2>Partenaires avec qui il travaille le plus</h2>
<ul class="index-list">
<#list colleagues as c><li><a href="${c.href}">${c.label}</a> <span class="meta">${c.detail}</span></li></#list>
</ul>
</#if>
</@l.frame>
