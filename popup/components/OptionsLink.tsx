import browser from 'webextension-polyfill';

/** A real link to the options page (so it reads as a link), opened the way the browser expects for options. */
export function OptionsLink({ text }: { text: string }) {
  return (
    <a
      class="options-link"
      href={browser.runtime.getURL('options.html')}
      onClick={(event) => {
        event.preventDefault();
        void browser.runtime.openOptionsPage();
      }}
    >
      {text}
    </a>
  );
}
