/** Shown under the 404 message for an unknown role: a way to search for it (works without JavaScript). */
export function RoleNotFoundSearch() {
  return (
    <section className="role-not-found" aria-labelledby="role-not-found-title">
      <h2 id="role-not-found-title">Search for a role</h2>
      <p>
        The role may have another name. Search by any job title, or <a href="/roles">browse every role</a>.
      </p>
      <form method="get" action="/search" role="search" className="role-not-found__form">
        <label htmlFor="role-not-found-q">Job title</label>
        <input id="role-not-found-q" name="q" type="search" maxLength={100} autoComplete="off" />
        <button type="submit">Search</button>
      </form>
      <p>
        <a href="/search">Open the search page</a>
      </p>
    </section>
  );
}
