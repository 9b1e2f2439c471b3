/**
 * 机关与人员: each administrator with the agencies they belong to. Under the condition
 * 「本机关及下属机关」 their roles reach those agencies' records and those of the agencies below them.
 */
import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';
import { Box, Button, Flex, MultiSelect, MultiSelectOption, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { MemberAgency } from '../../../shared/contracts/members';
import { errorMessage, useAdminUsersQuery, useAgencyChoicesQuery, useMemberAgenciesQuery, useSetMemberAgenciesMutation, type AdminUser } from '../services/api';

function MemberRow({ user, choices }: { user: AdminUser; choices: MemberAgency[] }) {
  const { toggleNotification } = useNotification();
  const { data: agencies, error } = useMemberAgenciesQuery(user.id);
  const [save, { isLoading }] = useSetMemberAgenciesMutation();
  const [chosen, setChosen] = React.useState<string[] | null>(null);
  const current = chosen ?? agencies?.map((a) => a.documentId) ?? [];
  const changed = chosen !== null && [...chosen].sort().join() !== (agencies ?? []).map((a) => a.documentId).sort().join();

  const submit = async () => {
    const result = await save({ id: user.id, agencies: current });
    if ('error' in result) return toggleNotification({ type: 'danger', message: errorMessage(result.error, '保存失败') });
    setChosen(null);
    toggleNotification({ type: 'success', message: `已保存${user.email}的所属机关` });
  };

  return (
    <Tr>
      <Td>
        <Typography>{[user.lastname, user.firstname].filter(Boolean).join('') || user.email}</Typography>
        <Typography variant="pi" textColor="neutral600" tag="div">
          {user.email}
        </Typography>
      </Td>
      <Td>
        <Typography>{user.roles.map((r) => r.name).join('、') || '—'}</Typography>
      </Td>
      <Td>
        {error ? (
          <Typography textColor="danger600">加载失败：{errorMessage(error)}</Typography>
        ) : (
          <MultiSelect aria-label={`${user.email}的所属机关`} placeholder="未指定机关" value={current} onChange={(values: string[]) => setChosen(values)} withTags>
            {choices.map((a) => (
              <MultiSelectOption key={a.documentId} value={a.documentId}>
                {a.name}
              </MultiSelectOption>
            ))}
          </MultiSelect>
        )}
      </Td>
      <Td>
        <Button size="S" disabled={!changed} loading={isLoading} onClick={submit}>
          保存
        </Button>
      </Td>
    </Tr>
  );
}

export function MembersPanel() {
  const { data: users, error: usersError, isLoading } = useAdminUsersQuery();
  const { data: choices = [], error: choicesError } = useAgencyChoicesQuery();
  const error = usersError ?? choicesError;
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography textColor="neutral600">
        管理员所属的机关决定“本机关及下属机关”条件下其角色能看到和修改的年报、目录和开放日活动：所属机关及其下属机关的。未指定机关的，在该条件下什么也看不到。
      </Typography>
      {error ? (
        <Typography textColor="danger600">机关与人员加载失败：{errorMessage(error, '请稍后刷新')}</Typography>
      ) : isLoading ? (
        <Typography>加载中…</Typography>
      ) : (
        <Box background="neutral0" hasRadius shadow="tableShadow">
          <Table colCount={4} rowCount={(users?.length ?? 0) + 1}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">管理员</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">角色</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">所属机关</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">操作</Typography>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {(users ?? []).map((u) => (
                <MemberRow key={u.id} user={u} choices={choices} />
              ))}
            </Tbody>
          </Table>
        </Box>
      )}
    </Flex>
  );
}
