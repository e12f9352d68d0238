<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.frame>
<nav class="breadcrumb" aria-label="Fil d'Ariane"><ol><li><a href="${page.root}index.html">Accueil</a></li></ol></nav>
<h1>Partenaires</h1>
<p class="lead">${page.description}</p>
<p class="count">Les partenaires nommés dans au moins une fiche, sous leur nom complet. Un sigle ou un autre nom se trouve avec la <a href="${page.root}recherche.html">recherche</a>.</p>
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
  <#list g.entries?filter(e -> !e.see?? && e.href??) as e>
    <li id="${e.id}"><a href="${e.href}">${e.label}</a> <span class="meta">${e.detail}</span></li>
  </#list>
  </ul>
  </#list>
</section>
<section aria-labelledby="par-secteur">
  <h2 id="par-secteur">Par secteur</h2>
  <#list sectors as s>
  <h3 id="${s.id}">${s.name} <span class="meta">(${s.countLabel})</span></h3>
  <ul class="index-list">
  <#list s.partners?filter(p -> p.href??) as p><li><a href="${p.href}">${p.label}</a> <span class="meta">${p.countLabel}</span></li></#list>
  </ul>
  </#list>
</section>
</@l.frame>
