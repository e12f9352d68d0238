<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#-- The search page: the form works with assets/js/search.js, which reads assets/search-index.js. -->
<#assign head>
<link rel="stylesheet" href="${page.root}assets/css/search.css">
<script src="${page.root}assets/search-index.js" defer></script>
<script src="${page.root}assets/js/search-engine.js" defer></script>
<script src="${page.root}assets/js/search.js" defer></script>
</#assign>
<@l.frame extraHead=head headerSearch=false>
<h1>Rechercher une fiche</h1>
<noscript>
  <p class="search-noscript">La recherche a besoin de JavaScript, qui semble désactivé dans votre navigateur.
  Vous pouvez parcourir toutes les fiches autrement :</p>
  <ul>
    <#list site.categories as c><li><a href="${c.href}">${c.label}</a> (${c.detail})</li></#list>
    <li><a href="${page.root}regions/index.html">Les fiches par région</a></li>
    <li><a href="${page.root}partenaires/index.html">Les fiches par partenaire</a></li>
    <li><a href="${page.root}retombees/index.html">Les fiches par retombée</a></li>
  </ul>
</noscript>
<#-- Hidden until assets/js/search.js runs: without JavaScript the form could do nothing. -->
<form id="recherche" class="search-form" role="search" action="recherche.html" method="get" hidden>
  <div class="search-field">
    <label for="q">Mots recherchés</label>
    <input id="q" name="q" type="search" autocomplete="off" spellcheck="false"
           aria-describedby="aide-recherche" aria-controls="resultats">
    <p id="aide-recherche" class="search-help">Les résultats s'affichent pendant la frappe. Accents et majuscules
    sont sans importance ; une faute de frappe est tolérée dans les mots de cinq lettres ou plus.</p>
  </div>
  <a class="search-skip" href="#etat-recherche">Passer les filtres et aller aux résultats</a>
  <div class="search-layout">
    <details id="filtres" class="search-filters" open>
      <summary>Filtres</summary>
      <div id="facettes" class="search-facets" role="group" aria-labelledby="titre-filtres">
        <h2 id="titre-filtres" class="visually-hidden">Filtrer les résultats</h2>
      </div>
    </details>
    <div class="search-results">
      <p id="etat-recherche" class="search-status" role="status" aria-live="polite" aria-atomic="true" tabindex="-1"></p>
      <ol id="resultats" class="search-list"></ol>
    </div>
  </div>
</form>
</@l.frame>
