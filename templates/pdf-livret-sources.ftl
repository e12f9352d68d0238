<#ftl output_format="HTML">
<#-- The last part of a booklet: every source it cites, with the fiches (and the pages they start on) that
     cite it. pages[anchor] and livret-page:n as in pdf-livret.ftl. -->
<#import "pdf-macros.ftl" as m>
<#assign b = booklet>
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
</style>
<bookmarks></bookmarks>
</head>
<body class="booklet-part">
<div class="booklet-sources" id="sources">
  <div class="running-title">Sources · ${b.title}</div>
  <#-- A heading of the same level as the fiches' titles, not under the last fiche. -->
  <h1>Sources</h1>
  <ol>
  <#list b.sources as s>
    <li id="${s.anchor}">${s.citation}<#if s.url??> ${s.url}</#if>
      <p class="cited-in">Citée dans : <#list s.citedIn as c><#assign n = pages[c.href?remove_beginning("#")]?c><a href="livret-page:${n}" title="${c.label}, page ${n}">${c.label}</a><span class="page-ref">&nbsp;(p.&nbsp;${n})<#sep>,</#sep></span><#sep> </#sep></#list></p>
    </li>
  </#list>
  </ol>
</div>
</body>
</html>
