// One Kolada value (interface fixed in CONTRACTS.md; owned by the Kolada loaders).
export interface KoladaRow { kpi: string; municipality: string; period: number;
  gender: "T" | "K" | "M"; value: number | null; count: number | null; status: string | null }
