import type { ClientErrorPart } from "@samplan/shared/api";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { isChunkLoadError, reloadOnceForNewCode, reportFailure } from "./failureReport.ts";
import { PartFailure } from "./PartFailure.tsx";

interface Props {
  /** Which part this is: names it in the message and in the server's log. */
  part: ClientErrorPart;
  /** When it changes (she went to another page), a failed part tries again. */
  resetKey?: string;
  children: ReactNode;
}

interface State {
  error: unknown;
  /** The request id the server logged the report under, once it answered. */
  reference: string | null;
}

/**
 * Keeps one part of a page that fails to draw from taking the rest with it (issue 19): a meeting
 * whose goals cannot be drawn still has its steps, its presence and its connection. The part says
 * so in plain words with "Prøv igen", and the fault goes to the server's log. Code that did not
 * load (a deploy replaced it) reloads the page once instead.
 *
 * A class because React catches render errors only in one; a small one rather than the
 * react-error-boundary package, as it needs nothing but these two methods.
 */
export class FailureBoundary extends Component<Props, State> {
  override state: State = { error: null, reference: null };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, reference: null };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    if (isChunkLoadError(error) && reloadOnceForNewCode()) return;
    void reportFailure(error, this.props.part).then((reference) => {
      if (this.state.error === error) this.setState({ reference });
    });
  }

  override componentDidUpdate(previous: Props): void {
    if (previous.resetKey !== this.props.resetKey && this.state.error !== null) {
      this.setState({ error: null, reference: null });
    }
  }

  private readonly retry = () => {
    // A module that failed to load stays failed in this page (React keeps the lazy component's
    // answer): only a reload asks the server again.
    if (isChunkLoadError(this.state.error)) window.location.reload();
    else this.setState({ error: null, reference: null });
  };

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <PartFailure
        part={this.props.part}
        newCode={isChunkLoadError(this.state.error)}
        reference={this.state.reference}
        retry={this.retry}
      />
    );
  }
}
