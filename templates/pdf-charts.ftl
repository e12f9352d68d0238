<#ftl output_format="HTML">
<#-- The booklet's opening pictures (i12): the map and the timeline of the fiches it holds, drawn by
     ca.pratiqueshlm.plan.charts as SVG (escaped there) and rendered by openhtmltopdf's Batik plugin. -->
<#if charts??>
<div class="booklet-charts">
  <h2>Les fiches sur la carte et dans le temps</h2>
  <div class="booklet-chart booklet-map">${charts.map?no_esc}</div>
  <p class="chart-note">Une case par région administrative ; plus elle est foncée, plus la région compte de fiches de ce livret.</p>
  <div class="booklet-chart booklet-timeline">${charts.timeline?no_esc}</div>
</div>
</#if>
