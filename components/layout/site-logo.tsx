/** Three rising wisps of steam: the mark of 湯けむり. Decorative; the site name is text beside it. */
export function SiteLogo({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 40 40" width="40" height="40" className={className}>
      <rect width="40" height="40" rx="8" className="fill-blue-900" />
      <g fill="none" stroke="white" strokeWidth="2.5" strokeLinecap="round">
        <path d="M13 30c-3-3 3-6 0-9s3-6 0-9" />
        <path d="M20 30c-3-3 3-6 0-9s3-6 0-9" />
        <path d="M27 30c-3-3 3-6 0-9s3-6 0-9" />
      </g>
    </svg>
  );
}
