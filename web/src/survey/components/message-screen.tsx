import type { ReactNode } from 'react';
import { useHeadingFocus } from '../hooks/use-heading-focus';

interface MessageScreenProps {
  title: string;
  children: ReactNode;
  testId: string;
}

/** A plain screen with a heading and a few lines: completed before, link expired, no connection. */
export function MessageScreen({ title, children, testId }: MessageScreenProps) {
  const heading = useHeadingFocus<HTMLHeadingElement>();
  return (
    <section className="participant-screen participant-screen-centered" aria-labelledby={`${testId}-title`} data-testid={testId}>
      <h1 id={`${testId}-title`} ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  );
}
