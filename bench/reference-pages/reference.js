// What any extension page pays before a word of its own is on screen: the benchmark's reference (bench/popup-render.ts).
// It writes one word, at its script's start or, opened with `?read`, once it has read storage.session (as the popup
// reads its kept first view), then sets the popup's marks: painted, ready.
performance.mark('popup-script-start');

function writeOneWord() {
  document.getElementById('root').textContent = 'Vue';
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.mark('popup-rendered');
      document.documentElement.dataset.ready = 'true';
    }),
  );
}

if (new URLSearchParams(location.search).has('read')) chrome.storage.session.get(null).then(writeOneWord);
else writeOneWord();
