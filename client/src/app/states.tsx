/** The designed loading and error states: never a blank page. */
export function LoadingState({ text }: { text: string }) {
  return (
    <div className="state loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <p>{text}</p>
    </div>
  );
}

export function ErrorState(props: {
  title: string;
  body: string;
  detail: string;
  retry: string;
  onRetry: () => void;
}) {
  return (
    <div className="state error" role="alert" data-testid="error-state">
      <h2>{props.title}</h2>
      <p>{props.body}</p>
      <p className="muted small">
        <code>{props.detail}</code>
      </p>
      <button type="button" className="primary" onClick={props.onRetry}>
        {props.retry}
      </button>
    </div>
  );
}
