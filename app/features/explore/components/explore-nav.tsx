import { Link } from "react-router";

/** The two ways to start from yourself, each linking to the other. */
export function ExploreNav({ current }: { current: "skills" | "interests" }) {
  return (
    <nav className="explore-nav" aria-label="Start from you">
      {current === "skills" ? <span aria-current="page">From your skills</span> : <Link to="/explore/skills">From your skills</Link>} ·{" "}
      {current === "interests" ? (
        <span aria-current="page">From what you like</span>
      ) : (
        <Link to="/explore/interests">From what you like</Link>
      )}
    </nav>
  );
}
