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

/**
 * A group's member. Kolada v3 names its fields `member_id` and `member_title` (two saved API
 * responses, 2024-04 and 2026-03); its old v2 documentation showed `id` and `title`: both are read.
 */
export const GroupMemberSchema = z.union([
  z.object({member_id: z.string(), member_title: z.string().optional()}),
  z.object({id: z.string(), title: z.string().optional()})
]);
export const memberId = (m: z.infer<typeof GroupMemberSchema>): string => ("member_id" in m ? m.member_id : m.id);

export const GroupSchema = z.object({
  id: z.string(),
  title: z.string(),
  members: z.array(GroupMemberSchema).optional()
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
