import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { useStrings } from '../../i18n';

export function NotFoundRoute() {
  const t = useStrings();
  return (
    <main id="main" className="page">
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.body}</p>
      <Link to={paths.home.to()}>{t.notFound.home}</Link>
    </main>
  );
}
