declare module 'survey-core/i18n/dutch';
declare module 'survey-core/i18n/german';
declare module 'survey-core/i18n/italian';
