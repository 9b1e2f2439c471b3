/**
 * Live checks of the form being edited. The side panel and the three grids all ask; the rules run
 * once per change of the form (one result per values object), with the deployment's configuration
 * as the server sends it, so a rule switched off in config/checks.ts stays off here too.
 */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { runChecks, type CheckConfig, type CheckResult, type CheckableReport } from '#format';
import type { CheckConfigResponse } from '../../../shared/contracts/checks';

let config: CheckConfig | null = null;
let request: Promise<void> | null = null;
const listeners = new Set<() => void>();
const results = new WeakMap<object, CheckResult>();

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** The deployment's rule configuration, fetched once per admin session; null until it arrives. */
function useCheckConfig(): CheckConfig | null {
  const { get } = useFetchClient();
  const current = React.useSyncExternalStore(subscribe, () => config);
  React.useEffect(() => {
    if (config || request) return;
    request = get<CheckConfigResponse>('/nianbao/check-config')
      .then((res) => {
        config = res.data.data;
        listeners.forEach((l) => l());
      })
      // Asked again by the next component that mounts.
      .catch(() => void (request = null));
  }, [get]);
  return current;
}

/** The findings for the form's values now, or null while the configuration loads. */
export function useLiveChecks(values: CheckableReport): CheckResult | null {
  const settings = useCheckConfig();
  return React.useMemo(() => {
    if (!settings) return null;
    let result = results.get(values);
    if (!result) {
      result = runChecks(values, { config: settings });
      results.set(values, result);
    }
    return result;
  }, [values, settings]);
}
