"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { overwrittenNoticeFor, type OverwrittenNotice } from "@/lib/board/notices";
import { createRefreshGate, reconnectDelay, serverAnswers, streamUrlAfter, type RefreshGate } from "./reconnect";

// The live board in the browser. One server-sent-events stream per browser, shared by its tabs: the
// tab holding a Web Lock opens the EventSource and passes every event on through a BroadcastChannel;
// when it closes, another tab takes the lock and continues after the last id seen, so tabs never
// exhaust HTTP/1.1's six connections. A change makes the page fetch its server state again
// (router.refresh: no reload, and fields someone is typing in keep their text: see ClauseCard).
// After a failure the browser reconnects by itself, except after a 5xx or a page that is no event
// stream (a proxy's 503): then the EventSource is CLOSED for good and we reopen it, with backoff
// (./reconnect.ts). A refresh waits until the server answers, so the board is never swapped for an
// error page.

type Presence = ReadonlyMap<string, readonly string[]>;
/** Someone kept their own text over the viewer's (lib/gedragscode/overwritten.ts): for the viewer only */
export type Overwritten = OverwrittenNotice;
type LiveState = {
  presence: Presence;
  lastChange: { actorName: string; at: number } | null;
  connected: boolean;
  overwritten: readonly Overwritten[];
  dismissOverwritten: (revisionId: string) => void;
};
type Incoming = { id: string; kind: string; actorName: string; overwrittenUserId?: string } & Partial<Overwritten>;

const LiveContext = createContext<LiveState>({
  presence: new Map(),
  lastChange: null,
  connected: false,
  overwritten: [],
  dismissOverwritten: () => undefined,
});

export const useBoardLive = () => useContext(LiveContext);

/** Presence older than this is dropped (a tab that closed without saying so). */
const PRESENCE_TTL_MS = 120_000;

export function BoardLive({
  streamUrl,
  channel,
  selfName,
  selfId,
  children,
}: {
  streamUrl: string;
  channel: string;
  /** The viewer's own name: their own "bezig" is not shown to themselves */
  selfName?: string;
  /** The viewer's user id: "your text was replaced" is shown to the overwritten person only */
  selfId?: string;
  children: React.ReactNode;
}) {
  const router = useRouter();
  const [presence, setPresence] = useState<Map<string, Map<string, number>>>(new Map());
  const [lastChange, setLastChange] = useState<LiveState["lastChange"]>(null);
  const [connected, setConnected] = useState(false);
  const [overwritten, setOverwritten] = useState<Overwritten[]>([]);
  const lastId = useRef<string>("");
  const refresher = useRef<RefreshGate | null>(null);

  useEffect(() => {
    const gate = createRefreshGate(serverAnswers, () => router.refresh());
    refresher.current = gate;
    return () => gate.dispose();
  }, [router]);

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
      const notice = overwrittenNoticeFor(e, selfId);
      // a catch-up may bring it twice: one notice per overwritten text
      if (notice) setOverwritten((prev) => [...prev.filter((n) => n.revisionId !== notice.revisionId), notice]);
      // someone arrived or left: no change to the board's content, so no "Laatste wijziging door …"
      if (kind !== "presence") setLastChange({ actorName: e.actorName, at: Date.now() });
      // several changes in one burst: one refresh
      refresher.current?.request();
    },
    [selfId],
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
    let retry: ReturnType<typeof setTimeout> | null = null;
    let attempt = 0;
    let dropped = false;
    let stopped = false;
    const open = () => {
      if (stopped) return;
      const current = new EventSource(streamUrlAfter(streamUrl, lastId.current));
      source = current;
      current.onopen = () => {
        attempt = 0;
        // back after a dropped connection: fetch the state once, whatever the catch-up brings
        if (dropped) refresher.current?.request(0);
        dropped = false;
        setConnected(true);
        bc?.postMessage({ type: "connected", value: true });
      };
      current.onerror = () => {
        dropped = true;
        setConnected(false);
        bc?.postMessage({ type: "connected", value: false });
        // CONNECTING: the browser tries again itself. CLOSED: it gave up; we reopen after the last id seen.
        if (current.readyState !== EventSource.CLOSED || stopped) return;
        current.close();
        if (retry) clearTimeout(retry);
        retry = setTimeout(open, reconnectDelay(attempt++));
      };
      current.addEventListener("change", (m) => {
        const data = JSON.parse((m as MessageEvent<string>).data) as Omit<Incoming, "id">;
        const e = { id: (m as MessageEvent).lastEventId, ...data };
        handle(e);
        bc?.postMessage(e);
      });
      // the projector's link was revoked or replaced: stop, and let the page say so (its refresh is the 404)
      current.addEventListener("closed", () => {
        stopped = true;
        current.close();
        router.refresh();
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
      stopped = true;
      if (retry) clearTimeout(retry);
      source?.close();
      release?.();
      bc?.close();
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
    const dismissOverwritten = (revisionId: string) => setOverwritten((prev) => prev.filter((n) => n.revisionId !== revisionId));
    return { presence: current, lastChange, connected, overwritten, dismissOverwritten };
  }, [presence, lastChange, connected, selfName, now, overwritten]);

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
