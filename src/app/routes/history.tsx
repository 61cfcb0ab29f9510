import { HistoryPage } from '../../features/history';

export function HistoryRoute() {
  return <HistoryPage />;
}
