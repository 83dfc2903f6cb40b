interface Props {
  items: readonly { id: string; label: string }[]
}

/** Links to the sections of a long page, so people can go straight to what they came for. */
export function OnThisPage({ items }: Props) {
  return (
    <nav className="on-this-page" aria-label="On this page">
      <h2 className="on-this-page__title">On this page</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{item.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
