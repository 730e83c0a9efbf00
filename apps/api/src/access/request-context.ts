import type { Request, Response } from 'express';
import type { Loaders } from '../loaders';
import type { Logger } from '../logging/logger';
import type { Services } from '../services';
import { requireViewer } from './policy';
import type { Acting, Viewer } from './viewer';

/** What every resolver gets: who asks, in which request, and the request's services and loaders. */
export interface Context {
  requestId: string;
  viewer: Viewer | null;
  services: Services;
  loaders: Loaders;
  req: Request;
  res: Response;
  /** The client as the throttles count it (`throttleAddress`: IPv6 per /64). */
  clientAddress: string;
  log: Logger;
  /** Whether cookies set in this response must be Secure. */
  secureCookies: boolean;
}

/** The logged-in viewer and request id, for services that check access and write the audit log. */
export function actingOf(ctx: Context): Acting {
  return { viewer: requireViewer(ctx.viewer), requestId: ctx.requestId };
}
