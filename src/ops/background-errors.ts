import type { LoopErrorHandler } from '../background-loop.js';
import type { Logger } from '../logger.js';
import { countBackgroundError } from './metrics.js';

/** What every background loop does with a failed pass: log it with the loop's name and count it in /metrics. */
export function backgroundErrors(logger: Logger): LoopErrorHandler {
  return (err, { loop, failures, retryInMs }) => {
    countBackgroundError(loop);
    logger.error({ err, loop, failures, retryInMs }, retryInMs > 0 ? `${loop}: a background pass failed; trying again in ${Math.ceil(retryInMs / 1000)} s` : `${loop}: a background task failed; carrying on`);
  };
}
