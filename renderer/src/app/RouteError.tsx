import { useRouteError } from 'react-router';
import { ErrorScreen } from './ErrorScreen';

export function RouteError() {
  return <ErrorScreen error={useRouteError()} />;
}
