export function FieldError({ id, message }: { id: string; message?: string }) {
  return (
    <p id={id} className="field-error" role={message ? "alert" : undefined}>
      {message ?? ""}
    </p>
  );
}
