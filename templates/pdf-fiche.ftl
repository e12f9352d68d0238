<#ftl output_format="HTML">
<#-- A fiche as a PDF, laid out once for everything that prints it in full: every booklet that holds the fiche
     takes these pages as they are (BookletAssembler numbers them within the booklet), and the fiche's own PDF
     is the same pages with "Page n de N" written in the footer's box (PageNumbers). -->
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
</head>
<body class="booklet-part">
<div class="booklet-fiche" id="${anchor}">
<@m.fiche f=fiche print=print h=1 />
</div>
</body>
</html>
