"use client";
import { Component, startTransition, type ReactNode } from "react";
import { useRouter } from "next/navigation";

type Labels = { message: string; retry: string };

// One widget's failure stays in that widget: its roll-up's error (streamed from the server into this widget's
// Suspense boundary) is caught here and shown in place, with a retry, while the other widgets render. The
// labels come translated from the server, so this component needs no client message catalogue.
export function WidgetErrorBoundary({ children, message, retry }: { children: ReactNode } & Labels) {
  const router = useRouter();
  return (
    <Boundary labels={{ message, retry }} onRetry={() => router.refresh()}>
      {children}
    </Boundary>
  );
}

type BoundaryProps = { children: ReactNode; labels: Labels; onRetry: () => void };

class Boundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  // The page is fetched again from the server (every other widget answers from the roll-up cache) and this
  // widget renders the new result.
  private readonly retry = () => {
    startTransition(() => {
      this.props.onRetry();
      this.setState({ failed: false });
    });
  };

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div
        role="alert"
        className="space-y-3 rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900"
        data-testid="widget-error"
      >
        <p>{this.props.labels.message}</p>
        <button
          type="button"
          onClick={this.retry}
          className="rounded border border-red-300 bg-white px-3 py-1.5 font-medium text-red-900 hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-offset-2"
        >
          {this.props.labels.retry}
        </button>
      </div>
    );
  }
}
