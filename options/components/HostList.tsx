interface HostListProps {
  hosts: string[];
  empty: string;
  /** The visible button text ("Retirer"), and its full name for screen readers ("Retirer data.exemple.fr"). */
  action: string;
  actionLabel(host: string): string;
  busy: boolean;
  onAction(host: string): void;
}

export function HostList({ hosts, empty, action, actionLabel, busy, onAction }: HostListProps) {
  if (hosts.length === 0) return <p class="muted">{empty}</p>;
  return (
    <ul class="host-list">
      {hosts.map((host) => (
        <li key={host}>
          <code>{host}</code>
          <button
            type="button"
            class="button button-small"
            aria-label={actionLabel(host)}
            aria-disabled={busy}
            onClick={() => busy || onAction(host)}
          >
            {action}
          </button>
        </li>
      ))}
    </ul>
  );
}
