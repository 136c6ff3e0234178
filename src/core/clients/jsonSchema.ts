// The JSON Schema of clients.yaml for Red Hat's YAML extension (completion and hover), generated from the zod
// schema so the two cannot drift. The build writes it to dist/clients.schema.json.
import { z } from 'zod';
import { clientsFileSchema } from './schema';

export function clientsJsonSchema(): object {
  const schema = z.toJSONSchema(clientsFileSchema, {
    // Describe what the user writes (before defaults and conversions are applied).
    io: 'input',
    override({ jsonSchema }) {
      // Unknown keys are warnings from our own diagnostics, so a newer file still opens; the YAML extension
      // must not call them errors.
      delete jsonSchema.additionalProperties;
    },
  });
  return { ...schema, title: 'Clean Break clients.yaml' };
}
