import type { MetaFunction } from "react-router";
import { GeneralErrorBoundary } from "~/ui/error-boundary";

// Unknown URLs are a real 404 (not a soft 200), rendered by the shared error boundary.
export function loader() {
  throw new Response("There is no page at this address.", { status: 404, statusText: "Not Found" });
}

export const meta: MetaFunction = () => [{ title: "Page not found — Career Atlas" }];

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
