// tebiki search box: fills <div id="tebiki-search"> in the page header with a search form.
// The engine (tebiki-search-terms.js, tebiki-search-engine.js) and the index (search-index.js
// at the site's root) are loaded with script tags on first use, which works from file://
// where fetch does not; so are the chunks of text under search-text/ that a query needs. Results pop up under the input as an ARIA 1.2 combobox with a listbox:
// ArrowDown/ArrowUp move, Enter opens, Escape closes. Text from the index is inserted as text
// nodes, never as HTML. Plain ES2017, no dependency.
// Stable hooks for the browser tests: input#tebiki-search-input, ul#tebiki-search-results with
// one li per result, each holding a link (a[role=option]), and p#tebiki-search-status.
(function () {
  'use strict';

  const MAX_RESULTS = 10;
  const DELAY = 100;  // ms after the last keystroke before searching
  const SCRIPT = document.currentScript;
  const WORDS = {
    ja: {
      label: 'サイト内検索', placeholder: '検索', results: '検索結果', loading: '検索の準備をしています…',
      failed: '検索索引を読み込めませんでした。', none: '見つかりませんでした。',
      count: function (n) { return n + '件見つかりました。上下の矢印キーで選び、Enterで開きます。'; }
    },
    en: {
      label: 'Search this site', placeholder: 'Search', results: 'Search results', loading: 'Preparing the search…',
      failed: 'The search index could not be loaded.', none: 'Nothing found.',
      count: function (n) { return n + ' found. Use the up and down arrow keys to choose, Enter to open.'; }
    }
  };

  /// The site's root URL, from this script's own address (…/assets/tebiki-search.js).
  function siteRoot() {
    const src = SCRIPT && SCRIPT.src ? SCRIPT.src : '';
    return src.replace(/assets\/tebiki-search\.js([?#].*)?$/, '');
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      const script = document.createElement('script');
      script.src = src;
      script.async = false;
      script.onload = resolve;
      script.onerror = function () { reject(new Error(src)); };
      document.head.appendChild(script);
    });
  }

  function element(name, attributes) {
    const node = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    return node;
  }

  /// Appends [{text, mark}] parts as text nodes and <mark> elements.
  function appendParts(parent, parts) {
    parts.forEach(function (part) {
      if (!part.mark) {
        parent.appendChild(document.createTextNode(part.text));
        return;
      }
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      parent.appendChild(mark);
    });
  }

  function resultOption(result, index, root) {
    const link = element('a', {
      id: 'tebiki-search-option-' + index, role: 'option', 'aria-selected': 'false', tabindex: '-1',
      class: 'tebiki-search-result'
    });
    link.href = root + result.href;
    const title = element('span', { class: 'tebiki-search-title' });
    if (result.number) {
      const number = element('span', { class: 'tebiki-search-secno' });
      number.textContent = result.number;
      title.appendChild(number);
      title.appendChild(document.createTextNode(' '));
    }
    appendParts(title, result.titleParts);
    link.appendChild(title);
    if (result.context) {
      const context = element('span', { class: 'tebiki-search-context' });
      context.textContent = result.context;
      link.appendChild(context);
    }
    const snippet = element('span', { class: 'tebiki-search-snippet' });
    appendParts(snippet, result.snippetParts);
    link.appendChild(snippet);
    const item = element('li', { role: 'none' });
    item.appendChild(link);
    return item;
  }

  function buildForm(words) {
    const form = element('form', { role: 'search', class: 'tebiki-search-form', 'aria-label': words.label });
    const label = element('label', { for: 'tebiki-search-input', class: 'tebiki-visually-hidden' });
    label.textContent = words.label;
    const input = element('input', {
      type: 'search', id: 'tebiki-search-input', name: 'q', role: 'combobox', autocomplete: 'off',
      spellcheck: 'false', 'aria-autocomplete': 'list', 'aria-expanded': 'false',
      'aria-controls': 'tebiki-search-results', placeholder: words.placeholder
    });
    const popup = element('div', { class: 'tebiki-search-popup', id: 'tebiki-search-popup' });
    popup.hidden = true;
    const list = element('ul', { id: 'tebiki-search-results', role: 'listbox', 'aria-label': words.results });
    const message = element('p', { class: 'tebiki-search-message', 'aria-hidden': 'true' });
    const status = element('p', { id: 'tebiki-search-status', class: 'tebiki-visually-hidden', role: 'status' });
    popup.appendChild(list);
    popup.appendChild(message);
    [label, input, popup, status].forEach(function (node) { form.appendChild(node); });
    return { form: form, input: input, popup: popup, list: list, message: message, status: status };
  }

  /// The search box's behaviour: loading, searching as one types, keyboard and pointer.
  function SearchBox(host, words, root) {
    this.words = words;
    this.root = root;
    this.parts = buildForm(words);
    this.engine = null;
    this.loading = null;
    this.suffix = '';  // after reset(): a query string that passes HTTP caches by
    this.active = -1;
    this.timer = 0;
    host.appendChild(this.parts.form);
    this.listen();
  }

  SearchBox.prototype.load = function () {
    const self = this;
    if (this.engine) return Promise.resolve(this.engine);
    if (!this.loading) {
      this.loading = Promise.all(['assets/tebiki-search-terms.js', 'assets/tebiki-search-engine.js', 'search-index.js']
        .map(function (path) { return loadScript(self.root + path + self.suffix); }))
        .then(function () {
          self.engine = new window.TebikiSearchEngine(window.TEBIKI_SEARCH_INDEX, { loadText: function (chunk) {
            return loadScript(self.root + 'search-text/' + chunk + '.js' + self.suffix)
              .then(function () { return window.TEBIKI_SEARCH_TEXT[chunk]; });
          } });
          return self.engine;
        })
        .catch(function (error) {
          self.loading = null;  // a later focus tries again
          throw error;
        });
    }
    return this.loading;
  };

  /// Forgets the index and the text read so far, so that the next search loads them anew:
  /// the page may have stayed open while the site was rebuilt (serve) or published again.
  SearchBox.prototype.reset = function () {
    this.engine = null;
    this.loading = null;
    delete window.TEBIKI_SEARCH_TEXT;
    if (/^https?:$/.test(window.location.protocol)) this.suffix = '?t=' + Date.now();
  };

  /// The results of a query (null when the input has changed meanwhile). A search that fails
  /// (a text chunk of another build, or one that did not load) is tried once more with the
  /// index loaded anew.
  SearchBox.prototype.results = function (query) {
    const self = this;
    function attempt() {
      return self.load().then(function (engine) {
        return self.parts.input.value === query ? engine.search(query, MAX_RESULTS) : null;
      });
    }
    return attempt().catch(function () {
      self.reset();
      return attempt();
    });
  };

  SearchBox.prototype.options = function () {
    return this.parts.list.querySelectorAll('[role="option"]');
  };

  SearchBox.prototype.setActive = function (index) {
    const options = this.options();
    this.active = options.length ? (index + options.length) % options.length : -1;
    for (let i = 0; i < options.length; i += 1) options[i].setAttribute('aria-selected', i === this.active ? 'true' : 'false');
    if (this.active < 0) {
      this.parts.input.removeAttribute('aria-activedescendant');
      return;
    }
    this.parts.input.setAttribute('aria-activedescendant', options[this.active].id);
    if (options[this.active].scrollIntoView) options[this.active].scrollIntoView({ block: 'nearest' });
  };

  /// Shows results (an array) or a message (a string); null hides the popup.
  SearchBox.prototype.show = function (content) {
    const parts = this.parts;
    const results = Array.isArray(content) ? content : [];
    const self = this;
    parts.list.textContent = '';
    results.forEach(function (result, i) { parts.list.appendChild(resultOption(result, i, self.root)); });
    const text = Array.isArray(content) ? (results.length ? '' : this.words.none) : (content || '');
    parts.message.textContent = text;
    parts.message.hidden = !text;
    parts.status.textContent = results.length ? this.words.count(results.length) : text;
    parts.popup.hidden = content === null;
    parts.input.setAttribute('aria-expanded', results.length && content !== null ? 'true' : 'false');
    this.setActive(-1);
  };

  SearchBox.prototype.close = function () {
    this.parts.popup.hidden = true;
    this.parts.input.setAttribute('aria-expanded', 'false');
    this.setActive(-1);
  };

  SearchBox.prototype.isOpen = function () { return !this.parts.popup.hidden; };

  SearchBox.prototype.search = function () {
    const self = this;
    const query = this.parts.input.value;
    if (!query.trim()) {
      this.show(null);
      return;
    }
    if (!this.engine) this.show(this.words.loading);
    this.results(query).then(function (results) {
      if (results && self.parts.input.value === query) self.show(results);
    }, function () {
      if (self.parts.input.value === query) self.show(self.words.failed);  // else a stale query
    });
  };

  SearchBox.prototype.open = function (option) {
    this.close();
    window.location.href = option.href;
  };

  SearchBox.prototype.onKey = function (event) {
    if (event.isComposing || event.keyCode === 229) return;  // the IME is converting: its keys
    const options = this.options();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!options.length) return;
      event.preventDefault();
      this.parts.popup.hidden = false;
      this.parts.input.setAttribute('aria-expanded', 'true');
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.setActive(this.active < 0 && step < 0 ? options.length - 1 : this.active + step);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.isOpen() && options.length) this.open(options[Math.max(this.active, 0)]);
    } else if (event.key === 'Escape' && this.isOpen()) {
      event.preventDefault();
      this.close();
    }
  };

  SearchBox.prototype.listen = function () {
    const self = this;
    const parts = this.parts;
    parts.form.addEventListener('submit', function (event) { event.preventDefault(); });
    parts.input.addEventListener('focus', function () {
      self.load().catch(function () {});
      if (parts.input.value.trim() && parts.list.firstChild) {
        parts.popup.hidden = false;
        parts.input.setAttribute('aria-expanded', 'true');
      }
    });
    parts.input.addEventListener('input', function () {
      clearTimeout(self.timer);
      self.timer = setTimeout(function () { self.search(); }, DELAY);
    });
    parts.input.addEventListener('keydown', function (event) { self.onKey(event); });
    parts.list.addEventListener('mousemove', function (event) {
      const option = event.target.closest ? event.target.closest('[role="option"]') : null;
      const index = Array.prototype.indexOf.call(self.options(), option);
      if (index >= 0 && index !== self.active) self.setActive(index);
    });
    parts.list.addEventListener('click', function () { self.close(); });
    parts.form.addEventListener('focusout', function (event) {
      if (!event.relatedTarget || !parts.form.contains(event.relatedTarget)) self.close();
    });
  };

  function init() {
    const host = document.getElementById('tebiki-search');
    if (!host || host.firstChild) return;
    const lang = (document.documentElement.getAttribute('lang') || 'ja').toLowerCase();
    new SearchBox(host, lang.indexOf('ja') === 0 ? WORDS.ja : WORDS.en, siteRoot());
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
}());
