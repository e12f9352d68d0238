<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#assign p = programme>
<@l.frame>
<h1>${p.name}</h1>
<p class="lead">${p.description}</p>
<div class="table-scroll" role="region" aria-labelledby="titre-programme" tabindex="0">
<table class="tableau">
  <caption id="titre-programme">Projets, soutien accordé et coût total (${p.citation}). Les totaux sont calculés à partir des fiches.</caption>
  <thead><tr><th scope="col">Projet</th><th scope="col">Lieu</th><th scope="col">Soutien</th><th scope="col">Coût total</th></tr></thead>
  <tbody>
  <#list p.rows as r><tr><td><a href="${r.fiche.href}">${r.fiche.title}</a></td><td>${r.fiche.place}</td><td class="num">${r.support}</td><td class="num">${r.cost}</td></tr></#list>
  </tbody>
  <tfoot><tr><th scope="row" colspan="2">Total</th><td class="num" id="total-soutien">${p.totalSupport}</td><td class="num" id="total-cout">${p.totalCost}</td></tr></tfoot>
</table>
</div>
</@l.frame>
