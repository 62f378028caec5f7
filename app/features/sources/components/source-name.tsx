import { sourceCreditParts, type SourceCitation } from "~/features/sources/citations";

/**
 * A source's name as source lists print it (sourceCreditParts): "Publisher, Title", or for an article “Title”,
 * author not given; the title links to the source's address when it has one.
 */
export function SourceName({ source }: { source: SourceCitation }) {
  const { publisher, title, quoted, details } = sourceCreditParts(source);
  const linked = source.url ? <a href={source.url}>{title}</a> : title;
  const named = quoted ? <>“{linked}”</> : linked;
  if (publisher) {
    return (
      <>
        <span className="source-publisher">{publisher}</span>, {named}
      </>
    );
  }
  return (
    <>
      <span className="source-publisher">{named}</span>
      {details ? `, ${details}` : null}
    </>
  );
}
