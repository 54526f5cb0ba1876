/**
 * A decorative icon of one path, hidden from assistive technology (the text beside it
 * names the control). Drawn with the current colour: as a line of `strokeWidth` with round
 * ends, or filled when no width is given.
 */
export function Icon({
  path,
  className,
  viewBox = "0 0 24 24",
  strokeWidth,
  roundJoins = false,
}: {
  path: string;
  className: string;
  viewBox?: string;
  strokeWidth?: string;
  roundJoins?: boolean;
}) {
  const stroked = strokeWidth !== undefined;
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox={viewBox}
      className={className}
      fill={stroked ? "none" : "currentColor"}
      stroke={stroked ? "currentColor" : undefined}
      strokeWidth={strokeWidth}
      strokeLinecap={stroked ? "round" : undefined}
      strokeLinejoin={roundJoins ? "round" : undefined}
    >
      <path d={path} />
    </svg>
  );
}

/** A cross: closes a menu or dismisses a message. */
export const CLOSE_PATH = "M6 6l12 12M18 6L6 18";
/** The app's mark, a funnel. */
export const FUNNEL_PATH = "M3 4h18l-7 8v6l-4 2v-8z";
