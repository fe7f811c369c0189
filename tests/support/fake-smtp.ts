import net from "node:net";

/**
 * A minimal SMTP server on loopback that accepts every message and keeps it, for delivery tests.
 * `delayMs`: how long it takes to accept each message (a slow server).
 */
export async function startFakeSmtp({ delayMs = 0 }: { delayMs?: number } = {}) {
  const messages: { from: string; to: string[]; data: string }[] = [];
  const server = net.createServer((socket) => {
    let buffer = "";
    let inData = false;
    let current = { from: "", to: [] as string[], data: "" };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 fake-smtp ready");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      while (true) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end === -1) return;
          current.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          const accepted = current;
          current = { from: "", to: [], data: "" };
          inData = false;
          const accept = () => {
            messages.push(accepted);
            reply("250 OK queued");
          };
          if (delayMs > 0) setTimeout(accept, delayMs);
          else accept();
          continue;
        }
        const nl = buffer.indexOf("\r\n");
        if (nl === -1) return;
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        const cmd = line.slice(0, 4).toUpperCase();
        if (cmd === "MAIL") current.from = line;
        if (cmd === "RCPT") current.to.push(line);
        if (cmd === "DATA") inData = true;
        reply(cmd === "DATA" ? "354 go ahead" : cmd === "QUIT" ? "221 bye" : "250 OK");
        if (cmd === "QUIT") socket.end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, messages, close: () => new Promise<void>((r) => server.close(() => r())) };
}
