import { Link } from "react-router";
import { BreakableAddress } from "~/ui/breakable-address";

/**
 * How an explorer's list travels: its link (for the counselor), its slides, and, when the list follows the latest data,
 * the link pinned to this data version; on paper, its address in full. Both explorers show it, each saying what its
 * link keeps and what its pin keeps.
 */
export function ExplorerShare({
  listHref,
  linkNote,
  presentHref,
  pinned,
  origin,
}: {
  listHref: string;
  /** What the link keeps, after "send it to your counselor". */
  linkNote?: string;
  presentHref: string | null | undefined;
  /** The same list pinned to the current data version, and what the pin keeps ("outlook figures"); null when pinned. */
  pinned: { href: string; tag: string; keeps: string } | null;
  origin: string;
}) {
  return (
    <>
      <p className="explore-share">
        <Link to={listHref}>Link to this list</Link>{" "}
        <span className="muted">(send it to your counselor{linkNote ? `; ${linkNote}` : ""}).</span>
        {presentHref ? (
          <>
            {" "}
            <Link to={presentHref}>Present this list to a class</Link> <span className="muted">(slides).</span>
          </>
        ) : null}
        {pinned ? (
          <>
            {" "}
            For a class that needs the same figures all term, the <Link to={pinned.href}>
              link pinned to data version {pinned.tag}
            </Link>{" "}
            keeps today’s {pinned.keeps} after the data is next updated.
          </>
        ) : null}
      </p>
      <p className="explore-print">
        This list on the web, with every career and source: <BreakableAddress address={`${origin}${listHref}`} />
      </p>
    </>
  );
}
