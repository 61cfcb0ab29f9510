import { useEffect, useRef } from 'react';
import { useStrings } from '../../i18n';
import { useExamActions } from './exam-store';

/** Shown instead of the exam when another tab holds it; one button moves it here. */
export function OpenElsewhere() {
  const t = useStrings();
  const { takeOver } = useExamActions();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main id="main" className="page">
      <section className="card elsewhere" aria-labelledby="elsewhere-heading">
        <h1 id="elsewhere-heading" ref={heading} tabIndex={-1}>
          {t.elsewhere.title}
        </h1>
        <p>{t.elsewhere.body}</p>
        <button type="button" className="button button-primary" onClick={() => void takeOver()}>
          {t.elsewhere.takeOver}
        </button>
      </section>
    </main>
  );
}
