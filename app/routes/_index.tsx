import { data, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { withQueryStats } from "~/db.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SourceList } from "~/components/source-list";
import { getCurrentDataVersion } from "~/models/data-version.server";
import { getAllOccupationsOutlook, LATEST_VINTAGE, listRoleOutlooks } from "~/models/outlook.server";
import { listSourcesByIds } from "~/models/sources.server";
import { formatDollars, formatPercentChange, formatVintage, formatWageYear } from "~/utils/format";
import { publicPageHeaders } from "~/utils/http.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const vintage = LATEST_VINTAGE;
  const { result, ms, queries } = await withQueryStats(async () => {
    const [roles, average, dataVersion] = await Promise.all([
      listRoleOutlooks({ vintage }),
      getAllOccupationsOutlook({ vintage }),
      getCurrentDataVersion(),
    ]);
    const sourceIds = [...roles.flatMap((r) => (r.projection ? [r.projection.sourceId] : [])), ...(average ? [average.sourceId] : [])];
    const sources = await listSourcesByIds({ ids: sourceIds });
    return { roles, average, dataVersion, sources };
  });
  if (!result.dataVersion) {
    throw new Response("No data has been loaded yet. Run `npm run seed load`.", { status: 503 });
  }
  return data(
    { vintage, ...result, dataVersion: result.dataVersion.tag },
    { headers: publicPageHeaders({ request, dataVersionTag: result.dataVersion.tag, dbMs: ms, queries }) },
  );
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const meta: MetaFunction = () => [
  { title: "Career Atlas — tech careers and their job outlook" },
];

export default function Index() {
  const { roles, average, vintage, sources } = useLoaderData<typeof loader>();
  const sourceNumber = new Map(sources.map((s, i) => [s.id, i + 1]));
  return (
    <>
      <h1>Tech careers and their outlook</h1>
      <p className="lede">
        {roles.length} tech roles with the U.S. Bureau of Labor Statistics projection for {formatVintage(vintage)} of the occupation each
        role belongs to.
        {average ? (
          <>
            {" "}
            For comparison, employment across all occupations is projected to grow{" "}
            <strong>{formatPercentChange(average.changePercent)}</strong> over {formatVintage(vintage)}
            <sup>
              <a href={`#source-${average.sourceId}`} aria-label={`Source ${sourceNumber.get(average.sourceId)}`}>
                [{sourceNumber.get(average.sourceId)}]
              </a>
            </sup>
            .
          </>
        ) : null}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>
            Roles, projected employment growth {formatVintage(vintage)} and median annual pay of their occupations
          </caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Occupation (SOC)</th>
              <th scope="col" className="num">
                Projected growth, {formatVintage(vintage)}
              </th>
              <th scope="col" className="num">
                Median annual pay
              </th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {roles.map((role) => (
              <tr key={role.slug}>
                <th scope="row">
                  <span className="role-title">{role.title}</span>
                  <span className="role-summary">{role.summary}</span>
                </th>
                <td>
                  {role.occupationTitle} <span className="muted">({role.socCode})</span>
                </td>
                {role.projection ? (
                  <>
                    <td className="num">{formatPercentChange(role.projection.changePercent)}</td>
                    <td className="num">
                      {role.projection.medianAnnualWage !== null && role.projection.wageYear !== null ? (
                        <>
                          {formatDollars(role.projection.medianAnnualWage)}
                          <span className="figure-year">{formatWageYear(role.projection.wageYear)}</span>
                        </>
                      ) : (
                        <span className="muted">not published</span>
                      )}
                    </td>
                    <td>
                      <a href={`#source-${role.projection.sourceId}`}>[{sourceNumber.get(role.projection.sourceId)}]</a>
                    </td>
                  </>
                ) : (
                  <td colSpan={3} className="muted">
                    No BLS projection published for this occupation in {formatVintage(vintage)}.
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SourceList sources={sources} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
