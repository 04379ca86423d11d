// tebiki theme script: term tooltips, the phone menu button, small conveniences.
// Plain ES2017, no dependency, loaded with defer. Every page works without it: the menu
// falls back to a CSS checkbox, term links still lead to the glossary.
(function () {
  'use strict';

  const SCRIPT = document.currentScript;
  const TIP_ID = 'tebiki-tip';
  const GAP = 6;      // px between a term link and its tooltip
  const MARGIN = 8;   // px kept free between the tooltip and the viewport edge

  // Adds or removes one token of a space-separated attribute (aria-describedby).
  function setToken(element, name, token, on) {
    const tokens = (element.getAttribute(name) || '').split(/\s+/).filter(function (t) {
      return t && t !== token;
    });
    if (on) tokens.push(token);
    if (tokens.length) element.setAttribute(name, tokens.join(' '));
    else element.removeAttribute(name);
  }

  /// The site's root URL, from this script's own address (…/assets/tebiki.js).
  function siteRoot() {
    const src = SCRIPT && SCRIPT.src ? SCRIPT.src : '';
    return src.replace(/assets\/tebiki\.js([?#].*)?$/, '');
  }

  /// Loads glossary-tips.js (window.TEBIKI_TIPS: the tooltip of every glossary anchor), once.
  function loadTips() {
    if (window.TEBIKI_TIPS || document.getElementById('tebiki-tips-script')) return;
    const script = document.createElement('script');
    script.id = 'tebiki-tips-script';
    script.src = siteRoot() + 'glossary-tips.js';
    document.head.appendChild(script);
  }

  /// The tooltip of a term link: its anchor's entry in TEBIKI_TIPS (href="glossary.html#term-…").
  function tipOf(link) {
    const href = link.getAttribute('href') || '';
    const tips = window.TEBIKI_TIPS || {};
    const anchor = href.slice(href.indexOf('#') + 1);
    return href.indexOf('#') >= 0 && Object.prototype.hasOwnProperty.call(tips, anchor) ? tips[anchor] : '';
  }

  /// Shows a.term's tip on hover and keyboard focus (WCAG 1.4.13: hoverable, dismissable).
  function initTermTips() {
    const host = document.getElementById('tebiki-main');
    if (!host || !host.querySelector('a.term')) return;
    loadTips();
    const tip = document.createElement('div');
    tip.id = TIP_ID;
    tip.className = 'tebiki-tip';
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    host.appendChild(tip);

    let owner = null;
    let hideTimer = 0;

    function place() {
      const rect = owner.getBoundingClientRect();
      const view = document.documentElement;
      tip.style.left = '0px';
      tip.style.top = '0px';
      const width = tip.offsetWidth;
      const height = tip.offsetHeight;
      const maxLeft = view.clientWidth - width - MARGIN;
      const left = Math.max(MARGIN, Math.min(rect.left, maxLeft));
      let top = rect.bottom + GAP;
      const above = rect.top - GAP - height;
      if (top + height > view.clientHeight - MARGIN && above >= MARGIN) top = above;
      tip.style.left = Math.round(left) + 'px';
      tip.style.top = Math.round(top) + 'px';
    }

    function show(link) {
      clearTimeout(hideTimer);
      const text = tipOf(link);
      if (!text) return;
      if (owner && owner !== link) setToken(owner, 'aria-describedby', TIP_ID, false);
      owner = link;
      tip.textContent = text;
      tip.hidden = false;
      setToken(link, 'aria-describedby', TIP_ID, true);
      place();
    }

    function hide() {
      clearTimeout(hideTimer);
      if (!owner) return;
      setToken(owner, 'aria-describedby', TIP_ID, false);
      owner = null;
      tip.hidden = true;
    }

    // A short delay lets the pointer travel from the link onto the tooltip.
    function hideSoon() {
      clearTimeout(hideTimer);
      hideTimer = setTimeout(hide, 200);
    }

    function termOf(node) {
      return node && node.closest ? node.closest('a.term') : null;
    }

    host.addEventListener('mouseover', function (event) {
      const link = termOf(event.target);
      if (link) show(link);
    });
    host.addEventListener('mouseout', function (event) {
      const link = termOf(event.target);
      if (link && !link.contains(event.relatedTarget) && event.relatedTarget !== tip) hideSoon();
    });
    host.addEventListener('focusin', function (event) {
      const link = termOf(event.target);
      if (link) show(link);
    });
    host.addEventListener('focusout', function (event) {
      if (termOf(event.target) === owner) hide();
    });
    tip.addEventListener('mouseenter', function () { clearTimeout(hideTimer); });
    tip.addEventListener('mouseleave', hideSoon);
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && owner) hide();
    });
    window.addEventListener('scroll', function () { if (owner) place(); }, { passive: true });
    window.addEventListener('resize', function () { if (owner) place(); });
  }

  /// Replaces the no-JS checkbox menu with a real button that reports aria-expanded.
  function initMenuButton() {
    const box = document.getElementById('tebiki-menu-toggle');
    const label = document.querySelector('label[for="tebiki-menu-toggle"]');
    const nav = document.getElementById('tebiki-sidebar');
    if (!box || !label || !nav) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.id = 'tebiki-menu-button';
    button.className = label.className;
    button.setAttribute('aria-controls', 'tebiki-sidebar-body');
    while (label.firstChild) button.appendChild(label.firstChild);
    const startOpen = box.checked;
    label.parentNode.replaceChild(button, label);
    box.parentNode.removeChild(box);

    function setOpen(open) {
      nav.classList.toggle('tebiki-open', open);
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    setOpen(startOpen);
    button.addEventListener('click', function () {
      setOpen(!nav.classList.contains('tebiki-open'));
    });
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' || !nav.classList.contains('tebiki-open')) return;
      if (!nav.contains(document.activeElement) && document.activeElement !== button) return;
      setOpen(false);
      button.focus();
    });
    // Following a link inside the open menu (often to a section of this page) closes it.
    nav.addEventListener('click', function (event) {
      if (event.target.closest && event.target.closest('a')) setOpen(false);
    });
  }

  /// On wide screens the sidebar scrolls by itself: bring the current page into its view.
  function revealCurrentPage() {
    const nav = document.getElementById('tebiki-sidebar');
    const current = nav && nav.querySelector('a[aria-current="page"]');
    if (!current || nav.scrollHeight <= nav.clientHeight) return;
    const offset = current.getBoundingClientRect().top - nav.getBoundingClientRect().top;
    if (offset > nav.clientHeight * 0.6) nav.scrollTop += offset - nav.clientHeight / 3;
  }

  /// Horizontally scrollable regions must be reachable by keyboard (axe: scrollable-region-focusable).
  function makeScrollersFocusable() {
    const scrollers = document.querySelectorAll('#tebiki-main .table-wrap, #tebiki-main pre');
    scrollers.forEach(function (element) {
      const scrolls = element.scrollWidth > element.clientWidth;
      if (scrolls && !element.hasAttribute('tabindex')) {
        element.setAttribute('tabindex', '0');
        element.setAttribute('data-tebiki-tabindex', '');
      } else if (!scrolls && element.hasAttribute('data-tebiki-tabindex')) {
        element.removeAttribute('tabindex');
        element.removeAttribute('data-tebiki-tabindex');
      }
    });
  }

  function init() {
    initMenuButton();
    initTermTips();
    revealCurrentPage();
    makeScrollersFocusable();
    let resizeTimer = 0;
    window.addEventListener('resize', function () {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(makeScrollersFocusable, 150);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
}());
