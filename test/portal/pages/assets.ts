/**
 * The portal's script and style sheet. The script is the consent banner and a small Matomo stand-in:
 * it writes `cookies_preferences` (URL-encoded JSON, as Opendatasoft does) and, once the visitor accepts,
 * `_pk_id.<site>.<hash>` (13 months) and maybe `_pk_ses.<site>.<hash>` (30 minutes), all with `document.cookie`.
 * A portal marked `data-ignores-refusal` starts Matomo whatever the answer; a page without a banner starts nothing.
 */
export const portalScript = `(function () {
  'use strict';
  var root = document.documentElement;
  var body = document.body;
  var banner = document.getElementById('ods-cookie-banner');
  var ignoresRefusal = body.dataset.ignoresRefusal === 'true';
  if (!banner) return;

  function cookieValue(name) {
    var pairs = document.cookie ? document.cookie.split('; ') : [];
    for (var i = 0; i < pairs.length; i++) {
      if (pairs[i].indexOf(name + '=') === 0) return pairs[i].slice(name.length + 1);
    }
    return null;
  }
  function setCookie(name, value, maxAgeSeconds) {
    document.cookie = name + '=' + value + '; path=/; max-age=' + maxAgeSeconds + '; SameSite=Lax; Secure';
  }
  function randomHex(bytes) {
    var values = crypto.getRandomValues(new Uint8Array(bytes));
    return Array.prototype.map.call(values, function (v) { return (v + 256).toString(16).slice(1); }).join('');
  }
  function startMatomo() {
    var site = body.dataset.matomoSite;
    if (!site) return;
    var suffix = site + '.' + body.dataset.matomoHash;
    if (!cookieValue('_pk_id.' + suffix)) {
      setCookie('_pk_id.' + suffix, randomHex(8) + '.' + Math.floor(Date.now() / 1000) + '.', 33955200);
    }
    if (body.dataset.matomoSession === 'true') setCookie('_pk_ses.' + suffix, '1', 1800);
  }
  function readPreferences() {
    var raw = cookieValue('cookies_preferences');
    if (!raw) return null;
    try { return JSON.parse(decodeURIComponent(raw)); } catch (error) { return null; }
  }
  function choose(accepted) {
    var preferences = { functional_cookies: true, matomo: accepted, timestamp: Date.now() };
    setCookie('cookies_preferences', encodeURIComponent(JSON.stringify(preferences)), 15552000);
    banner.hidden = true;
    if (accepted || ignoresRefusal) startMatomo();
    root.dataset.consent = accepted ? 'accepted' : 'refused';
  }

  var preferences = readPreferences();
  if (preferences) {
    if (preferences.matomo || ignoresRefusal) startMatomo();
    root.dataset.consent = preferences.matomo ? 'accepted' : 'refused';
  } else {
    banner.hidden = false;
  }
  banner.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-consent]');
    if (button) choose(button.dataset.consent === 'accept');
  });
})();
`;

export const portalStyles = `*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#222;background:#f5f6f8}
a{color:var(--portal-color)}
.ods-header{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;justify-content:space-between;padding:.75rem 1.5rem;background:var(--portal-color)}
.ods-header a{color:#fff;text-decoration:none}
.ods-header__logo{font-weight:700;font-size:1.2rem}
.ods-header__menu{display:flex;gap:1.25rem}
.ods-main{max-width:1100px;margin:0 auto;padding:1.5rem}
.ods-hero{padding:2rem;background:#fff;border-radius:8px;margin-bottom:1.5rem}
.ods-search{display:flex;gap:.5rem}
.ods-search input{flex:1;padding:.5rem;border:1px solid #bbb;border-radius:4px}
.ods-search button,.ods-cookie-banner button{padding:.5rem 1rem;border:0;border-radius:4px;background:var(--portal-color);color:#fff;cursor:pointer}
.ods-cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:1rem}
.ods-card{background:#fff;border-radius:8px;padding:1rem;box-shadow:0 1px 3px #0002}
.ods-card h3{margin:.25rem 0}
.ods-card__theme{font-size:.8rem;text-transform:uppercase;color:#666}
.ods-card__count{font-size:.85rem;color:#555}
.ods-embed{margin-top:1.5rem}
.ods-map{display:flex;flex-wrap:wrap}
.ods-video{border:0;background:#111}
.ods-charter{background:#fff;padding:1.5rem;border-radius:8px}
.ods-cookies-table{border-collapse:collapse;width:100%}
.ods-cookies-table th,.ods-cookies-table td{border:1px solid #ccc;padding:.4rem .6rem;text-align:left;vertical-align:top}
.ods-footer{margin-top:2rem;padding:1.5rem;background:#2b2b2b;color:#ddd}
.ods-footer a{color:#fff;margin-right:1rem}
.ods-cookie-banner{position:fixed;left:1rem;right:1rem;bottom:1rem;padding:1rem 1.5rem;background:#fff;border-radius:8px;box-shadow:0 4px 16px #0004}
.ods-cookie-banner[hidden]{display:none}
.ods-cookie-banner__buttons{display:flex;gap:.5rem;justify-content:flex-end}
.ods-cookie-banner button[data-consent=refuse]{background:#fff;color:var(--portal-color);border:1px solid var(--portal-color)}
`;
