import { Link } from "react-router";
import { SourceRef } from "~/features/sources/components/sources-context";
import { formatYearRange, type LadderTreeNode } from "~/features/paths/career-ladder";
import { TRACK_LABELS } from "~/features/roles/labels";

/**
 * A ladder as a nested list, every branch shown: each role links to its own ladder page; a role whose branches
 * already appear earlier in the same tree links back to them instead of repeating them. Plain links and lists:
 * keyboard and screen-reader friendly, and complete without JavaScript.
 */
export function LadderTree({
  nodes,
  idPrefix,
  direction,
  search,
  label,
}: {
  nodes: LadderTreeNode[];
  /** Makes each role's anchor unique on the page (several trees can name the same role). */
  idPrefix: string;
  /** "up": steps lead to each node from its parent; "down": each node leads to its parent. */
  direction: "up" | "down";
  /** The page's query string (e.g. "?vintage=2023-33"), kept on every link. */
  search: string;
  label: string;
}) {
  return (
    <ul className="ladder-tree" aria-label={label}>
      {nodes.map((node) => (
        <TreeItem key={node.slug} node={node} idPrefix={idPrefix} direction={direction} search={search} />
      ))}
    </ul>
  );
}

function TreeItem({
  node,
  idPrefix,
  direction,
  search,
}: {
  node: LadderTreeNode;
  idPrefix: string;
  direction: "up" | "down";
  search: string;
}) {
  const anchor = `${idPrefix}-${node.slug}`;
  const years = formatYearRange(node.step.typicalYearsMin, node.step.typicalYearsMax);
  const move = node.step.direction === "same" ? ", sideways move" : node.step.direction === "down" ? ", a level down" : "";
  return (
    <li id={node.repeat === null ? anchor : undefined}>
      <Link to={`/paths/${node.slug}${search}`}>{node.title}</Link>{" "}
      <span className="ladder-tree__meta">
        ({TRACK_LABELS[node.step.track].toLowerCase()}, {direction === "up" ? `after ${years}` : `${years} there first`}
        {move}) <SourceRef id={node.step.sourceId} />
      </span>
      {node.repeat === "shown-earlier" ? (
        <span className="ladder-tree__note">
          {" "}
          —{" "}
          {node.movesBeyond === 0 ? (
            direction === "up" ? (
              "top: no move onwards on record"
            ) : (
              "a starting point: no move into it on record"
            )
          ) : (
            <a href={`#${anchor}`}>its branches are shown above</a>
          )}
        </span>
      ) : null}
      {node.repeat === "loop" ? (
        <span className="ladder-tree__note"> — leads back to a role earlier on this branch, so it stops here</span>
      ) : null}
      {node.repeat === null && node.children.length === 0 ? (
        <span className="ladder-tree__note">
          {" "}
          —{" "}
          {node.movesBeyond === 0
            ? direction === "up"
              ? "top: no move onwards on record"
              : "a starting point: no move into it on record"
            : "continues on the other track"}
        </span>
      ) : null}
      {node.children.length > 0 ? (
        <ul>
          {node.children.map((child) => (
            <TreeItem key={child.slug} node={child} idPrefix={idPrefix} direction={direction} search={search} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
