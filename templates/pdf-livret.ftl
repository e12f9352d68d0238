<#ftl output_format="HTML">
<#import "pdf-macros.ftl" as m>
<#assign b = booklet>
<#-- The front of a booklet, in three parts laid out on their own (part = cover, charts or contents): the
     cover changes with the edition date, the map and timeline (the slowest to draw) with the set of
     fiches, the contents with the page numbers. Each fiche and the sources are PDFs of their own too
     (pdf-fiche.ftl, pdf-livret-sources.ftl), put together and page-numbered by BookletAssembler;
     pages[anchor] is the page a part starts on, livret-page:n a link to page n. -->
<#assign stampedPages = true>
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
<#if part == "charts"><#include "pdf-charts-style.ftl"></#if>
</style>
<#-- The outline is built when the parts are put together (BookletAssembler). -->
<bookmarks></bookmarks>
</head>
<body class="booklet-part">
<#if part == "cover">
<div class="cover">
  <p class="kicker">${doc.siteTitle}</p>
  <h1>${b.title}</h1>
  <p class="lead">${b.description}</p>
  <p class="cover-meta"><strong>${b.count}</strong> · édition du ${b.edition}</p>
  <div class="cover-online">
    <img src="${b.qrSrc}" alt="Code QR menant au site">
    <p>Les fiches à jour, la recherche et chaque fiche en PDF :<br><a class="print-url" translate="no" href="${b.url}">${b.url}</a></p>
  </div>
  <p class="publisher">Publié par <strong>${doc.author}</strong></p>
</div>
<#elseif part == "charts">
<#include "pdf-charts.ftl">
<#else>
<div class="toc">
  <div class="running-title">${b.title} · ${doc.siteTitle}</div>
  <h2>Table des matières</h2>
  <#list b.groups as g>
  <#if g.title??><p class="toc-group">${g.title}</p></#if>
  <ol>
    <#list g.fiches as e><li><a href="livret-page:${pages[e.anchor]?c}" data-page="${pages[e.anchor]?c}">${e.title}</a></li></#list>
  </ol>
  </#list>
  <ol><li class="toc-group"><a href="livret-page:${pages["sources"]?c}" data-page="${pages["sources"]?c}">Sources</a></li></ol>
</div>
</#if>
</body>
</html>
