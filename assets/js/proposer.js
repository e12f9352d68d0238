/* "Proposer une fiche": builds the form from the model's descriptor (every @Field of the fiche, see
   plan.FormDescriptor), shows a live preview, checks the fields with the validator's messages, then writes
   the fiche file (YAML front matter + Markdown body) and any proposed registry entries, for the editor to
   send by e-mail, open in GitHub's "new file" page, download or copy. Nothing is sent without a click. */
(function () {
  'use strict';

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

  /** Case, accents and punctuation do not make two names different (as the validator's ReferenceHints.key). */
  function fold(text) {
    return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
      .replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/[^a-z0-9]+/g, ' ').trim();
  }

  function element(tag, attributes, text) {
    var el = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (attributes[name] !== undefined && attributes[name] !== null) el.setAttribute(name, attributes[name]);
    });
    if (text !== undefined) el.textContent = text;
    return el;
  }

  function requiredMark(field) {
    return field.required ? element('span', { 'class': 'required-mark' }, ' (obligatoire)') : null;
  }

  /* ---------- Building the form from the descriptor (plan.FormDescriptor) ---------- */

  var model;          // the descriptor
  var counter = 0;    // control ids are never reused, so a removed row leaves no dangling reference
  var proposed = {};  // registry -> ids of the entries proposed in this form

  function nextId(field) {
    counter++;
    return 'c-' + field.key.replace(/_/g, '-') + '-' + counter;
  }

  function registry(field) {
    return field.ref ? model.registries[field.ref] : null;
  }

  /** Hint under a label: the field's form, its example and its limits, all from the @Field declaration. */
  function hintText(field) {
    var parts = [];
    if (field.list && field.type !== 'record' && field.type !== 'enum' && !(field.ref && !registry(field).entry)) {
      parts.push(field.ref ? 'Un par ligne : tapez un nom, un sigle ou un identifiant.' : 'Un élément par ligne.');
    }
    if (field.list && field.required && field.type === 'text' && !field.ref && field.path.indexOf('.') < 0) {
      parts.push('Si la source ne le précise pas, écrivez « ' + model.notStated + ' ».');
    }
    if (field.ref && registry(field).entry && !field.list) {
      parts.push('Tapez un nom, un sigle ou un identifiant, puis choisissez dans la liste ; s\'il manque, proposez-le plus bas.');
    }
    if (field.type === 'integer' && /YEAR/.test(field.constraint)) {
      parts.push('Une année en quatre chiffres' + (field.constraint === 'YEAR_OR_UNKNOWN' ? ', ou « ' + model.unknown + ' »' : '') + '.');
    }
    if (field.maxLength) parts.push(field.maxLength + ' caractères au plus.');
    if (field.example && field.type !== 'boolean' && field.type !== 'enum' && !field.ref) parts.push('Par exemple : ' + field.example + '.');
    return parts.join(' ');
  }

  function labelFor(id, field, prefix) {
    var label = element('label', { 'for': id }, (prefix || '') + field.doc);
    var mark = requiredMark(field);
    if (mark) label.appendChild(mark);
    return label;
  }

  /** A field: its wrapper element, and how to read its value. */
  function build(field, prefix) {
    if (field.type === 'record') return field.list ? buildRows(field) : buildRecord(field);
    if (field.list && (field.type === 'enum' || (field.ref && !registry(field).entry))) return buildChecks(field);
    var id = nextId(field);
    var wrapper = element('div', { 'class': 'field', 'data-path': field.path });
    wrapper.appendChild(labelFor(id, field, prefix));
    var hint = hintText(field);
    var attributes = { id: id, name: field.key, 'data-path': field.path };
    if (hint) {
      wrapper.appendChild(element('p', { 'class': 'hint', id: id + '-aide' }, hint));
      attributes['aria-describedby'] = id + '-aide';
    }
    var control;
    if (field.type === 'enum' || field.choices || (field.ref && !registry(field).entry)) {
      control = element('select', attributes);
      control.appendChild(element('option', { value: '' }, field.required ? 'Choisissez' : 'Aucun'));
      (field.choices || registry(field).choices).forEach(function (c) {
        control.appendChild(element('option', { value: c.id }, c.label));
      });
    } else if (field.type === 'boolean') {
      attributes.type = 'checkbox';
      attributes.value = 'true';
      control = element('input', attributes);
      wrapper.classList.add('choice');
      wrapper.insertBefore(control, wrapper.firstChild);
    } else if (field.list || isProse(field)) {
      attributes.rows = field.list ? 4 : 3;
      control = element('textarea', attributes);
    } else {
      attributes.type = field.type === 'date' ? 'date' : 'text';
      attributes.autocomplete = 'off';
      if (field.type === 'integer' || field.type === 'amount') {
        attributes.inputmode = field.type === 'amount' ? 'decimal' : 'numeric';
        attributes.size = 10;
        wrapper.classList.add('inline');
      }
      if (field.ref) {
        attributes.list = 'liste-' + field.ref;
        attributes.spellcheck = 'false';
      }
      if (field.type === 'date' && field.required) attributes.value = today();
      control = element('input', attributes);
      if (field.ref) {
        var picked = element('p', { 'class': 'picked', id: id + '-choix', 'aria-live': 'polite' });
        attributes['aria-describedby'] = ((attributes['aria-describedby'] || '') + ' ' + picked.id).trim();
        control.setAttribute('aria-describedby', attributes['aria-describedby']);
        control.addEventListener('change', function () { resolvePicker(field, control, picked); });
        wrapper.appendChild(control);
        wrapper.appendChild(picked);
      }
    }
    if (!control.parentNode) wrapper.appendChild(control);
    return {
      field: field, id: id, element: wrapper,
      read: function () {
        if (field.type === 'boolean') return control.checked ? 'true' : '';
        if (field.ref && control.tagName === 'INPUT') {
          var found = lookUp(field.ref, oneLine(control.value));
          return found ? found.id : oneLine(control.value);
        }
        return field.list ? lines(control.value) : isProse(field) ? control.value.trim() : oneLine(control.value);
      }
    };
  }

  /** Free text that may run over several lines: a text area. */
  function isProse(field) {
    return field.type === 'text' && field.constraint === 'NONE' && !field.ref;
  }

  function buildChecks(field) {
    var id = nextId(field);
    var set = element('fieldset', { id: id, 'class': 'choices' + (field.ref ? ' columns' : ''), 'data-path': field.path });
    var legend = element('legend', {}, field.doc);
    var mark = requiredMark(field);
    if (mark) legend.appendChild(mark);
    set.appendChild(legend);
    var boxes = (field.choices || registry(field).choices).map(function (c) {
      var boxId = id + '-' + c.id.replace(/[^a-z0-9-]/g, '-');
      var row = element('div', { 'class': 'choice' });
      var box = element('input', { type: 'checkbox', id: boxId, name: field.key, value: c.id, 'data-path': field.path });
      row.appendChild(box);
      row.appendChild(element('label', { 'for': boxId }, c.label));
      set.appendChild(row);
      return box;
    });
    return {
      field: field, id: id, element: set,
      read: function () { return boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; }); }
    };
  }

  function buildRecord(field) {
    var id = nextId(field);
    var set = element('fieldset', { id: id, 'data-path': field.path });
    var legend = element('legend', {}, field.doc);
    set.appendChild(legend);
    var children = field.fields.map(function (f) { return build(f); });
    children.forEach(function (c) { set.appendChild(c.element); });
    return { field: field, id: id, element: set, children: children, read: function () { return readChildren(children); } };
  }

  function readChildren(children) {
    var value = {};
    children.forEach(function (c) { value[c.field.key] = c.read(); });
    return value;
  }

  /** A list of records (key figures, partners, sources...): rows added and removed with buttons. */
  function buildRows(field, noun) {
    var id = nextId(field);
    var set = element('fieldset', { id: id, 'class': 'rows', 'data-path': field.path });
    var legend = element('legend', {}, field.doc);
    var mark = requiredMark(field);
    if (mark) legend.appendChild(mark);
    set.appendChild(legend);
    var add = element('button', { type: 'button', 'class': 'secondary add-row' }, 'Ajouter : ' + lowerFirst(noun || field.doc));
    set.appendChild(add);
    var binding = { field: field, id: id, element: set, rows: [] };
    function renumber() {
      binding.rows.forEach(function (row, i) {
        row.legend.textContent = 'Élément ' + (i + 1);
        row.remove.textContent = 'Retirer l\'élément ' + (i + 1);
      });
    }
    binding.addRow = function () {
      var rowSet = element('fieldset', { 'class': 'row' });
      var row = { element: rowSet, legend: element('legend', {}), children: field.fields.map(function (f) { return build(f); }) };
      rowSet.appendChild(row.legend);
      row.children.forEach(function (c) { rowSet.appendChild(c.element); });
      row.remove = element('button', { type: 'button', 'class': 'secondary remove-row' });
      row.remove.addEventListener('click', function () {
        binding.rows.splice(binding.rows.indexOf(row), 1);
        rowSet.remove();
        renumber();
        add.focus();
        changed();
      });
      rowSet.appendChild(row.remove);
      set.insertBefore(rowSet, add);
      binding.rows.push(row);
      renumber();
      return row;
    };
    add.addEventListener('click', function () {
      var row = binding.addRow();
      row.element.querySelector('input, select, textarea').focus();
    });
    if (field.required) binding.addRow();
    binding.read = function () {
      return binding.rows.map(function (row) { return readChildren(row.children); }).filter(function (v) { return !isEmpty(v); });
    };
    return binding;
  }

  function lowerFirst(text) {
    return text.charAt(0).toLowerCase() + text.slice(1);
  }

  function isEmpty(value) {
    if (Array.isArray(value)) return value.length === 0;
    if (value && typeof value === 'object') return Object.keys(value).every(function (k) { return isEmpty(value[k]); });
    return value === '' || value === undefined || value === null;
  }

  /* ---------- Registry pickers: names, acronyms and aliases lead to the canonical id ---------- */

  function datalists(container) {
    Object.keys(model.registries).forEach(function (key) {
      var reg = model.registries[key];
      if (!reg.entry) return;
      var list = element('datalist', { id: 'liste-' + key });
      reg.choices.forEach(function (c) {
        var others = c.names.filter(function (n) { return n !== c.label; });
        list.appendChild(element('option', { value: c.id }, c.label + (others.length ? ' — aussi : ' + others.join(', ') : '')));
      });
      container.appendChild(list);
    });
  }

  /** The registry entry (or proposed entry) that a typed text names, or null. */
  function lookUp(refKey, text) {
    var key = fold(text);
    if (!key) return null;
    var reg = model.registries[refKey];
    var found = null;
    reg.choices.some(function (c) {
      if (fold(c.id) === key || c.names.some(function (n) { return fold(n) === key; })) found = c;
      return found;
    });
    if (!found && (proposed[refKey] || []).indexOf(text.trim()) >= 0) {
      found = { id: text.trim(), label: 'nouvelle entrée proposée dans ce formulaire' };
    }
    return found;
  }

  function resolvePicker(field, control, picked) {
    var text = control.value.trim();
    var found = lookUp(field.ref, text);
    if (found && found.id !== text) control.value = found.id;
    picked.textContent = !text ? '' : found
      ? (found.id !== text ? '« ' + text + ' » : ' : '') + found.label + ' (' + found.id + ')'
      : 'Pas dans la liste : choisissez une suggestion, ou proposez une nouvelle entrée plus bas.';
    changed();
  }

  /* ---------- Checks: the validator's rules and messages, for what a form can get wrong ---------- */

  var YEAR_RANGE = /^(\d{4})\s*(?:[-–—/]|à|au)\s*(\d{4})$/;
  var PLAIN_AMOUNT = /^-?\d+(\.\d+)?([eE][+-]?\d{1,3})?$/;

  /** The problem with one value, as « message — hint » like « fiches check », or null. */
  function valueProblem(field, text, path) {
    var lastYear = new Date().getFullYear() + 1;
    if (/^[“”‘]|[“”]$/.test(text) && field.type === 'text') {
      return 'guillemets « ' + text.replace(/[^“”‘]/g, '').charAt(0) + ' » conservés dans la valeur de « ' + path +
        ' » — en YAML, seuls les guillemets droits " " délimitent une valeur : retirez les guillemets courbes, ou remplacez-les par des guillemets droits';
    }
    if (field.type === 'integer') {
      if (field.constraint === 'YEAR_OR_UNKNOWN' && text === model.unknown) return null;
      var range = YEAR_RANGE.exec(text);
      if (range && /YEAR/.test(field.constraint)) {
        return '« ' + path + ' » doit être une seule année, pas « ' + text + ' » — ' + (/debut$/.test(path)
          ? 'pour une période, écrivez « debut: ' + range[1] + ' » et, sous elle, « fin: ' + range[2] + ' »'
          : 'gardez une seule année, par exemple ' + range[1]);
      }
      if (!/^[-+]?\d+$/.test(text)) {
        return '« ' + path + ' » doit être un nombre entier, pas « ' + text + ' »' +
          (field.constraint === 'YEAR_OR_UNKNOWN' ? ' — écrivez l\'année en chiffres, par exemple 2014, ou « inconnu » si la source ne la donne pas'
            : field.constraint === 'YEAR' ? ' — écrivez l\'année en chiffres, par exemple 2014' : '');
      }
      if (/YEAR/.test(field.constraint) && +text < model.firstYear) {
        return 'année invraisemblable : ' + (+text) + ' — les fiches portent sur des pratiques depuis ' + model.firstYear +
          ' ; vérifiez l\'année dans la source';
      }
      if (/YEAR/.test(field.constraint) && +text > lastYear) {
        return 'année invraisemblable : ' + (+text) + ' — une année au plus tard en ' + lastYear +
          ' est attendue ; vérifiez l\'année dans la source';
      }
      return null;
    }
    if (field.type === 'amount') {
      if (!PLAIN_AMOUNT.test(text)) {
        return '« ' + path + ' » doit être un montant en chiffres, pas « ' + text + ' » — écrivez le montant sans espace ni symbole, par exemple 4500';
      }
      return +text < 0 ? 'montant négatif : ' + text + ' — un montant est positif' : null;
    }
    if (field.ref && !lookUp(field.ref, text)) {
      var reg = model.registries[field.ref];
      var masculine = field.ref === 'PARTNER' || field.ref === 'PROGRAMME';
      return reg.name + (masculine ? ' inconnu « ' : ' inconnue « ') + text + ' » — choisissez dans la liste (nom, sigle ou identifiant)' +
        (reg.entry ? ', ou proposez ' + (masculine ? 'un nouveau ' : 'une nouvelle ') + reg.name + ' plus bas' : '');
    }
    if (field.constraint === 'ID') {
      if (text === 'index') {
        return 'identifiant « index » réservé — « index » désigne déjà la page qui liste les entrées ; choisissez un autre identifiant';
      }
      if (!SLUG.test(text)) {
        return 'identifiant « ' + text + ' » invalide — utilisez des lettres minuscules sans accent, des chiffres et des traits d\'union, par exemple « ' +
          slugify(text) + ' »';
      }
    }
    if (field.constraint === 'URL' && !/^https?:\/\//.test(text)) {
      return 'adresse « ' + text + ' » invalide — une adresse commence par https://';
    }
    var length = Array.from(text).length;
    if (field.maxLength && length > field.maxLength) {
      return '« ' + path + ' » trop long : ' + length + ' caractères (' + field.maxLength + ' au plus) — raccourcissez-le ; les détails ont leur place dans le texte de la fiche';
    }
    return null;
  }

  /** Every problem of a binding and its children: {id, message}. */
  function problems(binding, path, out) {
    var field = binding.field;
    var value = binding.read();
    if (field.type === 'record' && field.list) {
      binding.rows.forEach(function (row, i) {
        if (!isEmpty(readChildren(row.children))) {
          row.children.forEach(function (c) { problems(c, path + '[' + (i + 1) + '].' + c.field.key, out); });
        }
      });
      if (field.required && value.length === 0) out.push({ id: binding.id, message: missing(field, path) });
      return out;
    }
    if (field.type === 'record') {
      binding.children.forEach(function (c) { problems(c, path + '.' + c.field.key, out); });
      return out;
    }
    if (isEmpty(value)) {
      if (field.required) out.push({ id: binding.id, message: missing(field, path) });
      return out;
    }
    (Array.isArray(value) ? value : [value]).forEach(function (text, i) {
      var problem = field.list && value.length === 1 && text === model.notStated ? null
        : valueProblem(field, text, field.list ? path + '[' + (i + 1) + ']' : path);
      if (problem) out.push({ id: binding.id, message: problem });
    });
    return out;
  }

  function missing(field, path) {
    return 'champ obligatoire « ' + path + ' » manquant — ' + (field.list ? 'donnez au moins un élément' : 'remplissez-le') +
      ' (' + lowerFirst(field.doc) + ')';
  }

  /** The rules the model's records check on themselves (SelfChecked), with their messages. */
  function consistency(values, find, out) {
    var period = values.periode || {};
    if (/^\d{4}$/.test(period.debut) && /^\d{4}$/.test(period.fin) && +period.fin < +period.debut) {
      out.push({ id: find('periode.fin'), message: 'l\'année de fin (' + period.fin + ') précède l\'année de début (' + period.debut +
        ') — vérifiez les deux années dans la source' });
    }
    var status = values.statut || {};
    if (status.valeur && status.valeur !== model.unknown) {
      if (!status.annee) {
        out.push({ id: find('statut.annee'), message: 'le statut « ' + status.valeur + ' » doit être daté : « annee » manque — indiquez l\'année du document qui le dit, par exemple 2014' });
      }
      if (!status.source) {
        out.push({ id: find('statut.source'), message: 'le statut « ' + status.valeur + ' » doit citer sa source : « source » manque — choisissez la source qui le dit, l\'une des sources de la fiche' });
      } else if ((values.sources || []).every(function (s) { return s.id !== status.source; })) {
        out.push({ id: find('statut.source'), message: 'la source du statut « ' + status.source + ' » n\'est pas une des sources de la fiche — choisissez parmi : ' +
          (values.sources || []).map(function (s) { return s.id; }).join(', ') + ', ou ajoutez-la à « sources »' });
      }
    }
    var types = values.types_habitation || [];
    if (types.indexOf(model.unknown) >= 0 && types.length > 1) {
      out.push({ id: find('types_habitation'), message: '« inconnu » ne se combine pas avec d\'autres types d\'habitation — gardez « inconnu » seul, ou gardez les types et cochez « Types d\'habitation » parmi les valeurs estimées' });
    }
  }

  /* ---------- Writing YAML from the values, in the order of the model ---------- */

  function yamlValue(field, text) {
    if (field.ref === 'REGION') return quoted(text);
    if (field.type === 'integer' || field.type === 'amount' || field.type === 'boolean' || field.type === 'date' ||
        field.type === 'enum' || (field.ref && SLUG.test(text))) return text;
    return scalar(text);
  }

  function yaml(fields, values, indent, out) {
    fields.forEach(function (field) {
      var value = values[field.key];
      if (isEmpty(value)) return;
      var key = indent + field.key + ':';
      if (field.type === 'record' && field.list) {
        out.push(key);
        value.forEach(function (item) {
          var lines = yaml(field.fields, item, indent + '    ', []);
          out.push(indent + '  - ' + lines[0].slice(indent.length + 4));
          lines.slice(1).forEach(function (l) { out.push(l); });
        });
      } else if (field.type === 'record') {
        out.push(key);
        yaml(field.fields, value, indent + '  ', out);
      } else if (field.list && value.length === 1 && value[0] === model.notStated) {
        out.push(key + ' ' + model.notStated);
      } else if (field.list && (field.type === 'enum' || field.ref)) {
        out.push(key + ' [' + value.map(function (v) { return yamlValue(field, v); }).join(', ') + ']');
      } else if (field.list) {
        out.push(key);
        value.forEach(function (v) { out.push(indent + '  - ' + yamlValue(field, v)); });
      } else {
        out.push(key + ' ' + yamlValue(field, value));
      }
    });
    return out;
  }

  function ficheText(values, body) {
    return ['---', SCHEMA_LINE].concat(yaml(model.fields, values, '', []), ['---']).join('\n') + '\n' + body + '\n';
  }

  /* ---------- Proposing new registry entries ---------- */

  var ARTICLES = { PARTNER: 'un nouveau partenaire', OUTCOME: 'une nouvelle retombée', SOURCE: 'une nouvelle source' };

  function buildEntries(container) {
    var sections = [];
    Object.keys(model.registries).forEach(function (key) {
      var reg = model.registries[key];
      if (!reg.entry) return;
      var field = { key: 'nouveau-' + key.toLowerCase(), path: reg.file, doc: 'Proposer ' + (ARTICLES[key] || 'une entrée'),
        required: false, list: true, type: 'record', fields: reg.entry };
      var binding = buildRows(field, ARTICLES[key] || 'une entrée');
      var hint = element('p', { 'class': 'hint' }, 'Seulement s\'il n\'est pas dans les suggestions (cherchez aussi son sigle ou un autre nom). ' +
        'Le formulaire prépare l\'entrée pour ' + reg.file + ' ; son identifiant devient aussitôt utilisable dans la fiche.');
      binding.element.insertBefore(hint, binding.element.querySelector('.add-row'));
      binding.registry = key;
      container.appendChild(binding.element);
      sections.push(binding);
    });
    return sections;
  }

  function refreshProposed(entries) {
    proposed = {};
    entries.forEach(function (binding) {
      proposed[binding.registry] = binding.read().map(function (v) { return v.id; }).filter(Boolean);
      var list = document.getElementById('liste-' + binding.registry);
      Array.prototype.forEach.call(list.querySelectorAll('option.proposee'), function (o) { o.remove(); });
      proposed[binding.registry].forEach(function (id) {
        list.appendChild(element('option', { value: id, 'class': 'proposee' }, 'nouvelle entrée proposée dans ce formulaire'));
      });
    });
  }

  function entriesText(binding) {
    var items = binding.read();
    if (items.length === 0) return '';
    return items.map(function (item) {
      var lines = yaml(binding.field.fields, item, '  ', []);
      return '- ' + lines[0].slice(2) + '\n' + lines.slice(1).join('\n');
    }).join('\n').replace(/\n+$/, '') + '\n';
  }

  /* ---------- Live preview: the fiche as the site shows it (site.css's fiche styles) ---------- */

  function label(refKey, id) {
    var found = refKey ? lookUp(refKey, id) : null;
    return found ? found.label : id;
  }

  function choiceLabel(field, id) {
    var choices = field.choices || (field.ref ? model.registries[field.ref].choices : []);
    var found = choices.filter(function (c) { return c.id === id; })[0];
    return found ? found.label : id;
  }

  function fieldOf(path) {
    var fields = model.fields;
    var found = null;
    path.split('.').forEach(function (key) {
      found = fields.filter(function (f) { return f.key === key; })[0];
      fields = found && found.fields;
    });
    return found;
  }

  function previewSection(article, title, items) {
    if (!items || items.length === 0) return null;
    var section = element('section', { 'class': 'preview-part' });
    section.appendChild(element('h4', {}, title));
    var list = element('ul');
    items.forEach(function (text) { list.appendChild(element('li', {}, text)); });
    section.appendChild(list);
    article.appendChild(section);
    return section;
  }

  /** The body as paragraphs and simple lists: no Markdown renderer runs in the page. */
  function bodyBlocks(body) {
    var blocks = [];
    body.split(/\n\s*\n/).forEach(function (block) {
      var text = block.trim();
      if (!text) return;
      var lines = text.split('\n');
      if (lines.every(function (l) { return /^\s*[-*]\s+/.test(l); })) {
        var list = element('ul');
        lines.forEach(function (l) { list.appendChild(element('li', {}, l.replace(/^\s*[-*]\s+/, ''))); });
        blocks.push(list);
      } else {
        blocks.push(element('p', {}, text.replace(/\s*\n\s*/g, ' ')));
      }
    });
    return blocks;
  }

  function preview(values, body) {
    var v = values;
    var article = element('article', { 'class': 'fiche preview' });
    var header = element('header', { 'class': 'fiche-header' });
    var categories = [v.categorie].concat(v.categories_secondaires || []).filter(Boolean);
    header.appendChild(element('p', { 'class': 'eyebrow' }, categories.map(function (c) { return label('CATEGORY', c); }).join(' · ')));
    header.appendChild(element('h3', {}, v.titre || 'Titre de la pratique'));
    if (v.resume) header.appendChild(element('p', { 'class': 'lead' }, v.resume));
    article.appendChild(header);

    var lieu = v.lieu || {}, periode = v.periode || {}, statut = v.statut || {};
    var facts = element('dl', { 'class': 'brief-facts' });
    function fact(name, text) {
      if (!text) return;
      var div = element('div');
      div.appendChild(element('dt', {}, name));
      div.appendChild(element('dd', {}, text));
      facts.appendChild(div);
    }
    var estimated = v.suppose || [];
    function est(code, text) { return text && estimated.indexOf(code) >= 0 ? text + ' (estimé)' : text; }
    fact('Où', [lieu.ensemble, est('lieu.municipalite', lieu.municipalite), lieu.mrc && est('lieu.mrc', 'MRC ' + lieu.mrc),
      lieu.region && label('REGION', lieu.region)].filter(Boolean).join(', '));
    var start = periode.debut === model.unknown ? '' : periode.debut;
    var end = periode.fin === model.unknown ? '' : periode.fin;
    var when = start ? (end ? est('periode.debut', start) + '-' + est('periode.fin', end) : 'depuis ' + est('periode.debut', start))
      : end ? 'jusqu\'en ' + est('periode.fin', end) : periode.debut ? 'période non précisée par la source' : '';
    fact('Quand', [when, statut.valeur && choiceLabel(fieldOf('statut.valeur'), statut.valeur) +
      (statut.annee ? ' en ' + statut.annee : '')].filter(Boolean).join('. '));
    fact('Pour qui', (v.populations || []).map(function (p) { return label('POPULATION', p); }).join(', '));
    fact('Habitation', est('types_habitation', (v.types_habitation || []).map(function (t) {
      return choiceLabel(fieldOf('types_habitation'), t);
    }).join(', ')));
    if (v.programme) fact('Programme', label('PROGRAMME', v.programme));
    var brief = element('section', { 'class': 'en-bref' });
    brief.appendChild(element('h4', {}, 'En bref'));
    var figures = (v.chiffres_cles || []);
    var shown = figures.filter(function (k) { return k.en_bref; });
    if (figures.length) {
      var ul = element('ul', { 'class': 'figures figures-brief' });
      (shown.length ? shown : figures).slice(0, 3).forEach(function (k) {
        var li = element('li');
        li.appendChild(element('span', { 'class': 'figure-value' }, k.valeur));
        li.appendChild(document.createTextNode(' '));
        li.appendChild(element('span', { 'class': 'figure-label' }, k.libelle));
        ul.appendChild(li);
      });
      brief.appendChild(ul);
    }
    brief.appendChild(facts);
    article.appendChild(brief);

    var description = element('section', { 'class': 'preview-part' });
    description.appendChild(element('h4', {}, 'Description'));
    var prose = element('div', { 'class': 'prose' });
    bodyBlocks(body).forEach(function (b) { prose.appendChild(b); });
    description.appendChild(prose);
    if (v.contexte) description.appendChild(element('p', { 'class': 'prose' }, v.contexte));
    article.appendChild(description);
    previewSection(article, 'Retombées', (v.retombees || []).map(function (r) {
      return label('OUTCOME', r.id || '') + (r.indicateur ? ' ' + r.indicateur : '') + (r.enonce ? ' — « ' + r.enonce + ' »' : '');
    }));
    previewSection(article, 'Chiffres clés', figures.map(function (k) { return k.valeur + ' ' + k.libelle; }));
    previewSection(article, 'Objectifs', v.objectifs);
    previewSection(article, 'Activités', v.activites);
    previewSection(article, 'Partenaires', (v.partenaires || []).map(function (p) {
      return label('PARTNER', p.id || '') + (p.role ? ' — ' + p.role : '');
    }));
    previewSection(article, 'Financement', (v.financement || []).map(function (m) {
      return choiceLabel(fieldOf('financement.nature'), m.nature) + ' : ' + m.montant + ' $' + (m.libelle ? ' — ' + m.libelle : '') +
        (m.bailleur ? ' (' + label('PARTNER', m.bailleur) + ')' : '');
    }));
    previewSection(article, 'Ce qui a aidé', v.facteurs_facilitants);
    previewSection(article, 'Obstacles', v.obstacles);
    previewSection(article, 'Initiatives similaires', (v.initiatives_similaires || []).map(function (s) {
      return s.nom + (s.lieu ? ' (' + s.lieu + ')' : '') + (s.description ? ' : ' + s.description : '');
    }));
    previewSection(article, 'Sources', (v.sources || []).map(function (s) {
      return label('SOURCE', s.id || '') + '. Repère : ' + (s.repere || '') + '.';
    }));
    if (v.alias && v.alias.length) article.appendChild(element('p', { 'class': 'meta' }, 'Aussi appelée : ' + v.alias.join(', ')));
    return article;
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

  /* ---------- Result actions ---------- */

  function say(text) {
    document.getElementById('statut-action').textContent = text;
  }

  function showResult(form, text, slug, entries) {
    var fileName = slug + '.md';
    var url = form.getAttribute('data-new-file-url') +
      '?filename=' + encodeURIComponent('content/fiches/' + fileName) +
      '&value=' + encodeURIComponent(text);
    document.getElementById('resultat-nom').textContent = 'content/fiches/' + fileName;
    document.getElementById('resultat-texte').value = text;
    var box = document.getElementById('resultat-registres');
    box.textContent = '';
    entries.forEach(function (entry, i) {
      var id = 'resultat-registre-' + (i + 1);
      var label = element('label', { 'for': id }, 'Entrées à ajouter à ');
      label.appendChild(element('code', {}, entry.file));
      box.appendChild(label);
      var area = element('textarea', { id: id, rows: 6, readonly: 'readonly', spellcheck: 'false' });
      area.value = entry.text;
      box.appendChild(area);
    });
    document.getElementById('ouvrir-github').href = url;
    var mail = document.getElementById('envoyer-courriel');
    if (mail) {
      mail.href = 'mailto:' + form.getAttribute('data-contact') +
        '?subject=' + encodeURIComponent('Proposition de fiche : content/fiches/' + fileName) +
        '&body=' + encodeURIComponent('Bonjour,\n\nJe propose la fiche suivante (fichier content/fiches/' + fileName +
          ').\n\n' + text + entries.map(function (e) {
            return '\nEntrées à ajouter à ' + e.file + ' :\n\n' + e.text;
          }).join(''));
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

  /** The control id of a field outside lists, by its path ("statut.annee"). */
  function findId(bindings, path) {
    var keys = path.split('.');
    var binding = null;
    keys.forEach(function (key) {
      binding = bindings && bindings.filter(function (b) { return b.field.key === key; })[0];
      bindings = binding && binding.children;
    });
    return binding ? binding.id : 'champs';
  }

  var changed = function () {};

  function start() {
    var form = document.getElementById('proposition');
    var data = document.getElementById('modele-formulaire');
    if (!form || !data) return;
    model = JSON.parse(data.textContent);
    var container = document.getElementById('champs');
    datalists(container);
    var bindings = model.fields.map(function (field) {
      var binding = build(field);
      container.appendChild(binding.element);
      return binding;
    });
    var entries = buildEntries(document.getElementById('nouvelles-entrees'));
    var title = document.getElementById(findId(bindings, 'titre'));
    var titleField = title.closest('.field');
    titleField.after(document.getElementById('champ-fichier'));
    document.getElementById('sans-js').hidden = true;
    form.hidden = false;

    var file = document.getElementById('fichier');
    var body = document.getElementById('texte');
    var fileEdited = false;
    file.addEventListener('input', function () { fileEdited = file.value !== ''; });
    title.addEventListener('input', function () {
      if (!fileEdited) file.value = slugify(title.value);
    });

    function values() {
      refreshProposed(entries);
      var value = {};
      bindings.forEach(function (b) { value[b.field.key] = b.read(); });
      return value;
    }
    var previewPanel = document.getElementById('apercu');
    var pending = null;
    changed = function () {
      if (pending) clearTimeout(pending);
      pending = setTimeout(function () {
        pending = null;
        var target = document.getElementById('apercu-fiche');
        target.textContent = '';
        target.appendChild(preview(values(), body.value));
      }, 150);
    };
    previewPanel.hidden = false;
    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
    changed();

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearErrors(form);
      var v = values();
      var errors = [];
      // CONTRIBUTING.md names files with their extension: « nom.md » is the name « nom ».
      var slug = file.value.trim().replace(/\.md$/, '');
      if (!slug) {
        errors.push({ id: 'fichier', message: 'Indiquez le nom du fichier.' });
      } else if (!SLUG.test(slug)) {
        errors.push({ id: 'fichier', message: 'Le nom du fichier ne peut contenir que des lettres minuscules sans accent, des chiffres et des traits d\'union, par exemple « ' +
          (slugify(slug) || 'jardin-collectif-dosquet') + ' ».' });
      } else if ((form.getAttribute('data-existing') || '').split(' ').indexOf(slug) >= 0) {
        errors.push({ id: 'fichier', message: 'Une fiche porte déjà le nom « ' + slug + ' » : choisissez un autre nom, ou modifiez la fiche existante dans GitHub.' });
      }
      bindings.forEach(function (b) { problems(b, b.field.key, errors); });
      consistency(v, function (path) { return findId(bindings, path); }, errors);
      if (!body.value.trim()) errors.push({ id: 'texte', message: 'Décrivez la pratique en au moins un paragraphe.' });
      entries.forEach(function (b) {
        b.rows.forEach(function (row, i) {
          if (isEmpty(readChildren(row.children))) return;
          row.children.forEach(function (c) { problems(c, c.field.key + ' (entrée ' + (i + 1) + ')', errors); });
        });
      });
      if (errors.length > 0) {
        document.getElementById('resultat').hidden = true;
        showErrors(form, errors);
        return;
      }
      var texts = entries.map(function (b) { return { file: model.registries[b.registry].file, text: entriesText(b) }; })
        .filter(function (e) { return e.text; });
      showResult(form, ficheText(v, body.value.replace(/\s+$/, '')), slug, texts);
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
