/** The Hono environment of the app: the services and, after authentication, the acting user. */
import type { Actor } from '../../core/onboarding/record';
import type { Services } from '../services';

export interface AppEnv {
  Variables: {
    services: Services;
    actor: Actor;
  };
}
