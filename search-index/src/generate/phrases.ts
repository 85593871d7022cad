/**
 * The radiology wording of each finding: how it looks (appearance), what it is called
 * (diagnosis), what else it could be, what to do next, and why the film was ordered.
 * Phrases hold no hedges: the reasoning composer adds them according to the certainty.
 */
import type { Finding } from '../vocabulary.ts';
import type { FindingSite } from './anatomy.ts';

export interface Phrases {
  /** Appearance, as a noun phrase ("blunting of the right costophrenic angle"). */
  seen: string[];
  /** Diagnosis, as a noun phrase with article ("a right pleural effusion"). */
  named: string[];
  /** Short name for the impression line ("right pleural effusion"). */
  short: string;
  /** Alternatives weighed against it in a differential. */
  alternatives: string[];
  recommend: string[];
}

export function phrasesFor(site: FindingSite): Phrases {
  const side = site.side === 'bilateral' ? 'bilateral' : (site.side ?? '');
  const at = site.anatomy;
  // "the right apex" but "both costophrenic angles"; "lingular" as an adjective.
  const theAt = /^both /.test(at) ? at : `the ${at}`;
  const atAdj = at === 'lingula' ? 'lingular' : at;
  switch (site.label) {
    case 'Pneumothorax':
      return {
        seen: [
          `a thin visceral pleural line at ${theAt} with no lung markings beyond it`,
          `a sharp pleural edge in ${theAt} with absent vascular markings peripherally`,
          `lucency without lung markings at ${theAt}`,
        ],
        named: [`a ${side} pneumothorax`, `a small ${side} pneumothorax`, `a ${side} apical pneumothorax`],
        short: `${side} pneumothorax`,
        alternatives: ['a skin fold', 'a skin crease', 'a bulla', 'the medial border of the scapula'],
        recommend: [
          'Recommend urgent notification of the referring team and a repeat radiograph.',
          'Recommend correlation with chest tube status and a follow-up film.',
        ],
      };
    case 'Pleural abnormality':
      if (site.variant === 'thickening')
        return {
          seen: [`smooth pleural thickening along ${theAt}`, `a pleural-based soft tissue band along ${theAt}`],
          named: [`${side} pleural thickening`, `chronic ${side} pleural thickening`],
          short: `${side} pleural thickening`,
          alternatives: ['a small loculated effusion', 'extrapleural fat'],
          recommend: [
            'Comparison with older studies would help to confirm chronicity.',
            'Comparison with older studies would show whether it has changed.',
          ],
        };
      return {
        seen: [`blunting of ${theAt}`, `a meniscus at ${theAt}`, `homogeneous opacity layering at ${theAt}`],
        named: [
          `a ${side} pleural effusion`,
          `a small ${side} pleural effusion`,
          `a moderate ${side} pleural effusion`,
        ],
        short: site.side === 'bilateral' ? 'bilateral pleural effusions' : `${side} pleural effusion`,
        alternatives: ['pleural thickening', 'basal consolidation', 'a subpulmonic collection'],
        recommend: [
          'Recommend a lateral decubitus view or ultrasound if thoracentesis is considered.',
          'Follow-up radiograph after treatment is suggested.',
        ],
      };
    case 'Consolidation':
      return {
        seen: [
          `patchy airspace opacity in ${theAt}`,
          `dense consolidation with air bronchograms in ${theAt}`,
          `ill-defined opacity in ${theAt}`,
        ],
        named:
          site.variant === 'infiltration'
            ? [`an infiltrate in ${theAt}`, `patchy infiltrate in ${theAt}`]
            : [`pneumonia in ${theAt}`, `${atAdj} consolidation`, `an infectious process in ${theAt}`],
        short: site.variant === 'infiltration' ? `${atAdj} infiltrate` : `${atAdj} pneumonia`,
        alternatives: [
          'atelectasis',
          'aspiration',
          'pulmonary hemorrhage',
          'an organizing pneumonia',
          'active tuberculosis',
        ],
        recommend: [
          'Recommend follow-up radiograph in six to eight weeks to document resolution.',
          'Correlate with inflammatory markers and sputum culture.',
        ],
      };
    case 'Atelectasis': {
      const basal = at.endsWith('base') ? 'basal' : 'mid zone';
      return {
        seen: [
          `linear opacity at ${theAt}`,
          `band-like opacity with mild volume loss at ${theAt}`,
          `plate-like opacity at ${theAt}`,
        ],
        named: [`subsegmental atelectasis at ${theAt}`, `${side} ${basal} atelectasis`, 'discoid atelectasis'],
        short: `${side} ${basal} atelectasis`,
        alternatives: ['early consolidation', 'scarring'],
        recommend: ['Encourage deep breathing and repeat imaging if symptoms persist.'],
      };
    }
    case 'Enlarged cardiac silhouette':
      return {
        seen: [
          'an enlarged cardiac silhouette with a cardiothoracic ratio above one half',
          'widening of the cardiac silhouette',
          'cardiac enlargement',
        ],
        named: ['cardiomegaly', 'cardiac enlargement'],
        short: 'cardiomegaly',
        alternatives: ['a pericardial effusion', 'an AP projection effect'],
        recommend: ['Echocardiography could be considered.'],
      };
    case 'Abnormal mediastinal contour':
      return {
        seen: [
          'widening of the superior mediastinum',
          'an abnormal contour of the aortic arch',
          'a lobulated right paratracheal stripe',
        ],
        named: ['a mediastinal mass', 'an abnormal mediastinal contour', 'mediastinal lymphadenopathy'],
        short: 'abnormal mediastinal contour',
        alternatives: ['vascular ectasia', 'a thyroid goitre', 'positional widening'],
        recommend: ['Recommend contrast-enhanced CT of the chest.'],
      };
    case 'Enlarged hilum':
      return {
        seen: [`enlargement of ${theAt}`, `a lobulated contour of ${theAt}`, `increased density at ${theAt}`],
        named: ['hilar lymphadenopathy', 'enlarged central pulmonary arteries', `${side} hilar enlargement`],
        short: `${side} hilar enlargement`,
        alternatives: ['prominent pulmonary vessels', 'sarcoidosis'],
        recommend: ['Recommend CT of the chest to characterize the hila.'],
      };
    case 'Groundglass opacity':
      return {
        seen: [`hazy groundglass opacity in ${theAt}`, `faint increased density in ${theAt} with preserved vessels`],
        named: ['groundglass opacity', 'an atypical infection', 'early alveolar filling'],
        short: `${atAdj} groundglass opacity`,
        alternatives: ['atypical pneumonia', 'early edema', 'pulmonary hemorrhage'],
        recommend: ['Recommend CT of the chest if symptoms persist.'],
      };
    case 'Hiatal hernia':
      return {
        seen: [
          'a retrocardiac opacity with an air-fluid level',
          'a rounded retrocardiac lucency',
          'a retrocardiac soft tissue mass containing gas',
        ],
        named: ['a hiatal hernia', 'a moderate hiatal hernia'],
        short: 'hiatal hernia',
        alternatives: ['a lung abscess', 'a dilated oesophagus'],
        recommend: ['No further imaging is needed unless symptomatic.'],
      };
    case 'High lung volume / emphysema':
      return {
        seen: [
          'hyperinflated lungs with flattened hemidiaphragms',
          'increased lucency of the upper zones with attenuated vessels',
          'hyperexpansion with more than ten posterior ribs above the diaphragm',
        ],
        named: ['emphysema', 'chronic obstructive pulmonary disease', 'hyperinflation'],
        short: 'hyperinflation in keeping with emphysema',
        alternatives: ['asthma', 'a large bulla'],
        recommend: ['Correlate with pulmonary function tests.'],
      };
    case 'Interstitial lung disease':
      return {
        seen: [
          `reticular opacities at ${theAt}`,
          `coarse interstitial markings at ${theAt}`,
          `peripheral reticulation with volume loss at ${theAt}`,
        ],
        named: ['pulmonary fibrosis', 'interstitial lung disease', 'a fibrotic interstitial pattern'],
        short: 'basal interstitial lung disease',
        alternatives: ['chronic interstitial edema', 'lymphangitic spread'],
        recommend: ['Recommend high-resolution CT of the chest.'],
      };
    case 'Lung nodule or mass':
      if (site.variant === 'mass')
        return {
          seen: [
            `a lobulated mass in ${theAt}`,
            `a large rounded opacity in ${theAt}`,
            `a spiculated mass in ${theAt}`,
          ],
          named: ['a lung mass', 'a primary lung neoplasm', `a ${atAdj} mass`],
          short: `${atAdj} mass`,
          alternatives: ['a round pneumonia', 'an abscess', 'a metastasis'],
          recommend: ['Recommend contrast-enhanced CT of the chest and referral to the lung cancer pathway.'],
        };
      return {
        seen: [
          `a well-defined nodule in ${theAt}`,
          `a small rounded opacity in ${theAt}`,
          `a nodular density in ${theAt}`,
          `small nodules in ${theAt}`,
        ],
        named: ['a pulmonary nodule', `a ${atAdj} nodule`, 'a solitary pulmonary nodule'],
        short: `${atAdj} nodule`,
        alternatives: ['a nipple shadow', 'a granuloma', 'an inactive calcified granuloma', 'a vessel seen end-on'],
        recommend: [
          'Recommend CT of the chest for further characterization.',
          'Recommend nipple markers and a repeat frontal view.',
          'No follow-up is needed if it is unchanged on older films.',
        ],
      };
    case 'Pulmonary edema':
      return {
        seen: [
          'perihilar haziness with upper lobe vascular diversion',
          'Kerley B lines and peribronchial cuffing',
          'bilateral perihilar airspace opacity',
        ],
        named: ['pulmonary edema', 'interstitial pulmonary edema', 'fluid overload'],
        short: 'pulmonary edema',
        alternatives: ['atypical pneumonia', 'diffuse alveolar damage'],
        recommend: ['Correlate with fluid balance and cardiac function.'],
      };
    case 'Acute fracture':
      return {
        seen: [`a cortical break of ${theAt}`, `a displaced fracture of ${theAt}`, `a step in the cortex of ${theAt}`],
        named: ['an acute rib fracture', `a displaced ${side} rib fracture`],
        short: `${side} rib fracture`,
        alternatives: ['an old healed fracture', 'a costochondral junction'],
        recommend: ['Recommend dedicated rib views if clinically relevant.'],
      };
    case 'Support devices':
      return {
        seen: [
          site.variant === 'endotracheal tube'
            ? 'an endotracheal tube with its tip above the carina'
            : site.variant === 'pacemaker'
              ? 'a left chest wall pacemaker with leads projecting over the right heart'
              : site.variant === 'nasogastric tube'
                ? 'a nasogastric tube coursing below the diaphragm'
                : 'a right internal jugular catheter with its tip in the superior vena cava',
        ],
        named: [`a ${site.variant} in satisfactory position`],
        short: `${site.variant} in position`,
        alternatives: ['malposition'],
        recommend: ['Position of the device should be rechecked on the next film.'],
      };
    case 'No finding':
      throw new Error('"No finding" has no phrases');
  }
}

