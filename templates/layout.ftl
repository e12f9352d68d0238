<#ftl output_format="HTML" strip_whitespace=true>
<#-- The frame of every HTML page: header with search, navigation, main, footer. -->
<#macro frame extraHead="">
<!DOCTYPE html>
<html lang="fr-CA">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self' https://github.com; frame-ancestors 'none'">
<title><#if page.path == "index.html">${site.title}<#else>${page.title} · ${site.title}</#if></title>
<meta name="description" content="${page.description}">
<link rel="canonical" href="${page.canonicalUrl}">
<meta property="og:type" content="${page.type}">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
<meta property="og:url" content="${page.canonicalUrl}">
<meta property="og:locale" content="fr_CA">
<meta property="og:site_name" content="${site.title}">
<link rel="stylesheet" href="${page.root}assets/css/site.css">
<link rel="stylesheet" href="${page.root}assets/css/charts.css">
<link rel="stylesheet" href="${page.root}assets/css/print.css" media="print">
<link rel="alternate" type="application/atom+xml" title="${site.title} : nouvelles fiches" href="${page.root}feed.xml">
${extraHead?no_esc}
</head>
<body>
<a class="skip-link" href="#contenu">Aller au contenu</a>
<header class="site-header">
  <div class="wrap header-row">
    <a class="brand" href="${page.root}index.html"><span class="brand-mark" aria-hidden="true">◧</span> ${site.title}</a>
    <form class="header-search" role="search" action="${page.root}recherche.html" method="get">
      <label for="recherche-entete" class="visually-hidden">Rechercher une fiche</label>
      <input id="recherche-entete" name="q" type="search" placeholder="Rechercher une pratique, un lieu, un partenaire…" autocomplete="off">
      <button type="submit">Rechercher</button>
    </form>
  </div>
  <nav class="site-nav" aria-label="Navigation principale">
    <ul class="wrap">
      <li><a href="${page.root}index.html"<#if page.section == "accueil"> aria-current="page"</#if>>Accueil</a></li>
      <#list site.categories as c><li><a href="${c.href}">${c.label}</a></li></#list>
      <li><a href="${page.root}retombees/index.html"<#if page.section == "retombees"> aria-current="page"</#if>>Retombées</a></li>
      <li><a href="${page.root}partenaires/index.html"<#if page.section == "partenaires"> aria-current="page"</#if>>Partenaires</a></li>
      <li><a href="${page.root}regions/index.html"<#if page.section == "regions"> aria-current="page"</#if>>Régions</a></li>
      <li><a href="${page.root}explorer.html"<#if page.section == "explorer"> aria-current="page"</#if>>Explorer</a></li>
    </ul>
  </nav>
</header>
<main id="contenu" tabindex="-1">
<div class="wrap">
<#nested>
</div>
</main>
<footer class="site-footer">
  <div class="wrap footer-grid">
    <div>
      <p class="footer-title">${site.title}</p>
      <p>${site.tagline}</p>
    </div>
    <nav aria-label="Pages de référence">
      <p class="footer-title">Comprendre</p>
      <ul>
        <#list site.references as r><li><a href="${r.href}">${r.label}</a></li></#list>
        <li><a href="${page.root}sources.html">Sources</a></li>
      </ul>
    </nav>
    <nav aria-label="Explorer les fiches">
      <p class="footer-title">Explorer</p>
      <ul>
        <li><a href="${page.root}explorer.html">Toutes les façons d'explorer</a></li>
        <li><a href="${page.root}retombees/index.html">Retombées</a></li>
        <li><a href="${page.root}partenaires/index.html">Partenaires</a></li>
        <li><a href="${page.root}regions/index.html">Régions</a></li>
        <li><a href="${page.root}habitation/index.html">Types d'habitation</a></li>
        <li><a href="${page.root}populations/index.html">Populations visées</a></li>
        <li><a href="${page.root}periodes.html">Chronologie</a></li>
      </ul>
    </nav>
    <nav aria-label="À propos du répertoire">
      <p class="footer-title">Le répertoire</p>
      <ul>
        <li><a href="${page.root}a-propos.html">À propos</a></li>
        <li><a href="${page.root}proposer.html"<#if page.section == "proposer"> aria-current="page"</#if>>Proposer une fiche</a></li>
        <li><a href="${page.root}feed.xml">Fil des nouvelles fiches (Atom)</a></li>
        <li><a href="${page.root}donnees.html">Données ouvertes</a></li>
      </ul>
    </nav>
  </div>
  <p class="wrap footer-note">Publié par ${site.publisher}. Les fiches résument des documents publics ; chacune cite ses sources.</p>
</footer>
</body>
</html>
</#macro>

<#-- A list of fiches as cards. -->
<#macro cards fiches headingLevel=3>
<ul class="cards">
<#list fiches as f>
  <li class="card">
    <h${headingLevel} class="card-title"><a href="${f.href}">${f.title}</a></h${headingLevel}>
    <p class="card-meta"><span>${f.place}</span> · <span>${f.period}</span> · <a href="${f.categoryHref}">${f.category}</a></p>
    <p class="card-summary">${f.summary}</p>
  </li>
</#list>
</ul>
</#macro>

<#macro list items>
<ul><#list items as i><li>${i}</li></#list></ul>
</#macro>
