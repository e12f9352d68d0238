<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#-- The proposal form. Its choices come from the registries at build time; assets/js/proposer.js checks the
     fields and writes the fiche file. Without JavaScript the page explains the other ways to contribute. -->
<#assign head>
<link rel="stylesheet" href="${page.root}assets/css/proposer.css">
<script src="${page.root}assets/js/proposer.js" defer></script>
</#assign>
<#macro options choices placeholder="">
<#if placeholder?has_content><option value="">${placeholder}</option></#if>
<#list choices as c><option value="${c.value}">${c.label}</option></#list>
</#macro>
<@l.frame extraHead=head>
<article class="proposer">
<h1>Proposer une fiche</h1>
<p class="lead">Remplissez ce formulaire : il vérifie les champs obligatoires et prépare le fichier de la fiche. Vous pourrez ensuite <#if proposal.contact?has_content>l'envoyer par courriel à l'équipe de rédaction (sans compte GitHub), </#if>l'ouvrir dans GitHub pour proposer la fiche, la télécharger ou la copier. Rien n'est envoyé tant que vous ne le décidez pas.</p>

<div class="notice" id="sans-js">
  <p><strong>Ce formulaire a besoin de JavaScript</strong>, qui semble désactivé dans votre navigateur.</p>
  <p>Vous pouvez proposer une fiche directement dans GitHub en suivant le <a href="${proposal.contributingUrl}">guide pour contribuer</a> (CONTRIBUTING.md) : il contient un exemple annoté à copier et explique chaque champ.</p>
</div>

