// The language server's transport, chosen from the command line as vscode-languageserver does
// (--node-ipc, --stdio, --socket=N, --pipe=NAME), with the reader wrapped in the lifecycle gate.
import {
  createServerPipeTransport, createServerSocketTransport, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter,
  type MessageReader, type MessageWriter,
} from 'vscode-languageserver/node';
import { InitializeGate } from './initialize-gate';

export interface Transport {
  reader: MessageReader;
  writer: MessageWriter;
  /** Over stdio: stdout carries the protocol, so nothing else may print there. */
  stdio: boolean;
}

function fromArgs(argv: string[]): { reader: MessageReader; writer: MessageWriter; stdio: boolean } {
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = argv[i].split('=');
    if (flag === '--node-ipc') return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process), stdio: false };
    if (flag === '--stdio') return { reader: new StreamMessageReader(process.stdin), writer: new StreamMessageWriter(process.stdout), stdio: true };
    if (flag === '--socket') {
      const [reader, writer] = createServerSocketTransport(Number(value ?? argv[i + 1]));
      return { reader, writer, stdio: false };
    }
    if (flag === '--pipe') {
      const [reader, writer] = createServerPipeTransport(value ?? argv[i + 1]);
      return { reader, writer, stdio: false };
    }
  }
  throw new Error('Start the server with --stdio, --node-ipc, --socket=PORT or --pipe=NAME.');
}

export function serverTransport(argv = process.argv.slice(2)): Transport {
  const t = fromArgs(argv);
  const reader = new InitializeGate(t.reader, (m) => void t.writer.write(m));
  return { reader, writer: t.writer, stdio: t.stdio };
}
