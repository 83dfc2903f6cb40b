/** Harbour's mark: a sun over calm water. Decorative; the name beside it is the label. */
export function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="brand-mark__bg" />
      <circle cx="16" cy="14" r="6" className="brand-mark__sun" />
      <path d="M5 21c3.7-2.7 7.3-2.7 11 0s7.3 2.7 11 0" className="brand-mark__wave" />
      <path d="M5 26c3.7-2.7 7.3-2.7 11 0s7.3 2.7 11 0" className="brand-mark__wave" />
    </svg>
  )
}
