<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#assign head = '<link rel="stylesheet" href="' + page.root + 'assets/css/selection.css">\n<script src="' + page.root + 'assets/js/selection.js" defer></script>'>
<@l.frame extraHead=head>
<h1>Imprimer des fiches</h1>
<p class="lead">Pour une rencontre ou un forum : choisissez les fiches à distribuer et imprimez-les ensemble, chacune sur une nouvelle page, avec son adresse en ligne et sa source.</p>
<p class="selection-help">Chaque fiche s’imprime aussi seule : ouvrez-la, puis utilisez la commande Imprimer de votre navigateur<#if pdfs> ou son PDF</#if>.</p>

<#if named?has_content>
<section aria-labelledby="livrets-prepares">
  <h2 id="livrets-prepares">Sélections préparées pour des forums (PDF)</h2>
  <ul class="booklets named-booklets">
  <#list named as b><li id="${b.id}"><a href="${b.href}" type="application/pdf">${b.title}</a> <span class="meta">(${b.count})</span><#if b.description?has_content><p class="booklet-description">${b.description}</p></#if></li></#list>
  </ul>
</section>
</#if>

<#if booklets?has_content>
<section aria-labelledby="livrets">
  <h2 id="livrets">Livrets pour les forums (PDF)</h2>
  <p>Une page couverture, une table des matières, chaque fiche sur une nouvelle page et toutes les sources à la fin.</p>
  <ul class="booklets">
  <#list booklets as b><li><a href="${b.href}" type="application/pdf">${b.label}</a> <span class="meta">(${b.detail})</span></li></#list>
  </ul>
</section>
</#if>

<section aria-labelledby="choix" class="selection" data-selection>
  <h2 id="choix">Les fiches</h2>
  <#list groups as g>
  <h3 id="${g.id}">${g.title}</h3>
  <ul class="selection-list">
  <#list g.fiches as f>
    <li data-fiche="${f.slug}" data-href="${f.href}" data-script="${scripts[f.slug]}"><a href="${f.href}">${f.title}</a> <span class="meta">${f.place} · ${f.period}</span><#if pdfs> · <a href="${page.root}pdf/${f.slug}.pdf" type="application/pdf" aria-label="PDF : ${f.title}">PDF</a></#if></li>
  </#list>
  </ul>
  </#list>
</section>
<div class="selection-print print-only" id="impression"></div>
</@l.frame>
