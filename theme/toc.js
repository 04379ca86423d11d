// tebiki's sidebar contents, appended by the build to site/toc.js after the book's data
// (window.TEBIKI_TOC = [[href from the site's root, numbered title], …]). Each page loads it
// with a plain script tag right after its sidebar list (page.mustache), which works from
// file://. The page's own entry (marked aria-current, with its sections) and the check sheet
// entry are already in the list; the other pages' entries are put around them, so the marked
// entry stays the very element the page was served with. Without script, the <noscript>
// link leads to the contents page. Plain ES2017, no dependency.
(function () {
  'use strict';

  const SCRIPT_NAME = 'toc.js';

  /// The prefix from this page to the site's root ("", "../"), from the script's own src.
  function rootPrefix(script) {
    const src = script.getAttribute('src') || '';
    return src.endsWith(SCRIPT_NAME) ? src.slice(0, src.length - SCRIPT_NAME.length) : '';
  }

  function pageEntry(href, title) {
    const item = document.createElement('li');
    item.className = 'tebiki-toc-page';
    const link = document.createElement('a');
    link.setAttribute('href', href);
    link.textContent = title;
    item.appendChild(link);
    return item;
  }

  function fill(list, entries, root) {
    const current = list.querySelector('li.tebiki-current:not(.tebiki-toc-tool)');
    const currentLink = current && current.querySelector('a');
    const currentHref = currentLink ? currentLink.getAttribute('href') : null;
    const items = document.createDocumentFragment();
    entries.forEach(function (entry) {
      const href = root + entry[0];
      items.appendChild(href === currentHref ? current : pageEntry(href, entry[1]));
    });
    list.insertBefore(items, list.firstChild);
  }

  const script = document.currentScript;
  const list = document.getElementById('tebiki-toc');
  const entries = window.TEBIKI_TOC;
  if (!script || !list || !Array.isArray(entries) || list.hasAttribute('data-tebiki-filled')) return;
  list.setAttribute('data-tebiki-filled', '');
  fill(list, entries, rootPrefix(script));
}());
