// Thresholds the bank is held to. Floors only ever rise: 400 questions, enough for about nine disjoint
// mock exams, with every blueprint topic covered at least 8 times.
export const GATES = {
  totalFloor: 400,
  domainFloors: { 'databricks-ml': 116, 'ml-workflows': 116, 'spark-ml': 88, 'scaling-ml': 80 } as Record<string, number>,
  topicFloor: 8,
  /** Share of "choose two" questions, as on the real exam: a few, not many. */
  chooseManyShare: { min: 0.05, max: 0.1 },
  codeShare: { min: 0.3, max: 0.5 },
  /** The key may be the strictly longest option in at most this share of single-answer questions. */
  longestIsKeyMax: 0.35,
  allOrNoneMax: 0.02,
  /** Word-trigram Jaccard similarity of stem + code at or above which two questions count as near-duplicates. */
  nearDuplicate: 0.6,
  /** No question's longest option may be more than this many times its shortest. */
  lengthRatioMax: 4,
};
