"use client";

import { useEffect, useRef, useState } from "react";
import { clockInWords, formatClock, timerRemaining } from "@/lib/room/timer";

// The agenda step's name and its timer, on the projector, the facilitator's board and the phones. The
// clock counts down from the room's timerEndsAt (or stands still on the paused seconds); the server's
// clock sets the pace (serverNow: a phone whose clock is a minute off still shows the room's time).
// The visible clock is no live region (it would speak every second); a polite announcement comes once
// at one minute left and once at zero. No red: the end is said in words, in the calm brand colours.

export interface StepTimerProps {
  stepName: string | null;
  stepIndex: number;
  stepCount: number;
  timerEndsAt: string | null;
  timerLeftSeconds: number | null;
  /** The server's time when the page was made (ISO), to correct this device's clock */
  serverNow: string;
  size?: "large" | "normal";
}

export const TIME_UP = "De tijd voor deze stap is om";
const ONE_MINUTE = "Nog één minuut voor deze stap";

export function StepTimer({ stepName, stepIndex, stepCount, timerEndsAt, timerLeftSeconds, serverNow, size = "normal" }: StepTimerProps) {
  const timer = { timerEndsAt, timerLeftSeconds };
  // the first render (server and hydration alike) reads the server's clock; then this device's, corrected
  const [seconds, setSeconds] = useState(() => timerRemaining(timer, new Date(serverNow)).seconds);
  const state = timerRemaining(timer, new Date(serverNow)).state;
  const [announcement, setAnnouncement] = useState("");
  const announced = useRef<{ key: string; minute: boolean; zero: boolean }>({ key: "", minute: false, zero: false });

  useEffect(() => {
    const skew = new Date(serverNow).getTime() - Date.now();
    const key = `${timerEndsAt}|${timerLeftSeconds}`;
    if (announced.current.key !== key) {
      // a new or changed timer: what it already passed is not announced again
      const start = timerRemaining({ timerEndsAt, timerLeftSeconds }, Date.now() + skew).seconds;
      announced.current = { key, minute: start <= 60, zero: start === 0 };
    }
    const tick = () => {
      const left = timerRemaining({ timerEndsAt, timerLeftSeconds }, Date.now() + skew).seconds;
      setSeconds(left);
      if (timerEndsAt === null) return;
      if (left === 0 && !announced.current.zero) {
        announced.current.zero = true;
        setAnnouncement(`${TIME_UP}.`);
      } else if (left <= 60 && left > 0 && !announced.current.minute) {
        announced.current.minute = true;
        setAnnouncement(`${ONE_MINUTE}.`);
      }
    };
    const first = setTimeout(tick, 0);
    const every = timerEndsAt === null ? null : setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      if (every) clearInterval(every);
    };
  }, [timerEndsAt, timerLeftSeconds, serverNow]);

  const large = size === "large";
  const up = state === "running" && seconds === 0;
  return (
    <div className={`flex flex-wrap items-baseline gap-x-6 gap-y-2 ${large ? "text-4xl" : "text-base"}`} data-testid="step-timer">
      {stepName ? (
        <p className="font-semibold text-brand-800">
          <span className="font-normal text-slate-700">
            Stap {stepIndex + 1} van {stepCount}:{" "}
          </span>
          {stepName}
        </p>
      ) : null}
      {state === "off" ? null : (
        <p className={`font-semibold tabular-nums ${up ? "rounded-md bg-amber-100 px-3 text-amber-950" : "text-ink"}`}>
          <span className="sr-only">
            {state === "paused" ? "Klok gepauzeerd, nog " : "Nog "}
            {clockInWords(seconds)}
          </span>
          <span aria-hidden="true" data-testid="step-clock">
            {up ? "Tijd is om" : formatClock(seconds)}
          </span>
          {state === "paused" ? (
            <span aria-hidden="true" className="ml-3 font-normal text-slate-700">
              (gepauzeerd)
            </span>
          ) : null}
        </p>
      )}
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
