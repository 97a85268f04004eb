// One subject people need or offer help with; see topics.ts.

export interface Topic {
  tag: string;
  /** Words for interaction notes: "talked about {label}". */
  label: string;
  needs: string[];
  /** `by`: only people of these professions make this offer (default: anyone who offers the topic). */
  offers: { text: string; counterpart: string; by?: string[] }[];
  /** Only people with this specialty have this need. */
  requiresFocus?: string;
}
