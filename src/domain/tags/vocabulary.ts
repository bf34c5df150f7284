/**
 * The words officers use for PMF measures, as concepts. A label is reduced to a set of features:
 * concepts ('c:eet', 'c:age19_21') found by the patterns below, then the leftover words, lightly stemmed
 * ('w:snapshot'). Patterns are tried in order and each match is removed from the text, so specific
 * phrases ('children in care council', 'agency placements', 'initial health assessment') win over the
 * general ones ('children in care', 'agency', 'health assessment').
 *
 * To teach the suggester a new wording, add an alternative to a concept here, or a hint phrase for a
 * measure in MEASURE_HINTS; then add the wording to test/domain/tags/label-corpus.ts.
 */

/** [concept, alternatives (regex source, matched on normalised lower-case text), weight]. */
export const CONCEPTS: readonly (readonly [string, string, number?])[] = [
  // Things officers report that are not PMF measures: in no measure's profile, they weigh a label down.
  [
    'offtopic',
    'children in need|cin|child protection|cp plans?|on a plan|referrals?|re-?referrals?|contacts? received|strategy discussions?|s47s?|section 47|number of (?:approved )?(?:foster )?(?:carers|households)|(?:foster(?:ing)? )?(?:carers? )?(?:households|approvals|recruitment|enquiries|deregist[a-z]*)|complaints?|compliments?|sickness|absence rate staff|ehcps?|send|sen|free school meals|fsm|budget|outturn|overspend',
    4,
  ],
  [
    'cicc',
    'cicc|cic ?council|children in care council|child(?:ren)? in care forum|care council|kic council|youth council|cic forum|cic group|children and young peoples? council|voice group|our voice',
  ],
  ['corpparent', 'corporate parent(?:ing|s)?|corp parenting|corporate parenting (?:panel|board)'],
  ['members', 'elected members?|members|councillors?|cllrs?'],
  ['iv', 'independent visitors?|independent visiting|ivs?'],
  ['iro', 'independent reviewing officers?|iros?'],
  ['uasc', 'uasc|unaccompanied(?: asylum[- ]seeking)?|asylum[- ]seeking|asylum'],
  ['a1', 'a1/a10|a10|a1'],
  ['a2', 'a2|placement orders?|po to match|court authority to place|authority to place'],
  ['sgo', 'sgos?|special guardianship(?: orders?)?|special guardians?'],
  ['adopt', 'adopt[a-z]*'],
  [
    'stayingput',
    'staying put|stay(?:ed|s)? put|remain(?:ing|ed)? with (?:their )?(?:former )?foster carers?',
  ],
  ['pathway', 'pathway plans?|pathway'],
  [
    'ceased',
    'ceas[a-z]*|left care|leav(?:ing|e) care (?:through|via|by|due to|because of|for|to)|children leaving care|discharg[a-z]*|exits?|exited|ending care|care ended|ended',
  ],
  [
    'careleaver',
    'care leavers?|care experienced|leaving care|former relevant|relevant and former relevant|cls?|after ?care|16 ?\\+ service|eligible and relevant',
  ],
  ['age19_21', '19 ?(?:-|to|/) ?(?:20 ?(?:-|/|and) ?)?21|aged 19|19 ?\\+|19 20 (?:and|&) 21'],
  ['age17_18', '17 ?(?:-|to|/|and) ?18|aged 17|16 ?(?:-|to) ?18'],
  [
    'rhi',
    'return home interviews?|return interviews?|rhis?|rhi s|return to home interviews?|return (?:home )?conversations?|debrief(?:s|ing)?',
  ],
  ['hours72', '72 ?(?:hours?|hrs?|h)|(?:3|three) (?:working )?days|within 72'],
  ['iha', 'initial health assessments?|initial health|ihas?'],
  ['days20', '20 working days|20 days|28 days'],
  [
    'rha',
    'review health assessments?|rhas?|annual health (?:assessments?|checks?|reviews?)|health assessments?|health checks?|medicals?|has',
  ],
  ['dental', 'dental(?: checks?)?|dentists?|teeth'],
  ['immun', 'immuni[sz]ations?|vaccinations?|jabs|imms'],
  [
    'devcheck',
    'development(?:al)? (?:checks?|assessments?|reviews?)|developmental|under ?5s?|under fives?|2 year checks?|ages and stages',
  ],
  [
    'sdqconcern',
    '17 ?\\+|17 or (?:more|above|over|higher)|(?:cause|causes) (?:for|of) concern|of concern|high(?:er)? scores?|>=? ?17|17 and (?:above|over)|concerning|scoring over 16|above 16',
  ],
  ['sdq', 'sdqs?|strengths? (?:and|&) difficulties(?: questionnaires?)?'],
  [
    'convicted',
    'convict[a-z]*|cautio[a-z]*|offend[a-z]*|youth justice|yos|criminal|reprimands?|final warnings?',
  ],
  ['pep', 'e?peps?|personal education plans?'],
  [
    'absence',
    'persistent(?:ly)? absen[a-z]*|persistent absentees?|pa|absence|absent|attendance|sessions missed|missed sessions',
  ],
  ['suspension', 'suspensions?|suspended|exclusions?|excluded|fixed[- ]?term|perm(?:anent)? ex[a-z]*'],
  ['ks2', 'ks ?2|key ?stage ?2|year 6|sats|expected standard|rwm|reading,? writing (?:and|&) maths?'],
  ['ks4', 'ks ?4|key ?stage ?4|gcses?|attainment ?8|att ?8|a8|progress ?8|p8|year 11'],
  [
    'schoolmove',
    'school moves?|school changes?|changed schools?|changes? of school|mid[- ]year (?:school )?(?:moves?|changes?|transfers?)|school transfers?|mid[- ]term (?:moves?|admissions?)|in[- ]year (?:school )?(?:moves?|changes?|admissions)|moved schools?',
  ],
  [
    'sw3',
    '(?:3|three) ?(?:\\+|or more) (?:different )?(?:social workers?|sws?|workers)|social worker changes|changes? (?:of|in) social workers?|sw changes',
  ],
  [
    'placements3',
    '(?:3|three) ?(?:\\+|or more) (?:placements?|placement moves?|moves?)(?: moves?)?|multiple placements?|placement moves?|placement changes?|moves of placement',
  ],
  [
    'longterm',
    'long[- ]?term(?: placement)?(?: stability)?|ltps|2\\.5 years?|2 ?1/2 years?|two and a half years|2 and a half years|same placement(?: for)?(?: at least)?(?: 2| two)?(?: ?(?:years?|yrs))?|(?:2|two) ?(?:\\+ )?years? in (?:the )?same placement',
  ],
  ['span2y', '(?:2|two) ?(?:years?|yrs)|24 months|2-year|two-year'],
  [
    'span12m',
    '12 ?(?:months?|mths?|m)\\b|r12|twelve months|(?:1|one) ?(?:year|yr)|last year|past year|rolling year|in (?:the )?year|during the year|annual(?:ly)?',
  ],
  ['stability', 'stability|stable'],
  [
    'missingtop10',
    'top (?:10 ?%|tenth|decile)|most frequent(?:ly)?(?: missing)?|10 ?% of children|most often',
  ],
  [
    'repeat3',
    '(?:3|three) ?(?:\\+|or more) (?:times|occasions|episodes|incidents|missing episodes|missing incidents)|missing (?:3|three) ?(?:\\+|or more) times|repeat(?:ed|edly)?(?: missing)?|frequently missing|repeatedly',
  ],
  [
    'perchild',
    'per (?:child|young person|missing child|person|cyp|individual)|(?:episodes|incidents) per|average (?:number of )?(?:missing )?(?:episodes|incidents)|avg (?:missing )?(?:episodes|incidents)',
  ],
  [
    'missing',
    'missing from (?:care|home|placement)|missing|mfc|mfh|absent from placement|away from placement',
  ],
  ['incidents', 'incidents?|episodes?|occurrences|occasions|instances'],
  [
    'starts',
    'start(?:ing|ed)? to be looked after|becoming looked after|became looked after|became (?:cla|lac)|starts?|started|starting|new(?:ly)? (?:into care|looked after|cla|lac|admissions?|entrants?|to care)|admissions?|admitted|entering care|entered care|entries|entrants|came into care|coming into care|come into care',
  ],
  ['under1', 'under ?(?:1|one)s?|aged (?:under )?(?:1|0)|babies|infants|< ?1|0-1|aged 0'],
  [
    'outside',
    'outside (?:the )?(?:la|local authority|authority|borough|county|city|area|council)(?: boundary| boundaries| area)?|outside (?:la |the )?boundar(?:y|ies)|out of (?:area|borough|county|authority|la|city)|ooa|oola|out[- ]of[- ]area|other (?:la|authority|local authority) areas?|beyond (?:the )?boundary',
  ],
  ['distance20', '(?:more than |over |> ?)?(?:20|twenty) ?\\+? ?miles?(?: \\+)?|distance|miles'],
  [
    'kinship',
    'kinship|friends (?:and|&) family|family (?:and|&) friends|f and f|connected (?:persons?|carers?|people)|relative carers?|family network',
  ],
  [
    'inhouse',
    'in[- ]?house|own[- ]authority|internal|la foster carers?|council foster carers?|local authority (?:foster )?carers?|our own carers?|la carers?|lafc',
  ],
  [
    'external',
    'external|ifas?|independent fostering(?: agenc(?:y|ies))?|independent sector|private(?: sector)?|purchased|spot[- ]purchased|commissioned|ofp|agency placements?|agency foster[a-z]*|non[- ]la|third party|3rd party',
  ],
  [
    'placedparents',
    'placed (?:at home )?with (?:their )?parents?|placements? with parents?|pwp|home with parents?|placed at home|with parents?|parents?',
  ],
  [
    'residential',
    'residential(?: care| homes?| placements?| settings?)?|childrens? homes?|res(?:i)? homes?|resi|secure(?: units?)?|semi[- ]independent|hostels?',
  ],
  ['foster', 'foster(?:ed|ing)?(?: care| carers?| families| homes?)?|fostering'],
  ['placement', 'placements?|placed', 0.4],
  ['cost', 'costs?|spend|expenditure|£|price|fees?|unit costs?|per week|pw|budget|weekly'],
  ['ratio', 'ratio|compared (?:to|with)|times (?:more|as)'],
  [
    'caseloadhigh',
    '(?:above|over|more than|exceed[a-z]*|>) ?(?:the )?(?:local )?(?:threshold|\\d+)(?: cases| children)?|\\d+ ?\\+ cases|high caseloads?|threshold',
  ],
  [
    'caseload',
    'caseloads?|case ?loads?|cases per (?:worker|sw|social worker)|cases held|allocated cases|children per (?:social )?worker|average cases|case numbers|cases',
  ],
  ['agency', 'agency|locums?|interims?|temporary|temps?|contractors?'],
  ['vacancy', 'vacanc(?:y|ies)|vacant|unfilled'],
  ['turnover', 'turnover|churn|attrition|leavers|staff leaving|left the (?:service|authority|la)'],
  [
    'socialworker',
    'social workers?|sws?|qualified social workers?|qsws?|practitioners?|case holders?|workers?|staff|workforce',
  ],
  ['visits', 'statutory visits?|visits?|visited|seen (?:alone|within|in time)'],
  ['review', 'reviews?|reviewed|review meetings?|conferences?', 0.8],
  [
    'participation',
    'particip[a-z]*|attended|attend[a-z]*|contribut[a-z]*|took part|taking part|take part|engag[a-z]*|views|voice|involved|spoke|speak',
  ],
  [
    'aged4',
    'aged (?:4|four) ?(?:\\+|and over|or over|or older|and above)|(?:4|four) ?\\+|over (?:4|four)s?|4 and over',
  ],
  [
    'timescale',
    '(?:in|within|on) (?:statutory )?(?:timescales?|time|timeframe)|timel[a-z]*|timescales?|on time|in time|overdue|late|compliance|compliant',
    0.6,
  ],
  ['uptodate', 'up ?to ?date|in date|current|valid|completed in (?:the )?last|uptodate|utd|out of date', 0.7],
  ['completed', 'complet[a-z]*|returned|done|undertaken|received|carried out|held', 0.5],
  [
    'eet',
    'neet|eet|not in education(?:,? employment or training)?|education,? employment,? (?:and|or|&) training|in education|employment|in work|working|apprenticeships?|university|higher education|college|further education|employed',
  ],
  ['training', 'train[a-z]*|workshops?|induction|e-?learning|briefings?|course'],
  ['sessions', 'sessions?|meetings?|events?|forums?', 0.6],
  [
    'suitable',
    '(?:un)?suitabl[ey](?: accommodat[a-z]*)?|suitably accommodated|accommodation|accommodated|housed|housing',
  ],
  ['intouch', '(?:keeping |keep |kept )?in touch|in contact|contact|lost contact|kit'],
  ['rate10k', 'per 10 ?000(?: population| children)?|per 10 ?k|per ten thousand|/ ?10 ?000|10k|rate per 10'],
  ['avg', 'average|mean|avg|median', 0.7],
  ['pct', '%|percent(?:age)?|proportion|pct|rate|share', 0.4],
  ['num', 'numbers?|no|nos|count|how many|#|volume', 0.4],
  ['days', 'days?', 0.8],
  [
    'cla',
    'looked[- ]after(?: children)?|lac|cla|cic|children in care|child(?:ren)? in our care|in care|care population|cared for|children we care for|cwcf|in our care',
    0.5,
  ],
];

