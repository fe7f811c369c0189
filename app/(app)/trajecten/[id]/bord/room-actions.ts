"use server";

import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { cardToClause, groupCards, hideCard, ungroupCard } from "@/lib/room/cards";
import { closeRoom, openRoom, setVoting } from "@/lib/room/rooms";
import {
  cardActionSchema,
  closeRoomSchema,
  groupSchema,
  hideSchema,
  openRoomSchema,
  toClauseSchema,
  votingSchema,
} from "@/lib/room/schema";
import { formatJoinCode } from "@/lib/room/join-code";

// The facilitator's room controls on the board (ADR 029): thin, each a domain function in lib/room.

const PAGE = "/trajecten/[id]/bord";

const open = createAction({ schema: openRoomSchema }, (i, actor) => openRoom({ actor, ...i }));
const close = createAction({ schema: closeRoomSchema }, (i, actor) => closeRoom({ actor, ...i }));
const voting = createAction({ schema: votingSchema }, (i, actor) => setVoting({ actor, ...i }));
const group = createAction({ schema: groupSchema }, (i, actor) => groupCards({ actor, ...i }));
const ungroup = createAction({ schema: cardActionSchema }, (i, actor) => ungroupCard({ actor, ...i }));
const hide = createAction({ schema: hideSchema }, (i, actor) => hideCard({ actor, ...i }));
const toClause = createAction({ schema: toClauseSchema }, ({ gezondheidscheck, ...i }, actor) =>
  cardToClause({ actor, ...i, confirmed: gezondheidscheck === "bewaren" }),
);

export const openRoomAction = async (_p: FormState, f: FormData) =>
  toFormState(await open(f), (r) => `De deelname is open. De code is ${formatJoinCode(r.joinCode)}.`, PAGE);
export const closeRoomAction = async (_p: FormState, f: FormData) =>
  toFormState(await close(f), "De deelname is gesloten: telefoons kunnen niets meer toevoegen.", PAGE);
export const votingAction = async (_p: FormState, f: FormData) => toFormState(await voting(f), "Het stemmen is bijgewerkt.", PAGE);
export const groupAction = async (_p: FormState, f: FormData) => toFormState(await group(f), "De kaarten zijn gegroepeerd.", PAGE);
export const ungroupAction = async (_p: FormState, f: FormData) => toFormState(await ungroup(f), "De kaart staat weer los.", PAGE);
export const hideAction = async (_p: FormState, f: FormData) =>
  toFormState(await hide(f), "Bijgewerkt: wat op het scherm staat, is aangepast.", PAGE);
export const toClauseAction = async (_p: FormState, f: FormData) =>
  toFormState(await toClause(f), "De afspraak staat in de code. Werk hem hierboven verder uit.", PAGE);
