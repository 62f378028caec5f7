import { forwardRef, type CSSProperties } from "react";
import { SourceList } from "~/features/sources/components/source-list";
import type { BarChart, BigFigure, Slide, SlideBody, SlideColumn } from "~/features/present/slides";
import { Unbroken } from "~/ui/unbroken";

interface SlideViewProps {
  slide: Slide;
  total: number;
  /** "November 21, 2026": when the data version these slides show was loaded. */
  dataAsOf: string;
  /** The tag of the data version a pinned deck shows (`&data=`), named under the date; undefined for the current data. */
  dataVersion?: string;
  showNotes: boolean;
  hidden: boolean;
  current: boolean;
}

/**
 * One slide: a region named by its heading, the body for its kind, and a footer with the citation, the
 * "data as of" date (and the data version of a pinned deck) and the counter. Speaker notes follow the slide when asked for.
 */
export const SlideView = forwardRef<HTMLElement, SlideViewProps>(function SlideView(
  { slide, total, dataAsOf, dataVersion, showNotes, hidden, current },
  ref,
) {
  const titleId = `${slide.id}-title`;
  return (
    <section
      ref={ref}
      id={slide.id}
      className={`slide slide--${slide.topic}${slide.dense ? " slide--dense" : ""}${current ? " slide--current" : ""}`}
      aria-labelledby={titleId}
      aria-roledescription="slide"
      tabIndex={-1}
      hidden={hidden}
      data-slide-number={slide.number}
    >
      <div className="slide__frame">
        <div className="slide__content">
          {slide.body.kind === "title" ? <p className="slide__kicker">{slide.body.kicker}</p> : null}
          <h2 id={titleId} className="slide__title">
            <Unbroken text={slide.title} />
          </h2>
          <SlideBodyView body={slide.body} />
          {slide.caveat ? (
            <p className="slide__caveat">
              <strong>Keep in mind:</strong> <Unbroken text={slide.caveat} />
            </p>
          ) : null}
        </div>
        <footer className={`slide__footer${slide.citations.length > 0 ? "" : " slide__footer--uncited"}`}>
          {/* A slide that cites nothing shows no "Source:" label: an empty one reads as a source left out. */}
          {slide.citations.length > 0 ? (
            <p className="slide__citation">
              <span className="slide__footer-label">Source:</span>{" "}
              {slide.citations.map((c, i) => (
                <span key={c.sourceId}>
                  {i > 0 ? "; " : ""}
                  <Unbroken text={c.label} /> (<Unbroken text={c.dataYear} />)
                </span>
              ))}
            </p>
          ) : null}
          <p className="slide__as-of">
            Data loaded {dataAsOf}
            {dataVersion ? (
              <>
                <span className="visually-hidden">,</span> <span className="slide__data-version">data version {dataVersion}</span>
              </>
            ) : null}
          </p>
          <p className="slide__counter">
            <span aria-hidden="true">
              {slide.number} / {total}
            </span>
            <span className="visually-hidden">
              Slide {slide.number} of {total}
            </span>
          </p>
        </footer>
      </div>
      {showNotes ? <SpeakerNotes slide={slide} /> : null}
    </section>
  );
});

/** The talking points of a slide (below the slide with `?notes=1`, and in the notes window). */
export function SpeakerNotes({ slide, headingLevel = 3 }: { slide: Slide; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="slide__notes">
      <Heading className="slide__notes-title">Speaker notes{headingLevel === 2 ? `: ${slide.title}` : ""}</Heading>
      <ul>
        {slide.notes.map((note, i) => (
          <li key={i}>{note}</li>
        ))}
      </ul>
    </div>
  );
}

