/** A field's message from the server, referenced by the field's aria-describedby. */
export function FieldError({ name, errors }: { name: string; errors: Record<string, string> }) {
  return errors[name] ? (
    <p className="inquiry-error" id={`${name}-error`}>
      {errors[name]}
    </p>
  ) : null
}