<form id="proposition" class="proposal-form" hidden novalidate
      data-new-file-url="${proposal.newFileUrl}" data-repository="${proposal.repository}" data-branch="${proposal.branch}"
      data-existing="${proposal.existingSlugs}" data-contact="${proposal.contact}">

  <div class="error-summary" id="erreurs" tabindex="-1" hidden>
    <h2 id="erreurs-titre">Des champs sont à corriger</h2>
    <ul id="erreurs-liste"></ul>
  </div>

  <p>Les champs marqués <span class="required-mark">(obligatoire)</span> doivent être remplis. Toute information doit venir d'un document public que vous citez à la fin.</p>

  <fieldset>
    <legend>La pratique</legend>
    <div class="field">
      <label for="titre">Titre <span class="required-mark">(obligatoire)</span></label>
      <p class="hint" id="titre-aide">Le nom de la pratique, sur une ligne. Par exemple : Jardin collectif à Dosquet.</p>
      <input id="titre" name="titre" type="text" required aria-describedby="titre-aide" autocomplete="off">
    </div>
    <div class="field">
      <label for="fichier">Nom du fichier <span class="required-mark">(obligatoire)</span></label>
      <p class="hint" id="fichier-aide">Proposé à partir du titre : minuscules sans accent, chiffres et traits d'union. Il devient l'adresse de la fiche.</p>
      <input id="fichier" name="fichier" type="text" required aria-describedby="fichier-aide" autocomplete="off" spellcheck="false">
    </div>
    <div class="field">
      <label for="resume">Résumé <span class="required-mark">(obligatoire)</span></label>
      <p class="hint" id="resume-aide">Une phrase qui dit ce que fait la pratique et pour qui.</p>
      <textarea id="resume" name="resume" rows="2" required aria-describedby="resume-aide"></textarea>
    </div>
    <div class="field">
      <label for="categorie">Catégorie principale <span class="required-mark">(obligatoire)</span></label>
      <select id="categorie" name="categorie" required><@options proposal.categories "Choisissez une catégorie"/></select>
    </div>
  </fieldset>

  <fieldset>
    <legend>Le lieu</legend>
    <div class="field">
      <label for="region">Région administrative <span class="required-mark">(obligatoire)</span></label>
      <select id="region" name="region" required><@options proposal.regions "Choisissez une région"/></select>
    </div>
    <div class="field">
      <label for="municipalite">Municipalité</label>
      <p class="hint" id="municipalite-aide">Facultatif pour une pratique régionale.</p>
      <input id="municipalite" name="municipalite" type="text" aria-describedby="municipalite-aide">
    </div>
    <div class="field">
      <label for="ensemble">Ensemble d'habitation ou immeuble</label>
      <input id="ensemble" name="ensemble" type="text">
    </div>
  </fieldset>

  <fieldset id="types_habitation" class="choices">
    <legend>Types d'habitation <span class="required-mark">(obligatoire)</span></legend>
    <#list proposal.housingTypes as t>
    <div class="choice"><input type="checkbox" id="type-${t.value}" name="types_habitation" value="${t.value}"><label for="type-${t.value}">${t.label}</label></div>
    </#list>
  </fieldset>

  <fieldset>
    <legend>La période</legend>
    <div class="field inline">
      <label for="debut">Année de début <span class="required-mark">(obligatoire)</span></label>
      <input id="debut" name="debut" type="text" inputmode="numeric" size="10" required>
    </div>
    <div class="field inline">
      <label for="fin">Année de fin</label>
      <p class="hint" id="fin-aide">Laissez vide si la pratique continue ou si la source ne le dit pas.</p>
      <input id="fin" name="fin" type="text" inputmode="numeric" size="10" aria-describedby="fin-aide">
    </div>
    <div class="field">
      <label for="statut">Statut <span class="required-mark">(obligatoire)</span></label>
      <p class="hint" id="statut-aide">Tel que la source le dit, à sa date : le statut sera daté par la première source choisie plus bas.</p>
      <select id="statut" name="statut" required aria-describedby="statut-aide"><@options proposal.statuses "Choisissez un statut"/></select>
    </div>
  </fieldset>

  <fieldset id="populations" class="choices columns">
    <legend>Populations visées <span class="required-mark">(obligatoire)</span></legend>
    <#list proposal.populations as p>
    <div class="choice"><input type="checkbox" id="population-${p.value}" name="populations" value="${p.value}"><label for="population-${p.value}">${p.label}</label></div>
    </#list>
  </fieldset>

  <fieldset>
    <legend>Objectifs et activités</legend>
    <div class="field">
      <label for="objectifs">Objectifs <span class="required-mark">(obligatoire)</span></label>
      <p class="hint" id="objectifs-aide">Un objectif par ligne.</p>
      <textarea id="objectifs" name="objectifs" rows="4" required aria-describedby="objectifs-aide"></textarea>
    </div>
    <div class="field">
      <label for="activites">Activités <span class="required-mark">(obligatoire)</span></label>
      <p class="hint" id="activites-aide">Une activité par ligne.</p>
      <textarea id="activites" name="activites" rows="4" required aria-describedby="activites-aide"></textarea>
    </div>
  </fieldset>

  <fieldset id="partenaires" class="rows">
    <legend>Partenaires</legend>
    <p class="hint">Les organismes du registre, par nom ou par sigle. S'il en manque un, ajoutez-le au registre <code>content/data/partenaires.yaml</code> comme l'explique la section 6 du <a href="${proposal.contributingUrl}">guide pour contribuer</a>, ou, si vous envoyez la fiche par courriel, nommez-le dans votre message : l'équipe de rédaction l'ajoutera.</p>
    <div class="row">
      <div class="field">
        <label for="partenaire-1">Partenaire 1</label>
        <select id="partenaire-1" name="partenaire"><@options proposal.partners "Aucun"/></select>
      </div>
      <div class="field">
        <label for="role-1">Rôle du partenaire 1</label>
        <input id="role-1" name="role" type="text">
      </div>
      <button type="button" class="secondary remove-row">Retirer le partenaire 1</button>
    </div>
    <button type="button" class="secondary add-row">Ajouter un partenaire</button>
  </fieldset>

  <fieldset id="nouveau-partenaire">
    <legend>Proposer un nouveau partenaire</legend>
    <p class="hint" id="nouveau-partenaire-aide">Seulement s'il n'est pas dans la liste ci-dessus (cherchez aussi son sigle). Le formulaire prépare son entrée pour le registre <code>content/data/partenaires.yaml</code> et l'ajoute aux partenaires de la fiche.</p>
    <div class="field">
      <label for="np-nom">Nom officiel complet</label>
      <input id="np-nom" name="np-nom" type="text" aria-describedby="nouveau-partenaire-aide">
    </div>
    <div class="field inline">
      <label for="np-sigle">Sigle</label>
      <input id="np-sigle" name="np-sigle" type="text">
    </div>
    <div class="field">
      <label for="np-secteur">Secteur</label>
      <select id="np-secteur" name="np-secteur"><@options proposal.sectors "Choisissez un secteur"/></select>
    </div>
    <div class="field">
      <label for="np-role">Son rôle dans la pratique</label>
      <input id="np-role" name="np-role" type="text">
    </div>
  </fieldset>

  <fieldset id="retombees" class="rows">
    <legend>Retombées</legend>
    <p class="hint">Ce que la source dit avoir changé, avec ses mots, relié à une retombée de la liste.</p>
    <div class="row">
      <div class="field">
        <label for="retombee-1">Retombée 1</label>
        <select id="retombee-1" name="retombee"><@options proposal.outcomes "Aucune"/></select>
      </div>
      <div class="field">
        <label for="enonce-1">Énoncé de la source pour la retombée 1</label>
        <input id="enonce-1" name="enonce" type="text">
      </div>
      <button type="button" class="secondary remove-row">Retirer la retombée 1</button>
    </div>
    <button type="button" class="secondary add-row">Ajouter une retombée</button>
  </fieldset>

  <div class="field">
    <label for="contexte">Contexte et particularités</label>
    <p class="hint" id="contexte-aide">Facultatif : le milieu, ce qui a rendu la pratique nécessaire ou possible.</p>
    <textarea id="contexte" name="contexte" rows="4" aria-describedby="contexte-aide"></textarea>
  </div>

  <fieldset id="sources" class="rows">
    <legend>Sources <span class="required-mark">(au moins une)</span></legend>
    <p class="hint">Le document d'où viennent les informations, et le repère : diapositives, sections, tableaux ou pages utilisés. Si votre document n'est pas dans la liste, suivez le guide pour l'ajouter au registre des sources.</p>
    <div class="row">
      <div class="field">
        <label for="source-1">Source 1</label>
        <select id="source-1" name="source"><@options proposal.sources "Choisissez une source"/></select>
      </div>
      <div class="field">
        <label for="repere-1">Repère dans la source 1</label>
        <input id="repere-1" name="repere" type="text" placeholder="diapositives 11-12">
      </div>
      <button type="button" class="secondary remove-row">Retirer la source 1</button>
    </div>
    <button type="button" class="secondary add-row">Ajouter une source</button>
  </fieldset>

  <div class="field">
    <label for="texte">Description de la pratique <span class="required-mark">(obligatoire)</span></label>
    <p class="hint" id="texte-aide">Dans vos mots, en un ou plusieurs paragraphes séparés par une ligne vide. Les citations sont courtes, entre « », avec leur source : (LeBlanc et Vachon, 2014, diapositive 12).</p>
    <textarea id="texte" name="texte" rows="10" required aria-describedby="texte-aide"></textarea>
  </div>

  <button type="submit" id="preparer">Préparer le fichier</button>
