<#ftl output_format="HTML" strip_whitespace=true>
<#-- The frame of every HTML page: header with search, navigation, main, footer. -->
<#-- absRoot: "" everywhere, except on the 404 page, which a server may show at any depth: its links
     then start from the site's base path (see 404.ftl). headerSearch: the search page has its own box. -->
<#macro frame extraHead="" absRoot="" headerSearch=true>
<#assign r = absRoot + page.root>
<!DOCTYPE html>
<html lang="fr-CA">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self' https://github.com">
<title><#if page.path == "index.html">${site.title}<#else>${page.title} · ${site.title}</#if></title>
<meta name="description" content="${page.description}">
<link rel="canonical" href="${page.canonicalUrl}">
<meta property="og:type" content="${page.type}">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
<meta property="og:url" content="${page.canonicalUrl}">
<meta property="og:locale" content="fr_CA">
<meta property="og:site_name" content="${site.title}">
<link rel="icon" href="${r}assets/img/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${r}assets/css/site.css">
<link rel="stylesheet" href="${r}assets/css/print.css" media="print">
<link rel="alternate" type="application/atom+xml" title="${site.title} : nouvelles fiches" href="${r}feed.xml">
${extraHead?no_esc}
</head>
<body>
<a class="skip-link" href="#contenu">Aller au contenu</a>
<header class="site-header">
  <div class="wrap header-row">
    <a class="brand" href="${r}index.html"><img class="brand-logo" src="${r}assets/img/logo.svg" width="36" height="36" alt=""><span class="brand-name">${site.title}</span></a>
    <#if headerSearch>
    <form class="header-search" role="search" action="${r}recherche.html" method="get">
      <label for="recherche-entete" class="visually-hidden">Rechercher une fiche</label>
      <input id="recherche-entete" name="q" type="search" placeholder="Pratique, lieu, partenaire…" autocomplete="off">
      <button type="submit">Rechercher</button>
    </form>
    </#if>
  </div>
  <#-- On a phone the menu folds into a details element: it opens and closes without JavaScript. -->
  <details class="menu-phone">
    <summary>Menu</summary>
    <nav class="site-nav" aria-label="Navigation principale (menu)"><@menu r=r a=absRoot /></nav>
  </details>
  <nav class="site-nav menu-wide" aria-label="Navigation principale"><@menu r=r a=absRoot /></nav>
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
        <#list site.references as x><li><a href="${absRoot}${x.href}">${x.label}</a></li></#list>
        <li><a href="${r}sources.html">Sources</a></li>
      </ul>
    </nav>
    <nav aria-label="Explorer les fiches">
      <p class="footer-title">Explorer</p>
      <ul>
        <li><a href="${r}explorer.html">Toutes les façons d'explorer</a></li>
        <li><a href="${r}retombees/index.html">Retombées</a></li>
        <li><a href="${r}partenaires/index.html">Partenaires</a></li>
        <li><a href="${r}regions/index.html">Régions</a></li>
        <li><a href="${r}habitation/index.html">Types d'habitation</a></li>
        <li><a href="${r}populations/index.html">Populations visées</a></li>
        <li><a href="${r}periodes.html">Chronologie</a></li>
        <li><a href="${r}selection.html">Imprimer des fiches</a></li>
      </ul>
    </nav>
    <nav aria-label="À propos du répertoire">
      <p class="footer-title">Le répertoire</p>
      <ul>
        <li><a href="${r}a-propos.html">À propos</a></li>
        <li><a href="${r}proposer.html"<#if page.section == "proposer"> aria-current="page"</#if>>Proposer une fiche</a></li>
        <li><a href="${r}feed.xml">Fil des nouvelles fiches (Atom)</a></li>
        <li><a href="${r}donnees.html">Données ouvertes</a></li>
      </ul>
    </nav>
  </div>
  <div class="wrap footer-note">
    <p>Publié par ${site.publisher}<#if site.contact?has_content>. Pour nous écrire : <@contact c=site.contact /></#if>.</p>
    <p>Textes sous licence ${site.textLicence}, données ouvertes sous licence ${site.dataLicence}. Les fiches résument des documents publics ; chacune cite ses sources.</p>
  </div>
</footer>
</body>
</html>
</#macro>

<#-- The main menu; the current section is marked with aria-current (and styled from it). -->
<#macro menu r a>
<ul class="wrap">
  <#list site.categories as c><li><a href="${a}${c.href}"<#if c.href?remove_beginning(page.root) == page.path> aria-current="page"</#if>>${c.label}</a></li></#list>
  <li><a href="${r}retombees/index.html"<#if page.section == "retombees"> aria-current="page"</#if>>Retombées</a></li>
  <li><a href="${r}partenaires/index.html"<#if page.section == "partenaires"> aria-current="page"</#if>>Partenaires</a></li>
  <li><a href="${r}regions/index.html"<#if page.section == "regions"> aria-current="page"</#if>>Régions</a></li>
  <li><a href="${r}explorer.html"<#if page.section == "explorer"> aria-current="page"</#if>>Explorer</a></li>
  <li><a href="${r}recherche.html"<#if page.path == "recherche.html"> aria-current="page"</#if>>Recherche</a></li>
</ul>
</#macro>

<#-- An e-mail address becomes a mailto: link, a web address a link. -->
<#macro contact c><#if c?contains("@") && !c?starts_with("http")><a href="mailto:${c}">${c}</a><#else><a href="${c}">${c}</a></#if></#macro>

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
