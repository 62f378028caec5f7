import { Form, Link } from "react-router";
import { MAX_GLOSSARY_QUERY_LENGTH } from "~/features/glossary/glossary-terms";

/**
 * The glossary filter as a plain GET form: it works without JavaScript and the URL is the state (`?q=`).
 * Keyed by the query so the field follows back/forward navigation after hydration.
 */
export function GlossaryFilterForm({ q }: { q: string | undefined }) {
  return (
    <Form
      key={q ?? ""}
      method="get"
      action="/glossary"
      className="glossary-filter"
      role="search"
      aria-label="Filter the glossary"
      preventScrollReset
    >
      <label className="glossary-filter__field">
        Find a term
        <input
          type="search"
          name="q"
          defaultValue={q ?? ""}
          maxLength={MAX_GLOSSARY_QUERY_LENGTH}
          autoComplete="off"
          placeholder="e.g. API, cloud"
        />
      </label>
      <div className="glossary-filter__actions">
        <button type="submit">Filter</button>
        {q ? <Link to="/glossary">Show every term</Link> : null}
      </div>
    </Form>
  );
}
