import { Component, type ReactNode } from 'react';

/**
 * Keeps a chart that fails (its code did not load, say) from taking the page with it: the
 * fallback says so, and the figure's summary and table still carry the numbers.
 */
export class ChartBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
