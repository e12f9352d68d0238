<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#import "charts.ftl" as c>
<#assign f = fiche>
<#assign b = reading.brief>
<#-- A note call: a raised number linking to its note in the Sources section. -->
<#macro call n><#if n gt 0><sup class="note-call"><a href="#note-${n}" aria-label="note ${n}">${n}</a></sup></#if></#macro>
<#-- JSON-LD is data, not script: the CSP allows it; JsonLd escapes "<" so it cannot close the element. -->
<@l.frame extraHead="<meta property=\"article:modified_time\" content=\"" + f.provenance.updatedIso + "\">\n<script type=\"application/ld+json\">" + jsonLd + "</script>">
<article class="fiche">
  <nav class="breadcrumb" aria-label="Fil d'Ariane"><ol><li><a href="${page.root}index.html">Accueil</a></li><li><a href="${f.heading.category.href}">${f.heading.category.label}</a></li></ol></nav>
  <header class="fiche-header">
    <p class="eyebrow"><a href="${f.heading.category.href}">${f.heading.category.label}</a><#list f.heading.secondaryCategories as c> · <a href="${c.href}">${c.label}</a></#list></p>
    <h1>${f.heading.title}</h1>
    <p class="lead">${f.heading.summary}</p>
  </header>

  <section class="en-bref" aria-labelledby="en-bref">
    <h2 id="en-bref">En bref</h2>
    <#if b.outcomes?has_content>
    <div class="brief-outcomes">
      <h3>Ce que la pratique a donné</h3>
      <ul><#list b.outcomes as o><li><a href="${o.href}">${o.label}</a></li></#list></ul>
    </div>
    </#if>
    <#if b.figures?has_content>
    <ul class="figures figures-brief" aria-label="Chiffres clés">
    <#list b.figures as k><li><span class="figure-value">${k.value}</span> <span class="figure-label">${k.label}</span><@call n=k.note /></li></#list>
    </ul>
    </#if>
    <dl class="brief-facts">
      <div><dt>Où</dt><dd><#if f.location.housingComplex??>${f.location.housingComplex}, </#if><#if f.location.municipality??>${f.location.municipality}, </#if><#if f.location.mrc??>MRC ${f.location.mrc}, </#if><a href="${f.location.region.href}">${f.location.region.label}</a><#if regionLocator??><span class="chart-locator">${regionLocator?no_esc}</span></#if></dd></div>
      <div><dt>Quand</dt><dd><a href="${f.timing.periodHref}">${b.period?cap_first}</a>. ${b.status}.</dd></div>
      <div><dt>Pour qui</dt><dd><#list f.audience.populationLinks as p><a href="${p.href}">${p.label}</a><#sep>, </#list></dd></div>
      <div><dt>Habitation</dt><dd><#list f.audience.housingTypeLinks as t><a href="${t.href}">${t.label}</a><#sep>, </#list></dd></div>
      <#if b.partners?has_content><div class="brief-wide"><dt>Principaux partenaires</dt><dd><#list b.partners as p><a href="${p.href}">${p.label}</a><#sep>, </#list><#if f.support.partners?size gt b.partners?size> et <a href="#partenaires">${f.support.partners?size - b.partners?size} autres</a></#if></dd></div></#if>
      <#if f.audience.programme??><div><dt>Programme</dt><dd><a href="${f.audience.programme.href}">${f.audience.programme.label}</a></dd></div></#if>
    </dl>
  </section>

  <nav class="page-toc no-print" aria-labelledby="sommaire">
    <h2 id="sommaire">Sur cette page</h2>
    <ol>
      <li><a href="#description">Description</a></li>
      <#if reading.outcomeGroups?has_content><li><a href="#retombees">Retombées</a></li></#if>
      <#if reading.figures?has_content><li><a href="#chiffres">Chiffres clés</a></li></#if>
      <li><a href="#objectifs">Objectifs et activités</a></li>
      <#if f.support.partners?has_content><li><a href="#partenaires">Partenaires</a></li></#if>
      <#if f.support.funding?has_content><li><a href="#financement">Financement</a></li></#if>
      <#if f.lessons.facilitatingFactors?has_content || f.lessons.obstacles?has_content><li><a href="#facteurs">Ce qui a aidé, ce qui a nui</a></li></#if>
      <li><a href="#sources">Sources</a></li>
    </ol>
    <#if print??>
    <p class="fiche-actions"><#if print.pdfHref??><a href="${print.pdfHref}" type="application/pdf">Télécharger la fiche en PDF</a> · </#if><a href="${page.root}selection.html">Imprimer plusieurs fiches</a></p>
    </#if>
  </nav>

  <section aria-labelledby="description">
    <h2 id="description">Description</h2>
    <div class="prose">${f.substance.bodyHtml?no_esc}</div>
    <#if f.substance.context??>
    <h3 id="contexte">Contexte et particularités</h3>
    <p class="prose">${f.substance.context}</p>
    </#if>
  </section>

  <#if reading.outcomeGroups?has_content>
  <section aria-labelledby="retombees">
    <h2 id="retombees">Retombées</h2>
    <p class="meta">Regroupées par thème. Sous chaque retombée, les mots de la source.</p>
    <#list reading.outcomeGroups as g>
    <h3 id="${g.id}" class="outcome-theme">${g.theme}</h3>
    <ul class="outcomes">
    <#list g.outcomes as o>
      <li id="${o.id}">
        <a class="outcome-label" href="${o.href}">${o.label}</a><#list o.quotes as q><#if q.indicator??> <strong class="indicator">${q.indicator}</strong></#if></#list>
        <details class="source-words">
          <summary>Ce que dit la source</summary>
          <ul><#list o.quotes as q><li><q>${q.statement}</q><#if q.indicator??> (${q.indicator})</#if><@call n=q.note /></li></#list></ul>
        </details>
      </li>
    </#list>
    </ul>
    </#list>
  </section>
  </#if>

  <#if reading.figures?has_content>
  <section aria-labelledby="chiffres">
    <h2 id="chiffres">Chiffres clés</h2>
    <ul class="figures">
    <#list reading.figures as k>
      <li><span class="figure-value">${k.value}</span> <span class="figure-label">${k.label}</span><@call n=k.note /></li>
    </#list>
    </ul>
  </section>
  </#if>

  <div class="two-columns">
  <section aria-labelledby="objectifs">
    <h2 id="objectifs">Objectifs</h2>
    <@l.list items=f.substance.objectives />
  </section>
  <section aria-labelledby="activites">
    <h2 id="activites">Activités</h2>
    <@l.list items=f.substance.activities />
  </section>
  </div>

  <#if f.support.partners?has_content>
  <section aria-labelledby="partenaires">
    <h2 id="partenaires">Partenaires</h2>
    <ul class="partners">
    <#list f.support.partners as p>
      <li><a href="${p.href}">${p.name}<#if p.acronym??> (${p.acronym})</#if></a><#if p.role??> — ${p.role}</#if> <span class="tag">${p.sector}</span></li>
    </#list>
    </ul>
  </section>
  </#if>

  <#if f.support.funding?has_content>
  <section aria-labelledby="financement">
    <h2 id="financement">Financement</h2>
    <div class="table-scroll" role="region" aria-labelledby="titre-financement" tabindex="0">
    <table class="tableau">
      <caption id="titre-financement" class="visually-hidden">Montants liés à la pratique</caption>
      <thead><tr><th scope="col">Nature</th><th scope="col">Montant</th><th scope="col">Détail</th></tr></thead>
      <tbody>
      <#list f.support.funding as m>
        <tr><td>${m.nature}</td><td class="num">${m.amount}<@call n=reading.fundingNotes[m?index] /></td><td><#if m.label??>${m.label}</#if><#if m.funder??> (<a href="${m.funderHref}">${m.funder}</a>)</#if></td></tr>
      </#list>
      </tbody>
    </table>
    </div>
  </section>
  </#if>

  <#if f.lessons.facilitatingFactors?has_content || f.lessons.obstacles?has_content>
  <div class="two-columns" id="facteurs">
  <#if f.lessons.facilitatingFactors?has_content>
  <section aria-labelledby="aide">
    <h2 id="aide">Ce qui a aidé</h2>
    <@l.list items=f.lessons.facilitatingFactors />
  </section>
  </#if>
  <#if f.lessons.obstacles?has_content>
  <section aria-labelledby="obstacles">
    <h2 id="obstacles">Obstacles</h2>
    <@l.list items=f.lessons.obstacles />
  </section>
  </#if>
  </div>
  </#if>

  <#if f.lessons.similarInitiatives?has_content>
  <section aria-labelledby="similaires">
    <h2 id="similaires">Initiatives similaires</h2>
    <ul>
    <#list f.lessons.similarInitiatives as s>
      <li><strong>${s.name}</strong><#if s.place??> (${s.place})</#if><#if s.description??> — ${s.description}</#if></li>
    </#list>
    </ul>
  </section>
  </#if>

  <section aria-labelledby="sources" class="sources">
    <h2 id="sources">Sources</h2>
    <#if reading.notes?has_content>
    <h3 id="notes">Notes</h3>
    <ol class="notes">
    <#list reading.notes as n>
      <li id="note-${n.number}"><a href="#${n.documentAnchor}">${n.citation}</a></li>
    </#list>
    </ol>
    </#if>
    <h3 id="documents">Documents</h3>
    <ul class="documents">
    <#list reading.documents as s>
      <li id="${s.anchor}">${s.citation} <span class="locator">Repère : ${s.locator}.</span><#if s.url?has_content> <a href="${s.url}" translate="no">${s.url}</a></#if> <a class="no-print" href="${s.fichesHref}">Toutes les fiches de cette source</a></li>
    </#list>
    </ul>
    <p class="updated">Fiche vérifiée contre ses sources le <time datetime="${f.provenance.updatedIso}">${f.provenance.updated}</time><#if f.provenance.checkedBy??> par ${f.provenance.checkedBy}</#if>. <a class="no-print" href="${f.provenance.editUrl}">Proposer une correction</a></p>
  </section>

  <#if print??>
  <footer class="print-only print-footer">
    <img class="print-qr" src="${print.qrSrc}" width="88" height="88" alt="Code QR menant à la version en ligne de cette fiche">
    <p>Version en ligne, à jour : <span class="print-url" translate="no">${print.url}</span></p>
    <p>${site.title} · ${site.publisher} · textes sous licence ${site.textLicence}</p>
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
