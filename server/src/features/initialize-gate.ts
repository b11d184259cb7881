// The LSP lifecycle enforced before any handler runs: a message reader that wraps the transport's
// reader. Before `initialize`, requests are answered ServerNotInitialized (-32002) and
// notifications other than `exit` are dropped; a second `initialize` is an invalid request; a
// request whose params are null (other than `shutdown`, which has none) is InvalidParams (-32602)
// instead of reaching a handler that would fail with an internal error.
import { AbstractMessageReader, ErrorCodes, type DataCallback, type Disposable, type Message, type MessageReader } from 'vscode-languageserver';

interface RawMessage {
  jsonrpc?: string;
  id?: number | string | null;
  method?: string;
  params?: unknown;
}

/** Requests that take no params. */
const NO_PARAMS = new Set(['shutdown']);

export class InitializeGate extends AbstractMessageReader implements MessageReader {
  private initialized = false;
  private readonly subscriptions: Disposable[] = [];

  /** `reply` writes a response (an error) straight to the client. */
  constructor(private readonly inner: MessageReader, private readonly reply: (m: Message) => void) {
    super();
    this.subscriptions.push(inner.onError((e) => this.fireError(e)), inner.onClose(() => this.fireClose()), inner.onPartialMessage((p) => this.firePartialMessage(p)));
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message) => {
      const verdict = this.judge(message as RawMessage);
      if (verdict === 'pass') callback(message);
      else if (verdict !== 'drop') this.reply({ jsonrpc: '2.0', id: (message as RawMessage).id ?? null, error: verdict } as Message);
    });
  }

  private judge(m: RawMessage): 'pass' | 'drop' | { code: number; message: string } {
    const isRequest = typeof m.method === 'string' && m.id !== undefined;
    const isNotification = typeof m.method === 'string' && m.id === undefined;
    if (!isRequest && !isNotification) return 'pass'; // a response to a request of ours
    if (m.method === 'initialize') {
      if (this.initialized) return { code: ErrorCodes.InvalidRequest, message: 'initialize was already called on this connection' };
      if (isRequest && (m.params === null || typeof m.params !== 'object')) return { code: ErrorCodes.InvalidParams, message: 'initialize needs InitializeParams' };
      this.initialized = true;
      return 'pass';
    }
    if (!this.initialized) {
      if (isNotification) return m.method === 'exit' ? 'pass' : 'drop';
      return { code: ErrorCodes.ServerNotInitialized, message: `${m.method}: the server is not initialized yet (send initialize first)` };
    }
    if (isRequest && m.params === null && !NO_PARAMS.has(m.method!)) return { code: ErrorCodes.InvalidParams, message: `${m.method}: params must be an object, not null` };
    return 'pass';
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.inner.dispose();
    super.dispose();
  }
}
