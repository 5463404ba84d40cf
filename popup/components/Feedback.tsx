/** The outcome of the last action, announced to screen readers; shared by the popup and the options page. */
export type Feedback = { kind: 'done' | 'failed'; text: string };

export function FeedbackArea({ feedback }: { feedback: Feedback | null }) {
  return (
    <div class="feedback-area" aria-live="polite">
      {feedback && (
        <p class={`feedback feedback-${feedback.kind}`} role={feedback.kind === 'failed' ? 'alert' : undefined}>
          {feedback.text}
        </p>
      )}
    </div>
  );
}
