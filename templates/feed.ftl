<#ftl output_format="XML">
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr-CA">
  <title>${site.title}</title>
  <subtitle>${site.tagline}</subtitle>
  <id>${page.canonicalUrl?remove_ending("feed.xml")}</id>
  <link rel="self" href="${page.canonicalUrl}"/>
  <link rel="alternate" type="text/html" href="${page.canonicalUrl?remove_ending("feed.xml")}"/>
  <updated>${updated}</updated>
  <author><name>${site.publisher}</name></author>
<#list entries as e>
  <entry>
    <title>${e.title}</title>
    <id>${e.url}</id>
    <link rel="alternate" type="text/html" href="${e.url}"/>
    <updated>${e.updated}</updated>
    <category term="${e.category}"/>
    <summary>${e.summary}</summary>
  </entry>
</#list>
</feed>
