import { useEffect, useRef } from 'react';
import { useStrings } from '../../i18n';
import { useExamActions } from './exam-store';

/** Says the exam is held by another tab, with one button to move it here. */
export function ElsewhereCard({ page = false }: { page?: boolean }) {
  const t = useStrings();
  const { takeOver } = useExamActions();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (page) heading.current?.focus();
  }, [page]);
  const Heading = page ? 'h1' : 'h2';
  return (
    <section className="card elsewhere" aria-labelledby="elsewhere-heading">
      <Heading id="elsewhere-heading" ref={heading} tabIndex={-1}>
        {t.elsewhere.title}
      </Heading>
      <p>{t.elsewhere.body}</p>
      <button type="button" className="button button-primary" onClick={() => void takeOver()}>
        {t.elsewhere.takeOver}
      </button>
    </section>
  );
}

/** Shown instead of an exam screen when another tab holds the exam. */
export function OpenElsewhere() {
  return (
    <main id="main" className="page">
      <ElsewhereCard page />
    </main>
  );
}
