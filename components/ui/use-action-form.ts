"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import { useKeepFocusOnRemoval } from "./use-keep-focus";

/**
 * useActionState for a whole form, without losing what was typed: React resets a form after every
 * `action` submission, also when the server refused it (a typo in one field would empty them all).
 * With JavaScript the form is submitted from onSubmit instead, and reset only after a success; without
 * JavaScript the `action` posts as before (the page then shows the result).
 */
export function useActionForm<S extends { ok: boolean } | null>(
  action: (prev: Awaited<S>, formData: FormData) => Promise<S>,
  initial: Awaited<S>,
) {
  const [state, formAction, pending] = useActionState<S, FormData>(action, initial);
  const ref = useRef<HTMLFormElement>(null);
  useKeepFocusOnRemoval(ref);
  useEffect(() => {
    if (state?.ok) ref.current?.reset();
  }, [state]);
  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    if (e.defaultPrevented) return; // e.g. a confirm() that said no
    e.preventDefault();
    const formData = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(formData));
  };
  return { state, pending, formProps: { ref, action: formAction, onSubmit } };
}
