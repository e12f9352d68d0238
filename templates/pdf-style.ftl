<#-- Stylesheet of the PDFs (openhtmltopdf: CSS 2.1 and paged media, no grid, no custom properties). -->
@page {
  size: letter;
  margin: 14mm 15mm 16mm 15mm;
  @bottom-left { content: element(running-title); width: 150mm; vertical-align: top; }
  <#-- Wide enough for "Page 999 de 999" on one line; nowrap in case it is not. A booklet's parts leave the
       box empty: BookletAssembler writes the page numbers of the whole booklet at the same place. -->
  @bottom-right { <#if stampedPages??>content: none<#else>content: "Page " counter(page) " de " counter(pages)</#if>; width: 30mm;
    white-space: nowrap; text-align: right; vertical-align: top; font-family: "DejaVu Sans"; font-size: 7.5pt; color: #333; }
}
@page cover {
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}
body { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; line-height: 1.3; color: #000; margin: 0; }
h1, h2, h3, h4 { font-family: "DejaVu Serif", serif; line-height: 1.2; page-break-after: avoid; page-break-inside: avoid; }
h1 { font-size: 19pt; margin: 0 0 4pt; }
.running-title { position: running(running-title); font-family: "DejaVu Sans"; font-size: 7.5pt; color: #333; }
.section-title { font-size: 11pt; margin: 8pt 0 2pt; }
p { margin: 2.5pt 0; orphans: 2; widows: 2; }
ul, ol { margin: 3pt 0; padding-left: 14pt; }
li { margin: 1pt 0; page-break-inside: avoid; }
a { color: #000; text-decoration: none; }
.eyebrow { font-size: 7.5pt; font-weight: bold; text-transform: uppercase; letter-spacing: 0.5pt; margin: 0 0 3pt; }
.lead { font-size: 10pt; margin: 2pt 0 6pt; }
.facts { border: 0.6pt solid #555; border-left: 2.5pt solid #000; padding: 4pt 7pt; margin: 6pt 0; page-break-inside: avoid; }
.facts div { display: inline-block; width: 31%; vertical-align: top; margin: 2pt 1% 2pt 0; }
.facts dt { font-size: 7pt; font-weight: bold; text-transform: uppercase; color: #333; }
.facts dd { margin: 0; }
<#-- Three floated columns: widths plus padding stay under 100 % (inline blocks lost one to spacing). -->
.figures { margin: 3pt 0; }
.figures::after { content: ""; display: block; clear: both; }
.figure { float: left; width: 28.6%; margin: 0 2.5% 3pt 0; border: 0.6pt solid #555; padding: 3pt 5pt; page-break-inside: avoid; }
.figure-last { margin-right: 0; }
.figure p { margin: 0; }
.figure-value { display: block; font-family: "DejaVu Serif", serif; font-size: 13pt; font-weight: bold; }
.figure-source, .locator, .updated, .tag { color: #333; font-size: 7.8pt; }
.tag { font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0; font-size: 8.5pt; }
th, td { border: 0.5pt solid #777; padding: 2pt 4pt; text-align: left; vertical-align: top; }
thead th { border-bottom: 1.2pt solid #000; }
tr { page-break-inside: avoid; }
.num { text-align: right; white-space: nowrap; }
.sources { border-top: 0.8pt solid #000; margin-top: 10pt; }
.visually-hidden { display: none; }
q { quotes: "« " " »"; }
blockquote { border-left: 2pt solid #777; margin: 4pt 0; padding: 0 8pt; }
.online { float: right; width: 24mm; margin: 0 0 2pt 8pt; font-size: 7pt; text-align: center; }
.online img { width: 22mm; height: 22mm; }
.online p { margin: 0; }
.address { font-size: 8pt; margin: 0 0 4pt; }
.print-url { font-weight: bold; }
<#-- Forum version: the essentials on two pages. -->
.forum .theme-title { font-family: "DejaVu Sans", sans-serif; font-size: 8.5pt; font-weight: bold; margin: 4pt 0 1pt; }
.more { font-size: 7.8pt; font-style: italic; color: #333; }
.updated { page-break-before: avoid; }
<#-- Booklets -->
.cover { page: cover; padding-top: 30mm; border-top: 6pt solid #000; }
.cover .kicker { font-size: 10pt; font-weight: bold; text-transform: uppercase; letter-spacing: 1pt; margin-top: 6pt; }
.cover h1 { font-size: 30pt; margin: 8pt 0 10pt; }
.cover .lead { font-size: 12pt; line-height: 1.35; }
.cover .cover-meta { margin-top: 14pt; font-size: 11pt; }
.cover-online { margin-top: 40mm; font-size: 9.5pt; }
.cover-online img { float: left; width: 28mm; height: 28mm; margin: 0 10pt 0 0; }
.cover-online p { padding-top: 8mm; }
.cover-online::after { content: ""; display: block; clear: both; }
.cover .publisher { margin-top: 30mm; padding-top: 6pt; border-top: 0.8pt solid #000; font-size: 10pt; }
.toc { page-break-before: always; }
.toc ol { list-style: none; padding: 0; }
.toc li { margin: 3pt 0; }
.toc .toc-group { font-family: "DejaVu Serif", serif; font-weight: bold; margin-top: 9pt; }
.toc a::after { content: leader('.') attr(data-page); }
.booklet-fiche { page-break-before: always; }
.booklet-sources { page-break-before: always; }
.booklet-sources li { margin: 4pt 0; page-break-inside: avoid; }
.cited-in { font-size: 8pt; color: #333; }
.page-ref { white-space: nowrap; }
<#-- A booklet's fiches and sources are documents of their own: no break before their first page. -->
.booklet-part .booklet-fiche, .booklet-part .booklet-sources, .booklet-part .toc, .booklet-part .booklet-charts { page-break-before: auto; }
.toc h2, .booklet-sources h1 { font-size: 17pt; }
