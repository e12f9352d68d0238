<#ftl output_format="HTML">
<#-- The forum version of a fiche: two pages at most (the build checks it), the rest online. -->
<#import "pdf-macros.ftl" as m>
<#assign f = fiche>
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
<body class="forum">
<div class="running-title">${f.heading.title} · version forum · ${doc.siteTitle}</div>
<@m.online print=print />
<p class="eyebrow">${f.heading.category.label}<#list f.heading.secondaryCategories as c> · ${c.label}</#list></p>
<h1 class="fiche-title">${f.heading.title}</h1>
<p class="lead">${f.heading.summary}</p>
<@m.address print=print />

<@m.facts f=f />

<#if forum.figures?has_content>
<h2 class="section-title">En bref</h2>
<@m.figures items=forum.figures />
</#if>

<h2 class="section-title">Objectifs</h2>
<@m.list items=forum.objectives /><@more n=forum.moreObjectives one="autre objectif" many="autres objectifs" />
<h2 class="section-title">Activités</h2>
<@m.list items=forum.activities /><@more n=forum.moreActivities one="autre activité" many="autres activités" />

<#if forum.themes?has_content>
<h2 class="section-title">Retombées</h2>
<#list forum.themes as t>
<h3 class="theme-title">${t.name}</h3>
<ul>
<#list t.outcomes as o>
  <li>« ${o.statement} »<#if o.indicator??> <strong>${o.indicator}</strong></#if></li>
</#list>
</ul>
</#list>
<@more n=forum.moreOutcomes one="autre retombée" many="autres retombées" />
</#if>

<#if forum.partners?has_content>
<h2 class="section-title">Partenaires</h2>
<ul class="partners">
<#list forum.partners as p>
  <li>${p.name}<#if p.acronym??> (${p.acronym})</#if><#if p.role??> — ${p.role}</#if></li>
</#list>
</ul>
<@more n=forum.morePartners one="autre partenaire" many="autres partenaires" />
</#if>

<div class="sources">
<h2 class="section-title">Sources principales</h2>
<ol>
<#list forum.sources as src>
  <li>${src.citation}<#if src.url??> ${src.url}</#if></li>
</#list>
</ol>
<@more n=forum.moreSources one="autre source" many="autres sources" />
<p class="updated">Fiche vérifiée contre ses sources le ${f.provenance.updated}. Version complète, avec la description, le financement et chaque repère : <span translate="no">${print.url}</span></p>
</div>
</body>
</html>

<#macro more n one many>
<#if (n > 0)><p class="more">Et ${n} ${(n == 1)?then(one, many)} dans la fiche en ligne.</p></#if>
</#macro>
