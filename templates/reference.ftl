<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#assign r = reference>
<@l.frame>
<article>
  <h1>${r.title}</h1>
  <p class="lead">${r.summary}</p>
  <div class="prose">${r.bodyHtml?no_esc}</div>
  <#if r.fiches?has_content>
  <section aria-labelledby="fiches-discutees"><h2 id="fiches-discutees">Fiches dont il est question</h2><@l.cards fiches=r.fiches /></section>
  </#if>
  <section class="sources" aria-labelledby="sources"><h2 id="sources">Sources</h2>
    <ol><#list r.sources as s><li>${s.citation} <span class="locator">Repère : ${s.locator}.</span></li></#list></ol>
  </section>
</article>
</@l.frame>
