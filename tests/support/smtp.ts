// A real SMTP server for tests (smtp-server on 127.0.0.1, a free port, no TLS, no auth), keeping
// each message it accepted, parsed with mailparser. `holdReplies` lets a test act between the
// moment the server has the whole message and the moment it answers "250 accepted".
import { type AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface TestSmtp {
  url: string;
  received: ParsedMail[];
  /** Raw bytes of each message the server has read, accepted or not (the bytes are on the wire). */
  onWire: string[];
  /** Resolves when `count` messages have been accepted. */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  /** The next message's data, before the server answers; call `accept()` to answer 250. */
  holdNext(): Promise<{ raw: string; accept(): void }>;
  /** The server answers the next `count` messages with a temporary failure (451). */
  refuseNext(count: number): void;
  close(): Promise<void>;
}

export async function startTestSmtp(): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  const onWire: string[] = [];
  const waiters: (() => void)[] = [];
  let hold: ((held: { raw: string; accept(): void }) => void) | null = null;
  let refusals = 0;

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        onWire.push(raw);
        if (refusals > 0) {
          refusals--;
          const error = Object.assign(new Error("Try again later"), { responseCode: 451 });
          callback(error);
          return;
        }
        const accept = () => {
          void simpleParser(raw).then((parsed) => {
            received.push(parsed);
            for (const wake of waiters.splice(0)) wake();
          });
          callback();
        };
        if (hold) {
          const release = hold;
          hold = null;
          release({ raw, accept });
        } else {
          accept();
        }
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    onWire,
    async waitFor(count, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`Expected ${count} messages, received ${received.length}.`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
      return received;
    },
    holdNext() {
      return new Promise((resolve) => {
        hold = resolve;
      });
    },
    refuseNext(count) {
      refusals = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
