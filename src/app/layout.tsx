import { NavLink, Outlet } from 'react-router';
import { paths } from '../config/paths';
import { useStrings } from '../i18n';

export function Layout() {
  const t = useStrings();
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <NavLink to={paths.home.to()} className="brand">
          {t.appName}
        </NavLink>
        <nav aria-label={t.nav.label}>
          <ul>
            <li>
              <NavLink to={paths.home.to()} end>
                {t.nav.home}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.history.to()}>{t.nav.history}</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <Outlet />
    </>
  );
}
