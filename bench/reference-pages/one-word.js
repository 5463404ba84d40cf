// What any extension page pays before a word of its own is on screen: the benchmark's reference (bench/popup-render.ts).
// It writes one word at its script's start, then sets the popup's marks: painted, ready.
performance.mark('popup-script-start');
document.getElementById('root').textContent = 'Vue';
requestAnimationFrame(() =>
  setTimeout(() => {
    performance.mark('popup-rendered');
    document.documentElement.dataset.ready = 'true';
  }),
);
