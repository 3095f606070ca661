import type { StakeholderGroup } from '../participants/stakeholder-groups.js';

/**
 * One speaker turn of a demo interview and how the first coder coded it. A code key alone codes
 * the whole turn; `key@n` codes its n-th sentence (from 0), `key@n-m` sentences n to m.
 */
export type DemoTurn = readonly [speaker: 'I' | 'P', text: string, codes?: readonly string[]];

export interface DemoInterview {
  /** Which demo participant (see DEMO_PARTICIPANTS): center, group and sequence within them. */
  readonly center: string;
  readonly group: StakeholderGroup;
  readonly sequence: number;
  readonly language: 'nl' | 'de' | 'it' | 'en';
  /** YYYY-MM; months only, as the importer stores them. */
  readonly month: string;
  readonly turns: readonly DemoTurn[];
}

/**
 * Eight short, invented interviews about meaningful AI in brain-tumour MRI, written for the demo
 * (no real person, no names): patients and clinicians of each center in their own language, one
 * clinician interviewed in English. The codes are the first coder's; demo-seed derives the second
 * coder's from them with a seeded generator (see demo-codings.ts).
 */
export const DEMO_INTERVIEWS: readonly DemoInterview[] = [
  {
    center: 'RUMC',
    group: 'patient',
    sequence: 1,
    language: 'nl',
    month: '2026-09',
    turns: [
      ['I', 'Fijn dat u wilt meedoen. Hoe kijkt u aan tegen computerprogramma’s die meekijken naar uw MRI-scans?'],
      ['P', 'Eerlijk gezegd vind ik het een geruststellend idee. Als er een extra paar ogen meekijkt, mist de arts misschien minder.', ['trust-reassurance@0', 'interpretation-second-opinion@1']],
      ['I', 'Wat zou u willen weten over hoe zo’n programma tot een oordeel komt?'],
      ['P', 'Ik wil niet alle techniek begrijpen. Maar de arts moet mij kunnen uitleggen waarom het programma iets ziet. Een zwarte doos zonder uitleg zou ik niet vertrouwen.', ['explainability-shows-reasons@1', 'explainability-black-box@2']],
      ['I', 'En als het programma zich vergist?'],
      ['P', 'Dat is mijn grootste zorg. Bij een hersentumor kan een verkeerde uitslag betekenen dat je de verkeerde behandeling krijgt.', ['accuracy-errors-harm']],
      ['I', 'Wie moet uiteindelijk beslissen?'],
      ['P', 'De arts, altijd. Het programma mag adviseren, maar de neuroloog of de radioloog heeft het laatste woord.', ['condition-human-final-say']],
      ['I', 'Zou u het willen weten als er AI is gebruikt bij uw scan?'],
      ['P', 'Ja, dat vind ik belangrijk. Ik wil dat het gewoon in het gesprek wordt genoemd, net als andere onderzoeken.', ['condition-patients-are-told']],
      ['I', 'Wat zou het voor u betekenen als de uitslag sneller komt?'],
      ['P', 'Het wachten is het ergste. Als ik een paar dagen eerder weet waar ik aan toe ben en eerder behandeld kan worden, scheelt dat heel veel spanning.', ['care-pathway-faster-treatment@1', 'trust-reassurance@1']],
      ['I', 'Heeft u nog andere zorgen?'],
      ['P', 'Wat er met mijn gegevens gebeurt. Mijn scans zijn van mij, die wil ik niet bij een bedrijf terugzien.', ['concern-data-and-privacy']],
    ],
  },
  {
    center: 'RUMC',
    group: 'radiologist',
    sequence: 1,
    language: 'nl',
    month: '2026-09',
    turns: [
      ['I', 'U werkt al enige tijd met AI-software voor hersentumoren. Wat is uw ervaring?'],
      ['P', 'Wisselend. Voor segmentatie van het tumorvolume is het echt handig, dat scheelt me per patiënt een kwartier. Maar de classificatie van het tumortype voegt weinig toe aan wat ik zelf al zie.', ['cost-saves-time@1', 'task-characterisation@2']],
      ['I', 'Waar zou AI u volgens u wel echt helpen?'],
      ['P', 'Bij infiltratie. Wij zien op de FLAIR waar het oedeem zit, maar niet waar de tumorcellen zitten. Als een model kan voorspellen waar het recidief komt, verandert dat het bestralingsveld.', ['task-infiltration@0-1', 'task-progression@2']],
      ['I', 'Hoe belangrijk is de nauwkeurigheid in uw eigen centrum?'],
      ['P', 'Cruciaal. Een model dat op data uit één ziekenhuis is getraind, werkt bij ons met andere scanners vaak minder goed. Ik wil eerst een validatie op onze eigen patiënten zien.', ['accuracy-proven-here@1-2']],
      ['I', 'En de uitleg van het model?'],
      ['P', 'Een heatmap is leuk, maar vaak zegt hij weinig. Ik wil vooral weten wanneer het model onzeker is, zodat ik dan extra goed kijk.', ['explainability-black-box@0', 'explainability-when-unsure@1']],
      ['I', 'Ziet u risico’s voor uw vak?'],
      ['P', 'Jonge collega’s leren misschien minder goed zelf kijken als de software altijd een voorzet geeft. Dat vind ik zorgelijk.', ['interpretation-loss-of-skill']],
      ['I', 'Wat betekent het voor de kosten?'],
      ['P', 'De licenties zijn duur en de integratie in ons PACS kost veel IT-tijd. Dat is alleen te verantwoorden als patiënten er aantoonbaar beter van worden.', ['cost-too-expensive@0', 'cost-worth-it-if-outcomes-improve@1']],
    ],
  },
  {
    center: 'UKD',
    group: 'patient',
    sequence: 1,
    language: 'de',
    month: '2026-10',
    turns: [
      ['I', 'Was denken Sie, wenn Sie hören, dass künstliche Intelligenz bei der Auswertung Ihrer MRT helfen könnte?'],
      ['P', 'Zuerst war ich skeptisch. Aber wenn der Computer etwas findet, was ein Mensch übersieht, dann bin ich dafür.', ['accuracy-sees-more@1']],
      ['I', 'Was wäre Ihnen dabei wichtig?'],
      ['P', 'Dass mir jemand erklärt, was die Maschine gesehen hat. Ich möchte nicht einfach ein Ergebnis bekommen, das keiner begründen kann.', ['explainability-shows-reasons']],
      ['I', 'Haben Sie Sorgen?'],
      ['P', 'Ja, dass das Gespräch mit dem Arzt kürzer wird. Die Ärztin nimmt sich jetzt Zeit für mich, das soll so bleiben. Eine Maschine kann mich nicht trösten.', ['trust-losing-human-touch']],
      ['I', 'Wer sollte am Ende entscheiden?'],
      ['P', 'Der Arzt. Die Technik darf helfen, aber entscheiden muss ein Mensch, der mich kennt.', ['condition-human-final-say']],
      ['I', 'Und wenn die Software zugelassen und geprüft ist?'],
      ['P', 'Dann hätte ich mehr Vertrauen. Wenn die Behörden das geprüft haben, wie bei einem Medikament, ist das schon beruhigend.', ['condition-approved-and-regulated@0-1', 'trust-reassurance@1']],
      ['I', 'Würde sich für Sie im Ablauf etwas ändern?'],
      ['P', 'Wahrscheinlich merke ich davon gar nichts. Ich gehe zur Kontrolle, werde gescannt und bekomme den Befund wie immer.', ['care-pathway-unchanged']],
    ],
  },
  {
    center: 'UKD',
    group: 'neurosurgeon',
    sequence: 1,
    language: 'de',
    month: '2026-10',
    turns: [
      ['I', 'Welche Rolle könnte KI in der Planung Ihrer Operationen spielen?'],
      ['P', 'Für mich ist entscheidend, wie weit der Tumor über die kontrastmittelaufnehmende Zone hinaus infiltriert. Wenn die KI das zuverlässig schätzt, kann ich die Resektionsgrenzen besser planen.', ['task-infiltration@0-1', 'care-pathway-faster-treatment@1']],
      ['I', 'Und die molekulare Einordnung, etwa IDH-Status?'],
      ['P', 'Eine Vorhersage des IDH-Status vor der Operation wäre interessant. Aber am Ende bekommen wir ihn ohnehin aus der Histologie, also ändert das meine Entscheidung selten.', ['task-molecular@0', 'care-pathway-unchanged@1']],
      ['I', 'Wie genau müsste so ein System sein?'],
      ['P', 'Wenn die Sensitivität unter neunzig Prozent liegt, würde ich mich nicht darauf verlassen. Ein falsch negatives Ergebnis kann heißen, dass wir Tumorgewebe zurücklassen.', ['accuracy-proven-here@0', 'accuracy-errors-harm@1']],
      ['I', 'Wie sieht es mit dem Aufwand im Alltag aus?'],
      ['P', 'Jedes zusätzliche Programm bedeutet Klicks, Logins und Wartezeit. Wenn ich die Ergebnisse erst in einem separaten System suchen muss, nutze ich es nicht.', ['care-pathway-extra-workload']],
      ['I', 'Wer trägt die Verantwortung, wenn die Software falsch liegt?'],
      ['P', 'Das ist ungeklärt. Am Ende unterschreibe ich den OP-Plan, also hafte ich auch. Solange das so ist, muss ich jedes Ergebnis selbst prüfen.', ['concern-liability@0-1', 'condition-human-final-say@2']],
      ['I', 'Was müsste die Software Ihnen zeigen?'],
      ['P', 'Ich möchte sehen, welche Bildregionen zur Vorhersage beigetragen haben. Und eine ehrliche Angabe, wie sicher sich das Modell ist.', ['explainability-shows-reasons@0', 'explainability-when-unsure@1']],
    ],
  },
  {
    center: 'UKM',
    group: 'neurologist',
    sequence: 1,
    language: 'en',
    month: '2026-10',
    turns: [
      ['I', 'You preferred to do the interview in English. How do you see AI for brain-tumour MRI in your daily work?'],
      ['P', 'Mostly as a second reader. In follow-up scans it is easy to miss a small new enhancing spot, and a tool that flags it would help.', ['interpretation-second-opinion@0', 'accuracy-sees-more@1']],
      ['I', 'What matters most to you in follow-up?'],
      ['P', 'Telling true progression from treatment effects. Pseudoprogression after radiochemotherapy is our daily problem, and a wrong call means either stopping an effective therapy or continuing a useless one.', ['task-progression@0-1', 'accuracy-errors-harm@1']],
      ['I', 'Would you trust the output?'],
      ['P', 'Only if I understand its limits. The numbers in publications are always better than what we see in our own patients.', ['accuracy-proven-here']],
      ['I', 'Does it need to fit the clinical context?'],
      ['P', 'Absolutely. The software sees one scan; I know the patient had surgery three months ago, changed steroids last week and has new symptoms. Without that context a prediction means little.', ['interpretation-needs-context']],
      ['I', 'And the cost side?'],
      ['P', 'If it spares a patient an unnecessary second operation or a useless line of chemotherapy, it pays for itself. If it only produces nicer reports, it does not.', ['cost-worth-it-if-outcomes-improve']],
      ['I', 'Anything that worries you?'],
      ['P', 'Where the data goes. Some vendors process scans in the cloud outside Europe, and our data protection officer will not accept that.', ['concern-data-and-privacy']],
    ],
  },
  {
    center: 'UKL',
    group: 'radiotherapist',
    sequence: 1,
    language: 'de',
    month: '2026-11',
    turns: [
      ['I', 'Wie könnte KI die Bestrahlungsplanung verändern?'],
      ['P', 'Das Konturieren kostet uns heute pro Fall eine gute Stunde. Eine automatische Vorkontur, die ich nur noch korrigiere, würde viel Zeit sparen.', ['cost-saves-time']],
      ['I', 'Und inhaltlich?'],
      ['P', 'Spannend wäre eine Vorhersage, wo das Rezidiv wahrscheinlich auftritt. Dann könnten wir das Zielvolumen individuell anpassen statt pauschal zwei Zentimeter Sicherheitssaum zu nehmen.', ['task-progression@0', 'task-infiltration@1']],
      ['I', 'Würden Sie dem Modell folgen?'],
      ['P', 'Nicht blind. Ich müsste nachvollziehen können, warum es eine Region als gefährdet einstuft, sonst kann ich das im Tumorboard nicht vertreten.', ['explainability-shows-reasons@1', 'condition-human-final-say@0']],
      ['I', 'Gibt es Nachteile?'],
      ['P', 'Wenn jede Vorkontur doppelt geprüft werden muss, entsteht am Ende mehr Arbeit als vorher. Und die Schnittstellen zu unserem Planungssystem sind bisher schlecht.', ['care-pathway-extra-workload']],
      ['I', 'Was wäre für Sie eine Voraussetzung?'],
      ['P', 'Eine CE-Kennzeichnung als Medizinprodukt und eine Validierung mit unseren eigenen Daten. Vorher setzen wir so etwas klinisch nicht ein.', ['condition-approved-and-regulated@0', 'accuracy-proven-here@1']],
      ['I', 'Und aus Sicht der Patientinnen und Patienten?'],
      ['P', 'Wenn die Planung schneller fertig ist, können wir früher mit der Bestrahlung beginnen. Das ist für viele eine große Erleichterung.', ['care-pathway-faster-treatment@0', 'trust-reassurance@1']],
    ],
  },
  {
    center: 'UNITN',
    group: 'patient',
    sequence: 1,
    language: 'it',
    month: '2026-11',
    turns: [
      ['I', 'Cosa pensa dell’uso dell’intelligenza artificiale per leggere le risonanze magnetiche?'],
      ['P', 'Mi incuriosisce. Se aiuta i medici a vedere meglio il tumore, ben venga.', ['accuracy-sees-more@1']],
      ['I', 'Che cosa la preoccupa?'],
      ['P', 'Che il medico si fidi troppo della macchina. Una persona mi guarda negli occhi, un programma no.', ['interpretation-loss-of-skill@0', 'trust-losing-human-touch@1']],
      ['I', 'Vorrebbe capire come funziona?'],
      ['P', 'Non nei dettagli tecnici. Ma se il programma dice una cosa importante sulla mia malattia, voglio che il medico me la spieghi con parole semplici.', ['explainability-shows-reasons@1']],
      ['I', 'Secondo lei chi deve prendere le decisioni?'],
      ['P', 'Sempre il medico, insieme a me. Il computer può dare un consiglio, niente di più.', ['condition-human-final-say']],
      ['I', 'E i costi per l’ospedale?'],
      ['P', 'Se costa molto e non cambia niente per i pazienti, meglio spendere quei soldi per avere più infermieri.', ['cost-too-expensive', 'cost-worth-it-if-outcomes-improve']],
      ['I', 'Le piacerebbe essere informata quando viene usata?'],
      ['P', 'Sì, certo. Ho il diritto di saperlo, come per qualsiasi altro esame.', ['condition-patients-are-told']],
    ],
  },
  {
    center: 'UNITN',
    group: 'radiologist',
    sequence: 1,
    language: 'it',
    month: '2026-11',
    turns: [
      ['I', 'Lei ha già provato diversi software di intelligenza artificiale. Che impressione ne ha?'],
      ['P', 'Alcuni sono impressionanti sulle immagini di prova, ma sui nostri esami, con protocolli diversi, la precisione cala. Per questo voglio vedere i risultati del confronto su un dataset comune.', ['accuracy-proven-here']],
      ['I', 'Quale compito la interessa di più?'],
      ['P', 'Prevedere la progressione e l’infiltrazione. La caratterizzazione del tumore la facciamo già bene; il vero problema è capire dove tornerà.', ['task-progression@0', 'task-infiltration@0', 'task-characterisation@1']],
      ['I', 'Come dovrebbe presentare i risultati?'],
      ['P', 'Con una misura di incertezza. Se il modello non è sicuro, deve dirlo chiaramente, altrimenti rischio di fidarmi di un numero sbagliato.', ['explainability-when-unsure']],
      ['I', 'Cambierebbe il percorso del paziente?'],
      ['P', 'Potrebbe anticipare la discussione in tumor board di qualche giorno. Però solo se il risultato è già nel sistema quando apro l’esame, senza passaggi in più.', ['care-pathway-faster-treatment@0', 'care-pathway-extra-workload@1']],
      ['I', 'E la responsabilità?'],
      ['P', 'Il referto lo firmo io. Finché la legge è questa, l’intelligenza artificiale resta un supporto e la decisione è mia.', ['concern-liability@0', 'condition-human-final-say@1']],
      ['I', 'Pensa che cambierà il vostro lavoro?'],
      ['P', 'Sì, e non solo in meglio. Gli specializzandi devono imparare a leggere una risonanza senza suggerimenti, altrimenti perdiamo competenze.', ['interpretation-loss-of-skill@1']],
    ],
  },
];
