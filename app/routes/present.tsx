import type { HeadersFunction, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Presenter } from "~/components/present/presenter";
import { loadPresentation } from "~/utils/present-query.server";
import { compareHref } from "~/utils/role-comparison";
import { formatVintage } from "~/utils/format";
import { sameDeckAddress } from "~/utils/slides";
import styles from "~/styles/present.css";

/**
 * /present?role=<slug> or /present?roles=a,b[,c,d], with optional vintage=, slide= and notes=1: one insight
 * per slide, for a projector. Bad parameters are a 400 with a message, unknown roles a 404. 12 queries.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  return loadPresentation(request);
}

export const headers: HeadersFunction = ({ loaderHeaders, errorHeaders }) => errorHeaders ?? loaderHeaders;

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

/** Moving between slides or showing the notes changes only the view: no new data. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, formMethod, defaultShouldRevalidate }) =>
  !formMethod && sameDeckAddress(currentUrl, nextUrl) ? false : defaultShouldRevalidate;

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => {
  if (!loaderData) return [{ title: "Presentation not available — Career Atlas" }];
  const { deck } = loaderData;
  return [
    { title: `Presenting ${deck.title} (${formatVintage(deck.vintage)}) — Career Atlas` },
    { name: "description", content: `Slides for a class: ${deck.title}, with BLS and O*NET figures and their sources.` },
  ];
};

export default function PresentPage() {
  const { deck, latestVintage } = useLoaderData<typeof loader>();
  const latest = deck.vintage === latestVintage;
  const exitHref =
    deck.kind === "role"
      ? `/roles/${deck.slugs[0]}${latest ? "" : `?vintage=${deck.vintage}`}`
      : compareHref(deck.slugs, { vintage: deck.vintage, latest: latestVintage });
  return (
    <Presenter
      deck={deck}
      latestVintage={latestVintage}
      exitHref={exitHref}
      exitLabel={deck.kind === "role" ? "Back to the profile" : "Back to the comparison"}
    />
  );
}

export function ErrorBoundary() {
  return (
    <>
      <GeneralErrorBoundary />
      <p>
        <Link to="/roles">Pick a role to present</Link> or <Link to="/compare">build a comparison</Link>.
      </p>
    </>
  );
}
