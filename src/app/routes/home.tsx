import { useEffect } from 'react';
import blueprint from 'virtual:blueprint';
import { allocateDomainQuotas, passMarkFor } from '../../engine';
import { StartPanel } from '../../features/exam/start';
import { useStrings } from '../../i18n';

export function HomeRoute() {
  const t = useStrings();
  const quotas = allocateDomainQuotas(blueprint);
  const passMark = passMarkFor(blueprint.questionCount, blueprint.passPercent);
  useEffect(() => {
    document.title = t.appName;
  }, [t]);
  return (
    <main id="main" className="page home">
      <h1>{t.home.title}</h1>
      <p className="lead">{t.home.intro(blueprint.questionCount, blueprint.durationMinutes, passMark, blueprint.passPercent)}</p>
      <StartPanel blueprint={blueprint} />
      <section className="card" aria-labelledby="domains-heading">
        <h2 id="domains-heading">{t.home.domainsHeading}</h2>
        <ul className="domain-list">
          {blueprint.domains.map((d) => (
            <li key={d.id}>
              <span className="domain-name">{d.name}</span>
              <span className="domain-meta">
                {d.weight}% · {t.home.domainShare(quotas.get(d.id) ?? 0)}
              </span>
              <span className="domain-topics">{d.topics.map((tp) => tp.name).join(' · ')}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="rules-heading">
        <h2 id="rules-heading">{t.home.rulesHeading}</h2>
        <ul>
          {t.home.rules.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </section>
    </main>
  );
}
