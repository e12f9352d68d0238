<#ftl output_format="HTML">
<#import "pdf-macros.ftl" as m>
<#assign b = booklet>
<!DOCTYPE html>
<html lang="fr-CA">
<head>
<meta charset="utf-8">
<title>${doc.title}</title>
<meta name="author" content="${doc.author}">
<meta name="subject" content="${doc.subject}">
<meta name="keywords" content="${doc.keywords}">
<style>
<#include "pdf-style.ftl">
<#include "pdf-charts-style.ftl">
</style>
<bookmarks>
  <#list b.groups as g>
  <#if g.title??>
  <bookmark name="${g.title}" href="#${g.fiches[0].anchor}">
    <#list g.fiches as e><bookmark name="${e.fiche.heading.title}" href="#${e.anchor}"></bookmark></#list>
  </bookmark>
  <#else>
  <#list g.fiches as e><bookmark name="${e.fiche.heading.title}" href="#${e.anchor}"></bookmark></#list>
  </#if>
  </#list>
  <bookmark name="Sources" href="#sources"></bookmark>
</bookmarks>
</head>
<body>
<div class="cover">
  <p class="kicker">${doc.siteTitle}</p>
  <h1>${b.title}</h1>
  <p class="lead">${b.description}</p>
  <p class="cover-meta"><strong>${b.count}</strong> · édition du ${b.edition}</p>
  <div class="cover-online">
    <img src="${b.qrSrc}" alt="Code QR menant au site">
    <p>Les fiches à jour, la recherche et chaque fiche en PDF :<br><a class="print-url" href="${b.url}">${b.url}</a></p>
  </div>
  <p class="publisher">Publié par <strong>${doc.author}</strong></p>
</div>
<#include "pdf-charts.ftl">

<div class="toc">
  <div class="running-title">${b.title} · ${doc.siteTitle}</div>
  <h2>Table des matières</h2>
  <#list b.groups as g>
  <#if g.title??><p class="toc-group">${g.title}</p></#if>
  <ol>
    <#list g.fiches as e><li><a href="#${e.anchor}">${e.fiche.heading.title}</a></li></#list>
  </ol>
  </#list>
  <ol><li class="toc-group"><a href="#sources">Sources</a></li></ol>
</div>

<#list b.groups as g>
<#list g.fiches as e>
<div class="booklet-fiche" id="${e.anchor}">
<@m.fiche f=e.fiche print=e.print h=2 />
</div>
</#list>
</#list>

<div class="booklet-sources" id="sources">
  <div class="running-title">Sources · ${b.title}</div>
  <h2>Sources</h2>
  <ol>
  <#list b.sources as s>
    <li id="${s.anchor}">${s.citation}<#if s.url??> ${s.url}</#if>
      <p class="cited-in">Citée dans : <#list s.citedIn as c><a href="${c.href}">${c.label}</a><span class="page-ref"><a href="${c.href}" title="Page de la fiche ${c.label}"></a><#sep>,</#sep></span><#sep> </#sep></#list></p>
    </li>
  </#list>
  </ol>
</div>
</body>
</html>
