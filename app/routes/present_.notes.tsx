import { type ShouldRevalidateFunction, useLoaderData } from "react-router";
import type { Route } from "./+types/present_.notes";
import { errorMeta, GeneralErrorBoundary } from "~/ui/error-boundary";
import { NotesWindow } from "~/features/present/components/notes-window";
import { loadPresentation } from "~/features/present/params.server";
import { sameDeckAddress } from "~/features/present/deck-address";
import styles from "~/features/present/present.css?url";
import { pageHeaders } from "~/lib/http.server";

/**
 * /present/notes?...: the speaker-notes window of a presentation (same parameters as /present, `data=` included),
 * kept in step with the slides over a BroadcastChannel. 14 queries (13 for a pinned comparison).
 */
export async function loader({ request }: Route.LoaderArgs) {
  return loadPresentation(request);
}

export const headers = pageHeaders;

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, formMethod, defaultShouldRevalidate }) =>
  !formMethod && sameDeckAddress(currentUrl, nextUrl) ? false : defaultShouldRevalidate;

export const meta: Route.MetaFunction = ({ data: loaderData, error }) => [
  ...(loaderData ? [{ title: `Speaker notes: ${loaderData.deck.title} — Career Atlas` }] : errorMeta(error, "Speaker notes not available")),
  { name: "robots", content: "noindex" },
];

export default function PresentNotesPage() {
  const { deck, latestVintage } = useLoaderData<typeof loader>();
  return <NotesWindow deck={deck} latestVintage={latestVintage} />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
