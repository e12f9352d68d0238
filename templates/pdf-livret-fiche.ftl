<#ftl output_format="HTML">
<#-- One fiche of a booklet, as a PDF of its own: the same for every booklet that holds the fiche, so it is
     rendered once and cached; BookletAssembler puts it after the booklet's front and numbers its pages. -->
<#import "pdf-macros.ftl" as m>
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
<div class="booklet-fiche" id="${entry.anchor}">
<@m.fiche f=entry.fiche print=entry.print h=2 />
</div>
</body>
</html>
