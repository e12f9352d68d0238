<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#import "charts.ftl" as c>
<#assign f = fiche>
<#-- JSON-LD is data, not script: the CSP allows it; JsonLd escapes "<" so it cannot close the element. -->
<@l.frame extraHead="<meta property=\"article:modified_time\" content=\"" + f.updatedIso + "\">\n<script type=\"application/ld+json\">" + jsonLd + "</script>">
<article class="fiche">
  <nav class="breadcrumb" aria-label="Fil d'Ariane"><a href="${page.root}index.html">Accueil</a> › <a href="${f.category.href}">${f.category.label}</a></nav>
  <header class="fiche-header">
    <p class="eyebrow"><a href="${f.category.href}">${f.category.label}</a><#list f.secondaryCategories as c> · <a href="${c.href}">${c.label}</a></#list></p>
    <h1>${f.title}</h1>
    <p class="lead">${f.summary}</p>
    <#if print??>
    <p class="fiche-actions no-print"><#if print.pdfHref??><a href="${print.pdfHref}" type="application/pdf">Télécharger la fiche en PDF</a> · </#if><a href="${page.root}selection.html">Imprimer plusieurs fiches</a></p>
    </#if>
  </header>

  <dl class="facts">
    <div><dt>Lieu</dt><dd><#if f.housingComplex??>${f.housingComplex}, </#if><#if f.municipality??>${f.municipality}, </#if><#if f.mrc??>MRC ${f.mrc}, </#if><a href="${f.region.href}">${f.region.label}</a><#if regionLocator??><span class="chart-locator">${regionLocator?no_esc}</span></#if></dd></div>
    <div><dt>Période</dt><dd><a href="${f.periodHref}">${f.period}</a></dd></div>
    <div><dt>Statut</dt><dd>${f.status}</dd></div>
    <div><dt>Habitation</dt><dd><#list f.housingTypeLinks as t><a href="${t.href}">${t.label}</a><#sep>, </#list></dd></div>
    <div><dt>Populations visées</dt><dd><#list f.populationLinks as p><a href="${p.href}">${p.label}</a><#sep>, </#list></dd></div>
    <#if f.programme??><div><dt>Programme</dt><dd><a href="${f.programme.href}">${f.programme.label}</a></dd></div></#if>
  </dl>

  <#if f.keyFigures?has_content>
  <section aria-labelledby="chiffres">
    <h2 id="chiffres">Chiffres clés</h2>
    <ul class="figures">
    <#list f.keyFigures as k>
      <li><span class="figure-value">${k.value}</span> <span class="figure-label">${k.label}</span> <span class="figure-source">(${k.citation})</span></li>
    </#list>
    </ul>
  </section>
  </#if>

  <section aria-labelledby="description">
    <h2 id="description">Description</h2>
    <div class="prose">${f.bodyHtml?no_esc}</div>
  </section>

  <div class="two-columns">
  <section aria-labelledby="objectifs">
    <h2 id="objectifs">Objectifs</h2>
    <@l.list items=f.objectives />
  </section>
  <section aria-labelledby="activites">
    <h2 id="activites">Activités</h2>
    <@l.list items=f.activities />
  </section>
  </div>

  <#if f.context??>
  <section aria-labelledby="contexte">
    <h2 id="contexte">Contexte et particularités</h2>
    <p>${f.context}</p>
  </section>
  </#if>

  <#if f.partners?has_content>
  <section aria-labelledby="partenaires">
    <h2 id="partenaires">Partenaires</h2>
    <ul class="partners">
    <#list f.partners as p>
      <li><a href="${p.href}">${p.name}<#if p.acronym??> (${p.acronym})</#if></a><#if p.role??> — ${p.role}</#if> <span class="tag">${p.sector}</span></li>
    </#list>
    </ul>
  </section>
  </#if>

  <#if f.outcomes?has_content>
  <section aria-labelledby="retombees">
    <h2 id="retombees">Retombées</h2>
    <ul class="outcomes">
    <#list f.outcomes as o>
      <li><q>${o.statement}</q><#if o.indicator??> <strong>${o.indicator}</strong></#if> <span class="outcome-link">→ <a href="${o.href}">${o.label}</a></span><#if o.citation??> <span class="figure-source">(${o.citation})</span></#if></li>
    </#list>
    </ul>
  </section>
  </#if>

  <#if f.funding?has_content>
  <section aria-labelledby="financement">
    <h2 id="financement">Financement</h2>
    <table class="tableau">
      <caption class="visually-hidden">Montants liés à la pratique</caption>
      <thead><tr><th scope="col">Nature</th><th scope="col">Montant</th><th scope="col">Détail</th><th scope="col">Source</th></tr></thead>
      <tbody>
      <#list f.funding as m>
        <tr><td>${m.nature}</td><td class="num">${m.amount}</td><td><#if m.label??>${m.label}</#if><#if m.funder??> (<a href="${m.funderHref}">${m.funder}</a>)</#if></td><td>${m.citation}</td></tr>
      </#list>
      </tbody>
    </table>
  </section>
  </#if>

  <#if f.facilitatingFactors?has_content || f.obstacles?has_content>
  <div class="two-columns">
  <#if f.facilitatingFactors?has_content>
  <section aria-labelledby="facteurs">
    <h2 id="facteurs">Ce qui a aidé</h2>
    <@l.list items=f.facilitatingFactors />
  </section>
  </#if>
  <#if f.obstacles?has_content>
  <section aria-labelledby="obstacles">
    <h2 id="obstacles">Obstacles</h2>
    <@l.list items=f.obstacles />
  </section>
  </#if>
  </div>
  </#if>

  <#if f.similarInitiatives?has_content>
  <section aria-labelledby="similaires">
    <h2 id="similaires">Initiatives similaires</h2>
    <ul>
    <#list f.similarInitiatives as s>
      <li><strong>${s.name}</strong><#if s.place??> (${s.place})</#if><#if s.description??> — ${s.description}</#if></li>
    </#list>
    </ul>
  </section>
  </#if>

  <section aria-labelledby="sources" class="sources">
    <h2 id="sources">Sources</h2>
    <ol>
    <#list f.sources as s>
      <li>${s.citation} <span class="locator">Repère : ${s.locator}.</span> <a class="no-print" href="${s.href}">Toutes les fiches de cette source</a></li>
    </#list>
    </ol>
    <p class="updated">Fiche vérifiée contre ses sources le <time datetime="${f.updatedIso}">${f.updated}</time><#if f.checkedBy??> par ${f.checkedBy}</#if>. <a class="no-print" href="${f.editUrl}">Proposer une correction</a></p>
  </section>

  <#if print??>
  <footer class="print-only print-footer">
    <img class="print-qr" src="${print.qrSrc}" width="88" height="88" alt="Code QR menant à la version en ligne de cette fiche">
    <p>Version en ligne, à jour : <span class="print-url">${print.url}</span></p>
    <p>${site.title} · ${site.publisher}</p>
  </footer>
  </#if>

  <#if f.related?has_content>
  <section aria-labelledby="liees" class="related no-print">
    <h2 id="liees">Fiches liées</h2>
    <p class="meta">Les plus proches d'abord : retombées et partenaires en commun, puis catégories et région.</p>
    <@l.cards fiches=f.related />
  </section>
  </#if>
</article>
</@l.frame>