</form>

<section id="resultat" class="proposal-result" hidden aria-labelledby="resultat-titre" tabindex="-1">
  <h2 id="resultat-titre">Votre fichier est prêt</h2>
  <p>Nom du fichier : <code id="resultat-nom"></code></p>
  <label for="resultat-texte">Contenu du fichier</label>
  <textarea id="resultat-texte" rows="16" readonly spellcheck="false"></textarea>
  <div id="resultat-registre" hidden>
    <label for="resultat-registre-texte">Entrée à ajouter à <code>content/data/partenaires.yaml</code></label>
    <textarea id="resultat-registre-texte" rows="6" readonly spellcheck="false"></textarea>
  </div>
  <div class="actions">
    <#if proposal.contact?has_content><a id="envoyer-courriel" class="button" href="mailto:${proposal.contact}">Envoyer par courriel à l'équipe de rédaction</a></#if>
    <a id="ouvrir-github" class="button" href="${proposal.newFileUrl}" target="_blank" rel="noopener">Ouvrir dans GitHub pour proposer la fiche</a>
    <button type="button" id="telecharger" class="secondary">Télécharger le fichier</button>
    <button type="button" id="copier" class="secondary">Copier le texte</button>
  </div>
  <p id="statut-action" class="status" role="status" aria-live="polite"></p>
  <h3>Et ensuite ?</h3>
  <#if proposal.contact?has_content><p>Sans compte GitHub : envoyez le courriel préparé (ou joignez le fichier téléchargé à un courriel à <a href="mailto:${proposal.contact}">${proposal.contact}</a>). L'équipe de rédaction en fait une demande de publication et vous répond. Nommez dans votre message tout partenaire, retombée ou source absent des listes.</p>
  <p>Avec un compte GitHub :</p></#if>
  <ol>
    <li>Dans GitHub, vérifiez le nom du fichier et le texte, puis cliquez sur « Commit changes… ».</li>
    <li>Choisissez « Create a new branch for this commit and start a pull request », puis « Propose changes » et « Create pull request ».</li>
    <li>La vérification automatique s'affiche en quelques minutes ; le <a href="${proposal.contributingUrl}">guide pour contribuer</a> explique comment corriger chaque erreur.</li>
  </ol>
  <p>Si GitHub n'ouvre pas le fichier (texte très long), copiez le texte, créez le fichier <code>content/fiches/</code> à la main dans le dépôt <a href="https://github.com/${proposal.repository}">${proposal.repository}</a> et collez-le.</p>
</section>
</article>
</@l.frame>
