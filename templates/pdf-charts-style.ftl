/* The booklet's opening pictures (pdf-charts.ftl): a page of their own, scaled to the text width. */
.booklet-charts { page-break-before: always; }
.booklet-chart { margin: 4pt 0 8pt; page-break-inside: avoid; }
.chart-note { font-size: 8.5pt; margin: 0 0 8pt; }
