import { readRoleNotFound, type RoleNotFoundData } from "~/features/roles/role-not-found";

/**
 * Shown under the 404 message for an unknown role: the roles the address's words match, if the title search answers
 * them with confidence (role-not-found.ts), and a way to search, its box filled with those words (works without
 * JavaScript). `error` is the route's error (its data, when the route's 404 carries words and suggestions).
 */
export function RoleNotFoundSearch({ error }: { error?: unknown }) {
  const found = readRoleNotFound(error);
  const words = found?.words ?? undefined;
  return (
    <>
      {found && found.suggestions.length > 0 ? <RoleSuggestions found={found} /> : null}
      <section className="role-not-found" aria-labelledby="role-not-found-title">
        <h2 id="role-not-found-title">Search for a role</h2>
        <p>
          The role may have another name. Search by any job title, or <a href="/roles">browse every role</a>.
        </p>
        {/* Keyed by the words: after an in-app navigation from one unknown role to another, the box shows the new ones. */}
        <form key={words ?? ""} method="get" action="/search" role="search" className="role-not-found__form">
          <label htmlFor="role-not-found-q">Job title</label>
          <input id="role-not-found-q" name="q" type="search" maxLength={100} autoComplete="off" defaultValue={words} />
          <button type="submit">Search</button>
        </form>
        <p>
          <a href="/search">Open the search page</a>
        </p>
      </section>
    </>
  );
}

/**
 * "Did you mean Front-End Developer?", with why it matched as /search says it. Close spellings say they are that: the
 * address's words are no title, and the role is only spelled like them.
 */
function RoleSuggestions({ found }: { found: RoleNotFoundData }) {
  const { suggestions, spelling, words } = found;
  const [only] = suggestions;
  const one = suggestions.length === 1 ? only : undefined;
  return (
    <section className="role-not-found role-not-found__suggestions" aria-labelledby="role-suggestions-title">
      <h2 id="role-suggestions-title">
        {one ? (
          <>
            Did you mean <a href={one.href}>{one.title}</a>?
          </>
        ) : (
          "Did you mean one of these roles?"
        )}
      </h2>
      <p>
        {spelling === "close"
          ? `No role’s title or other name is spelled “${words}”; ${one ? "this one is" : "these are"} spelled close to it.`
          : `We read the address as “${words}”.`}
        {one ? ` ${one.why}.` : null}
      </p>
      {one ? null : (
        <ul>
          {suggestions.map((s) => (
            <li key={s.href}>
              <a href={s.href}>{s.title}</a>
              <p className="role-not-found__why">{s.why}.</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