/** Wording a measure's name does not carry but officers use (added to the measure's profile). */
export const MEASURE_HINTS: Readonly<Record<string, readonly string[]>> = {
  D01: ['CLA rate per 10k', 'rate of looked after children'],
  D02: [
    'number of CLA',
    'LAC population',
    'total looked after',
    'snapshot at month end',
    'care population',
    'how many children',
  ],
  D03: ['number of admissions', 'new into care'],
  D04: ['number of children who left care', 'care episodes ended'],
  D05: ['babies entering care', 'percentage of starts aged under 1'],
  D06: ['number of UASC', 'unaccompanied asylum seeking'],
  P01: ['% in foster care', 'fostering placements', 'number in foster care'],
  P02: ["% in children's homes", 'residential placements', 'secure units and hostels'],
  P03: ['% placed with parents'],
  P04: [
    'in-house fostering',
    'own authority foster carers',
    'IFA',
    'independent fostering agencies',
    'LA foster carers',
  ],
  P05: ['out of area', 'outside LA boundary', 'placed out of borough'],
  P06: ['placed over 20 miles', 'distance from home'],
  P07: ['connected persons', 'family and friends', 'number'],
  F01: ['in-house weekly cost', 'cost per week', 'internal placement cost', 'foster'],
  F02: ['external weekly cost', 'IFA', 'residential', 'agency placements', 'cost per week', 'purchased'],
  F03: ['cost comparison', 'external vs in-house'],
  S01: [
    'short term placement stability',
    '3+ placements',
    'placement moves',
    'NI 62',
    'placement stability',
    '%',
  ],
  S02: ['3+ placements over two years', 'placement moves', 'placement stability'],
  S03: ['same placement for 2 years', '2.5 years', 'NI 63', 'placement stability'],
  S04: ['changes of social worker', 'social worker stability'],
  S05: ['school moves', 'changed school', 'school stability'],
  M01: ['number of children missing', 'individual children missing', 'children who went missing'],
  M02: ['number of missing episodes', 'missing incidents', 'number'],
  M03: ['average missing episodes per child', 'incidents per child', 'frequency'],
  M04: ['repeat missing', 'missing 3+ times'],
  M05: ['top 10% most frequently missing', 'concentration of missing'],
  M06: ['RHI within 72 hours', 'return home interview offered', 'completed', 'timescale'],
  H01: [
    'review health assessments',
    'RHA',
    'health assessment in timescale',
    'annual health check',
    'up to date',
  ],
  H02: ['dental checks', 'dentist'],
  H03: ['immunisations up to date', 'vaccinations'],
  H04: ['under 5s development checks'],
  H05: ['SDQ returned', 'SDQ completed', 'number of SDQs'],
  H06: ['SDQ average score', 'mean SDQ score'],
  H07: ['SDQ 17+', 'high SDQ score', 'SDQ cause for concern', '%'],
  H08: ['IHA within 20 working days', 'initial health assessment timeliness', 'timescale', 'completed'],
  O01: ['offending', 'youth justice', 'reprimand final warning'],
  E01: ['PEP completed', 'ePEP', 'PEP in date', 'PEP quality', 'timescale'],
  E02: ['persistent absence', 'attendance', 'persistently absent'],
  E03: ['fixed term exclusions', 'suspensions', 'permanent exclusions'],
  E04: ['KS2 RWM', 'key stage 2 expected standard'],
  E05: ['Attainment 8', 'KS4', 'GCSE'],
  C01: ['care leavers in touch', 'keeping in touch', 'contact'],
  C02: ['care leavers EET', 'NEET', 'in education employment or training'],
  C03: ['care leavers in suitable accommodation'],
  C04: ['care leavers EET', 'NEET', 'in education employment or training'],
  C05: ['care leavers in suitable accommodation'],
  C06: ['staying put arrangements', 'staying put with foster carers', 'number'],
  C07: ['pathway plans up to date', 'pathway plan reviewed', 'in timescale', 'completed'],
  A01: ['A1', 'A10', 'entering care to adoption', 'days'],
  A02: ['A2', 'placement order to match', 'days'],
  A03: ['adopted', 'adoptions', 'ceased through adoption', 'number'],
  A04: ['SGOs', 'special guardianship orders', 'ceased through SGO', 'number'],
  W01: ['average caseload', 'cases per social worker', 'caseload'],
  W02: ['caseloads above 25', 'high caseloads', 'over threshold'],
  W03: ['agency social workers', 'agency staff', 'agency rate', 'locum'],
  W04: ['vacancy rate', 'vacancies'],
  W05: ['social worker turnover', 'staff turnover', 'leavers'],
  Q01: ['CLA reviews in timescale', 'LAC reviews', 'IRO reviews', 'completed', 'held on time'],
  Q02: ['statutory visits', 'visits in timescale', 'seen within timescale', 'completed'],
  V01: ['participation in reviews', 'child participated', 'attended review', 'views', 'IRO'],
  V02: ['independent visitor', 'IV', 'matched with an IV', 'number'],
  V03: ['CiCC sessions', 'children in care council', 'participation', 'number'],
  V04: ['corporate parenting training', 'members trained'],
};

