/**
 * 校验: the saved draft's findings by severity, whether it can be published and why not, and a
 * reason field for each warning. Publishing also saves the form (STRAPI-NOTES P3), so save first.
 */
import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { REPORT_UID } from '../report-model';

interface Finding {
  rule: string;
  severity: 'E' | 'W' | 'I';
  message: string;
  fingerprint: string;
  notAssessable?: boolean;
  needsAcknowledgement: boolean;
  acknowledgement: { reason: string; by: string; at: string } | null;
}

interface Findings {
  publishable: boolean;
  verdict: string;
  findings: Finding[];
}

const GROUPS: { key: string; title: string; color: string; pick: (f: Finding) => boolean }[] = [
  { key: 'E', title: '错误（必须改正）', color: 'danger600', pick: (f) => f.severity === 'E' && !f.notAssessable },
  { key: 'W', title: '警告（需说明理由）', color: 'warning600', pick: (f) => f.severity === 'W' && !f.notAssessable },
  { key: 'I', title: '提示与无法核对的项目', color: 'neutral600', pick: (f) => f.severity === 'I' || !!f.notAssessable },
];

function Acknowledge({ finding, onSave }: { finding: Finding; onSave: (reason: string) => Promise<void> }) {
  const [reason, setReason] = React.useState(finding.acknowledgement?.reason ?? '');
  if (finding.acknowledgement) {
    return (
      <Typography variant="pi" textColor="success600">
        已说明：{finding.acknowledgement.reason}（{finding.acknowledgement.by}，{new Date(finding.acknowledgement.at).toLocaleString('zh-CN')}）
      </Typography>
    );
  }
  return (
    <Flex gap={1} alignItems="stretch">
      <input
        aria-label={`${finding.rule} 的说明理由`}
        value={reason}
        placeholder="说明理由，如：已核实，原文口径不同"
        onChange={(e) => setReason(e.target.value)}
        style={{ flex: 1, minWidth: 0, padding: '4px 6px', border: '1px solid #dcdce4', borderRadius: 4 }}
      />
      <Button size="S" variant="secondary" disabled={!reason.trim()} onClick={() => onSave(reason)}>
        确认
      </Button>
    </Flex>
  );
}

function Checks({ documentId, version }: { documentId: string; version: string }) {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [data, setData] = React.useState<Findings | null>(null);

  const load = React.useCallback(() => {
    get<{ data: Findings }>(`/nianbao/reports/${documentId}/findings?status=draft`).then((res) => setData(res.data.data));
  }, [documentId]);
  React.useEffect(load, [load, version]);

  const acknowledge = async (finding: Finding, reason: string) => {
    try {
      const res = await post<{ data: Findings }>(`/nianbao/reports/${documentId}/acknowledgements`, { fingerprint: finding.fingerprint, reason });
      setData(res.data.data);
    } catch (error) {
      toggleNotification({ type: 'danger', message: (error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error?.message ?? '保存失败' });
    }
  };

  if (!data) return <Typography variant="pi">正在校验…</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      <Box padding={2} hasRadius background={data.publishable ? 'success100' : 'danger100'}>
        <Typography fontWeight="bold" textColor={data.publishable ? 'success700' : 'danger700'}>
          {data.verdict}
        </Typography>
      </Box>
      <Typography variant="pi" textColor="neutral600">
        校验针对已保存的草稿。“发布”会同时保存表单，校验不通过时本次修改不会保存：请先保存，再发布。
      </Typography>
      {GROUPS.map((group) => {
        const items = data.findings.filter(group.pick);
        if (!items.length) return null;
        return (
          <Flex key={group.key} direction="column" alignItems="stretch" gap={2}>
            <Typography variant="sigma" textColor={group.color}>
              {group.title}（{items.length}）
            </Typography>
            {items.map((f) => (
              <Flex key={f.fingerprint} direction="column" alignItems="stretch" gap={1}>
                <Typography variant="omega">
                  <b>{f.rule}</b> {f.message}
                </Typography>
                {f.needsAcknowledgement && <Acknowledge finding={f} onSave={(reason) => acknowledge(f, reason)} />}
              </Flex>
            ))}
          </Flex>
        );
      })}
    </Flex>
  );
}

export const ChecksPanel = ({ model, documentId, document }: { model: string; documentId?: string; document?: { updatedAt?: string } }) => {
  if (model !== REPORT_UID || !documentId) return null;
  return { title: '校验', content: <Checks documentId={documentId} version={document?.updatedAt ?? ''} /> };
};
