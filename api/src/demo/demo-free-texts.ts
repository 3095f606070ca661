import type { Language } from '../centers/center.entity.js';

/**
 * Free-text answers for the demo responses, written for Polyphony in each participant's language.
 * They echo what earlier rounds heard (patients: open when it is explained and helps treatment;
 * clinicians: conditions, validation, workflow) and contain no names or other identifiers.
 */
type TextPool = Readonly<Record<Language, readonly string[]>>;

export const PATIENT_COMMENTS: TextPool = {
  nl: [
    'Als de arts uitlegt wat de computer heeft gezien, vind ik het prima.',
    'Ik wil vooral dat de behandeling er beter van wordt, niet dat het sneller moet.',
    'Het contact met mijn arts blijft voor mij het belangrijkste.',
    'Ik maak me wel zorgen over wie er bij mijn scans kan.',
    'Fijn dat er over onze mening wordt nagedacht.',
    'Als het helpt om eerder te zien dat de tumor terugkomt, dan graag.',
  ],
  de: [
    'Wenn mir der Arzt erklärt, was die KI gefunden hat, habe ich nichts dagegen.',
    'Mir ist wichtig, dass am Ende ein Mensch entscheidet.',
    'Ich hoffe, dass dadurch die Wartezeit auf Befunde kürzer wird.',
    'Meine Daten sollen das Krankenhaus nicht verlassen.',
    'Wenn die Behandlung dadurch genauer wird, bin ich dafür.',
    'Ich hätte gern ein kurzes Merkblatt, wie die KI eingesetzt wird.',
  ],
  it: [
    'Se il medico mi spiega cosa ha visto il programma, per me va bene.',
    "L'importante è che la decisione finale resti al medico.",
    "Spero che l'intelligenza artificiale aiuti a scegliere la terapia giusta.",
    'Mi preoccupa un po’ la riservatezza delle mie immagini.',
    'Vorrei sapere quando viene usata, anche solo con un foglio informativo.',
    'Se serve a vedere prima una recidiva, ben venga.',
  ],
  en: [
    'If my doctor explains what the software found, I am fine with it.',
    'The final decision should stay with a person.',
    'I would like a short leaflet about how AI is used in my care.',
    'As long as my scans stay within the hospital, I have no objection.',
  ],
};

export const CLINICIAN_CONDITIONS: TextPool = {
  nl: [
    'Alleen na validatie op onze eigen scanners en protocollen.',
    'De uitkomst moet met een onzekerheidsmaat in het PACS verschijnen.',
    'Als het de leestijd niet verlengt en het MDO er baat bij heeft.',
    'Prospectieve validatie en duidelijke afspraken over aansprakelijkheid.',
    'Wanneer de voorspelling van infiltratie aantoonbaar klopt met het recidiefpatroon.',
  ],
  de: [
    'Nur nach Validierung an unseren eigenen Geräten und Sequenzen.',
    'Die Ergebnisse müssen im PACS mit einer Unsicherheitsangabe erscheinen.',
    'Wenn die Infiltrationsvorhersage prospektiv gegen das Rezidivmuster geprüft wurde.',
    'Klare Haftungsregelung und CE-Kennzeichnung als Medizinprodukt.',
    'Wenn es sich in die Tumorkonferenz einfügt, ohne zusätzlichen Aufwand.',
    'Transparente Angaben zu Trainingsdaten und bekannten Grenzen des Modells.',
  ],
  it: [
    'Solo dopo una validazione sui nostri scanner e protocolli.',
    "Il risultato deve comparire nel PACS con una stima dell'incertezza.",
    'Se la previsione dell’infiltrazione è verificata sul pattern di recidiva.',
    'Con responsabilità chiare e una marcatura CE come dispositivo medico.',
    'Se non aumenta il tempo di refertazione e aiuta il tumor board.',
  ],
  en: [
    'Only after validation on our own scanners and sequences.',
    'When results appear in PACS with an uncertainty estimate.',
    'If the infiltration map has been checked prospectively against recurrence patterns.',
  ],
};

export const CLINICIAN_COMMENTS: TextPool = {
  nl: [
    'Tumorkarakterisering lukt ons meestal al; progressie voorspellen zou echt helpen.',
    'Mijn ervaring met bestaande tools is wisselend: goede demo, minder in de praktijk.',
    'Kosten per casus zijn minder belangrijk dan de tijd die het kost.',
  ],
  de: [
    'Die Charakterisierung können wir meist selbst; die Vorhersage der Progression wäre ein echter Gewinn.',
    'Bisherige Tools haben im Alltag weniger gehalten als in der Präsentation.',
    'Die Schnittstelle zum Bestrahlungsplanungssystem ist entscheidend.',
    'Pseudoprogression bleibt das schwierigste Problem in der Nachsorge.',
  ],
  it: [
    'La caratterizzazione la facciamo già bene; prevedere la progressione sarebbe utile davvero.',
    "Gli strumenti provati finora funzionavano meglio nelle demo che nella pratica.",
    "L'integrazione con il sistema di pianificazione è fondamentale.",
  ],
  en: [
    'Characterisation we mostly manage; predicting progression would be the real gain.',
    'Tools I have tried performed better in demos than in routine work.',
  ],
};
