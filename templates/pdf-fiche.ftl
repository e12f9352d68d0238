<#ftl output_format="HTML">
<#import "pdf-macros.ftl" as m>
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
<body>
<@m.fiche f=fiche print=print h=1 />
</body>
</html>