/** Words that tell nothing about which measure a row is. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'the of a an in on at to for with and or by who which that is are were was be been being their our as from ' +
    'child children young people person yp cyp kid kids pupil pupils have has had this those these its it into ' +
    'within than more less all any each eligible cohort local authority council period quarter month monthly ' +
    'quarterly year yearly ytd end went go gone did do does not no per via during since last current total ' +
    'aged age ages old yr yrs year olds olds s plus there who whom what when where over under up having ' +
    'include including excluding excl incl inc e g i e etc new i ii iii iv vs kpi pi ni ref care'
  )
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** Features of each group exclude one another: a label with one penalises measures defined by another. */
export const EXCLUSIVE_GROUPS: readonly (readonly string[])[] = [
  ['c:age17_18', 'c:age19_21'],
  ['c:span12m', 'c:span2y'],
  ['c:inhouse', 'c:external'],
  ['c:iha', 'c:rha', 'c:dental', 'c:immun', 'c:devcheck'],
  ['c:ks2', 'c:ks4'],
  ['c:adopt', 'c:sgo'],
  ['c:a1', 'c:a2'],
  ['c:foster', 'c:residential', 'c:placedparents'],
  ['c:eet', 'c:suitable', 'c:intouch', 'c:pathway', 'c:stayingput'],
  ['c:repeat3', 'c:missingtop10', 'c:perchild'],
  ['c:placements3', 'c:sw3', 'c:longterm', 'c:schoolmove'],
  ['c:agency', 'c:vacancy', 'c:turnover'],
  ['c:review', 'c:visits'],
  ['c:starts', 'c:ceased'],
  ['c:rate10k', 'c:pct'],
];
