/**
 * Every island's safety net: a render error never leaves a blank tool. The boundary touches
 * nothing stored; it says the data is safe, offers the backup file My data exports, and a
 * retry. The backup code loads only when asked for, so every page pays a few hundred bytes.
 */
import { Component, type ComponentChildren, type ComponentType } from 'preact';

interface State {
  /** A child failed to render; its tool is replaced by the message until "Try again". */
  failed: boolean;
  /** Set when the backup file could not be made either. */
  note: string;
}

export class ErrorBoundary extends Component<{ children: ComponentChildren }, State> {
  override state: State = { failed: false, note: '' };

  static override getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  download = async () => {
    try {
      const [{ exportBackup }, { downloadText }] = await Promise.all([
        import('~/lib/stores/data'),
        import('./DownloadButton'),
      ]);
      const { fileName, text } = exportBackup();
      downloadText(fileName, text);
    } catch {
      this.setState({ note: 'The file could not be made here. Try the My data page.' });
    }
  };

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div class="notice notice--error" role="alert">
        <p class="notice-title">
          Something went wrong showing this tool. Your data is safe on this device.
        </p>
        <p class="actions">
          <button type="button" class="button" onClick={() => void this.download()}>
            Download my data
          </button>
          <button
            type="button"
            class="button button--quiet"
            onClick={() => this.setState({ failed: false, note: '' })}
          >
            Try again
          </button>
        </p>
        {this.state.note && <p>{this.state.note}</p>}
      </div>
    );
  }
}

/** An island wrapped in the boundary: `export default withBoundary(PlanApp)`. */
export function withBoundary<P extends object>(Island: ComponentType<P>) {
  return (props: P) => (
    <ErrorBoundary>
      <Island {...props} />
    </ErrorBoundary>
  );
}
