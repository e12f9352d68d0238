<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#-- The proposal form. Its choices come from the registries at build time; assets/js/proposer.js checks the
     fields and writes the fiche file. Without JavaScript the page explains the other ways to contribute. -->
<#assign head>
<link rel="stylesheet" href="${page.root}assets/css/proposer.css">
<script src="${page.root}assets/js/proposer.js" defer></script>
</#assign>
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

  <p>Les champs marqués <span class="required-mark">(obligatoire)</span> doivent être remplis. Toute information doit venir d'un document public que vous citez dans « Sources ». L'aperçu, plus bas, montre la fiche telle qu'elle sera publiée.</p>

  <#-- The fields themselves: proposer.js builds them from this descriptor, made from the model's @Field
       declarations and the registries (plan.FormDescriptor). Data, not script: the CSP allows it. -->
  <script type="application/json" id="modele-formulaire">${proposal.descriptor?no_esc}</script>
  <div id="champs"></div>

  <div class="field" id="champ-fichier">
    <label for="fichier">Nom du fichier <span class="required-mark">(obligatoire)</span></label>
    <p class="hint" id="fichier-aide">Proposé à partir du titre : minuscules sans accent, chiffres et traits d'union. Il devient l'adresse de la fiche.</p>
    <input id="fichier" name="fichier" type="text" required aria-describedby="fichier-aide" autocomplete="off" spellcheck="false">
  </div>

  <div class="field">
    <label for="texte">Description de la pratique <span class="required-mark">(obligatoire)</span></label>
    <p class="hint" id="texte-aide">Dans vos mots, en un ou plusieurs paragraphes séparés par une ligne vide ; une liste : une ligne par élément, commençant par « - ». Les citations sont courtes, entre « », avec leur source : (LeBlanc et Vachon, 2014, diapositive 12).</p>
    <textarea id="texte" name="texte" rows="10" required aria-describedby="texte-aide"></textarea>
  </div>

  <div id="nouvelles-entrees"></div>

  <button type="submit" id="preparer">Préparer le fichier</button>
</form>

<section id="apercu" class="proposal-preview" hidden aria-labelledby="apercu-titre">
  <h2 id="apercu-titre">Aperçu de la fiche</h2>
  <p class="hint">Mis à jour pendant que vous écrivez. La description est montrée en paragraphes et en listes simples ; le site publié applique en plus la mise en forme Markdown complète (liens, gras, titres).</p>
  <div id="apercu-fiche"></div>
</section>

<section id="resultat" class="proposal-result" hidden aria-labelledby="resultat-titre" tabindex="-1">
  <h2 id="resultat-titre">Votre fichier est prêt</h2>
  <p>Nom du fichier : <code id="resultat-nom"></code></p>
  <label for="resultat-texte">Contenu du fichier</label>
  <textarea id="resultat-texte" rows="16" readonly spellcheck="false"></textarea>
  <div id="resultat-registres"></div>
  <div class="actions">
    <#if proposal.contact?has_content><a id="envoyer-courriel" class="button" href="mailto:${proposal.contact}">Envoyer par courriel à l'équipe de rédaction</a></#if>
    <a id="ouvrir-github" class="button" href="${proposal.newFileUrl}" target="_blank" rel="noopener">Ouvrir dans GitHub pour proposer la fiche</a>
    <button type="button" id="telecharger" class="secondary">Télécharger le fichier</button>
    <button type="button" id="copier" class="secondary">Copier le texte</button>
  </div>
  <p id="statut-action" class="status" role="status" aria-live="polite"></p>
  <h3>Et ensuite ?</h3>
  <#if proposal.contact?has_content><p>Sans compte GitHub : envoyez le courriel préparé (ou joignez le fichier téléchargé à un courriel à <a href="mailto:${proposal.contact}">${proposal.contact}</a>). L'équipe de rédaction en fait une demande de publication et vous répond. Les nouveaux partenaires, retombées ou sources que vous avez proposés dans le formulaire sont joints au courriel.</p>
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
