import { useTranslation } from 'react-i18next';
import { TagChips } from '../../../instruments/components/tag-chips';
import type { SplitBy, SurveyStatsQuestion } from '../api/survey-stats';
import { ChoiceQuestionView } from './choice-question-view';
import { FreeTextQuestionView } from './free-text-question-view';
import { MatrixQuestionView } from './matrix-question-view';
import { NumericQuestionView } from './numeric-question-view';
import { RankingQuestionView } from './ranking-question-view';
import { ScaleQuestionView } from './scale-question-view';

interface QuestionStatsProps {
  question: SurveyStatsQuestion;
  by: SplitBy | null;
  confidenceLevel: number;
}

/** One question: its title in the reader's language, its analysis tags, how many answered, and its chart and table. */
export function QuestionStats({ question, by, confidenceLevel }: QuestionStatsProps) {
  const { t } = useTranslation(['surveyStats']);
  return (
    <section className="panel survey-question" data-testid="survey-question" data-name={question.name} data-kind={question.kind} aria-labelledby={`survey-question-${question.name}`}>
      <h2 id={`survey-question-${question.name}`}>{question.title}</h2>
      <div className="survey-question-meta">
        {(question.tags.criterion ?? question.tags.task ?? question.tags.measure) && <TagChips tags={question.tags} />}
        <span className="muted">{t('surveyStats:answered', { answered: question.overall.answered, responses: question.overall.responses })}</span>
      </div>
      <QuestionBody question={question} by={by} confidenceLevel={confidenceLevel} />
    </section>
  );
}

function QuestionBody({ question, by, confidenceLevel }: QuestionStatsProps) {
  switch (question.kind) {
    case 'scale':
      return <ScaleQuestionView question={question} by={by} confidenceLevel={confidenceLevel} />;
    case 'choice':
    case 'multiple':
      return <ChoiceQuestionView question={question} by={by} />;
    case 'numeric':
      return <NumericQuestionView question={question} by={by} confidenceLevel={confidenceLevel} />;
    case 'ranking':
      return <RankingQuestionView question={question} by={by} />;
    case 'text':
      return <FreeTextQuestionView question={question} by={by} />;
    case 'matrix':
      return <MatrixQuestionView question={question} />;
  }
}
