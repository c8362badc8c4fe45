/**
 * The evidence base every clinical rule cites (shared/clinical/evidence.md). A rule that cannot
 * name one of these ids does not belong in the product.
 */
export const EVIDENCE = {
  'apta-cpg-2021': {
    short: 'APTA low back pain CPG, 2021 revision',
    citation:
      'George SZ et al. Interventions for the management of acute and chronic low back pain: revision 2021. JOSPT 2021;51(11):CPG1-CPG60',
  },
  'apta-cpg-2012': {
    short: 'APTA low back pain CPG, 2012',
    citation: 'Delitto A et al. Low back pain clinical practice guideline. JOSPT 2012;42(4):A1-A57',
  },
  'nice-ng59': {
    short: 'NICE NG59',
    citation: 'NICE NG59, Low back pain and sciatica in over 16s (2016, updated 2020)',
  },
  'acp-2017': {
    short: 'ACP guideline 2017',
    citation:
      'Qaseem A et al. Noninvasive treatments for acute, subacute and chronic low back pain. Ann Intern Med 2017;166:514-530',
  },
  'who-2023': {
    short: 'WHO guideline 2023',
    citation:
      'WHO guideline on non-surgical management of chronic primary low back pain in adults (2023)',
  },
  'lancet-2018': {
    short: 'Lancet series 2018',
    citation: 'Foster NE et al. Prevention and treatment of low back pain. Lancet 2018;391:2368-83',
  },
  'startback-2011': {
    short: 'STarT Back trial 2011',
    citation:
      'Hill JC et al. Stratified primary care for back pain (STarT Back trial). Lancet 2011;378:1560-71',
  },
  'startback-2008': {
    short: 'STarT Back tool 2008',
    citation:
      'Hill JC et al. A primary care back pain screening tool. Arthritis Rheum 2008;59:632-41',
  },
  'tbc-2016': {
    short: 'Treatment-based classification 2016',
    citation:
      'Alrwaily M et al. Treatment-based classification system for low back pain: revision. Phys Ther 2016;96:1057-66',
  },
  'flynn-2002': {
    short: 'Manipulation prediction rule (Flynn 2002)',
    citation:
      'Flynn T et al. Clinical prediction rule for spinal manipulation. Spine 2002;27:2835-43 (validated Childs 2004, Ann Intern Med)',
  },
  'hicks-2005': {
    short: 'Stabilisation prediction rule (Hicks 2005)',
    citation:
      'Hicks GE et al. Preliminary development of a clinical prediction rule for stabilization exercise. Arch Phys Med Rehabil 2005;86:1753-62',
  },
  'ostelo-2008': {
    short: 'Important change (Ostelo 2008)',
    citation:
      'Ostelo RW et al. Interpreting change scores for pain and functional status in low back pain. Spine 2008;33:90-94',
  },
  'fairbank-2000': {
    short: 'Oswestry Disability Index (Fairbank 2000)',
    citation: 'Fairbank JC, Pynsent PB. The Oswestry Disability Index. Spine 2000;25:2940-53',
  },
  'dahm-2010': {
    short: 'Bed rest vs staying active (Cochrane 2010)',
    citation:
      'Dahm KT et al. Advice to rest in bed versus advice to stay active (Cochrane review) 2010',
  },
  'silbernagel-2007': {
    short: 'Pain-monitoring model (Silbernagel 2007)',
    citation:
      'Silbernagel KG et al. Continued sports activity using a pain-monitoring model. Am J Sports Med 2007;35:897-906',
  },
  'macedo-2012': {
    short: 'Graded activity (Macedo 2012)',
    citation:
      'Macedo LG et al. Graded activity vs motor control exercise for chronic LBP. Phys Ther 2012;92:363-77',
  },
  'finucane-2020': {
    short: 'IFOMPT red-flag framework 2020',
    citation:
      'Finucane LM et al. International framework for red flags for potential serious spinal pathologies (IFOMPT). JOSPT 2020;50:350-72',
  },
  'downie-2013': {
    short: 'Red flags for malignancy and fracture (Downie 2013)',
    citation:
      'Downie A et al. Red flags to screen for malignancy and fracture in patients with low back pain: systematic review. BMJ 2013;347:f7095',
  },
  'mckenzie-mdt': {
    short: 'McKenzie method (MDT)',
    citation:
      'McKenzie method (mechanical diagnosis and therapy): repeated end-range movements in the preferred direction, about 10 repetitions every 2-3 hours while symptoms centralise, progressed from lying to standing and then to therapist overpressure',
  },
  'acsm-dosing': {
    short: 'ACSM dosing guidance',
    citation:
      'ACSM guidance on resistance, flexibility and aerobic dosing (resistance 8-12 RM 2-3 days/week; stretches 10-30 s, 2-4 reps; 150-300 min/week moderate aerobic)',
  },
} as const satisfies Record<string, { short: string; citation: string }>;

export type EvidenceId = keyof typeof EVIDENCE;

export const EVIDENCE_IDS = Object.keys(EVIDENCE) as EvidenceId[];

/** True when `id` names a source in the evidence base. */
export function isEvidenceId(id: string): id is EvidenceId {
  return Object.hasOwn(EVIDENCE, id);
}
