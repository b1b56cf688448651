export interface FacetOption {
  value: string
  label: string
  count: number
  checked: boolean
}

/** One facet as a group of checkboxes with counts (OR within the group). */
export function FacetGroup({ name, legend, options }: { name: string; legend: string; options: FacetOption[] }) {
  if (options.length === 0) return null
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <ul>
        {options.map((o) => {
          const id = `facet-${name}-${o.value}`
          return (
            <li key={o.value}>
              <input type="checkbox" id={id} name={name} value={o.value} defaultChecked={o.checked} disabled={o.count === 0 && !o.checked} />
              <label htmlFor={id}>
                {o.label} <span className="facet__count">({o.count})</span>
              </label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
