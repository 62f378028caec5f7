import { useNavigate, useSearchParams } from "react-router";
import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useRef } from "react";
import { deckSubject, slideIndexFromParam, type DeckAddress } from "~/features/present/deck-address";
import { applySlideCommand, slideCommandForKey, type SlideCommand } from "~/features/present/slide-commands";

/**
 * The current slide lives in the address (`?slide=3`): a refresh or a shared link stays on it. Moving replaces
 * the history entry (the back button leaves the presentation instead of stepping through slides); the route's
 * shouldRevalidate keeps such moves from reloading the data.
 */
export function useSlideNavigation(count: number) {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const index = slideIndexFromParam(searchParams.get("slide"), count);
  // The slide shown, for event handlers between renders (goTo moves it ahead of the navigation it starts).
  const latest = useRef({ index, searchParams });
  useLayoutEffect(() => {
    latest.current = { index, searchParams };
  }, [index, searchParams]);

  const goTo = useCallback(
    (target: number) => {
      const clamped = Math.min(Math.max(target, 0), count - 1);
      const params = new URLSearchParams(latest.current.searchParams);
      if (String(clamped + 1) === params.get("slide")) return;
      params.set("slide", String(clamped + 1));
      latest.current = { index: clamped, searchParams: params };
      navigate({ search: `?${params}` }, { replace: true, preventScrollReset: true });
    },
    [count, navigate],
  );
  const run = useCallback((command: SlideCommand) => goTo(applySlideCommand(latest.current.index, count, command)), [count, goTo]);
  // Like the slide, the notes flag is read from the address: toggling it reloads no data (shouldRevalidate).
  const showNotes = searchParams.get("notes") === "1";
  return { index, goTo, run, latest, showNotes };
}

/**
 * Arrow keys, Page Up / Page Down (clickers), space / shift+space, Home and End anywhere on the page, except
 * while typing, and except space on a button or link (which activates it). `onCommand` gets whether the key
 * came from outside the given controls (then focus follows the slide).
 */
export function useSlideKeys(run: (command: SlideCommand, fromControls: boolean) => void, controls: React.RefObject<HTMLElement | null>) {
  const onCommand = useEffectEvent(run);
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      const command = slideCommandForKey(event);
      if (!command) return;
      if (event.key === " " && target?.closest("button, a, summary")) return;
      event.preventDefault();
      // The bar's title is no control: after an in-app arrival the route focus puts the focus on it (ADR 027), and the
      // first key then moves the focus to the slide, as from anywhere else on the page.
      const onControls = target !== null && controls.current?.contains(target) === true && !target.matches("h1");
      onCommand(command, !onControls);
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [controls]);
}

/** Messages between the presenter and its notes window (same browser, same deck). */
export type DeckMessage = { type: "slide"; index: number } | { type: "go"; index: number } | { type: "hello" };

/** One channel per deck: roles or list, vintage and data pin (a pinned deck's notes never steer the current deck's slides). */
export function deckChannelName(address: Pick<DeckAddress, "slugs" | "explorer" | "vintage" | "dataVersion">): string {
  const { vintage, dataVersion } = address;
  return `career-atlas-present:${deckSubject(address).join("&")}:${vintage}${dataVersion ? `:${dataVersion}` : ""}`;
}

/**
 * A BroadcastChannel for the deck while mounted (none in browsers without it: the windows then work alone).
 * `onMessage` gets each message and the function that posts a reply.
 */
export function useDeckChannel(name: string, onMessage: (message: DeckMessage, post: (message: DeckMessage) => void) => void) {
  const channel = useRef<BroadcastChannel | null>(null);
  const post = useCallback((message: DeckMessage) => channel.current?.postMessage(message), []);
  const handle = useEffectEvent((message: DeckMessage) => onMessage(message, post));
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const c = new BroadcastChannel(name);
    channel.current = c;
    c.onmessage = (event: MessageEvent) => {
      const message = event.data as Partial<DeckMessage> | null;
      if (!message || typeof message !== "object") return;
      if (message.type === "hello") handle({ type: "hello" });
      else if ((message.type === "slide" || message.type === "go") && Number.isInteger(message.index))
        handle({ type: message.type, index: message.index! });
    };
    return () => {
      c.close();
      channel.current = null;
    };
  }, [name]);
  return post;
}
