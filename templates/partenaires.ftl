<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.frame>
<nav class="breadcrumb" aria-label="Fil d'Ariane"><a href="${page.root}index.html">Accueil</a> › Partenaires</nav>
<h1>Partenaires</h1>
<p class="lead">${page.description}</p>
<p class="count">${partnerCount}. Les sigles et les autres noms renvoient au nom complet.</p>
<nav class="toc" aria-label="Parcourir les partenaires">
  <p>De A à Z :</p>
  <ul><#list letters as g><li><a href="#${g.id}">${g.letter}</a></li></#list></ul>
  <p>Par secteur :</p>
  <ul><#list sectors as s><li><a href="#${s.id}">${s.name}</a></li></#list></ul>
</nav>
<section aria-labelledby="de-a-a-z">
  <h2 id="de-a-a-z">De A à Z</h2>
  <#list letters as g>
  <h3 id="${g.id}" class="index-letter">${g.letter}</h3>
  <ul class="index-list">
  <#list g.entries as e>
    <#if e.see??>
    <li class="index-see">${e.label}, voir <a href="${e.href}">${e.see}</a></li>
    <#else>
    <li id="${e.id}"><#if e.href??><a href="${e.href}">${e.label}</a><#else>${e.label}</#if> <span class="meta">${e.detail}</span></li>
    </#if>
  </#list>
  </ul>
  </#list>
</section>
<section aria-labelledby="par-secteur">
  <h2 id="par-secteur">Par secteur</h2>
  <#list sectors as s>
  <h3 id="${s.id}">${s.name} <span class="meta">(${s.countLabel})</span></h3>
  <ul class="index-list">
  <#list s.partners as p><li><#if p.href??><a href="${p.href}">${p.label}</a><#else>${p.label}</#if> <span class="meta">${p.countLabel}</span></li></#list>
  </ul>
  </#list>
</section>
</@l.frame>
