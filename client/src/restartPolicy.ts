// When the language server process dies, the client starts it again, unless it keeps dying:
// more than `maxRestarts` crashes within `windowMs` is a crash loop, and the client gives up
// until the user restarts the server. A crash long ago does not count against a new one, so a
// server that crashes once a day is restarted every time. No vscode import: unit-tested.

export interface RestartDecision {
  /** Start the server again. */
  restart: boolean;
  /** Crashes within the window, this one included. */
  recent: number;
}

export class RestartPolicy {
  private crashes: number[] = [];

  constructor(readonly maxRestarts = 4, readonly windowMs = 3 * 60_000) {}

  /** Records a crash at `now` (ms) and says whether to restart. */
  crashed(now: number = Date.now()): RestartDecision {
    this.crashes = this.crashes.filter((t) => now - t < this.windowMs);
    this.crashes.push(now);
    return { restart: this.crashes.length <= this.maxRestarts, recent: this.crashes.length };
  }

  /** Forgets earlier crashes (the user restarted the server). */
  reset(): void {
    this.crashes = [];
  }
}
