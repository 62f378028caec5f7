/** GPTs are GPTs' three measures, in the study's order, as the compare page's exposure tables head them. */
export const EXPOSURE_MEASURES = [
  { measure: "alpha", name: "α" },
  { measure: "beta", name: "β" },
  { measure: "gamma", name: "γ" },
] as const;

/** The head of an exposure table: what the rows are, then each measure by GPT-4 and by human raters. */
export function ExposureTableHead({ rows }: { rows: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{rows}</th>
        {EXPOSURE_MEASURES.flatMap(({ measure, name }) => [
          <th key={`${measure}-gpt4`} scope="col" className="num">
            {name} GPT-4
          </th>,
          <th key={`${measure}-human`} scope="col" className="num">
            {name} human
          </th>,
        ])}
      </tr>
    </thead>
  );
}
