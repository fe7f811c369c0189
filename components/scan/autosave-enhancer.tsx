"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import type { AutosaveInput, AutosaveResult } from "@/lib/scan/respondent/answer-schema";
import { createRetryQueue } from "./autosave-retry";
import { SELF_GRADE_FIELD, SHARE_FIELD, answerField, parseAnswerFieldName, parseNoteKey } from "@/lib/scan/respondent/field-names";

type Status = "idle" | "saving" | "saved" | "retrying" | "busy" | "stopped";
type Payload = AutosaveInput;

const MESSAGES: Record<Status, string> = {
  idle: "",
  saving: "Bezig met opslaan…",
  saved: "Alle antwoorden zijn opgeslagen.",
  retrying: "Nog niet opgeslagen: de verbinding lijkt weg. We blijven het proberen; uw antwoord is niet kwijt.",
  busy: "Even geduld: er komen nu heel veel antwoorden tegelijk binnen. Uw antwoord wordt zo meteen opgeslagen; het is niet kwijt.",
  stopped: "",
};

const noSubscription = () => () => {};

/** Until this script runs, only the form's own button saves: the line says so, and promises nothing more. */
export const BEFORE_READY_MESSAGE = "Opslaan en verder bewaart uw antwoorden.";
export const READY_MESSAGE = "Uw antwoorden worden meteen opgeslagen.";

/**
 * Adds autosave to the plain HTML scan form: every answer is saved the moment it changes, text
 * after a short pause. Saves are queued per field (the newest value wins) and retried when the network
 * or the server fails: one at a time on a short backoff, and all at once as soon as one gets through
 * or the browser is online again (./autosave-retry.ts). Without JavaScript this component does nothing and the form still works.
 * On a slow phone people answer before this script has run: on start it saves every answer and note
 * that differs from what the page was rendered with (the inputs' default state is what is stored).
 */
