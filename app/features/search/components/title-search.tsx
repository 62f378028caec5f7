import { Form, useLocation, useNavigate } from "react-router";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useHydrated } from "~/lib/use-hydrated";
import { MAX_QUERY_LENGTH } from "~/features/search/query-length";
import type { TitleSuggestion, TitleSuggestionsPayload } from "~/features/search/search";

const DEBOUNCE_MS = 150;
const MIN_QUERY_LENGTH = 2;

/**
 * The title search box. Without JavaScript it is a plain GET form to /search. Once hydrated it becomes an
 * ARIA 1.2 combobox (editable, list autocomplete): suggestions from /api/titles as you type, arrow keys move
 * through them, Enter opens the highlighted role (or searches when none is), Escape closes the list (or
 * clears the box when it is closed), and a live region says how many suggestions there are.
 */
export function TitleSearch({ variant = "header", defaultQuery = "" }: { variant?: "header" | "page"; defaultQuery?: string }) {
  const hydrated = useHydrated();
  const location = useLocation();
  const navigate = useNavigate();
  const baseId = useId();
  const [value, setValue] = useState(defaultQuery);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [payload, setPayload] = useState<TitleSuggestionsPayload | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const request = useRef<AbortController>(undefined);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      request.current?.abort();
    },
    [],
  );

  /**
   * Asks /api/titles for suggestions, withdrawing the request still out for an earlier query. A plain fetch, not a
   * fetcher: a browser test failed once on "signal is aborted without reason" left uncaught in the page while the box
   * asked for suggestions, and React Router's fetchers are known to let a cancelled load escape that way
   * (remix-run/react-router#14203, open). Here a withdrawn or failed request is caught: the suggestions shown stay, and
   * the form still searches without them.
   */
  function suggest(query: string) {
    request.current?.abort();
    const controller = new AbortController();
    request.current = controller;
    fetch(`/api/titles?q=${encodeURIComponent(query)}`, { signal: controller.signal, headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? (response.json() as Promise<TitleSuggestionsPayload>) : undefined))
      .then((answer) => {
        if (answer && !controller.signal.aborted) setPayload(answer);
      })
      .catch(() => {});
  }

  function stopSuggesting() {
    clearTimeout(timer.current);
    request.current?.abort();
  }

  // The search page has its own, larger box: one search form per page.
  if (variant === "header" && location.pathname === "/search") return null;

  const ids = { input: `${baseId}q`, list: `${baseId}list`, option: (i: number) => `${baseId}opt${i}` };
  const trimmed = value.trim();
  const suggestions: TitleSuggestion[] = trimmed.length >= MIN_QUERY_LENGTH && payload ? payload.results : [];
  const expanded = hydrated && open && suggestions.length > 0;
  const activeIndex = expanded && active < suggestions.length ? active : -1;

  function onChange(next: string) {
    setValue(next);
    setActive(-1);
    setOpen(true);
    stopSuggesting();
    const query = next.trim();
    if (query.length < MIN_QUERY_LENGTH) return;
    timer.current = setTimeout(() => suggest(query), DEBOUNCE_MS);
  }

  function choose(suggestion: TitleSuggestion) {
    stopSuggesting();
    setOpen(false);
    setActive(-1);
    setValue("");
    navigate(suggestion.href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = suggestions.length;
    switch (event.key) {
      case "ArrowDown":
        if (count === 0) return;
        event.preventDefault();
        setOpen(true);
        setActive(expanded ? (activeIndex + 1) % count : 0);
        return;
      case "ArrowUp":
        if (count === 0) return;
        event.preventDefault();
        setOpen(true);
        setActive(expanded ? (activeIndex <= 0 ? count - 1 : activeIndex - 1) : count - 1);
        return;
      case "Enter": {
        const chosen = activeIndex >= 0 ? suggestions[activeIndex] : undefined;
        if (chosen) {
          event.preventDefault();
          choose(chosen);
        }
        return; // otherwise the form submits: the full results page
      }
      case "Tab":
        // Tab leaves the box for the Search button: the list closes on the way, and never takes the focus itself.
        setOpen(false);
        setActive(-1);
        return;
      case "Escape":
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (value) {
          event.preventDefault();
          onChange("");
        }
        return;
      default:
        return;
    }
  }

  const waitingForFirstAnswer = trimmed.length >= MIN_QUERY_LENGTH && payload?.query !== trimmed;
  const announcement =
    !hydrated || !open || trimmed.length < MIN_QUERY_LENGTH || waitingForFirstAnswer
      ? ""
      : suggestions.length === 0
        ? "No matching job titles. Press Enter to search anyway."
        : `${suggestions.length === 1 ? "1 suggestion" : `${suggestions.length} suggestions`}. Use the up and down arrow keys to choose one.`;

  const label = variant === "header" ? "Search job titles" : "Job title";
  return (
    <Form
      method="get"
      action="/search"
      role="search"
      aria-label={variant === "header" ? "Job titles (site search)" : "Job titles"}
      className={`title-search title-search--${variant}`}
      onSubmit={() => {
        stopSuggesting();
        setOpen(false);
      }}
    >
      <label htmlFor={ids.input} className={variant === "header" ? "visually-hidden" : "title-search__label"}>
        {label}
      </label>
      <div className="title-search__row">
        <div className="title-search__field">
          <input
            id={ids.input}
            className="title-search__input"
            type="search"
            name="q"
            value={value}
            onChange={(event) => onChange(event.target.value)}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
            onFocus={() => setOpen(true)}
            maxLength={MAX_QUERY_LENGTH}
            autoComplete="off"
            enterKeyHint="search"
            placeholder={variant === "header" ? "Search job titles" : "e.g. backend engineer, SRE, data scientist"}
            {...(hydrated
              ? {
                  role: "combobox",
                  "aria-autocomplete": "list" as const,
                  "aria-expanded": expanded,
                  "aria-controls": ids.list,
                  "aria-activedescendant": activeIndex >= 0 ? ids.option(activeIndex) : undefined,
                }
              : {})}
          />
          {hydrated ? (
            // tabIndex -1: the list scrolls (overflow-y: auto), and Chromium makes a scrolling box a Tab stop of its own; Tab
            // from the box then landed on the list, which closed as the box lost the focus, and the focus fell to the body.
            // Its options are reached with the arrow keys from the box (aria-activedescendant), never by Tab.
            <ul
              id={ids.list}
              role="listbox"
              aria-label="Suggested job titles"
              className="title-search__list"
              hidden={!expanded}
              tabIndex={-1}
            >
              {expanded
                ? suggestions.map((suggestion, i) => (
                    // Keys are handled by the combobox input (aria-activedescendant), as the ARIA pattern has it.
                    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                    <li
                      key={suggestion.href}
                      id={ids.option(i)}
                      role="option"
                      aria-selected={i === activeIndex}
                      className="title-search__option"
                      // Keep focus in the input so the list does not close before the click lands.
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => choose(suggestion)}
                    >
                      <span className="title-search__option-title">{suggestion.title}</span>
                      <span className="title-search__option-why">{suggestion.why}</span>
                    </li>
                  ))
                : null}
            </ul>
          ) : null}
        </div>
        <button type="submit" className="title-search__button">
          Search
        </button>
      </div>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
    </Form>
  );
}
