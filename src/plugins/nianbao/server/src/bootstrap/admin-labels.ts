/** Writes the Chinese field labels into the content manager's stored layouts at every boot. */
import type { Core } from '@strapi/strapi';
import { FIELD_LABELS, LIST_COLUMNS, MAIN_FIELDS, SERVER_FIELDS } from './content-labels';

interface Metadata {
  edit?: Record<string, unknown>;
  list?: Record<string, unknown>;
}
interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: Record<string, unknown>;
}

export async function applyAdminLabels(strapi: Core.Strapi): Promise<void> {
  const cm = strapi.plugin('content-manager');
  for (const [uid, fields] of Object.entries(FIELD_LABELS)) {
    const isComponent = !uid.includes('::');
    const service = cm.service(isComponent ? 'components' : 'content-types');
    const model = isComponent ? strapi.components[uid as never] : strapi.contentTypes[uid as never];
    if (!model) continue;
    const config = (await service.findConfiguration(model)) as Configuration;
    const metadatas = { ...config.metadatas };
    for (const [field, { label, description }] of Object.entries(fields)) {
      const meta = metadatas[field];
      if (!meta) continue;
      metadatas[field] = {
        ...meta,
        edit: meta.edit && { ...meta.edit, label, ...(description ? { description } : {}) },
        list: meta.list && { ...meta.list, label },
      };
    }
    const server = SERVER_FIELDS[uid];
    for (const field of server?.readOnly ?? []) {
      if (metadatas[field]?.edit) metadatas[field] = { ...metadatas[field], edit: { ...metadatas[field].edit, editable: false } };
    }
    for (const field of server?.hidden ?? []) {
      if (metadatas[field]?.edit) metadatas[field] = { ...metadatas[field], edit: { ...metadatas[field].edit, visible: false } };
    }
    const settings = MAIN_FIELDS[uid] ? { ...config.settings, mainField: MAIN_FIELDS[uid] } : config.settings;
    const layouts = LIST_COLUMNS[uid] ? { ...config.layouts, list: LIST_COLUMNS[uid] } : config.layouts;
    await service.updateConfiguration(model, { settings, metadatas, layouts });
  }
}
