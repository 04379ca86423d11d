// Live reload for `tebiki serve` (never part of a built site): listens to the server's
// events, reloads the page when a rebuild changed it (or a stylesheet or script), and shows
// a failed build's findings over the page until the next good build.
(function () {
  'use strict';

  const OVERLAY_ID = 'tebiki-live-overlay';
  const SCROLL_KEY = 'tebiki-live-scroll';

  // The site path of this page, as the server names changed files: "chapter1.html".
  function currentPath() {
    let path = decodeURIComponent(location.pathname).replace(/^\/+/, '');
    if (path === '' || path.endsWith('/')) path += 'index.html';
    return path;
  }

  function reload() {
    try {
      sessionStorage.setItem(SCROLL_KEY, JSON.stringify({ path: currentPath(), y: window.scrollY }));
    } catch (e) { /* private mode: reload without keeping the position */ }
    location.reload();
  }

  function restoreScroll() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(SCROLL_KEY) || 'null');
      sessionStorage.removeItem(SCROLL_KEY);
      if (saved && saved.path === currentPath()) window.scrollTo(0, saved.y);
    } catch (e) { /* nothing saved */ }
  }

  function hideFailure() {
    const old = document.getElementById(OVERLAY_ID);
    if (old) old.remove();
  }

  // The overlay's words, in the book's language (the page's lang).
  const JAPANESE = /^ja\b/.test(document.documentElement.lang || 'ja');
  const FAILED = JAPANESE ? 'ビルドに失敗しました（前回の正常なサイトを表示しています）'
    : 'The build failed (showing the last good site)';
  const CLOSE = JAPANESE ? '閉じる' : 'Close';

  function showFailure(text) {
    hideFailure();
    const box = document.createElement('div');
    box.id = OVERLAY_ID;
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;' +
      'background:#fff5f5;color:#1a1a1a;border-top:4px solid #c00;padding:12px 16px;font:14px/1.5 monospace;' +
      'box-shadow:0 -2px 12px rgba(0,0,0,.3)';
    const title = document.createElement('strong');
    title.textContent = FAILED;
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = CLOSE;
    close.style.cssText = 'float:right;font:inherit';
    close.addEventListener('click', hideFailure);
    const pre = document.createElement('pre');
    pre.style.cssText = 'white-space:pre-wrap;margin:8px 0 0';
    pre.textContent = text;
    box.append(close, title, pre);
    document.body.appendChild(box);
  }

  function affectsThisPage(paths) {
    const here = currentPath();
    return paths.some(function (path) {
      return path === here || (/\.(css|js)$/.test(path) && path !== 'search-index.js' && !path.startsWith('search-text/'));
    });
  }

  function connect() {
    const events = new EventSource('/__tebiki/events');
    events.addEventListener('reload', function (event) {
      const paths = JSON.parse(event.data);
      if (document.getElementById(OVERLAY_ID) || affectsThisPage(paths)) reload();
    });
    events.addEventListener('failed', function (event) { showFailure(event.data); });
  }

  restoreScroll();
  connect();
}());
