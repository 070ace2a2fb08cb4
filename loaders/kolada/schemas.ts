// zod schemas for every Kolada v3 response the client uses. Unknown fields are ignored; fields we
// use are checked. A response that does not match is rejected before any of it is used.
import {z} from "zod";

const nullableString = z.string().nullable().optional();

export const ValueEntrySchema = z.object({
  gender: z.enum(["T", "K", "M"]),
  count: z.number().int().nonnegative().nullable().optional(),
  status: nullableString,
  value: z.number().nullable(),
  isdeleted: z.boolean().optional()
});

export const DataItemSchema = z.object({
  kpi: z.string().regex(/^[A-Z]\d{5}$/),
  municipality: z.string().regex(/^(\d{4}|G\d+)$/),
  period: z.number().int().min(1900).max(2100),
  values: z.array(ValueEntrySchema)
});

export const KpiMetaSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: nullableString,
  operating_area: nullableString,
  publication_date: nullableString,
  prel_publication_date: nullableString,
  is_divided_by_gender: z.union([z.boolean(), z.number()]).nullable().optional(),
  municipality_type: nullableString,
  perspective: nullableString
});

export const MunicipalitySchema = z.object({
  id: z.string(),
  title: z.string(),
  type: z.string()
});

export const GroupSchema = z.object({
  id: z.string(),
  title: z.string(),
  members: z.array(z.object({id: z.string(), title: z.string().optional()})).optional()
});

/** One page of a v3 list response. `count` is the number of items on this page. */
export const pageSchema = <T extends z.ZodTypeAny>(item: T) =>
  z.object({
    values: z.array(item),
    count: z.number().int().nonnegative().optional(),
    next_url: z.string().nullable().optional(),
    previous_url: z.string().nullable().optional()
  });

export type DataItem = z.infer<typeof DataItemSchema>;
