import type { ReactNode } from 'react';

// Text for screen readers only (the class is defined in styles/base.css).
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
