"use client";

import { useEffect } from "react";
import { PRESENCE_BEAT_MS } from "@/lib/room/presence-groups";

// "I am on this board": a heartbeat every ~25 s while the page is open (lib/room/presence.ts), and a
// goodbye as it closes (pagehide, or leaving the page inside the app) through sendBeacon, which the
// browser still sends while the page goes. Without JavaScript nobody is counted: no harm.
// A random id per tab: a person with two tabs open closes one and is still there.

export function PresenceBeacon({ url }: { url: string }) {
  useEffect(() => {
    // getRandomValues, not randomUUID: that one exists only on https (and localhost)
    const tab = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, "0")).join("");
    const body = (leaving: boolean) => JSON.stringify({ tab, leaving });
    const beat = () => {
      if (document.visibilityState === "hidden") return;
      void fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: body(false), keepalive: true }).catch(() => {
        // offline for a moment: the next beat tries again, and a minute of silence counts as gone
      });
    };
    const leave = () => navigator.sendBeacon?.(url, new Blob([body(true)], { type: "application/json" }));
    const first = setTimeout(beat, 0);
    const every = setInterval(beat, PRESENCE_BEAT_MS);
    // back on a tab that was hidden: here again at once
    const onVisible = () => {
      if (document.visibilityState === "visible") beat();
    };
    window.addEventListener("pagehide", leave);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearTimeout(first);
      clearInterval(every);
      window.removeEventListener("pagehide", leave);
      document.removeEventListener("visibilitychange", onVisible);
      leave();
    };
  }, [url]);
  return null;
}
