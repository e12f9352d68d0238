<#ftl output_format="HTML">
<#-- Pictures drawn by ca.pratiqueshlm.plan.charts: their SVG is escaped there, so it goes in as is.
     The nested content is the caption; it names where the same figures are as text. -->
<#macro figure svg kind>
<figure class="chart-figure chart-figure-${kind}">
  <div class="chart-frame">${svg?no_esc}</div>
  <figcaption><#nested></figcaption>
</figure>
</#macro>
