import DataLoader from 'dataloader';
import type { QuestionSetService } from './question-set.service';
import type { EvaluationQuestionSet } from './evaluation.types';

/** Per-request loader of activities' question sets, keyed by activity id (ids come from an already scoped activity). */
export function createEvaluationLoaders(service: QuestionSetService) {
  return {
    evaluationQuestionSet: new DataLoader<string, EvaluationQuestionSet>(async (ids) => {
      const sets = await service.byActivity(ids);
      return ids.map((id) => sets.get(id)!);
    }),
  };
}
