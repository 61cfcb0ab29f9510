// Thresholds the bank is held to. Floors rise with the bank (issue 3 takes them to 116/116/88/80 and 8
// per topic); they never fall.
export const GATES = {
  domainFloors: { 'databricks-ml': 23, 'ml-workflows': 23, 'spark-ml': 18, 'scaling-ml': 16 } as Record<string, number>,
  topicFloor: 7,
  codeShare: { min: 0.3, max: 0.5 },
  /** The key may be the strictly longest option in at most this share of single-answer questions. */
  longestIsKeyMax: 0.35,
  allOrNoneMax: 0.02,
  /** Word-trigram Jaccard similarity of stem + code at or above which two questions count as near-duplicates. */
  nearDuplicate: 0.6,
  /** No question's longest option may be more than this many times its shortest. */
  lengthRatioMax: 4,
};
