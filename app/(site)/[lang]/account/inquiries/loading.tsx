export default function Loading() {
  return (
    <div className="container inquiry-page" aria-busy="true" aria-live="polite">
      <p>…</p>
    </div>
  )
}
