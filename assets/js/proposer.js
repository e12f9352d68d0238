/* "Proposer une fiche": checks the form, then writes the fiche file (YAML front matter + Markdown body)
   for the editor to open in GitHub's "new file" page, download or copy. Nothing is sent anywhere. */
(function () {
  'use strict';

  var FIRST_YEAR = 1950;
  var SCHEMA_LINE = '# yaml-language-server: $schema=../../schema/fiche.schema.json';
  var SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  // Past this length some browsers and GitHub refuse the address; copying still works.
  var LONG_URL = 8000;

  /* ---------- Text helpers ---------- */

  /** Same rule as the validator's Slugs.slugify: "Jardin collectif à Dosquet" -> "jardin-collectif-a-dosquet". */
  function slugify(text) {
    return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
      .replace(/œ/g, 'oe').replace(/æ/g, 'ae')
      .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  }

  var RESERVED = /^(?:y|n|yes|no|true|false|on|off|null|~)$/i;

  /** A YAML scalar: plain when nothing in it can be misread, double-quoted otherwise. */
  function scalar(text) {
    var plain = text !== '' &&
      !/^[\s\-?:,\[\]{}#&*!|>'"%@`0-9+.~=<]/.test(text) &&
      !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(text) &&
      !/: |:$| #/.test(text) &&
      !/\s$/.test(text) &&
      !RESERVED.test(text);
    return plain ? text : quoted(text);
  }

  function quoted(text) {
    return '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')
      .replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, function (c) {
        return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4);
      }) + '"';
  }

  function oneLine(text) {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  }

  /** One item per non-empty line; a leading "- " or "• " typed by habit is dropped. */
  function lines(text) {
    return text.split(/\r?\n/).map(function (line) {
      return line.replace(/^\s*(?:[-•*]\s+)?/, '').trim();
    }).filter(function (line) { return line !== ''; });
  }

  function today() {
    var d = new Date();
    function pad(n) { return (n < 10 ? '0' : '') + n; }
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  /* ---------- Reading the form ---------- */

  function value(id) {
    var element = document.getElementById(id);
    return element ? element.value : '';
  }

  function checked(name) {
    return Array.prototype.map.call(
      document.querySelectorAll('input[name="' + name + '"]:checked'), function (box) { return box.value; });
  }

  function rows(fieldsetId, idName, textName) {
    return Array.prototype.map.call(document.querySelectorAll('#' + fieldsetId + ' .row'), function (row, i) {
      return {
        number: i + 1,
        id: row.querySelector('[name="' + idName + '"]').value,
        text: oneLine(row.querySelector('[name="' + textName + '"]').value),
        idControl: row.querySelector('[name="' + idName + '"]').id,
        textControl: row.querySelector('[name="' + textName + '"]').id
      };
    });
  }

  function read() {
    return {
      titre: oneLine(value('titre')),
      // CONTRIBUTING names files "….md": typing the extension is no mistake.
      fichier: value('fichier').trim().replace(/\.md$/i, ''),
      resume: oneLine(value('resume')),
      categorie: value('categorie'),
      region: value('region'),
      municipalite: oneLine(value('municipalite')),
      ensemble: oneLine(value('ensemble')),
      types: checked('types_habitation'),
      debut: value('debut').trim(),
      fin: value('fin').trim(),
      statut: value('statut'),
      populations: checked('populations'),
      objectifs: lines(value('objectifs')),
      activites: lines(value('activites')),
      partenaires: rows('partenaires', 'partenaire', 'role'),
      sources: rows('sources', 'source', 'repere'),
      retombees: rows('retombees', 'retombee', 'enonce'),
      contexte: oneLine(value('contexte')),
      nouveau: {
        nom: oneLine(value('np-nom')),
        sigle: oneLine(value('np-sigle')),
        secteur: value('np-secteur'),
        role: oneLine(value('np-role'))
      },
      texte: value('texte').replace(/\r\n?/g, '\n').replace(/\s+$/, '')
    };
  }

  /* ---------- Checking ---------- */

  function check(f, existing) {
    var errors = [];
    var lastYear = new Date().getFullYear() + 1;
    function add(id, message) { errors.push({ id: id, message: message }); }
    function year(id, text, label) {
      var range = /^(\d{4})\s*(?:[-–—\/]|à|au)\s*(\d{4})$/.exec(text);
      if (range) {
        add(id, label + ' doit être une seule année, pas « ' + text + ' » : pour une période, écrivez ' +
          range[1] + ' dans « Année de début » et ' + range[2] + ' dans « Année de fin ».');
        return false;
      }
      if (!/^\d{4}$/.test(text) || +text < FIRST_YEAR || +text > lastYear) {
        add(id, label + ' doit être une année en quatre chiffres, entre ' + FIRST_YEAR + ' et ' + lastYear + '.');
        return false;
      }
      return true;
    }

    if (!f.titre) add('titre', 'Indiquez le titre de la pratique.');
    if (!f.fichier) {
      add('fichier', 'Indiquez le nom du fichier.');
    } else if (!SLUG.test(f.fichier)) {
      add('fichier', 'Le nom du fichier ne peut contenir que des lettres minuscules sans accent, des chiffres et des traits d\'union, par exemple « ' +
        (slugify(f.fichier) || 'jardin-collectif-dosquet') + ' ».');
    }
    if (f.fichier && SLUG.test(f.fichier) && existing.indexOf(f.fichier) >= 0) {
      add('fichier', 'Une fiche porte déjà le nom « ' + f.fichier + ' » : choisissez un autre nom, ou modifiez la fiche existante dans GitHub.');
    }
    if (!f.resume) add('resume', 'Écrivez le résumé en une phrase.');
    if (!f.categorie) add('categorie', 'Choisissez la catégorie principale.');
    if (!f.region) add('region', 'Choisissez la région administrative.');
    if (f.types.length === 0) add('types_habitation', 'Cochez au moins un type d\'habitation.');
    var startOk = false;
    if (!f.debut) {
      add('debut', 'Indiquez l\'année de début.');
    } else {
      startOk = year('debut', f.debut, 'L\'année de début');
    }
    if (f.fin && year('fin', f.fin, 'L\'année de fin') && startOk && +f.fin < +f.debut) {
      add('fin', 'L\'année de fin (' + f.fin + ') précède l\'année de début (' + f.debut + ').');
    }
    if (!f.statut) add('statut', 'Choisissez le statut de la pratique.');
    if (f.populations.length === 0) add('populations', 'Cochez au moins une population visée.');
    if (f.objectifs.length === 0) add('objectifs', 'Écrivez au moins un objectif.');
    if (f.activites.length === 0) add('activites', 'Écrivez au moins une activité.');
    f.partenaires.forEach(function (p) {
      if (!p.id && p.text) add(p.idControl, 'Choisissez le partenaire ' + p.number + ' ou videz son rôle.');
    });
    f.retombees.forEach(function (r) {
      if (r.id && !r.text) add(r.textControl, 'Recopiez l\'énoncé de la source pour la retombée ' + r.number + '.');
      if (!r.id && r.text) add(r.idControl, 'Choisissez la retombée ' + r.number + ' ou videz son énoncé.');
    });
    var n = f.nouveau;
    if ((n.sigle || n.secteur || n.role) && !n.nom) add('np-nom', 'Indiquez le nom officiel du nouveau partenaire.');
    if (n.nom && !n.secteur) add('np-secteur', 'Choisissez le secteur du nouveau partenaire.');
    var cited = 0;
    f.sources.forEach(function (s) {
      if (s.id) {
        cited++;
        if (!s.text) add(s.textControl, 'Indiquez le repère de la source ' + s.number + ' : diapositives, sections, tableaux ou pages.');
      } else if (s.text) {
        add(s.idControl, 'Choisissez la source ' + s.number + ' ou videz son repère.');
      }
    });
    if (cited === 0 && !f.sources.some(function (s) { return !s.id && s.text; })) {
      add(f.sources[0].idControl, 'Choisissez au moins une source.');
    }
    if (!f.texte.trim()) add('texte', 'Décrivez la pratique en au moins un paragraphe.');
    return errors;
  }

  /* ---------- Writing the file ---------- */

  function fiche(f) {
    var out = ['---', SCHEMA_LINE];
    function field(key, text) { out.push(key + ': ' + scalar(text)); }
    function list(key, items) {
      out.push(key + ':');
      items.forEach(function (item) { out.push('  - ' + scalar(item)); });
    }
    field('titre', f.titre);
    field('resume', f.resume);
    out.push('categorie: ' + f.categorie);
    out.push('lieu:');
    if (f.municipalite) out.push('  municipalite: ' + scalar(f.municipalite));
    out.push('  region: ' + quoted(f.region));
    if (f.ensemble) out.push('  ensemble: ' + scalar(f.ensemble));
    out.push('types_habitation: [' + f.types.join(', ') + ']');
    out.push('periode:');
    out.push('  debut: ' + f.debut);
    if (f.fin) out.push('  fin: ' + f.fin);
    // A status is dated: the year and the id of the document that states it (the first source given).
    out.push('statut:');
    out.push('  valeur: ' + f.statut);
    var cited = f.sources.filter(function (s) { return s.id; })[0];
    if (f.statut !== 'inconnu' && cited) {
      var option = document.querySelector('#source-1 option[value="' + cited.id + '"]');
      var year = option && /\((\d{4})\)/.exec(option.textContent);
      if (year) out.push('  annee: ' + year[1]);
      out.push('  source: ' + cited.id);
    }
    out.push('populations: [' + f.populations.join(', ') + ']');
    list('objectifs', f.objectifs);
    list('activites', f.activites);
    if (f.contexte) field('contexte', f.contexte);
    var partners = f.partenaires.filter(function (p) { return p.id; });
    if (f.nouveau.nom) partners.push({ id: newPartnerId(f.nouveau), text: f.nouveau.role });
    if (partners.length > 0) {
      out.push('partenaires:');
      partners.forEach(function (p) {
        out.push('  - id: ' + p.id);
        if (p.text) out.push('    role: ' + scalar(p.text));
      });
    }
    var outcomes = f.retombees.filter(function (r) { return r.id; });
    if (outcomes.length > 0) {
      out.push('retombees:');
      outcomes.forEach(function (r) {
        out.push('  - id: ' + r.id);
        out.push('    enonce: ' + scalar(r.text));
      });
    }
    out.push('sources:');
    f.sources.filter(function (s) { return s.id; }).forEach(function (s) {
      out.push('  - id: ' + s.id);
      out.push('    repere: ' + scalar(s.text));
    });
    out.push('mise_a_jour: ' + today());
    out.push('---');
    return out.join('\n') + '\n' + f.texte + '\n';
  }

  /** The registry id of a proposed partner: from its acronym when it has one ("OMH de Lévis" -> "omh-de-levis"). */
  function newPartnerId(n) {
    return slugify(n.sigle || n.nom) || 'nouveau-partenaire';
  }

  /** The entry for content/data/partenaires.yaml, or '' when no partner is proposed. */
  function registryEntry(f) {
    var n = f.nouveau;
    if (!n.nom) return '';
    var out = ['- id: ' + newPartnerId(n), '  nom: ' + scalar(n.nom)];
    if (n.sigle) out.push('  sigle: ' + scalar(n.sigle));
    out.push('  secteur: ' + n.secteur);
    out.push('  alias: []');
    return out.join('\n') + '\n';
  }

  /* ---------- Showing errors (error summary + message at each field) ---------- */

  function control(id) {
    var element = document.getElementById(id);
    return element && element.tagName === 'FIELDSET' ? element.querySelector('input, select') : element;
  }

  function clearErrors(form) {
    Array.prototype.forEach.call(form.querySelectorAll('.field-error'), function (p) { p.remove(); });
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (el) {
      el.removeAttribute('aria-invalid');
    });
    Array.prototype.forEach.call(form.querySelectorAll('[data-described]'), function (el) {
      el.setAttribute('aria-describedby', el.getAttribute('data-described'));
      el.removeAttribute('data-described');
    });
    Array.prototype.forEach.call(form.querySelectorAll('[aria-describedby=""]'), function (el) {
      el.removeAttribute('aria-describedby');
    });
    document.getElementById('erreurs').hidden = true;
    document.getElementById('erreurs-liste').textContent = '';
  }

  function showErrors(form, errors) {
    var list = document.getElementById('erreurs-liste');
    errors.forEach(function (error) {
      var element = document.getElementById(error.id);
      var message = document.createElement('p');
      message.className = 'field-error';
      message.id = error.id + '-erreur';
      message.textContent = error.message;
      if (element.tagName === 'FIELDSET') {
        element.querySelector('legend').after(message);
      } else {
        element.before(message);
        element.setAttribute('aria-invalid', 'true');
      }
      var described = element.getAttribute('aria-describedby') || '';
      element.setAttribute('data-described', described);
      element.setAttribute('aria-describedby', (described + ' ' + message.id).trim());

      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = '#' + error.id;
      link.textContent = error.message;
      link.addEventListener('click', function (event) {
        event.preventDefault();
        control(error.id).focus();
      });
      item.appendChild(link);
      list.appendChild(item);
    });
    document.getElementById('erreurs-titre').textContent = errors.length === 1
      ? 'Un champ est à corriger' : errors.length + ' champs sont à corriger';
    var summary = document.getElementById('erreurs');
    summary.hidden = false;
    summary.focus();
  }

  /* ---------- Repeatable rows (partners, sources) ---------- */

  function renumber(fieldset) {
    Array.prototype.forEach.call(fieldset.querySelectorAll('.row'), function (row, i) {
      var n = String(i + 1);
      Array.prototype.forEach.call(row.querySelectorAll('[id]'), function (el) {
        el.id = el.id.replace(/-\d+$/, '-' + n);
      });
      Array.prototype.forEach.call(row.querySelectorAll('label[for]'), function (label) {
        label.htmlFor = label.htmlFor.replace(/-\d+$/, '-' + n);
        label.textContent = label.textContent.replace(/\d+$/, n);
      });
      Array.prototype.forEach.call(row.querySelectorAll('.remove-row'), function (button) {
        button.textContent = button.textContent.replace(/\d+$/, n);
      });
    });
  }

  function setUpRows(fieldset) {
    fieldset.querySelector('.add-row').addEventListener('click', function () {
      var all = fieldset.querySelectorAll('.row');
      var copy = all[all.length - 1].cloneNode(true);
      Array.prototype.forEach.call(copy.querySelectorAll('.field-error'), function (p) { p.remove(); });
      Array.prototype.forEach.call(copy.querySelectorAll('input, select'), function (el) {
        el.value = '';
        el.removeAttribute('aria-invalid');
        el.removeAttribute('aria-describedby');
        el.removeAttribute('data-described');
      });
      all[all.length - 1].after(copy);
      renumber(fieldset);
      copy.querySelector('select').focus();
    });
    fieldset.addEventListener('click', function (event) {
      var button = event.target.closest('.remove-row');
      if (!button) return;
      var row = button.closest('.row');
      if (fieldset.querySelectorAll('.row').length > 1) {
        row.remove();
        renumber(fieldset);
        fieldset.querySelector('.add-row').focus();
      } else {
        Array.prototype.forEach.call(row.querySelectorAll('input, select'), function (el) { el.value = ''; });
        row.querySelector('select').focus();
      }
    });
  }

  /* ---------- Result actions ---------- */

  function say(text) {
    document.getElementById('statut-action').textContent = text;
  }

  function showResult(form, text, slug, entry) {
    var fileName = slug + '.md';
    var url = form.getAttribute('data-new-file-url') +
      '?filename=' + encodeURIComponent('content/fiches/' + fileName) +
      '&value=' + encodeURIComponent(text);
    document.getElementById('resultat-nom').textContent = 'content/fiches/' + fileName;
    document.getElementById('resultat-texte').value = text;
    document.getElementById('resultat-registre').hidden = !entry;
    document.getElementById('resultat-registre-texte').value = entry;
    document.getElementById('ouvrir-github').href = url;
    var mail = document.getElementById('envoyer-courriel');
    if (mail) {
      mail.href = 'mailto:' + form.getAttribute('data-contact') +
        '?subject=' + encodeURIComponent('Proposition de fiche : content/fiches/' + fileName) +
        '&body=' + encodeURIComponent('Bonjour,\n\nJe propose la fiche suivante (fichier content/fiches/' + fileName +
          ').\n\n' + text + (entry ? '\nEntrée à ajouter à content/data/partenaires.yaml :\n\n' + entry : ''));
    }
    var section = document.getElementById('resultat');
    section.setAttribute('data-file-name', fileName);
    section.hidden = false;
    say(url.length > LONG_URL
      ? 'Le texte est long : si GitHub ne l\'affiche pas en entier, copiez-le plutôt et collez-le dans un nouveau fichier.'
      : '');
    section.focus();
  }

  function download() {
    var section = document.getElementById('resultat');
    var blob = new Blob([document.getElementById('resultat-texte').value], { type: 'text/markdown;charset=utf-8' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = section.getAttribute('data-file-name');
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    say('Fichier ' + link.download + ' téléchargé. Ajoutez-le dans le dossier content/fiches/ du dépôt.');
  }

  function copy() {
    var area = document.getElementById('resultat-texte');
    function fallback() {
      area.focus();
      area.select();
      var done = false;
      try { done = document.execCommand('copy'); } catch (e) { done = false; }
      say(done ? 'Texte copié.' : 'Le texte est sélectionné : copiez-le avec Ctrl+C (ou Cmd+C).');
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(area.value).then(function () { say('Texte copié.'); }, fallback);
    } else {
      fallback();
    }
  }

  /* ---------- Wiring ---------- */

  function start() {
    var form = document.getElementById('proposition');
    if (!form) return;
    document.getElementById('sans-js').hidden = true;
    form.hidden = false;

    var title = document.getElementById('titre');
    var file = document.getElementById('fichier');
    var fileEdited = false;
    file.addEventListener('input', function () { fileEdited = file.value !== ''; });
    title.addEventListener('input', function () {
      if (!fileEdited) file.value = slugify(title.value);
    });

    Array.prototype.forEach.call(form.querySelectorAll('fieldset.rows'), setUpRows);

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearErrors(form);
      var values = read();
      var errors = check(values, (form.getAttribute('data-existing') || '').split(' '));
      if (errors.length > 0) {
        document.getElementById('resultat').hidden = true;
        showErrors(form, errors);
        return;
      }
      showResult(form, fiche(values), values.fichier, registryEntry(values));
    });
    document.getElementById('telecharger').addEventListener('click', download);
    document.getElementById('copier').addEventListener('click', copy);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