function SlideBodyView({ body }: { body: SlideBody }) {
  switch (body.kind) {
    case "title":
      return (
        <>
          <p className="slide__lede">
            <Unbroken text={body.lede} />
          </p>
          <ul className="slide__meta">
            {body.meta.map((line) => (
              <li key={line}>
                <Unbroken text={line} />
              </li>
            ))}
          </ul>
        </>
      );
    case "list":
      return (
        <>
          {body.lede ? (
            <p className="slide__lede">
              <Unbroken text={body.lede} />
            </p>
          ) : null}
          <ul className="slide__list">
            {body.items.map((item) => (
              <li key={item}>
                <Unbroken text={item} />
              </li>
            ))}
          </ul>
          <Takeaway text={body.takeaway} />
        </>
      );
    case "figures":
      return (
        <>
          {body.lede ? (
            <p className="slide__lede">
              <Unbroken text={body.lede} />
            </p>
          ) : null}
          {body.figures.length > 0 ? <Figures figures={body.figures} /> : null}
          {body.charts.length > 0 ? (
            <div className="slide__charts">
              {body.charts.map((chart) => (
                <Bars key={chart.title} chart={chart} />
              ))}
            </div>
          ) : null}
          <Takeaway text={body.takeaway} />
        </>
      );
    case "columns":
      return (
        <>
          {body.lede ? (
            <p className="slide__lede">
              <Unbroken text={body.lede} />
            </p>
          ) : null}
          <div className={`slide__columns slide__columns--${body.columns.length}`}>
            {body.columns.map((column) => (
              <Column key={column.heading} column={column} />
            ))}
          </div>
          <Takeaway text={body.takeaway} />
        </>
      );
    case "skills":
      return (
        <>
          <p className="slide__lede">{body.lede}</p>
          <ul className="slide__skills">
            {body.skills.map((skill) => (
              <li key={skill.name}>
                <span className="slide__skill-name">{skill.name}</span>{" "}
                <span className="slide__marks">
                  {skill.marks.map((mark) => (
                    <span key={mark} className="slide__mark">
                      {mark}
                    </span>
                  ))}
                </span>
              </li>
            ))}
          </ul>
          <Takeaway text={body.takeaway} />
        </>
      );
    case "question":
      return (
        <>
          <p className="slide__question-label">{body.label}</p>
          <p className="slide__question">{body.question}</p>
        </>
      );
    case "sources":
      return <SourceList sources={body.sources} bare start={body.start} />;
  }
}

function Takeaway({ text }: { text: string | null }) {
  return text ? (
    <p className="slide__takeaway">
      <Unbroken text={text} />
    </p>
  ) : null;
}

/**
 * Big figures side by side. A figure is one unbreakable unit: its type is as large as its cell allows for the longest
 * figure of the set (its length in characters, --figure-chars; see .big-figure__value), so the figures of a slide share
 * one size and each stays on one line inside its cell at any window width.
 */
function Figures({ figures }: { figures: BigFigure[] }) {
  const longest = Math.max(...figures.map((f) => [...f.value].length));
  return (
    <dl className={`big-figures big-figures--${figures.length}`} style={{ "--figure-chars": longest } as CSSProperties}>
      {figures.map((f) => (
        <div key={f.label} className="big-figure">
          <dt className="big-figure__label">
            <Unbroken text={f.label} />
          </dt>
          <dd className="big-figure__value">{f.value}</dd>
          {f.detail ? (
            <dd className="big-figure__detail">
              <Unbroken text={f.detail} />
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

/** Bars drawn with CSS: the value is printed beside each bar, so the bar's length is never the only carrier. */
function Bars({ chart }: { chart: BarChart }) {
  const max = Math.max(...chart.rows.map((r) => Math.abs(r.value)), 0);
  return (
    <div className={`bars${chart.rows.some((row) => row.detail) ? " bars--detailed" : ""}`}>
      <h3 className="bars__title">
        <Unbroken text={chart.title} />
      </h3>
      <ul className="bars__rows">
        {chart.rows.map((row) => (
          <li
            key={row.label}
            className={`bars__row${row.emphasis ? " bars__row--emphasis" : ""}${row.value < 0 ? " bars__row--negative" : ""}`}
          >
            <span className="bars__label">
              <Unbroken text={row.label} />
              {/* The space keeps the two apart when read as text (a screen reader, a copied slide). */}
              {row.detail ? " " : null}
              {row.detail ? (
                <span className="bars__detail">
                  <Unbroken text={row.detail} />
                </span>
              ) : null}
            </span>
            <span className="bars__track" aria-hidden="true">
              <span className="bars__bar" style={{ width: `${max > 0 ? Math.max((Math.abs(row.value) / max) * 100, 1) : 0}%` }} />
            </span>
            <span className="bars__value">{row.text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Column({ column }: { column: SlideColumn }) {
  return (
    <div className="slide__column">
      <h3 className="slide__column-title">
        <Unbroken text={column.heading} />
      </h3>
      {column.meta ? (
        <p className="slide__column-meta">
          <Unbroken text={column.meta} />
        </p>
      ) : null}
      {column.figures.length > 0 ? <Figures figures={column.figures} /> : null}
      {column.items.length === 1 ? (
        <p className="slide__column-text">
          <Unbroken text={column.items[0]!} />
        </p>
      ) : column.items.length > 1 ? (
        <ul className="slide__column-list">
          {column.items.map((item) => (
            <li key={item}>
              <Unbroken text={item} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
