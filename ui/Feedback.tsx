import { useLayoutEffect, useRef } from 'preact/hooks';

/** The outcome of the last action, announced to screen readers; shared by the popup and the options page. */
export type Feedback = { kind: 'done' | 'failed'; text: string };

/**
 * In the flow of the page, never over it (a bar fixed over the page hid the focused control). When the action
 * removed the control that had focus ("Ajouter … comme portail", "Retirer …"), focus moves to the outcome rather
 * than back to the top of the page.
 */
export function FeedbackArea({ feedback }: { feedback: Feedback | null }) {
  const message = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    const focused = document.activeElement;
    if (feedback && (focused === null || focused === document.body || !focused.isConnected)) message.current?.focus();
  }, [feedback]);
  return (
    <div class="feedback-area" aria-live="polite">
      {feedback && (
        <p
          ref={message}
          tabIndex={-1}
          class={`feedback feedback-${feedback.kind}`}
          role={feedback.kind === 'failed' ? 'alert' : undefined}
        >
          {feedback.text}
        </p>
      )}
    </div>
  );
}
