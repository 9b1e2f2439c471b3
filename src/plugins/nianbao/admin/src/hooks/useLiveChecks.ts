/**
 * Live checks of the form being edited. The side panel and the three grids all ask; the rules run
 * once per change of the form (one result per values object), with the deployment's configuration
 * as the server sends it (fetched once, cached by the API layer), so a rule switched off in
 * config/checks.ts stays off here too.
 */
import * as React from 'react';
import { runChecks, type CheckResult, type CheckableReport } from '#format';
import { useCheckConfigQuery } from '../services/api';

const results = new WeakMap<object, CheckResult>();

/** The findings for the form's values now, or null while the configuration loads. */
export function useLiveChecks(values: CheckableReport): CheckResult | null {
  const { data: config, isError } = useCheckConfigQuery();
  return React.useMemo(() => {
    // Live checks only advise (the server's gate decides): without the configuration, the defaults.
    if (!config && !isError) return null;
    let result = results.get(values);
    if (!result) {
      result = runChecks(values, { config });
      results.set(values, result);
    }
    return result;
  }, [values, config, isError]);
}
