import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFormatter } from "@/lib/i18n/formatter";
import type { PageOf } from "@/lib/paging";

const LINK =
  "rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";

/** "26", "50", "500" for a page of rows: the numbers a "Rows {first}–{last} of {count}" text needs. */
export function rowRange(
  format: { number: (value: number) => string },
  page: { first: number; matching: number; rows: readonly unknown[] },
) {
  return {
    first: format.number(page.first),
    last: format.number(page.first + page.rows.length - 1),
    count: format.number(page.matching),
  };
}

/**
 * Previous and next links of a list cut into pages on the server, with where the reader is
 * ("Rows 26–50 of 500", "Page 2 of 9"). Nothing is drawn for a list of one page.
 */
export function Pager(props: {
  /** Names the navigation landmark: which list these are the pages of. */
  label: string;
  status: string;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  /** False keeps the scroll position (a table in the middle of a page). */
  scroll?: boolean;
}) {
  const t = useTranslations("tables.pager");
  if (props.pageCount <= 1) return null;
  return (
    <nav aria-label={props.label} className="flex flex-wrap items-center gap-3">
      {props.page > 1 ? (
        <Link href={props.hrefFor(props.page - 1)} scroll={props.scroll} className={LINK} rel="prev">
          {t("previous")}
        </Link>
      ) : null}
      <span className="text-sm">{props.status}</span>
      {props.page < props.pageCount ? (
        <Link href={props.hrefFor(props.page + 1)} scroll={props.scroll} className={LINK} rel="next">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}

/**
 * The pager of one page of a table's rows cut on the server (`PageOf`): `status` words the
 * rows shown ("Rows 26–50 of 500"). The table keeps its scroll position unless `scroll` says otherwise.
 */
export function RowsPager({
  label,
  status,
  page,
  hrefFor,
  scroll = false,
}: {
  label: string;
  status: (range: ReturnType<typeof rowRange>) => string;
  page: PageOf<unknown>;
  hrefFor: (page: number) => string;
  scroll?: boolean;
}) {
  const format = useFormatter();
  return (
    <Pager
      label={label}
      status={status(rowRange(format, page))}
      page={page.page}
      pageCount={page.pageCount}
      hrefFor={hrefFor}
      scroll={scroll}
    />
  );
}
