// A screen reading a live stream as EventSource does: id:/event:/data: blocks, the arrival time of each event.

export interface Viewer {
  /** LiveEvent id → performance.now() when the screen read it */
  received: Map<string, number>;
  connected: Promise<void>;
  abort: () => void;
  /** An error that ended the stream early, if any */
  failure: () => unknown;
  /** Events this screen read twice (a reconnect that replayed what it had) */
  duplicates: () => number;
  /** The last event id read: what a reconnect sends as Last-Event-ID */
  lastId: () => string;
}

/** A projector screen: a plain fetch reading the event stream, parsing id:/event:/data: as EventSource does. */
export function connectViewer(url: string, headers: Record<string, string> = {}): Viewer {
  const controller = new AbortController();
  const received = new Map<string, number>();
  let failure: unknown = null;
  let duplicates = 0;
  let lastId = "";
  let onConnected!: () => void;
  let onFailed!: (e: unknown) => void;
  const connected = new Promise<void>((res, rej) => ((onConnected = res), (onFailed = rej)));
  void (async () => {
    try {
      const res = await fetch(url, { signal: controller.signal, headers: { accept: "text/event-stream", ...headers } });
      if (!res.ok || !res.body) throw new Error(`stream answered ${res.status}`);
      onConnected();
      const decoder = new TextDecoder();
      let buffer = "";
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        const now = performance.now();
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let id = "";
          let event = "message";
          let data = "";
          for (const line of block.split("\n")) {
            if (line.startsWith(":")) continue; // comment: connected, heartbeat
            const colon = line.indexOf(":");
            const field = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
            if (field === "id") id = value;
            else if (field === "event") event = value;
            else if (field === "data") data += (data ? "\n" : "") + value;
          }
          if (event === "change" && id && data) {
            JSON.parse(data) as { kind: string; actorName: string };
            if (received.has(id)) duplicates++;
            else received.set(id, now);
            lastId = id;
          }
        }
      }
    } catch (e) {
      if (!controller.signal.aborted) failure = e;
      onFailed(e);
    }
  })();
  connected.catch(() => undefined);
  return {
    received,
    connected,
    abort: () => controller.abort(),
    failure: () => failure,
    duplicates: () => duplicates,
    lastId: () => lastId,
  };
}
