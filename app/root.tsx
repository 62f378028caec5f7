import {
  Link,
  Links,
  type LinksFunction,
  type Location,
  Meta,
  type MetaFunction,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
} from "react-router";
import { useEffect, type ReactNode } from "react";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { TitleSearch } from "~/features/search/components/title-search";
import { useNonce } from "~/lib/nonce";
import { THEME_SCRIPT } from "~/lib/theme";
import { ThemeSwitch } from "~/ui/theme-switch";
import { RouteFocus } from "~/ui/route-focus";
import stylesheet from "~/ui/app.css?url";
import searchStylesheet from "~/features/search/search.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "stylesheet", href: searchStylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [
  { title: "Career Atlas — tech careers and their job outlook" },
  {
    name: "description",
    content:
      "Compare tech careers: what each role does, pays and needs, how fast it grows, and where it leads, on cited BLS and O*NET data.",
  },
];

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  return (
    // The head script below sets data-theme and data-scripted on <html> before React hydrates it (ADR 021).
    <html lang="en" suppressHydrationWarning>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        {/* Before the stylesheets: the remembered theme applies from the first paint. */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="container site-header__inner">
            <a className="brand" href="/">
              Career Atlas
            </a>
            <nav aria-label="Main">
              <ul className="nav-list">
                <li>
                  <NavLink to="/" end>
                    Outlook
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/roles">Roles</NavLink>
                </li>
                <li>
                  <NavLink to="/occupations">Occupations</NavLink>
                </li>
                <li>
                  <NavLink to="/compare">Compare</NavLink>
                </li>
                <li>
                  <NavLink to="/skills">Skills</NavLink>
                </li>
                <li>
                  <NavLink to="/explore/skills">Start from you</NavLink>
                </li>
                <li>
                  <NavLink to="/map">Skills map</NavLink>
                </li>
                <li>
                  <NavLink to="/paths">Career ladders</NavLink>
                </li>
                <li>
                  <NavLink to="/glossary">Glossary</NavLink>
                </li>
                <li>
                  <NavLink to="/lessons">Lessons</NavLink>
                </li>
                <li>
                  <NavLink to="/about">About the data</NavLink>
                </li>
              </ul>
            </nav>
            {/* header-search: the title search box */}
            <TitleSearch />
            <ThemeSwitch />
          </div>
        </header>
        <main id="main" className="container" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <p>Employment projections and wages: U.S. Bureau of Labor Statistics, Employment Projections program (public domain).</p>
            <p>
              This site includes information from <a href="https://www.onetonline.org/">O*NET OnLine</a> by the U.S. Department of Labor,
              Employment and Training Administration (USDOL/ETA). Used under the{" "}
              <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> license. O*NET® is a trademark of USDOL/ETA.
            </p>
            <p>AI-exposure scores: Eloundou, Manning, Mishkin &amp; Rock, “GPTs are GPTs” (2023), MIT license.</p>
            {/* A way on from the screen: on paper, a link that cannot be followed. */}
            <p className="screen-only">
              <Link to="/data">Open data</Link>: every figure as CSV, the whole dataset as one download, and a JSON API.
            </p>
          </div>
        </footer>
        <RouteFocus />
        <ScrollRestoration nonce={nonce} getKey={scrollRestorationKey} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

/**
 * In-page anchor links (<a href="#id">) add history entries without a router key, which all share the key
 * "default": key those by their address instead, so a second jump within a page is not "restored" to the
 * scroll position saved for the first (the glossary's letter index and see-also links, a profile's contents).
 */
function scrollRestorationKey(location: Location): string {
  return location.key === "default" && location.hash ? `${location.pathname}${location.search}${location.hash}` : location.key;
}

export default function App() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
