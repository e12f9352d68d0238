<#ftl output_format="HTML">
<#-- A fiche as the PDFs show it. h is the level of the fiche's title; its sections are one level below. -->
<#macro list items>
<ul><#list items as i><li>${i}</li></#list></ul>
</#macro>

<#-- The fiche's address and its QR code, top right of the first page: never alone on a last page. -->
<#macro online print>
<div class="online">
  <img src="${print.qrSrc}" alt="Code QR menant à la version en ligne de cette fiche">
  <p>Fiche en ligne</p>
</div>
</#macro>

<#-- The address in full, on one line of its own under the summary. -->
<#macro address print>
<p class="address">Version en ligne, à jour : <a class="print-url" translate="no" href="${print.url}">${print.url}</a></p>
</#macro>

<#macro facts f>
<dl class="facts">
  <div><dt>Lieu</dt><dd><#if f.location.housingComplex??>${f.location.housingComplex}, </#if><#if f.location.municipality??>${f.location.municipality}, </#if><#if f.location.mrc??>MRC ${f.location.mrc}, </#if>${f.location.region.label}</dd></div>
  <div><dt>Période</dt><dd>${f.timing.period}</dd></div>
  <div><dt>Statut</dt><dd>${f.timing.status}</dd></div>
  <div><dt>Habitation</dt><dd>${f.audience.housingTypes?join(", ")}</dd></div>
  <div><dt>Populations visées</dt><dd>${f.audience.populations?join(", ")}</dd></div>
  <#if f.audience.programme??><div><dt>Programme</dt><dd>${f.audience.programme.label}</dd></div></#if>
</dl>
</#macro>

<#-- Key figures in three equal columns. -->
<#macro figures items>
<div class="figures">
<#list items as k>
  <div class="figure<#if k?index % 3 == 2> figure-last</#if>"><p><span class="figure-value">${k.value}</span> ${k.label} <span class="figure-source">(${k.citation})</span></p></div>
</#list>
</div>
</#macro>

<#macro fiche f print h=1>
<#local s = h + 1>
<div class="running-title">${f.heading.title} · ${doc.siteTitle}</div>
<@online print=print />
<p class="eyebrow">${f.heading.category.label}<#list f.heading.secondaryCategories as c> · ${c.label}</#list></p>
<h${h} class="fiche-title">${f.heading.title}</h${h}>
<p class="lead">${f.heading.summary}</p>
<@address print=print />

<@facts f=f />

<#if f.substance.keyFigures?has_content>
<h${s} class="section-title">Chiffres clés</h${s}>
<@figures items=f.substance.keyFigures />
</#if>

<h${s} class="section-title">Description</h${s}>
<div class="prose">${f.substance.bodyHtml?no_esc}</div>

<h${s} class="section-title">Objectifs</h${s}>
<@list items=f.substance.objectives />
<h${s} class="section-title">Activités</h${s}>
<@list items=f.substance.activities />

<#if f.substance.context??>
<h${s} class="section-title">Contexte et particularités</h${s}>
<p>${f.substance.context}</p>
</#if>

<#if f.support.partners?has_content>
<h${s} class="section-title">Partenaires</h${s}>
<ul>
<#list f.support.partners as p>
  <li>${p.name}<#if p.acronym??> (${p.acronym})</#if><#if p.role??> — ${p.role}</#if> <span class="tag">(${p.sector})</span></li>
</#list>
</ul>
</#if>

<#if f.outcomes?has_content>
<h${s} class="section-title">Retombées</h${s}>
<ul>
<#list f.outcomes as o>
  <li>« ${o.statement} »<#if o.indicator??> <strong>${o.indicator}</strong></#if><#if o.citation??> <span class="figure-source">(${o.citation})</span></#if></li>
</#list>
</ul>
</#if>

<#if f.support.funding?has_content>
<h${s} class="section-title">Financement</h${s}>
<table>
  <thead><tr><th scope="col">Nature</th><th scope="col">Montant</th><th scope="col">Détail</th><th scope="col">Source</th></tr></thead>
  <tbody>
  <#list f.support.funding as m>
    <tr><td>${m.nature}</td><td class="num">${m.amount}</td><td><#if m.label??>${m.label}</#if><#if m.funder??> (${m.funder})</#if></td><td>${m.citation}</td></tr>
  </#list>
  </tbody>
</table>
</#if>

<#if f.lessons.facilitatingFactors?has_content>
<h${s} class="section-title">Ce qui a aidé</h${s}>
<@list items=f.lessons.facilitatingFactors />
</#if>
<#if f.lessons.obstacles?has_content>
<h${s} class="section-title">Obstacles</h${s}>
<@list items=f.lessons.obstacles />
</#if>

<#if f.lessons.similarInitiatives?has_content>
<h${s} class="section-title">Initiatives similaires</h${s}>
<ul>
<#list f.lessons.similarInitiatives as i>
  <li><strong>${i.name}</strong><#if i.place??> (${i.place})</#if><#if i.description??> — ${i.description}</#if></li>
</#list>
</ul>
</#if>

<div class="sources">
<h${s} class="section-title">Sources</h${s}>
<ol>
<#list f.provenance.sources as src>
  <li>${src.citation}<#if src.url??> ${src.url}</#if> <span class="locator">Repère : ${src.locator}.</span></li>
</#list>
</ol>
<p class="updated">Fiche vérifiée contre ses sources le ${f.provenance.updated}<#if f.provenance.checkedBy??> par ${f.provenance.checkedBy}</#if>.</p>
</div>

</#macro>
