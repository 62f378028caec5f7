import { SourceRef, useSource } from "~/features/sources/components/sources-context";
import { glossaryAnchor, glossaryHref, groupByLetter, INDEX_LETTERS, type GlossaryEntry } from "~/features/glossary/glossary-terms";

const letterId = (letter: string) => `letter-${letter === "#" ? "other" : letter.toLowerCase()}`;

/** A–Z links to the letters that have terms; letters without terms are shown, greyed, for orientation only. */
export function GlossaryLetterIndex({ entries }: { entries: GlossaryEntry[] }) {
  const present = new Set(groupByLetter(entries).map((g) => g.letter));
  const letters = present.has("#") ? ["#", ...INDEX_LETTERS] : INDEX_LETTERS;
  return (
    <nav className="glossary-index" aria-label="Glossary letters">
      <ul>
        {letters.map((letter) =>
          present.has(letter) ? (
            <li key={letter}>
              <a
                href={`#${letterId(letter)}`}
                aria-label={letter === "#" ? "Terms starting with a digit or symbol" : `Terms starting with ${letter}`}
              >
                {letter}
              </a>
            </li>
          ) : (
            <li key={letter} className="glossary-index__empty" aria-hidden="true">
              {letter}
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}

/** Every term under its letter: the definition with its numbered source, and links to related terms. */
export function GlossaryList({ entries }: { entries: GlossaryEntry[] }) {
  return (
    <div className="glossary">
      {groupByLetter(entries).map((group) => (
        <section key={group.letter} className="glossary-letter" aria-labelledby={letterId(group.letter)}>
          <h2 id={letterId(group.letter)} className="glossary-letter__title">
            {group.letter}
          </h2>
          <dl className="glossary-list">
            {group.entries.map((entry) => (
              <GlossaryItem key={entry.slug} entry={entry} />
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}

function GlossaryItem({ entry }: { entry: GlossaryEntry }) {
  const source = useSource(entry.sourceId);
  return (
    <div className="glossary-entry" id={glossaryAnchor(entry.slug)}>
      <dt className="glossary-entry__term">
        <a className="glossary-entry__anchor" href={`#${glossaryAnchor(entry.slug)}`}>
          {entry.term}
        </a>
      </dt>
      <dd className="glossary-entry__definition">{entry.definition}</dd>
      {entry.seeAlso.length > 0 ? (
        <dd className="glossary-entry__see-also">
          See also:{" "}
          {entry.seeAlso.map((related, i) => (
            <span key={related.slug}>
              {i > 0 ? ", " : null}
              {/* The full address, so the link also finds the term when a filter has hidden it from this page. */}
              <a href={glossaryHref(related.slug)}>{related.term}</a>
            </span>
          ))}
        </dd>
      ) : null}
      {source ? (
        <dd className="glossary-entry__source">
          Source: {source.citation.title} <SourceRef id={entry.sourceId} />
        </dd>
      ) : null}
    </div>
  );
}
