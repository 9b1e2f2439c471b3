/**
 * 校验: the saved draft's findings by severity, whether it can be published and why not, and a
 * reason field for each warning. Publishing also saves the form (STRAPI-NOTES P3), so save first.
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { useForm, useNotification } from '@strapi/strapi/admin';
import { parseCellAddress, type CheckableReport, type Finding as RuleFinding, type TableKey } from '#format';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { REPORT_UID } from '../../../shared/constants';
import { useLiveChecks } from '../hooks/useLiveChecks';
import type { FindingView } from '../../../shared/contracts/checks';
import { errorMessage, useAcknowledgeMutation, useFindingsQuery } from '../services/api';


const GROUPS: { key: string; title: string; color: string; pick: (f: FindingView) => boolean }[] = [
  { key: 'E', title: '错误（必须改正）', color: 'danger600', pick: (f) => f.severity === 'E' && !f.notAssessable },
  { key: 'W', title: '警告（需说明理由）', color: 'warning600', pick: (f) => f.severity === 'W' && !f.notAssessable },
  { key: 'I', title: '提示与无法核对的项目', color: 'neutral600', pick: (f) => f.severity === 'I' || !!f.notAssessable },
];

function Acknowledge({ finding, onSave }: { finding: FindingView; onSave: (reason: string) => Promise<void> }) {
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

const TABLE_SECTIONS: Record<TableKey, string> = { proactive: '表二 主动公开', requests: '表三 依申请公开', reviewLitigation: '表四 复议诉讼' };
const NARRATIVE = new Set(['overview', 'preamble', 'problems', 'otherMatters']);
const sectionOf = (f: RuleFinding) => {
  const address = f.cells[0] ?? '';
  const cell = parseCellAddress(address);
  if (cell) return TABLE_SECTIONS[cell.table];
  return NARRATIVE.has(address.split('.')[0]) ? '叙述与结构' : '其他';
};

/** Findings for what is in the form right now, unsaved edits included; a click focuses the cell. */
function LiveFindings() {
  const values = useForm('ChecksPanel', (state) => state.values as CheckableReport);
  const checks = useLiveChecks(values);
  const findings = React.useMemo(() => (checks?.findings ?? []).filter((f) => !f.notAssessable && f.severity !== 'I'), [checks]);
  const focus = (f: RuleFinding) => {
    const input = f.cells.map((c) => document.querySelector(`input[data-cell="${CSS.escape(c)}"]`)).find(Boolean) as HTMLInputElement | undefined;
    input?.scrollIntoView({ block: 'center' });
    input?.focus();
  };
  if (!checks) return <Typography variant="pi" textColor="neutral600">正在载入校验规则…</Typography>;
  if (!findings.length) return <Typography variant="pi" textColor="success600">当前表单没有发现错误或警告。</Typography>;
  const sections = [...new Set(findings.map(sectionOf))];
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {sections.map((section) => (
        <Flex key={section} direction="column" alignItems="stretch" gap={1}>
          <Typography variant="sigma">{section}</Typography>
          {findings
            .filter((f) => sectionOf(f) === section)
            .sort((a, b) => a.severity.localeCompare(b.severity))
            .map((f) => (
              <button
                key={f.fingerprint}
                type="button"
                onClick={() => focus(f)}
                style={{ textAlign: 'left', background: 'none', border: 0, padding: 0, cursor: 'pointer', color: f.severity === 'E' ? '#d02b20' : '#be5d01', font: 'inherit', fontSize: 13 }}
              >
                {f.severity === 'E' ? '错误' : '警告'} {f.rule} {f.message}
              </button>
            ))}
        </Flex>
      ))}
    </Flex>
  );
}

function Checks({ documentId, version }: { documentId: string; version: string }) {
  const { toggleNotification } = useNotification();
  const { data, error } = useFindingsQuery({ documentId, version });
  const [save] = useAcknowledgeMutation();

  const acknowledge = async (finding: FindingView, reason: string) => {
    const result = await save({ documentId, fingerprint: finding.fingerprint, reason });
    if ('error' in result) toggleNotification({ type: 'danger', message: errorMessage(result.error, '保存失败') });
  };

  if (error) return <Typography variant="pi" textColor="danger600">校验结果加载失败：{errorMessage(error, '请稍后刷新')}</Typography>;
  if (!data) return <Typography variant="pi">正在校验…</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      <Box padding={2} hasRadius background={data.publishable ? 'success100' : 'danger100'}>
        <Typography fontWeight="bold" textColor={data.publishable ? 'success700' : 'danger700'}>
          {data.verdict}
        </Typography>
      </Box>
      <Typography variant="pi" textColor="neutral600">
        上面的结论针对已保存的草稿。“发布”会同时保存表单，校验不通过时本次修改不会保存：请先保存，再发布。
      </Typography>
      <Typography variant="sigma">当前表单（含未保存的修改）</Typography>
      <LiveFindings />
      <Typography variant="sigma">已保存草稿的校验与说明</Typography>
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
  const { formatMessage } = useIntl();
  if (model !== REPORT_UID) return null;
  return {
    title: formatMessage({ id: 'nianbao.panel.checks', defaultMessage: '校验' }),
    content: documentId ? (
      <Checks documentId={documentId} version={document?.updatedAt ?? ''} />
    ) : (
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="pi" textColor="neutral600">
          保存后可说明警告理由、查看能否发布。
        </Typography>
        <LiveFindings />
      </Flex>
    ),
  };
};