export function AutosaveEnhancer({
  formId,
  token,
  onShareChoice,
}: {
  formId: string;
  token: string;
  /** saves the share checkbox (a server action bound to the link); the checkbox is not an autosave payload */
  onShareChoice?: (shared: boolean) => Promise<{ ok: boolean; message?: string }>;
}) {
  const [status, setStatus] = useState<Status>("idle");
  const [notice, setNotice] = useState("");
  // false in the server's HTML and until hydration, true once this component runs in the browser
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    const pending = new Map<string, Payload>();
    const inFlight = new Set<string>();
    const timers = new Map<string, number>();
    let stopped = false;
    const retries = createRetryQueue(
      (key) => void send(key),
      (key) => pending.has(key) && !inFlight.has(key),
    );

    const revInput = (key: string) => form.querySelector<HTMLInputElement>(`input[data-rev-for="${CSS.escape(key)}"]`);
    const statusFor = (key: string) => form.querySelector<HTMLElement>(`[data-status-for="${CSS.escape(key)}"]`);
    const refresh = () => {
      if (stopped) return;
      setStatus(inFlight.size > 0 || pending.size > 0 ? "saving" : "saved");
    };

    const applyCurrent = (key: string, value: unknown) => {
      if (parseNoteKey(key)) {
        const area = form.querySelector<HTMLTextAreaElement>(`textarea[data-note-key="${CSS.escape(key)}"]`);
        if (area) area.value = String(value ?? "");
      } else {
        const name = key === SELF_GRADE_FIELD ? SELF_GRADE_FIELD : answerField(key);
        form.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(name)}"]`).forEach((el) => {
          el.checked = el.value === String(value);
        });
        const select = form.querySelector<HTMLSelectElement>(`select[name="${CSS.escape(name)}"]`);
        if (select) select.value = value == null ? "" : String(value);
      }
    };

    async function send(key: string): Promise<void> {
      const payload = pending.get(key);
      if (!payload || inFlight.has(key) || stopped) return;
      pending.delete(key);
      inFlight.add(key);
      refresh();
      const revision = Number(revInput(key)?.value ?? 0);
      let result: AutosaveResult | null = null;
      let retryAfterMs = 0;
      try {
        const res = await fetch(`/api/scan/${token}/autosave`, {
          method: "PUT",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ ...payload, revision }),
          keepalive: true,
        });
        if (res.status === 429) retryAfterMs = 1000 * Math.min(60, Math.max(1, Number(res.headers.get("retry-after")) || 10));
        result = res.status >= 500 || res.status === 429 ? null : ((await res.json()) as AutosaveResult);
      } catch {
        result = null;
      }
      inFlight.delete(key);
      if (!result) {
        if (!pending.has(key)) pending.set(key, payload); // keep it unless a newer value is queued
        setStatus(retryAfterMs ? "busy" : "retrying");
        retries.failed(key, retryAfterMs);
        return;
      }
      if (result.ok) {
        const rev = revInput(key);
        if (rev) rev.value = String(result.revision);
        const s = statusFor(key);
        if (s) s.textContent = "";
      } else if (result.code === "CONFLICT") {
        pending.delete(key);
        const rev = revInput(key);
        if (rev) rev.value = String(result.current.revision);
        applyCurrent(key, result.current.value);
        const s = statusFor(key);
        if (s) s.textContent = result.message;
      } else if (result.code === "LOCKED" || result.code === "INVITE_INVALID") {
        stopped = true;
        setStatus("stopped");
        setNotice(
          result.code === "LOCKED"
            ? result.message
            : "Deze link werkt niet meer, bijvoorbeeld omdat er een nieuwe link is gestuurd. Wat al was opgeslagen, blijft bewaard. Gebruik de nieuwste link uit uw e-mail.",
        );
        return;
      } else {
        const s = statusFor(key);
        if (s) s.textContent = result.message;
      }
      retries.succeeded(); // the server answers: what waited goes now
      if (pending.has(key)) void send(key);
      refresh();
    }

    const queue = (key: string, payload: Payload, delay = 0) => {
      pending.set(key, payload);
      window.clearTimeout(timers.get(key));
      if (delay === 0) void send(key);
      else
        timers.set(
          key,
          window.setTimeout(() => void send(key), delay),
        );
      refresh();
    };

    const onChange = (e: Event) => {
      const el = e.target as HTMLInputElement | HTMLSelectElement;
      const itemKey = el.name ? parseAnswerFieldName(el.name) : null;
      if (itemKey !== null) {
        queue(itemKey, { type: "answer", itemKey, value: el.value === "dontKnow" ? "dontKnow" : Number(el.value), revision: 0 });
      } else if (el.name === SELF_GRADE_FIELD) {
        queue(SELF_GRADE_FIELD, { type: "selfGrade", value: el.value === "" ? null : Number(el.value), revision: 0 });
      } else if (el.name === SHARE_FIELD && onShareChoice) {
        void saveShare((el as HTMLInputElement).checked);
      }
    };
    // The newest choice wins: a click while one is saving is sent after it.
    let shareWanted: boolean | null = null;
    async function saveShare(shared: boolean): Promise<void> {
      shareWanted = shared;
      if (inFlight.has(SHARE_FIELD) || stopped || !onShareChoice) return;
      inFlight.add(SHARE_FIELD);
      refresh();
      const s = statusFor(SHARE_FIELD);
      while (shareWanted !== null && !stopped) {
        const value: boolean = shareWanted;
        shareWanted = null;
        const result = await onShareChoice(value).catch(() => ({
          ok: false,
          message: "Uw keuze is nog niet opgeslagen. Gebruik de knop onderaan om op te slaan.",
        }));
        if (s) s.textContent = result.ok ? "" : (result.message ?? "");
      }
      inFlight.delete(SHARE_FIELD);
      refresh();
    }
    const onInput = (e: Event) => {
      const el = e.target as HTMLTextAreaElement;
      const key = el.dataset.noteKey;
      if (key) queue(key, { type: "note", key, text: el.value, revision: 0 }, 800);
    };
    // What was answered before we listened: the browser kept it in the form, but no event reached us.
    const catchUp = () => {
      const groups = new Set<string>();
      form.querySelectorAll<HTMLInputElement>('input[type="radio"]').forEach((el) => groups.add(el.name));
      for (const name of groups) {
        const radios = [...form.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(name)}"]`)];
        const current = radios.find((r) => r.checked);
        if (current && !current.defaultChecked) onChange({ target: current } as unknown as Event);
      }
      form.querySelectorAll<HTMLTextAreaElement>("textarea[data-note-key]").forEach((area) => {
        const key = area.dataset.noteKey!;
        if (area.value !== area.defaultValue) queue(key, { type: "note", key, text: area.value, revision: 0 });
      });
    };
    const onBlur = (e: FocusEvent) => {
      const key = (e.target as HTMLElement).dataset?.noteKey;
      if (key && pending.has(key)) {
        window.clearTimeout(timers.get(key));
        void send(key);
      }
    };
    // leaving while a save is still under way: let the browser ask first, so nothing is lost
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!stopped && (pending.size > 0 || inFlight.size > 0)) e.preventDefault();
    };
    const onSubmit = () => window.removeEventListener("beforeunload", onBeforeUnload); // the form post saves everything itself
    const onOnline = () => retries.now();
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("online", onOnline);
    form.addEventListener("submit", onSubmit);
    form.addEventListener("change", onChange);
    form.addEventListener("input", onInput);
    form.addEventListener("focusout", onBlur);
    catchUp();
    return () => {
      stopped = true;
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("online", onOnline);
      retries.dispose();
      form.removeEventListener("submit", onSubmit);
      form.removeEventListener("change", onChange);
      form.removeEventListener("input", onInput);
      form.removeEventListener("focusout", onBlur);
      timers.forEach((t) => window.clearTimeout(t));
    };
  }, [formId, token, onShareChoice]);

  return (
    <div
      className="autosave-bar sticky bottom-0 z-10 -mx-4 border-t border-brand-100 bg-white/95 px-4 py-2 text-sm"
      role="status"
      aria-live="polite"
      data-testid="autosave-status"
    >
      {notice || MESSAGES[status] || (ready ? READY_MESSAGE : BEFORE_READY_MESSAGE)}
    </div>
  );
}
