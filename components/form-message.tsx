/** A form-level error, announced to screen readers as soon as it appears; renders nothing without one. */
export function ErrorMessage({ message, className = "" }: { message: string | null | undefined; className?: string }) {
  if (!message) return null;
  return (
    <p className={`form-error ${className}`.trim()} role="alert">
      {message}
    </p>
  );
}