/** Why the film was ordered, given the image's reference findings. */
export const INDICATIONS: Partial<Record<Finding, string[]>> = {
  Pneumothorax: ['sudden pleuritic chest pain', 'dyspnea after central line placement'],
  'Pleural abnormality': ['progressive dyspnea', 'decreased breath sounds at the base'],
  Consolidation: ['fever and productive cough', 'cough and elevated inflammatory markers'],
  Atelectasis: ['postoperative hypoxia', 'shallow breathing after surgery'],
  'Enlarged cardiac silhouette': ['ankle swelling and exertional dyspnea', 'known heart failure'],
  'Pulmonary edema': ['orthopnea and bilateral crackles', 'acute dyspnea with raised BNP'],
  'Lung nodule or mass': ['weight loss and hemoptysis', 'long smoking history and persistent cough'],
  'High lung volume / emphysema': [
    'chronic obstructive pulmonary disease exacerbation',
    'long smoking history and dyspnea',
  ],
  'Interstitial lung disease': ['progressive exertional dyspnea and dry cough', 'fine basal crackles'],
  'Hiatal hernia': ['epigastric discomfort', 'reflux symptoms'],
  'Abnormal mediastinal contour': ['chest pain radiating to the back', 'hoarseness'],
  'Enlarged hilum': ['persistent cough', 'erythema nodosum'],
  'Acute fracture': ['fall with chest wall pain', 'chest trauma'],
};
/** Indications fit both "58-year-old man with …" and "given the history of …". */
export const GENERIC_INDICATIONS = [
  'cough',
  'chest pain',
  'shortness of breath',
  'fever',
  'fatigue and cough',
  'pleuritic chest pain',
];
