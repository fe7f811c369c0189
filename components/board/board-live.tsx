"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";

// The live board in the browser. One server-sent-events stream per browser, shared by its tabs: the
// tab holding a Web Lock opens the EventSource and passes every event on through a BroadcastChannel;
// when it closes, another tab takes the lock and continues after the last id seen, so tabs never
// exhaust HTTP/1.1's six connections. A change makes the page fetch its server state again
// (router.refresh: no reload, and fields someone is typing in keep their text: see ClauseCard).

type Presence = ReadonlyMap<string, readonly string[]>;
type LiveState = { presence: Presence; lastChange: { actorName: string; at: number } | null; connected: boolean };
type Incoming = { id: string; kind: string; actorName: string };

const LiveContext = createContext<LiveState>({ presence: new Map(), lastChange: null, connected: false });

export const useBoardLive = () => useContext(LiveContext);

/** Presence older than this is dropped (a tab that closed without saying so). */
const PRESENCE_TTL_MS = 120_000;

export function BoardLive({
  streamUrl,
  channel,
  selfName,
  children,
}: {
  streamUrl: string;
  channel: string;
  /** The viewer's own name: their own "bezig" is not shown to themselves */
  selfName?: string;
  children: React.ReactNode;
}) {
  const router = useRouter();
  const [presence, setPresence] = useState<Map<string, Map<string, number>>>(new Map());
  const [lastChange, setLastChange] = useState<LiveState["lastChange"]>(null);
  const [connected, setConnected] = useState(false);
  const lastId = useRef<string>("");
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const handle = useCallback(
    (e: Incoming) => {
      lastId.current = e.id;
      const [kind, clauseId] = e.kind.split(":");
      if ((kind === "editing" || kind === "idle") && clauseId) {
        setPresence((prev) => {
          const next = new Map(prev);
          const who = new Map(next.get(clauseId) ?? []);
          if (kind === "editing") who.set(e.actorName, Date.now());
          else who.delete(e.actorName);
          next.set(clauseId, who);
          return next;
        });
        return;
      }
      setLastChange({ actorName: e.actorName, at: Date.now() });
      // several changes in one burst: one refresh
      if (refreshTimer.current) clearTimeout(refreshTimer.current);
      refreshTimer.current = setTimeout(() => router.refresh(), 60);
    },
    [router],
  );

  useEffect(() => {
    const bc = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(channel);
    if (bc)
      bc.onmessage = (m: MessageEvent<Incoming | { type: "connected"; value: boolean }>) => {
        if ("type" in m.data) setConnected(m.data.value);
        else handle(m.data);
      };
    let source: EventSource | null = null;
    let release: (() => void) | null = null;
    const open = () => {
      const url = lastId.current ? `${streamUrl}?after=${encodeURIComponent(lastId.current)}` : streamUrl;
      source = new EventSource(url);
      let dropped = false;
      source.onopen = () => {
        // back after a dropped connection: fetch the state once, whatever the catch-up brings
        if (dropped) router.refresh();
        setConnected(true);
        bc?.postMessage({ type: "connected", value: true });
      };
      source.onerror = () => {
        dropped = true;
        setConnected(false);
        bc?.postMessage({ type: "connected", value: false });
      };
      source.addEventListener("change", (m) => {
        const data = JSON.parse((m as MessageEvent<string>).data) as { kind: string; actorName: string };
        const e = { id: (m as MessageEvent).lastEventId, ...data };
        handle(e);
        bc?.postMessage(e);
      });
    };
    if (bc && typeof navigator !== "undefined" && navigator.locks) {
      // the lock is held for as long as the promise is pending: until this tab closes or unmounts
      void navigator.locks.request(
        `ww-board:${channel}`,
        () =>
          new Promise<void>((resolve) => {
            release = resolve;
            open();
          }),
      );
    } else {
      open();
    }
    return () => {
      source?.close();
      release?.();
      bc?.close();
      if (refreshTimer.current) clearTimeout(refreshTimer.current);
    };
  }, [streamUrl, channel, handle, router]);

  // presence expires: a clock that ticks every 30 s, read in render as state (not Date.now())
  const [now, setNow] = useState(0);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const timer = setInterval(tick, 30_000);
    const first = setTimeout(tick, 0);
    return () => {
      clearInterval(timer);
      clearTimeout(first);
    };
  }, []);

  const value = useMemo<LiveState>(() => {
    const current = new Map<string, string[]>();
    for (const [clauseId, who] of presence) {
      const names = [...who].filter(([name, at]) => name !== selfName && (now === 0 || at > now - PRESENCE_TTL_MS)).map(([name]) => name);
      if (names.length > 0) current.set(clauseId, names);
    }
    return { presence: current, lastChange, connected };
  }, [presence, lastChange, connected, selfName, now]);

  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

/** A small line for the top of the board: live or reconnecting, and who changed something last. */
export function BoardLiveStatus() {
  const { connected, lastChange } = useBoardLive();
  return (
    <p role="status" aria-live="polite" className="text-sm text-slate-700" data-testid="board-status">
      <span aria-hidden="true" className={`mr-2 inline-block size-2 rounded-full ${connected ? "bg-brand-600" : "bg-slate-400"}`} />
      {connected ? "Live: wijzigingen van anderen verschijnen vanzelf." : "Verbinden…"}
      {lastChange ? ` Laatste wijziging door ${lastChange.actorName}.` : ""}
    </p>
  );
}
