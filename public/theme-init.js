// Runs before the first paint (a blocking script in <head>; external, so the CSP needs no
// 'unsafe-inline'): puts the remembered or the system's theme on <html>. src/lib/theme.ts owns
// the key and keeps the attribute in step afterwards.
(function () {
  var saved = null;
  try {
    saved = localStorage.getItem('org-console.theme');
  } catch {
    // Storage may be blocked; the system's choice applies.
  }
  var dark =
    saved === 'dark' ||
    (saved !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
})();
