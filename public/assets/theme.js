// Light/dark switch. Loaded as a classic script in <head> so a remembered
// choice applies before the first paint. Without scripts (or before any
// choice) the system preference applies (prefers-color-scheme in site.css).
// The choice lives in localStorage, which works on file:// too.
// @ts-check
(function () {
  var KEY = 'bulletin-archive-theme';
  var root = document.documentElement;
  function stored() {
    try {
      var v = localStorage.getItem(KEY);
      return v === 'light' || v === 'dark' ? v : null;
    } catch {
      return null;
    }
  }
  function current() {
    return root.getAttribute('data-theme') || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  }
  var initial = stored();
  if (initial) root.setAttribute('data-theme', initial);
  document.addEventListener('DOMContentLoaded', function () {
    // Typed as found: the check below keeps pages without the button working.
    var button = /** @type {HTMLElement} */ (document.getElementById('theme-toggle'));
    if (!button) return;
    function show() {
      button.setAttribute('aria-pressed', current() === 'dark' ? 'true' : 'false');
    }
    button.hidden = false;
    show();
    button.addEventListener('click', function () {
      var next = current() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try {
        localStorage.setItem(KEY, next);
      } catch {
        /* private mode: the choice lasts for this page only */
      }
      show();
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', show);
  });
})();
