import { runtime } from '../../src/adapters/runtime.ts';

/** A real link to the options page (so it reads as a link), opened the way the browser expects for options. */
export function OptionsLink({ text }: { text: string }) {
  return (
    <a
      class="options-link"
      href={runtime.extensionPageUrl('options.html')}
      onClick={(event) => {
        event.preventDefault();
        void runtime.openOptionsPage();
      }}
    >
      {text}
    </a>
  );
}
