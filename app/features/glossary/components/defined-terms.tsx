import { Fragment, useContext, useId, type ReactNode } from "react";
import { GlossaryContext } from "~/features/glossary/components/glossary-context";
import {
  buildGlossaryMatcher,
  glossaryHref,
  markGlossaryTerms,
  type GlossaryDefinition,
  type GlossaryMatcher,
  type TermSegment,
} from "~/features/glossary/glossary-terms";

/** Each page's glossary, compiled once however many sections read it (keyed by the provider's definitions). */
const matchers = new WeakMap<readonly GlossaryDefinition[], GlossaryMatcher | null>();

function useGlossaryMatcher(): GlossaryMatcher | null {
  const definitions = useContext(GlossaryContext);
  if (!definitions) return null;
  if (!matchers.has(definitions)) matchers.set(definitions, buildGlossaryMatcher(definitions));
  return matchers.get(definitions) ?? null;
}

/**
 * The texts of one section with the first occurrence of each glossary term marked (see markGlossaryTerms).
 * Outside a GlossaryProvider every text stays plain, so shared components work on any page.
 */
export function useGlossaryMarks(texts: readonly string[]): TermSegment[][] {
  const matcher = useGlossaryMatcher();
  return markGlossaryTerms(texts, matcher);
}

/** Whether any of the marked texts defines a term (to show the hint that explains the marks). */
export function hasDefinedTerms(marked: TermSegment[][]): boolean {
  return marked.some((segments) => segments.some((s) => s.slug !== null));
}

/** Marked text: plain runs as they are, terms as DefinedTerm. */
export function DefinedText({ segments }: { segments: TermSegment[] }) {
  const matcher = useGlossaryMatcher();
  return (
    <>
      {segments.map((segment, i) => {
        const definition = segment.slug ? matcher?.bySlug.get(segment.slug) : undefined;
        return <Fragment key={i}>{definition ? <DefinedTerm definition={definition}>{segment.text}</DefinedTerm> : segment.text}</Fragment>;
      })}
    </>
  );
}

/**
 * A term with its definition. The term is a link to its glossary entry (so it works without JavaScript and
 * on touch: a tap opens the entry); the definition is a tooltip shown on hover and keyboard focus by CSS
 * alone, read by screen readers through aria-describedby. With JavaScript, Escape hides it until the focus or the
 * pointer comes back to the term, or the page changes (WCAG 1.4.13): term-notes.client.ts, one set of listeners for
 * every term. React may keep this element for another page's term at the same place (an in-app navigation): the root
 * route then ends the old page's dismissals (after a query alone, only where a term's text changed;
 * renewDismissableNotes).
 */
export function DefinedTerm({ definition, children }: { definition: GlossaryDefinition; children: ReactNode }) {
  const noteId = useId();
  return (
    <span className="term">
      <a className="term__link" href={glossaryHref(definition.slug)} aria-describedby={noteId}>
        {children}
      </a>
      <span role="tooltip" id={noteId} className="term__note">
        <span className="term__name">{definition.term}:</span> {definition.definition}
      </span>
    </span>
  );
}

/** One line explaining the marks, for the first section that has any. */
export function DefinedTermsHint() {
  return (
    <p className="term-hint">
      Words <span className="term-hint__sample">underlined with dots</span> are explained in the <a href="/glossary">glossary</a>: point at
      one, or move to it with the Tab key, to read its definition; tap or click it to open the glossary.
    </p>
  );
}
