// A codicon glyph; decorative unless given a label.
export function Codicon({
  name,
  label,
  className,
}: {
  name: string;
  label?: string;
  className?: string;
}) {
  const classes = `codicon codicon-${name}${className ? ` ${className}` : ''}`;
  return label ? (
    <span className={classes} role="img" aria-label={label} />
  ) : (
    <span className={classes} aria-hidden="true" />
  );
}
