import type { ReactNode } from 'react';

/** An unobtrusive notice at the top of the page; `alert` interrupts a screen reader, `status` waits. */
export function Banner({ tone, children }: { tone: 'warning' | 'error'; children: ReactNode }) {
  return (
    <div className={`banner banner-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
