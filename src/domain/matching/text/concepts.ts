// The concept lexicon: the kinds of help people ask a connector for, each with the words of those who
// PROVIDE it ("angel investor", "writes first cheques") and the words of its TOPIC ("seed round").
// A need asks for a provider of every concept it names. An offer provides what it names. A profile
// provides what its provider words name; its topic words count as providing only for concepts whose topic
// is not mostly said by seekers (`seekersSayTopic`: a founder "raising a seed round" seeks investors, a
// profile that says "hiring" seeks candidates). Phrases are matched on stemmed words, longest first, so an
// ambiguous word counts only in the sense its phrase gives ("pitch deck" is fundraising, "pitching
// lessons" is sport, a bare "pitch" is neither). Plain data; `lexicon.ts` compiles it.

export interface ConceptEntry {
  id: string;
  /** How a reason names it. */
  label: string;
  /** A service is help asked for; a field is the sector or context a request is about. */
  kind: 'service' | 'field';
  /** Words naming the provider, or the act of providing ("invests in"); "|"-separated phrases. */
  provider: string;
  /** Words naming the subject; "|"-separated phrases. */
  topic: string;
  seekersSayTopic?: boolean;
  /** Concepts a mention of this one also names, with the same role (a Rust developer is an engineer). */
  implies?: readonly string[];
  /** Concepts close enough that one partly answers the other. */
  related?: readonly string[];
}

export const CONCEPTS: readonly ConceptEntry[] = [
  // --- money ---
  {
    id: 'investing',
    label: 'investment',
    kind: 'service',
    provider:
      'investor|investors|angel|angels|angel investor|business angel|vc|vcs|venture capitalist|venture capital|venture partner|general partner|partner at a fund|fund manager|seed fund|pre seed fund|micro vc|family office|syndicate|syndicate lead|invest in|invests in|investing in|invested in|writes cheques|writes checks|writing cheques|writing checks|writes first cheques|writing first cheques|first cheque|first cheques|first check|first checks|cheque|cheques|check size|ticket size|backs founders|back founders|i back|we back|who backs|who back|backs people|back people|back first time founders|backs first time founders|backs teams|back teams|backs companies|back companies|ventures|capital partners|lp in funds|accelerator|incubator|investment committee|deploying capital|deploys capital|portfolio companies|portfolio|invest|invests|investing|angel investing|angel investment|seed investor|seed investors|early stage investor|early stage investors|pre seed investor|climate investor|climate investors|impact investor|venture fund|venture firm|vc fund|vc firm|fund partner|principal at|associate at a vc|investment manager|puts money into|put money into|puts money in|back startups|backs startups|backing startups|writes small checks|writes small cheques|check writer|cheque writer|leads rounds|leads seed rounds|lead rounds|co invest|co invests|limited partner|scout|venture scout|crowdfunding platform',
    topic:
      'raise|raising|fundraise|fundraising|fund raising|funding|funded|seed|seed round|pre seed|preseed|series a|series b|series c|funding round|round|bridge round|investment|capital|raise capital|raising capital|runway|term sheet|convertible note|pitch deck|investor deck|investor update|investor updates|investor intros|cap table|valuation|dilution|due diligence|lead investor|angel round|friends and family round|fund|raise money|raising money|raise funds|raising funds|get funded|getting funded|find investors|finding investors|money from investors|investor intro|investor introductions|intros to investors|intro to investors|investors for|funding for|fund our|seed money|seed funding|seed capital|venture funding|venture money|pre seed round|seed extension|raise a round|our round|next round|close the round|closing our round|lead our round|fill the round|angel money|angel check|angel cheque|series a round|series a raise|crowdfunding|equity crowdfunding|backers|financial backing|backing for|looking for backing|investment for|safe note|safe notes|safe agreement|on a safe|post money safe',
    seekersSayTopic: true,
    related: ['fundraising-advice', 'debt', 'grants'],
  },
  {
    id: 'fundraising-advice',
    label: 'fundraising advice',
    kind: 'service',
    provider:
      'fundraising advisor|fundraising coach|fundraising consultant|pitch coach|helped founders raise|help founders raise|helps founders raise|has raised|former founder|exited founder|exited|reviews pitch decks|review pitch decks|pitch deck review|pitch deck reviews|pitch deck feedback|investor readiness|pitch trainer|pitch practice sessions|runs pitch practice|demo day coach|accelerator mentor',
    topic:
      'pitch practice|practice pitch|pitch feedback|fundraising strategy|fundraising advice|prepare a raise|prep for raise|mock pitch|practice my pitch|practise my pitch|practice our pitch|practise our pitch|work on my pitch|work on our pitch|pitch prep|pitch preparation|demo day|investor pitch|pitching to investors|pitch to investors|rehearse the pitch',
    related: ['investing', 'mentoring'],
  },
  {
    id: 'debt',
    label: 'debt financing',
    kind: 'service',
    provider:
      'lender|lenders|banker|bank|venture debt|debt fund|credit fund|revenue based financing|loan officer|mortgage broker|mortgage adviser|mortgage advisor|mortgage advisers|mortgage brokers|home loan specialist|lending specialist',
    topic:
      'loan|loans|business loan|credit line|line of credit|debt financing|debt|sba loan|working capital|invoice financing|mortgage|financing|home loan|home loans|remortgage|remortgaging|first time buyer|first time buyers|mortgage deal|mortgage deals|best mortgage|mortgage rate|mortgage rates|buy to let mortgage',
    seekersSayTopic: true,
    related: ['investing', 'finance'],
  },
  {
    id: 'grants',
    label: 'grants and non-dilutive funding',
    kind: 'service',
    provider:
      'grant writer|grants consultant|grant consultant|program officer|programme officer|grant reviewer|foundation|grant writers|grant expert|grants expert|grant advisor|grants advisor|grant specialist|bid writer|bid writing|funding advisor|has won grants|won grants|won innovate uk|won horizon|funds community|funds projects|funds nonprofits|funds charities|foundation that funds|grantmaker|grant maker|grantmaking|stewardship adviser|countryside adviser|land management adviser|heritage funding adviser|funding adviser|lottery funding',
    topic:
      'grant|grants|non dilutive|nondilutive|sbir|sttr|horizon europe|innovate uk|eic accelerator|research funding|subsidy|subsidies|government funding|public funding|grant application|grant applications|non dilutive money|non dilutive funding|non dilutive capital|free money|public money|government money|government grant|government grants|eu funding|eu grant|innovation grant|innovation funding|research grant|grant funding|grant money|apply for a grant|applying for grants|grant writing|writing a grant|application for funding|funding application|foundation money|foundation funding|charitable funding|fund it|funders|funder|countryside stewardship|stewardship|farming payments|land payments|agri environment|environmental land management|where do we find the money|find the money|find funding|lottery funding|heritage funding|restoration funding|get paid for it|plant hedges|hedgerow|hedgerows|nature friendly farming|environmental payments',
    seekersSayTopic: true,
    related: ['investing', 'nonprofit'],
  },
  {
    id: 'accounting',
    label: 'accounting and tax',
    kind: 'service',
    provider:
      'accountant|accountants|cpa|cpas|chartered accountant|certified public accountant|bookkeeper|bookkeepers|tax advisor|tax adviser|tax accountant|tax preparer|tax consultant|enrolled agent|auditor|auditors|accounting firm|steuerberater|accounting services|bookkeeping services|tax services|tax firm|accounting practice|tax practice',
    topic:
      'accounting|bookkeeping|the books|our books|my books|keep the books|tax|taxes|tax return|tax returns|file taxes|filing taxes|vat|sales tax|audit|quickbooks|xero|financial statements|year end|year end accounts|reconciliation|expenses|invoicing|r and d tax credit|tax credits|tax credit|irs|hmrc|1099|payroll taxes|do our taxes|do my taxes|doing taxes|tax filing|tax filings|tax season|tax bill|tax question|tax questions|tax advice|tax planning|annual accounts|company accounts|statutory accounts|self assessment|corporation tax|vat registration|vat return|tax registration|receipts|reconcile|reconciling|month end|month end close|monthly close|accounts payable|accounts receivable|invoices|chasing invoices|1099s|sales tax nexus|us taxes|expat taxes|fbar|filing taxes from abroad|numbers in order',
    related: ['finance'],
  },
  {
    id: 'finance',
    label: 'finance (CFO work)',
    kind: 'service',
    provider:
      'cfo|cfos|fractional cfo|part time cfo|interim cfo|finance director|head of finance|vp finance|controller|financial controller|fpa|finance lead|financial analyst|investment banker|m and a advisor|finance person|finance expert|ex banker|former banker|investment banking|corporate finance|fp and a|treasurer|honorary treasurer|charity treasurer',
    topic:
      'finance|financial model|financial models|financial modeling|financial modelling|forecast|forecasting|budget|budgeting|cash flow|burn rate|unit economics|financial planning|board reporting|pandl|manda|acquisition|exit|sell the company|selling the company|pricing model|treasury|financial projections|projections|model for investors|board deck numbers|runway planning|cash planning|cash management|money lasts|how long the money lasts|burn|spending|costs|cost cutting|margins|gross margin|revenue model|business model|pricing|valuation advice|cap table modelling|fundraising model|financial strategy|finance function|finance team|money side|numbers side|acquisition offer|buyout|merger|being acquired|get acquired|acquirer|sell the business|selling my company|exit strategy',
    related: ['accounting', 'investing'],
  },
  {
    id: 'wealth',
    label: 'personal finance',
    kind: 'service',
    provider:
      'financial advisor|financial adviser|financial planner|wealth manager|wealth advisor|private banker|retirement planner|debt adviser|debt advisor|debt counsellor|debt counselor|credit counsellor|credit counselor|money coach|budget coach|financial coach|money adviser|money advisor|ifa|independent financial adviser|pension adviser|pension advisor',
    topic:
      'retirement|pension|savings|wealth management|personal finance|estate planning|inheritance|stock options tax|index funds|credit card debt|card debt|card balances|credit cards|in debt|debts|drowning in debt|overdraft|personal budget|household budget|budget planning|repayment plan|money problems|money worries|retire|retiring|retire early|early retirement|fire movement|stock options|rsus|invest my savings|isa|isas|401k|ira|financial plan|financial planning for|college fund|pay off debt|inherited|lump sum|windfall|no idea what to do with it|what to do with the money|invest it',
    related: ['accounting'],
  },
  {
    id: 'insurance',
    label: 'insurance',
    kind: 'service',
    provider:
      'insurance broker|insurance agent|underwriter|insurance advisor|insurer|insurance brokers|claims advocate|claims consultant|public adjuster|loss adjuster|claims adjuster|benefits broker|insurance consultant|actuary',
    topic:
      'insurance|insured|dando insurance|liability insurance|health insurance|cyber insurance|key person insurance|insurance coverage|insurance policy|premiums|claims|sued personally|personal liability|directors and officers|d and o|professional indemnity|indemnity|insurance cover|coverage|denied claim|claim denied|claim rejected|rejected claim|refused to pay|won t pay|payout|underwriting|protection|life insurance|income protection|business insurance|public liability|employers liability|travel insurance|car insurance|home insurance|claim',
  },
  // --- law ---
  {
    id: 'legal',
    label: 'legal advice',
    kind: 'service',
    provider:
      'lawyer|lawyers|attorney|attorneys|solicitor|solicitors|barrister|counsel|general counsel|legal counsel|paralegal|law firm|legal advisor|startup lawyer|corporate lawyer|employment lawyer|litigator|notary|in house counsel|practices law|legal|law practice|legal services|legal firm|corporate attorney|venture lawyer|commercial lawyer|contract lawyer|privacy lawyer|privacy counsel|data protection lawyer|employment solicitor|family lawyer|housing solicitor|housing lawyer|tenant lawyer|tenants lawyer|employee side|represents employees|acts for employees|discrimination lawyer|consumer lawyer|personal injury lawyer|family solicitor|divorce lawyer|conveyancer|conveyancing solicitor|probate solicitor|legal aid|wills and probate solicitor',
    topic:
      'legal|contract|contracts|nda|ndas|terms of service|terms and conditions|privacy policy|gdpr|incorporation|incorporate|incorporating|delaware|c corp|llc|gmbh|founder agreement|shareholder agreement|shareholders agreement|vesting|esop|option plan|lawsuit|sued|dispute|litigation|compliance|licensing agreement|employment contract|non compete|cease and desist|regulation|regulatory|legal review|review a contract|msa|saas agreement|data protection|eula|legal help|legal advice|legal question|legal questions|legal issue|legal stuff|legal paperwork|paperwork|set up the company|setting up the company|company formation|form a company|incorporate the company|register the company|cofounder agreement|cofounder split|equity split|share agreement|safe note|safe notes|employment agreement|offer letter|contractor agreement|consulting agreement|service agreement|customer contract|sign the contract|before we sign|terms|t and cs|cookie banner|cookie policy|privacy notice|dpa|letting someone go|let someone go|fire an employee|firing an employee|dismissal|unfair dismissal|got sued|being sued|sue|dispute with|landlord dispute|debt collection|will and testament|divorce|tenant rights|fired|got fired|sacked|let go|made redundant|redundancy|discrimination|harassment|constructive dismissal|tribunal|employment tribunal|deposit back|return the deposit|eviction|evicted|evict|disrepair|mould in the flat|landlord refuses|landlord won t|rights at work|employment rights|unpaid wages|owed money|small claims|small claims court|custody|conveyancing|probate|power of attorney|legal rights|my rights|her rights|his rights|write a will|writing a will|make a will|making a will|splitting assets|separation|prenup|prenuptial|child arrangements|set up a company|setting up a company|register a company|open a company|e residency|company registration|deposit dispute',
    related: ['ip', 'immigration'],
  },
  {
    id: 'ip',
    label: 'patents and trademarks',
    kind: 'service',
    provider:
      'patent attorney|patent lawyer|patent agent|ip lawyer|ip attorney|trademark attorney|trademark lawyer|ip counsel',
    topic:
      'patent|patents|patenting|trademark|trademarks|intellectual property|ip strategy|prior art|freedom to operate|copyright|file a patent|patent application|protect the design|protect our design|protect the idea|protect our idea|protect the invention|protect our ip|owns the name|name is taken|trademark search|protect our brand name|trademark the name|register a trademark|register the trademark|patentable|patent search|patent it|protect our invention|protect the technology|infringing|infringement|someone copied|copied our|licensing our ip|ip protection|protect ip|knock offs|knock off|knockoffs|counterfeit|counterfeits|fakes|selling fakes|copycat|copycats|brand name|our brand name|logo copied|using our name|name clash',
    related: ['legal'],
  },
  {
    id: 'immigration',
    label: 'immigration and visas',
    kind: 'service',
    provider:
      'immigration lawyer|immigration attorney|immigration consultant|immigration advisor|visa consultant|relocation specialist|relocation agency|immigration adviser|immigration solicitor|visa adviser|visa advisor|oisc adviser',
    topic:
      'immigration|visa|visas|oone visa|hone b|green card|work permit|work visa|blue card|residence permit|residency|citizenship|relocate|relocating|relocation|sponsorship|visa sponsorship|talent visa|global talent visa|startup visa|move to the us|move to the uk|move to london|move to germany|move to berlin|move to the netherlands|move to amsterdam|move to canada|moving to the us|right to work|work authorization|employment visa|skilled worker visa|investor visa|founder visa|entrepreneur visa|residence|paperwork for moving|sponsor a visa|sponsor visas|visa for|emigrate|emigrating|expat paperwork|passport|spouse|spouse visa|family visa|partner visa|fiance visa|fiancé visa|marriage visa|dependant visa|dependent visa|family reunion|bring his family|bring her family|bring family over|live in the uk|live in the us|settle in the uk|indefinite leave|ilr|naturalisation|naturalization|visa application|visa refused|visa refusal|overseas partner|bring her husband over|bring his wife over|bring my husband over|bring my wife over|bring him over|bring her over|husband over from|wife over from',
    related: ['legal'],
  },
  // --- people ---
  {
    id: 'recruiting',
    label: 'recruiting',
    kind: 'service',
    provider:
      'recruiter|recruiters|headhunter|headhunters|talent partner|talent acquisition|executive search|search firm|staffing agency|staffing|sourcer|recruiting firm|recruitment agency|recruitment consultant|places engineers|placed|placement|talent scout|talent network|recruiting partner|talent lead|head of talent|talent team|people who place|places candidates|places people|executive recruiter|tech recruiter|technical recruiter|engineering recruiter|recruiting agency|recruitment firm|hiring consultant|hiring advisor|fractional recruiter|embedded recruiter',
    topic:
      'hire|hiring|recruit|recruiting|recruitment|candidates|candidate|fill a role|fill the role|first hire|first hires|build a team|grow the team|team building|talent|applicants|job description|interview process|head of|vp of|find engineers|finding engineers|find developers|find talent|finding talent|source candidates|sourcing candidates|talent pipeline|hiring pipeline|headcount|open role|open roles|job posting|job post|recruitment process|hiring process|interviews|interviewing|interview loop|interview questions|scorecard|scorecards|assess candidates|vet candidates|build out the team|build the first team|first employees|staff up|staffing up|fill seats|exec hire|executive hire|c level hire|senior hire|senior hires|key hire|key hires',
    seekersSayTopic: true,
    related: ['hr'],
  },
  {
    id: 'jobs',
    label: 'a job',
    kind: 'service',
    provider:
      'is hiring|are hiring|we are hiring|were hiring|currently hiring|actively hiring|open roles|open positions|job openings|job opening|opening for|openings for|opening at|openings at|has openings|has open roles|hiring manager|growing the team|building a team|growing their team|hiring engineers|hiring designers|hiring for|we re hiring|hiring now|roles open|positions open|team is growing|is recruiting|are recruiting|recruiting for|has vacancies|vacancies|vacancy|hiring juniors|hiring graduates|hiring interns|talent program|graduate scheme|recruiting phd students|recruiting doctoral students|funded doctoral students|funded phd students|phd studentships|finds employers|employability charity|employment support',
    topic:
      'job|jobs|new job|new role|next role|next job|job search|job hunting|open to work|looking for work|career change|career move|employment|position|full time role|part time role|internship|intern|contract work|contract role|freelance work|freelance gigs|join a startup|role at|opportunities|looking for a job|looking for a role|new position|job offer|job opportunities|career opportunities|any openings|break into|get into tech|transition into|switch careers|switching careers|switch into|career switch|move into product|next gig|next chapter|laid off|between jobs|on the market|job hunt|seeking employment|wants a job|first job|graduate role|graduate job|junior role|junior position|want to work at|criminal record|with a record|convictions|ex offender|ex offenders|prison leavers|phd position|studentship',
    seekersSayTopic: true,
    related: ['mentoring'],
  },
  {
    id: 'hr',
    label: 'HR and people operations',
    kind: 'service',
    provider:
      'hr manager|hr consultant|hr director|hr lead|head of people|people ops lead|vp people|chro|chief people officer|hr business partner|people partner|hr advisor|people operations lead|employer of record|eor provider|global payroll provider|peo|payroll provider|payroll specialist|hr outsourcing',
    topic:
      'hr|human resources|people operations|people ops|employee handbook|performance reviews|performance review|compensation|comp bands|benefits|onboarding|employee relations|culture|layoffs|termination|fire someone|firing|org design|policies|pto|remote policy|employee engagement|salary bands|pay bands|pay scale|salary benchmarks|compensation bands|equity bands|levels|leveling|career ladder|career framework|annual reviews|review cycle|feedback culture|employee feedback|hr policies|hr stuff|hr questions|people stuff|people issues|handbook|sick leave|parental leave|maternity leave|holiday policy|remote first|remote work policy|hybrid policy|employee retention|retain staff|team morale|morale|conflict between|team conflict|difficult employee|underperformer|underperforming|pip|disciplinary|grievance|hr compliance|contractors vs employees|employer of record|eor|global payroll|payroll|benefits package|pension scheme|pay staff abroad|pay people abroad|employees abroad|staff abroad|team abroad|hire abroad|hiring abroad|international hiring|employees in other countries|staff in other countries|local entity|local entities|set up an entity|setting up an entity|contractors abroad|remote employees abroad|international payroll|run payroll|sort payroll|set up payroll|pension auto enrolment|auto enrolment|paye|wages|do the wages|staff wages|pay the staff|payslips',
    related: ['recruiting', 'legal'],
  },
  {
    id: 'mentoring',
    label: 'mentoring and coaching',
    kind: 'service',
    provider:
      'mentor|mentors|coach|coaches|executive coach|leadership coach|career coach|startup coach|advisor|advisors|adviser|startup advisor|mentoring|coaching|sounding board|been there|seasoned operator|serial entrepreneur|serial founder|advises founders|advise founders|advises startups|mentors founders|mentors startups|coaches founders|coaches ceos|coach for|ex founder|ex operator|angel advisor|board advisor|exited|two exits|built and sold|sold my company|sold his company|sold her company|founded and sold|sold my last company|sold our company|sold the company|sold two companies|sold a company|exited my|exited two|exited a|acquired by|got acquired|was acquired|founded and exited|successful exit|an exit',
    topic:
      'mentorship|mentoring|coaching|advice|guidance|sounding board|first time manager|first time founder|leadership|management skills|career advice|career|imposter syndrome|founder burnout|board|board member|board seat|advisory board|scaling a team|managing people|growing as a leader|someone who has been there|been there done that|been there before|talk to monthly|regular check ins|check in monthly|advice from someone|experienced founder|seasoned founder|former ceo|ex ceo|more experienced|out of my depth|out of her depth|out of his depth|imposter|lonely|solo founder support|peer support|founder peers|cofounder conflict|co founder conflict|cofounder issues|decision making|tough decision|strategy advice|business advice|startup advice|career guidance|guidance on|how to grow|grow as a|negotiating a job offer|negotiate a job offer|salary negotiation|negotiate salary|negotiate my salary|negotiating salary|job offer negotiation|negotiate an offer|negotiating an offer',
    related: ['fundraising-advice', 'hr', 'mental-health'],
  },
  // --- building ---
  {
    id: 'engineering',
    label: 'software engineering',
    kind: 'service',
    provider:
      'engineer|engineers|developer|developers|dev|devs|programmer|programmers|software engineer|software developer|full stack|fullstack|full stack developer|backend engineer|backend developer|frontend engineer|frontend developer|cto|ctos|fractional cto|tech lead|engineering manager|vp engineering|vp eng|head of engineering|dev shop|development agency|software agency|software house|technical cofounder|technical co founder|freelance developer|contractor developer|staff engineer|principal engineer|coder|hacker|software engineers|engineering team|agency that builds|builds apps|builds websites|builds mvps|builds software|build apps|build websites|web developer|web developers|app builder|no code developer|bubble developer|freelance engineer|contract engineer|contract developer|consulting engineer|software consultant|software consultancy|engineering consultancy|product studio|venture studio engineers',
    topic:
      'code audit|code audits|codebase audit|technical audit|tech audit|code|coding|codebase|web app|build an app|build the app|app development|website|mvp|prototype app|api|apis|backend|frontend|full stack|architecture|tech stack|database|databases|postgres|postgresql|mysql|mongodb|bug|bugs|code review|outsourcing development|build the product|microservices|someone technical|technical advice|technical advisor|technical guidance|senior on tech|tech help|technical help|technical decisions|wordpress|webflow|shopify app|chrome extension|open source|build our app|build my app|build an mvp|build the mvp|build a prototype|build it|built fast|technical build|developer help|dev help|dev work|development work|engineering help|engineering work|software development|app built|website built|tech debt|legacy code|rewrite|refactor|scale the backend|performance issues|slow site|slow app|backend work|frontend work|data model|system design|technical architecture|tech lead|technical cofounder|cto advice|choose a stack|tech choices|which stack|high throughput|low latency|distributed systems|payments infrastructure|integration with|automate|automation|scripts|script|no code|low code|bubble|zapier|airtable|software engineering|custom software|build software|building software for us|software project|software build|write software|coding help',
    related: ['mobile', 'devops', 'data-ml', 'security', 'hardware', 'blockchain', 'product'],
  },
  // Specific stacks: each implies software engineering, so "a Rust developer" answers "an engineer" too.
  {
    id: 's-python',
    label: 'Python',
    kind: 'service',
    implies: ['engineering'],
    provider: 'python developer|python engineer|django developer|pythonista',
    topic: 'python|django|flask|fastapi|pandas',
  },
  {
    id: 's-javascript',
    label: 'JavaScript and TypeScript',
    kind: 'service',
    implies: ['engineering'],
    provider:
      'javascript developer|typescript developer|react developer|frontend developer|node developer|nodejs developer|vue developer|angular developer|nextjs developer|react engineer',
    topic: 'javascript|typescript|nodejs|node|reactjs|react|vuejs|vue|angular|nextjs|svelte|deno|express',
  },
  {
    id: 's-rust',
    label: 'Rust',
    kind: 'service',
    implies: ['engineering'],
    provider: 'rust developer|rust engineer|rustacean',
    topic: 'rust|tokio|cargo crate',
  },
  {
    id: 's-go',
    label: 'Go',
    kind: 'service',
    implies: ['engineering'],
    provider: 'go developer|go engineer|golang developer|golang engineer|gopher',
    topic: 'golang|in go|written in go',
  },
  {
    id: 's-jvm',
    label: 'Java and the JVM',
    kind: 'service',
    implies: ['engineering'],
    provider: 'java developer|java engineer|scala developer|kotlin backend developer',
    topic: 'java|spring boot|scala|jvm|kotlin backend|spring framework',
  },
  {
    id: 's-ruby',
    label: 'Ruby on Rails',
    kind: 'service',
    implies: ['engineering'],
    provider: 'rails developer|ruby developer|rails engineer|ruby engineer',
    topic: 'ruby|rails|ruby on rails',
  },
  {
    id: 's-php',
    label: 'PHP and WordPress',
    kind: 'service',
    implies: ['engineering'],
    provider: 'php developer|wordpress developer|laravel developer',
    topic: 'php|laravel|wordpress|drupal|magento',
  },
  {
    id: 's-dotnet',
    label: '.NET',
    kind: 'service',
    implies: ['engineering'],
    provider: 'dotnet developer|csharp developer',
    topic: 'dotnet|csharp|asp',
  },
  {
    id: 's-cpp',
    label: 'C and C++',
    kind: 'service',
    implies: ['engineering'],
    provider: 'cplusplus developer|cplusplus engineer|c developer',
    topic: 'cplusplus|low level|systems programming',
  },
  {
    id: 's-elixir',
    label: 'Elixir',
    kind: 'service',
    implies: ['engineering'],
    provider: 'elixir developer|elixir engineer',
    topic: 'elixir|phoenix|erlang',
  },
  {
    id: 'mobile',
    label: 'mobile apps',
    kind: 'service',
    implies: ['engineering'],
    provider:
      'ios developer|ios engineer|android developer|android engineer|mobile developer|mobile engineer|app developer|react native developer|flutter developer|mobile agency|kotlin developer|swift developer|swiftui developer|android apps developer|ios apps developer',
    topic:
      'ios|android|mobile|mobile app|iphone app|app store|play store|swift|swiftui|kotlin|react native|flutter|xcode|testflight|iphone|ipad|app for iphone|native app|phone app|app on phones|smartphone app|mobile version|apple app|google play',
    related: ['engineering'],
  },
  {
    id: 'devops',
    label: 'cloud infrastructure',
    kind: 'service',
    provider:
      'devops engineer|sre|site reliability engineer|platform engineer|infrastructure engineer|cloud architect|solutions architect|aws certified|cloud consultant',
    topic:
      'devops|aws|amazon web services|gcp|google cloud|azure|kubernetes|k8s|docker|terraform|infrastructure|cloud|cloud costs|aws bill|ci|cd|cicd|deployment|deployments|uptime|outage|outages|on call|observability|monitoring|scaling servers|serverless|migration to the cloud|hosting|servers|server|server costs|infra|infra costs|cloud bill|hosting costs|downtime|site goes down|keeps crashing|scale up servers|deploy|deploying|release pipeline|kubernetes cluster|migrate to aws|migrate to gcp|move to the cloud|backups|disaster recovery|on prem|self host|self hosting',
    related: ['engineering', 'security'],
  },
  {
    id: 'security',
    label: 'security',
    kind: 'service',
    provider:
      'security engineer|security researcher|ciso|pen tester|pentester|penetration tester|security consultant|ethical hacker|security auditor|infosec|security lead|head of security|security officer|information security officer|security architect|security analyst|red team|red teamer',
    topic:
      'security|cybersecurity|cyber security|pen test|pentest|penetration test|penetration testing|soc 2|soc2|iso 27001|vulnerability|vulnerabilities|breach|hacked|phishing|security audit|security review|threat model|encryption|appsec|compliance audit|hack our app|hack us|hacked us|got hacked|bad guys|attackers|secure our app|security holes|security hole|data leak|leaked|ransomware|password|passwords|access control|sso|two factor|2fa|gdpr security|security questionnaire|security questionnaires|vendor security|compliance certification|iso certification|hipaa compliance|infosec|information security|security programme|security program|security posture|weak spots|network security|security incident|incident response|malware|cyber attack|cyberattack|security gaps|security certification',
    related: ['devops', 'engineering', 'legal'],
  },
  {
    id: 'data-ml',
    label: 'data science and machine learning',
    kind: 'service',
    provider:
      'data scientist|data scientists|ml engineer|machine learning engineer|ai engineer|ai researcher|ml researcher|research scientist|data engineer|analytics engineer|data analyst|statistician|nlp engineer|computer vision engineer|applied scientist|quant|data person|data expert|ml expert|ai expert|ai consultant|data consultant|analytics consultant|statistics professor|professor of statistics|data science consultant|ml consultant|phd in machine learning|kaggle|bioinformatician|bioinformaticians|computational biologist|bioinformatics|genomics scientist|biostatistician',
    topic:
      'data science|machine learning|ml|ai|artificial intelligence|deep learning|llm|llms|large language model|gpt|chatgpt|rag|embeddings|nlp|natural language processing|computer vision|recommendation system|recommender|recommendation engine|recommendation engines|product recommendations|model training|fine tuning|fine tune|neural network|neural networks|pytorch|tensorflow|analytics|dashboards|dashboard|data pipeline|data pipelines|data warehouse|etl|dbt|snowflake|bigquery|tableau|looker|power bi|statistics|forecasting model|predictive model|ab test|ab testing|experimentation|experiment result|statistically significant|data analysis|data strategy|data|predict|predicting|prediction|predictions|churn|churn model|reporting|metrics|kpis|chatbot|chat bot|spot defects|image recognition|machine learning model|ml model|ai model|ai feature|ai features|use ai|using ai|add ai|gen ai|generative ai|openai|gpt 4|prompt|prompts|prompt engineering|vector search|semantic search|search relevance|personalization|personalisation|forecast demand|demand forecasting|anomaly detection|fraud detection|classification|classifier|ocr|document extraction|speech recognition|data team|data stack|data infrastructure|analytics setup|tracking|event tracking|mixpanel|amplitude|google analytics|spreadsheets|excel|insights|cohort analysis|cohorts|survey data|statistical|stats|regression|causal inference|significance|is the result real|evals|evaluation|sequencing|sequencing data|genomic data|rna seq|genome|genomes|omics|single cell|analyse the data|analyze the data|make sense of the data|crunch the numbers|data analysis help',
    related: ['engineering'],
  },
  {
    id: 'hardware',
    label: 'hardware and electronics',
    kind: 'service',
    provider:
      'hardware engineer|electrical engineer|electronics engineer|firmware engineer|embedded engineer|mechanical engineer|industrial designer|pcb designer|robotics engineer',
    topic:
      'hardware|firmware|embedded|embedded systems|pcb|pcbs|circuit|circuits|electronics|sensor|sensors|iot|microcontroller|arduino|raspberry pi|robotics|robot|robots|cad|solidworks|3d printing|injection molding|prototype|prototyping|mechanical design|device|devices|battery pack|drones|drone',
    related: ['engineering', 'manufacturing'],
  },
  {
    id: 'blockchain',
    label: 'blockchain',
    kind: 'service',
    provider:
      'solidity developer|smart contract developer|blockchain developer|smart contract auditor|web3 developer|crypto founder|tokenomics advisor|tokenomics consultant|token designer|crypto advisor|web3 advisor|solidity auditor|blockchain auditor|smart contract auditors|audit firm for smart contracts|defi developer',
    topic:
      'blockchain|crypto|web3|smart contract|smart contracts|solidity|ethereum|defi|nft|nfts|token|tokenomics|dao|bitcoin|wallet|stablecoin|coins|coin|token supply|issue tokens|token launch|airdrop|airdrops|web3 founder|smart contract audit|contract audit|solidity code|protocol|protocols|on chain|onchain|staking|liquidity|token incentives|crypto project|dapp',
    related: ['engineering'],
  },
  {
    id: 'product',
    label: 'product management',
    kind: 'service',
    provider:
      'product manager|product managers|pm|pms|head of product|vp product|cpo|chief product officer|product lead|product owner|group product manager|senior product manager|product leader|product coach|ex pm|former pm|ex product manager|former product manager|product advisor|product consultant|fractional cpo|fractional product|interim head of product|pm coach|product mentor',
    topic:
      'product management|roadmap|roadmaps|what to build|what to build next|what matters|feature requests|product strategy|prioritization|prioritisation|product market fit|pmf|discovery|product discovery|feature prioritization|product spec|specs|prd|user stories|okrs|product analytics|product led growth|plg|retention|activation|onboarding flow|product advice|product help|product feedback|product review|feature ideas|what customers want|what users want|prioritize|prioritise|prioritising|prioritizing|backlog|product direction|product vision|find product market fit|finding pmf|pm role|first pm|product thinking|product sense|spec out|scope|scoping|mvp scope|user feedback|feedback from users|jobs to be done',
    related: ['design-ux', 'engineering', 'growth'],
  },
  {
    id: 'design-ux',
    label: 'UX and product design',
    kind: 'service',
    provider:
      'ux designer|ui designer|ui ux designer|ux ui designer|product designer|interaction designer|ux researcher|user researcher|design agency|design studio|head of design|design lead|web designer|app designer|service designer|ux consultant|ux freelancer|ux agency|ux lead|product design lead|ux research|usability tester|design researcher|ux expert|ui expert|ux writer',
    topic:
      'ux audit|ux audits|usability audit|usability audits|design audit|design audits|ux review|ux|ui|user experience|user interface|wireframe|wireframes|mockup|mockups|prototype|prototypes|figma|sketch|usability|usability testing|user research|user testing|user interviews|interface|app design|web design|website design|redesign|design system|accessibility|onboarding design|landing page design|dashboard design|confusing app|less confusing|is confusing|confusing for users|confusing for new users|confusing to use|hard to use|easy to use|user friendly|user flows|user flow|screens|onboarding experience|signup flow|checkout flow|checkout|clunky|ugly app|looks dated|modernize the app|make it usable|usable|accessible|accessibility audit|colour contrast|eyesight|older users|elderly users|test with users|watch users|watch people|real users|design sprint|design thinking|customer journey|journey map|onboarding ux|onboarding flow|user onboarding|app onboarding|onboarding screens|signup ux',
    related: ['design', 'brand', 'product'],
  },
  {
    id: 'brand',
    label: 'brand and graphic design',
    kind: 'service',
    provider:
      'graphic designer|brand designer|visual designer|illustrator|brand strategist|creative director|art director|branding agency|brand agency|creative agency|presentation designer|deck designer|typographer|motion designer|packaging designer|logo designer|identity designer|brand studio|design studio for brands|illustration studio|freelance illustrator|graphic design studio|packaging agency|naming consultant|copy and brand',
    topic:
      'brand audit|logo|logos|branding|brand identity|brand strategy|brand design|visual identity|rebrand|rebranding|illustration|illustrations|packaging design|packaging|typography|deck design|slide design|slides design|presentation design|pitch deck design|design the deck|design our deck|design my deck|brand guidelines|style guide|icons|graphics|graphic design|merch design|naming agency|brand name|company name|product name|labels|label design|new logo|logo design|brand refresh|refresh the brand|look professional|make it look professional|look better|looks amateur|looks cheap|visual style|colours|color palette|fonts|font|look and feel|investor presentation|presentation slides|slides|keynote deck|sales deck design|deck polish|polish the deck|make the deck|boxes|box design|label|packaging that pops|shelf appeal|draw|drawing|pictures for|children s book|kids book|book illustrations|mascot|characters|stickers|posters|print design|brochure|flyer|flyers|business cards|signage|merch',
    related: ['design', 'design-ux', 'marketing'],
  },
  {
    id: 'design',
    label: 'design',
    kind: 'service',
    provider: 'designer|designers|design firm|freelance designer',
    topic: 'design|designs|designing|redesign|look and feel|make it look good|visual',
    related: ['design-ux', 'brand'],
  },
  // --- reaching people ---
  {
    id: 'marketing',
    label: 'marketing and growth',
    kind: 'service',
    provider:
      'marketer|marketers|growth marketer|performance marketer|cmo|fractional cmo|head of marketing|vp marketing|marketing director|marketing lead|marketing agency|growth agency|growth hacker|growth lead|head of growth|demand gen lead|lifecycle marketer|product marketer|product marketing manager|media buyer|marketing consultant|marketing freelancer|growth consultant|growth advisor|marketing advisor|ads specialist|ppc specialist|paid social specialist|acquisition lead|user acquisition manager|ua manager|marketing person|growth person|pmm|fractional marketing|fractional growth|took a consumer app|grew a|ecommerce growth consultant|ecommerce consultant|shopify expert|shopify growth|dtc growth|klaviyo',
    topic:
      'marketing|growth|user acquisition|customer acquisition|acquisition channels|ads|paid ads|paid acquisition|paid social|facebook ads|meta ads|google ads|ppc|campaign|campaigns|go to market|gtm|launch|launching|funnel|conversion|conversion rate|cac|ltv|email marketing|lifecycle|newsletter|demand generation|demand gen|lead generation|lead gen|positioning|messaging|product marketing|brand awareness|referral program|viral|growth loops|app store optimization|retargeting|marketing strategy|customers online|get the word out|get more users|more users|grow users|grow the user base|acquire users|acquire customers|get traffic|drive traffic|more traffic|more signups|signups|downloads|app installs|installs|growth strategy|marketing plan|marketing help|marketing advice|launch plan|launch strategy|product launch|launching next month|invite friends|invite their friends|word of mouth|referrals|virality|retention emails|email campaigns|mailing list|influencers|paid media|ad spend|ad budget|roas|performance marketing|meta|tiktok ads|linkedin ads|scale ads|scaling ads|messaging is|marketing is|market the|promote|promotion|promoting|advertising|advertise|more sales|increase sales|boost sales|grow sales|grow revenue|more revenue|more orders|sell more|online sales|ecommerce growth|store growth',
    related: ['seo-content', 'social', 'brand', 'sales', 'press'],
  },
  {
    id: 'seo-content',
    label: 'SEO and content',
    kind: 'service',
    provider:
      'seo consultant|seo specialist|seo expert|seo agency|content marketer|content strategist|copywriter|copywriters|writer|writers|ghostwriter|ghost writer|editor|technical writer|content writer|blogger|content agency|seo freelancer|seo person|content lead|head of content|freelance writer|freelance copywriter|content producer|writing coach|book editor|developmental editor',
    topic:
      'seo audit|seo audits|content audit|website audit|site audit|seo|search engine optimization|search engine optimisation|organic traffic|rank on google|ranking on google|google ranking|keywords|backlinks|content|content marketing|content strategy|blog|blog posts|articles|copy|copywriting|landing page copy|website copy|writing|editing|proofreading|whitepaper|case studies|case study|documentation|docs|ghostwriting|book|manuscript|google search|show up on google|found on google|find us on google|nobody finds us|search traffic|organic|blog content|write blog posts|write content|content calendar|website words|homepage copy|homepage words|homepage text|site copy|product copy|words on the site|tagline|taglines|messaging copy|emails copy|sales emails|email copy|newsletter writing|ghostwrite|ghostwritten|book proposal|edit my book|writing help|help writing|rewrite our|write our|write the',
    related: ['marketing', 'press'],
  },
  {
    id: 'social',
    label: 'social media and community',
    kind: 'service',
    provider:
      'social media manager|social media consultant|influencer|influencers|content creator|creator|creators|youtuber|tiktoker|community manager|community lead|head of community|ugc creator',
    topic:
      'social media|instagram|tiktok|twitter|x account|youtube|linkedin presence|linkedin posts|followers|audience|community|discord|reddit|influencer marketing|creator partnerships|ugc|personal brand|thought leadership|newsletter growth|grow on tiktok|grow on instagram|tiktok presence|instagram presence|social presence|social content|posting|posts|reels|shorts|viral videos|creator content|content creators|brand ambassadors|following|online community|build a community|community building|community growth|followers on',
    related: ['marketing'],
  },
  {
    id: 'press',
    label: 'press and PR',
    kind: 'service',
    provider:
      'journalist|journalists|reporter|reporters|tech reporter|editor at|columnist|writes for|contributor at|publicist|pr agency|pr consultant|pr firm|pr lead|head of communications|comms lead|podcast host|podcaster|hosts a podcast|runs a podcast|producer|newsletter writer|media|correspondent|writes about|covers|covering|reporter at|journalist at|writer at|editor of|newsletter editor|newsletter author|newsletter about|runs a newsletter|writes a newsletter|hosts a show|show host|booking guests|books guests|media outlet|publication|trade publication|press contacts|media contacts|pr person|pr freelancer|communications consultant|comms consultant',
    topic:
      'press|pr|public relations|media coverage|press coverage|coverage in|press release|get featured|featured in|interview|interviews|article about us|story about|podcast|podcasts|media relations|launch announcement|announcement|techcrunch|press tour|crisis communications|comms|op ed|guest on a podcast|be on podcasts|go on podcasts|handle media|media attention|write about us|written about|coverage|trade press|tech press|press coverage for|get press|get coverage|media|news story|news coverage|newspaper|magazine|write about|writes about|journalist who|cover our|covered by|announcing|announce|announcement of|funding announcement|press for our|exclusive|embargo|podcast guest|podcast appearance|tell the story|tell our story|storytelling|thought leadership pieces',
    related: ['marketing', 'seo-content', 'speaking'],
  },
  {
    id: 'sales',
    label: 'sales and business development',
    kind: 'service',
    provider:
      'sales leader|sales lead|head of sales|vp sales|vp of sales|cro|chief revenue officer|account executive|account executives|sales consultant|sales coach|sales trainer|sdr|sdrs|bdr|business development|business developer|bd lead|sales agency|sales rep|sales reps|fractional sales|enterprise seller|closer|sales advisor|sales mentor|sales expert|enterprise sales leader|built a sales team|built sales teams|ran sales|runs sales|sold to|sells to|ex salesforce|sales operator|revops|revenue operations|sales consultant for|fractional vp sales|sales playbook author',
    topic:
      'sales|selling|sell|pipeline|outbound|inbound|cold email|cold emails|cold outreach|cold calling|prospecting|closing deals|close deals|deal closing|sales process|sales playbook|crm|salesforce|hubspot|enterprise sales|btob sales|quota|negotiation|procurement process|sales team|sales hire|revenue|arr|upsell|pricing|price|pricing strategy|sales deck|demo|demos|closing|can t close|cant close|stalling|deals stuck|stuck deals|win deals|land deals|land enterprise|land big|enterprise customers|enterprise deals|first enterprise|sell into|selling into|sell to enterprises|sell to banks|sell to hospitals|sell to governments|go to market sales|sales motion|founder led sales|sales strategy|sales advice|sales help|sales hiring|sales pipeline|build pipeline|generate leads|leads|outreach|outreach plan|email sequences|sequences|book meetings|booking meetings|meetings with|reach decision makers|get in front of|buyer intros|warm intros to buyers|procurement at|long sales cycle|sales cycle|rfp|rfps|tender response|contract negotiation',
    related: ['partnerships', 'customers', 'marketing'],
  },
  {
    id: 'partnerships',
    label: 'partnerships',
    kind: 'service',
    provider:
      'partnerships lead|head of partnerships|partnerships manager|partner manager|channel manager|alliances lead|business development lead|bizdev|reseller|resellers|distributor|distributors|channel partner|integration partner|agency partner|partnership',
    topic:
      'partnership|partnerships|co marketing|comarketing|integration partnership|alliances|alliance|channel|channels|distribution deal|distribution|white label|joint venture|strategic partner|strategic partnership|bundle|marketplace listing|app marketplace|integrations directory|integration directory|app directory|co selling|partner with|partnering|partnering with|become a partner|integration partner|integrations partner|listed in|listing in|get listed|distribution partners|distribution partner|resell|reselling|referral partners|affiliate|affiliates|co branded|joint offering|ecosystem|platform partnerships',
    related: ['sales', 'customers'],
  },
  {
    id: 'customers',
    label: 'customers and pilots',
    kind: 'service',
    provider:
      'buyer|buyers|procurement|head of procurement|procurement lead|purchasing|purchasing manager|category manager|decision maker|evaluating vendors|evaluating tools|looking for vendors|early adopter|early adopters|beta tester|beta testers|open to pilots|runs pilots|innovation lead|head of innovation|innovation team|chief innovation officer|would buy|potential customer|stocks local|stocks local brands|stocks|carries local|store owner|shop owner|retailer|retail chain|chain of|buyer at|buys from|decides what|curious about tools|interested in tools|interested in trying|open to trying|open to testing|always curious|evaluating|looking at tools|runs innovation|innovation manager|head of digital|digital transformation|it director|cio|operations director|fleet manager|plant manager|hospital administrator|clinic manager|practice manager|school principal|test apps|tests apps|test your app|try new apps|tries new apps|beta test|beta tests|happy to test|happy to try|readers happy to|early tester|deli owner|stocks local products',
    topic:
      'pilot|pilots|pilot customer|pilot customers|paid pilot|design partner|design partners|beta users|beta user|first customers|first customer|early customers|paying customers|new customers|more customers|find customers|get customers|land customers|enterprise customers|buyers at|sell to|selling to|letter of intent|loi|proof of concept|poc|customer discovery|customer interviews|retail buyers|stockists|distribution in stores|get into stores|shelf space|pilot sites|pilot site|trial our|trial the|trial it|test our product|try our product|willing to trial|willing to try|willing to pilot|beta customers|beta testers|testers|early users|first users|first paying customers|paying users|design partner customers|customer intros|intros to customers|intro to buyers|buyers|potential customers|prospects|stockist|retailers|shops to stock|get stocked|stock our|carry our|distributors for|supermarkets|supermarket|grocery stores|grocers|hospital willing|hospitals willing|schools willing|companies willing|operators willing|fleet operators|fleets willing|stores to stock|get into shops|in shops|in stores|tesco|sainsbury s|sainsburys|waitrose|asda|walmart|whole foods|costco|grocery chain|grocery chains|stocked in|into shops|into stores|in local cafes|in local shops|delis|cafes and delis',
    seekersSayTopic: true,
    related: ['sales', 'partnerships'],
  },
  {
    id: 'operations',
    label: 'operations',
    kind: 'service',
    provider:
      'operations manager|coo|fractional coo|chief operating officer|chief of staff|ops lead|head of operations|vp operations|operator|operators|operating partner|operations consultant|project manager|program manager|process consultant|bizops|fractional operator|ops consultant|operations advisor|ex coo|former coo|chief of staff for hire|cos|ea|executive assistant|virtual assistant|office manager|operations lead|head of ops|integrator|runs the office',
    topic:
      'operations|ops|sops|standard operating procedures|project management|vendor management|scaling operations|workflow|workflows|automation|operational|internal tools|notion|okr|back office|office manager|operational chaos|chaos|everything goes through|bottleneck|bottlenecks|day to day|day to day running|run the day to day|right hand|right hand person|second in command|execution help|keep things running|organised|organized|organisation|get organized|processes in place|systems in place|scale the team|scaling the company|growing pains|vendor contracts|admin|administration|office admin|office management|facilities|internal processes|ops help|ops advice',
    related: ['hr', 'finance', 'logistics'],
  },
  {
    id: 'manufacturing',
    label: 'manufacturing and suppliers',
    kind: 'service',
    provider:
      'manufacturer|manufacturers|factory|factories|supplier|suppliers|contract manufacturer|contract manufacturing|co packer|copacker|co manufacturer|sourcing agent|wholesaler|wholesalers|oem|odm|mill|textile mill|print shop|printer|fabricator|machine shop|packaging supplier|makes|produces|manufactures|factory in|mill in|production facility|production house|workshop|small batch manufacturer|batch manufacturer|co packer for|bottler|printer for|makes garments|makes merino|knitting mill|textile manufacturer|cosmetics manufacturer|food manufacturer|sourcing agent in|sourcing in china|sourcing in shenzhen|factory contacts|factory network|supplier network|procurement agent|injection moulder|injection molder|injection moulding engineer|injection molding engineer|plastics manufacturer|plastics factory|lean consultant|lean manufacturing consultant|continuous improvement|operational excellence|production engineer|manufacturing engineer|process engineer|industrial engineer|factory consultant|manufacturing consultant|toolmaker|plant manager|factory manager|production manager|manufacturing plant|parts plant|runs a factory|runs a plant',
    topic:
      'manufacturing|manufacture|produce|producing|make our product|make the product|production|production run|sourcing|source materials|materials|factory|moq|minimum order|minimum order quantity|private label|white label product|injection molding|cnc|textiles|fabric|apparel production|garment|cosmetics formulation|formulation|supply chain|raw materials|components|bill of materials|samples|small batch|batch production|packaging|make our|manufacture our|produce our|made in|produced|production partner|manufacturing partner|factory for|manufacturer for|supplier for|suppliers for|source|sourcing partner|sourced|jars|bottles|containers|units|batch|batches|small runs|short runs|first run|first production|first batch|mould|molds|moulding|assembly|assemble|contract manufacturing|co packing|co pack|copack|bottling|white label|knitwear|knitting|garments|clothing production|apparel|printed|printing|pcb assembly|circuit boards|electronics manufacturing|components sourcing|injection mould tooling|mould tooling|plastic|plastics|plastic parts|enclosure|enclosures|casing|tooling|at volume|in volume|volume production|mass production|mass produce|production line|production lines|line stops|downtime|throughput|lean|six sigma|kaizen|factory floor|efficiency on the line|machine breakdowns|breakdowns|made at scale|scale up production',
    related: ['logistics', 'hardware'],
  },
  {
    id: 'logistics',
    label: 'logistics and shipping',
    kind: 'service',
    provider:
      '3pl|third party logistics|freight forwarder|customs broker|fulfillment center|fulfilment centre|logistics provider|logistics company|courier|shipping company|warehouse operator|3pl warehouse|runs a warehouse|warehouse in|fulfilment warehouse|fulfilment for|fulfillment for|fulfilment services|fulfillment services|logistics partner|logistics manager|freight company|shipping agent|forwarder|customs agent|haulier|haulage|trucking company|delivery company|last mile delivery|delivery fleet|courier service|same day courier|customs brokerage|import agent|export agent|shipping broker|delivery drivers|van drivers|logistics consultant|lorry driver|truck driver|hgv driver|van driver|trucker|owner driver|customs clearance agent|clearance agent|haulage firm',
    topic:
      'logistics|shipping|ship|freight|warehouse|warehousing|fulfillment|fulfilment|last mile|delivery|deliveries|import|importing|export|exporting|tariffs|inventory|returns|cold chain|store and ship|ship them|shipping orders|ship orders|ship products|pick and pack|fulfil|fulfill|fulfil orders|fulfill orders|orders piling up|storage|store our|stock storage|warehouse space|deliver|delivering|shipments|shipment|freight forwarding|ocean freight|air freight|customs clearance|import duties|duties|from china|from asia|from vietnam|to europe|cross border|international shipping|courier for|same day delivery|the border|border|border paperwork|duty|hs code|hs codes|import declaration|import declarations|customs paperwork|customs forms|importer|importers|across town|same day|next day|within hours|delivery drivers|dispatch|shipping costs|shipping rates|get it to customers|get products to customers|delivered|delivery service|local delivery|distribution|distributor|distributors|customs duties|customs rules|through customs|customs delays',
    related: ['manufacturing', 'operations'],
  },
  {
    id: 'real-estate',
    label: 'real estate and office space',
    kind: 'service',
    provider:
      'realtor|realtors|real estate agent|estate agent|letting agent|commercial broker|real estate broker|tenant rep|property manager|property developer|real estate developer|landlord|landlords|coworking|coworking space|workspace operator|facilities manager|has office space|has desk space|spare desks|spare desk|extra desks|free desks|desks available|has desks|has office|office available|space available|has space|has a studio|has a lab|has lab space|broker for|leasing agent|commercial agent|property agent|buyer s agent|buying agent|home finder|real estate investor|property investor|lettings|letting agency|lettings agency|manages rentals|manages lets|rent collection|block manager|managing agent|lettings manager',
    topic:
      'real estate|office|office space|offices|desk space|desks|hot desk|coworking|lease|commercial lease|sublease|property|properties|warehouse space|retail space|storefront|lab space|wet lab|studio space|buy a house|buying a house|commercial property|zoning|square feet|sq ft|workspace|headquarters|hq|somewhere to work|place to work|office for|an office|new office|office in|office near|space for|space in|space near|room for the team|team space|working space|desk for|desks for|lab|labs|studio|warehouse|unit|units|premises|commercial space|retail unit|shop space|pop up space|sublet office|office sublet|hot desks|flexible office|serviced office|buy a home|buying a home|first home|first house|buy a flat|buying a flat|house hunting|home buying|sell my house|selling my house|property search|mortgage advice|find tenants|finding tenants|tenants for|let my flat|let out|letting out|rent out my|buy to let|rental property|rental properties|inherited a flat|inherited a house|managing a rental|being a landlord|landlord duties',
    seekersSayTopic: true,
    related: ['housing'],
  },
  {
    id: 'housing',
    label: 'housing',
    kind: 'service',
    provider:
      'has a room|spare room|room to rent|room for rent|renting out|rents out|flat to let|sublet available|subletting|landlord|landlords|host family|airbnb host|has an apartment|has a flat|property manager|letting agent|relocation agency|room available|room free|rooms available|flat available|apartment available|spare bedroom|guest room|rents apartments|rents flats|rents rooms|rents out apartments|furnished apartments|mid term rentals|short lets|holiday let',
    topic:
      'apartment|apartments|flat|flats|room|housing|place to live|place to stay|sublet|accommodation|rent|rental|roommate|flatmate|housemate|furnished|lodging|temporary housing|moving to|move to|somewhere to live|somewhere to stay|a place|place in|room in|flat in|apartment in|house in|short term rental|mid term rental|long term rental|furnished apartment|furnished flat|while we look|crash|couch|sublet in|housing in|accommodation in|rent a',
    seekersSayTopic: true,
    related: ['real-estate', 'immigration'],
  },
  // --- health and life ---
  {
    id: 'medical',
    label: 'medical care',
    kind: 'service',
    provider:
      'doctor|doctors|physician|physicians|surgeon|surgeons|nurse|nurses|md|dermatologist|cardiologist|oncologist|pediatrician|paediatrician|neurologist|orthopedic surgeon|orthopaedic surgeon|radiologist|endocrinologist|gynecologist|obgyn|dentist|orthodontist|physiotherapist|physical therapist|physio|chiropractor|optometrist|ophthalmologist|gp|general practitioner|clinician|clinicians|specialist doctor|practices medicine|er doctor|emergency physician|midwife|pharmacist|doctor at|consultant surgeon|consultant physician|medical doctor|sports medicine|sleep doctor|sleep specialist|sleep physician|sleep clinician|gp at|family doctor|pediatric|paediatric|dermatology|cardiology|orthopaedics|orthopedics|physiotherapy clinic|physio clinic|rehab clinic|nurse practitioner|medical advisor|clinical advisor|clinician at|practising doctor|practicing physician|occupational therapist|speech therapist|speech and language therapist|podiatrist|audiologist|dietitian|dietician|nutritionist|obstetrician|health visitor|doula|nurse specialist|community nurse|district nurse|practice nurse|osteopath|osteopaths|osteo|sports massage therapist|optician|opticians',
    topic:
      'medical|medical second opinion|diagnosis|symptoms|treatment|surgery|knee|acl|torn|tore|sprain|fracture|broken|mri|scan|x ray|sports injury|sports injuries|back pain|injury|cancer|heart|skin|rash|pregnancy|fertility|ivf|allergy|allergies|migraine|diabetes|medication|prescription|health issue|health problem|appointment|physiotherapy|rehab|dental|teeth|doctor|a doctor|see a doctor|medical advice|medical question|health question|health concern|worried about|pain|hurts|injured|hurt his|hurt her|tore his|tore her|torn ligament|ligament|shoulder|hip|wrist|ankle|bone|joints|mole|moles|acne|eczema|psoriasis|skin doctor|skin issue|skin problem|child doctor|kids doctor|blood test|test results|lab results|scan results|surgeon for|surgery for|operation|recovery|physio for|rehab for|sleep|insomnia|sleep problems|sleep clinic|clinical|clinical advisor|clinical side|medical advisor|medical advisory|health advisor|pregnant|birth|giving birth|antenatal|prenatal|postnatal|birth plan|labour|labor|due date|symptom|a specialist|quick opinion|second opinion|medical opinion|check up|checkup|health check|blood pressure|cholesterol|hearing|hearing loss|diet|nutrition|weight loss|falls|keeps falling|mobility|dizziness|physical therapy|type 1|type 2|diabetic|newly diagnosed|my back|bad back|hurt my back|done my back|neck pain|can barely bend|slipped disc|sciatica|hip op|knee op|one pupil bigger|pupil bigger|pupils different sizes|blurry vision|eye problem|my eyes|eye doctor|eye care|eye surgery|eye test|my eye|her eye|his eye|knees keep|my knees|knee pain',
    related: ['mental-health', 'fitness', 'healthcare'],
  },
  {
    id: 'mental-health',
    label: 'mental health',
    kind: 'service',
    provider:
      'therapist|therapists|psychologist|psychologists|psychiatrist|psychiatrists|counselor|counsellor|counselors|psychotherapist|clinical psychologist|licensed therapist|grief counselor|couples therapist|family therapist|family therapy|adolescent therapist|child psychologist|teen therapist|bereavement counsellor|bereavement counselor|perinatal mental health nurse|perinatal mental health|perinatal',
    topic:
      'therapy|anxiety|burnout|mental health|depression|stress|grief|counseling|counselling|panic attacks|adhd|trauma|couples therapy|emotional support|wellbeing|well being|running on empty|can t switch off|cant switch off|switch off|exhausted|overwhelmed|stressed|struggling mentally|mental|emotionally|feeling low|low mood|panic|worry|worrying|sleepless|professional help|assessment|diagnosed|diagnose|adhd assessment|autism assessment|cbt|therapy for|counselling for|support for founders|founder wellbeing|resilience|someone to talk to|talk to someone|really low|feeling down|screen time|screen use|gaming addiction|addicted to gaming|addicted to games|out of control|bereavement|bereaved|lost my|grieving|widower|widow|widowed|postnatal depression|post natal depression|baby blues|crying all the time|not coping|can t cope|cant cope|passed away|my wife passed|my husband passed|lost my wife|lost my husband|lonely|loneliness|won t come off|xbox|playstation|gaming too much|rows every|constant rows|rows at home|evenings are the worst',
    related: ['medical', 'mentoring'],
  },
  {
    id: 'fitness',
    label: 'fitness and wellness',
    kind: 'service',
    provider:
      'personal trainer|fitness coach|yoga teacher|yoga instructor|pilates instructor|nutritionist|dietitian|dietician|running coach|strength coach|gym owner|triathlon coach|tri coach|endurance coach|cycling coach|swim coach',
    topic:
      'fitness|workout|workouts|training plan|lose weight|weight loss|nutrition|diet|yoga|pilates|marathon|strength training|gym|wellness|meal plan|get strong|get stronger|get fit|strength|back in shape|get in shape|out of shape|exercise|exercising|training|train for|personal training|workout plan|fitness plan|years at a desk|desk job|posture|mobility work|stretching|run a marathon|first marathon|half marathon|5k|10k|lose a few kilos|healthy eating|eat better|ironman|triathlon|triathlons|triathlete|duathlon|sportive|ultramarathon|ultra marathon|open water swimming',
    related: ['medical', 'sports'],
  },
  {
    id: 'sports',
    label: 'sports coaching',
    kind: 'service',
    provider:
      'pitching coach|baseball coach|tennis coach|football coach|soccer coach|basketball coach|golf coach|golf pro|swim coach|swimming coach|ski instructor|climbing instructor|sports coach|pitcher|former pitcher|athlete|pro athlete|bouldering wall|climbing wall|climbing centre|climbing center|climbing gym|bouldering gym|kids clubs|junior sessions|goalie|goalkeeper|happy to guest|plays for',
    topic:
      'baseball|pitching lessons|pitching mechanics|little league|tennis|football|soccer|basketball|golf|swimming|swim lessons|skiing|climbing|cricket|rugby|hockey|volleyball|batting|sports|athletics|softball|throw harder|throwing|throw|pitch speed|pitching velocity|little league team|sports lessons|lessons for my son|lessons for my daughter|coaching for my son|coaching for my daughter|private lessons|swing|serve|backhand|forehand|ski lessons|learn to ski|learn to swim|learn to surf|surf lessons|baseball pitching|pitching practice for|pitching drills|goalkeeper|keeper for|a keeper|need a keeper|goalie|sunday league|five a side|11 a side|need a player|extra player',
    related: ['fitness'],
  },
  {
    id: 'childcare',
    label: 'childcare and family',
    kind: 'service',
    provider:
      'nanny|nannies|babysitter|babysitters|au pair|childminder|daycare|nursery|preschool|parenting coach|our nanny|nanny has|nanny with|childminder with|babysitter with|free afternoons|free mornings|spare days|nanny share available|au pair available|sleep consultant|baby sleep consultant|night nanny|maternity nurse|lactation consultant|breastfeeding counsellor|ofsted registered|nursery manager|childminders|creche|adoption agency|fostering agency|foster carer|social worker',
    topic:
      'childcare|child care|babysitting|kids|kid|toddler|baby|newborn|parenting|school run|after school|daycare place|nursery place|after school care|school pickup|pick up from school|pickup|childminding|babysit|babysitting help|care for a|a three year old|two year old|three year old|four year old|toddlers|children|kids club|holiday club|nanny share|nanny for|au pair for|someone to watch the kids|look after the kids|look after our|baby sleep|sleep training|the baby|our baby|her baby|his baby|new parents|new parent|new mum|new dad|night feeds|wakes at night|wakes up at night|wakes every|postpartum|breastfeeding|month old|year old|going back to work|back to work|daytime care|day care|childcare costs|infant|infants|under 3s|under threes|preschooler|potty training|tantrums|behaviour at home|adopt|adopt a child|adoption|fostering|foster|foster care',
    related: ['education'],
  },
  {
    id: 'home',
    label: 'home repairs and renovation',
    kind: 'service',
    provider:
      'plumber|plumbers|electrician|electricians|contractor|builder|builders|handyman|carpenter|roofer|painter|architect|architects|general contractor|renovation company|landscaper|gardener|interior designer|interior designers|interior architect|home stager|cleaner|cleaning service|movers|moving company|builder for|contractor for|installer|installs|certified installer|trades|tradesperson|joiner|tiler|decorator|painter decorator|structural engineer|surveyor|building surveyor|planning consultant|residential architect|house architect|office fit outs|fit outs|residential interiors|home designer|removal company|removals company|man with a van|roofers|tradespeople|trades people|bricklayer|plasterer|glazier|site manager|building contractor|main contractor|loft company|kitchen fitter|bathroom fitter|damp specialist|handymen|odd jobs|welder|welders|metalworker|blacksmith|gate maker|fencer|fencing contractor|sparky|sparkies|upholsterer|upholsterers|upholstery|furniture restorer|furniture restoration|french polisher|antique restorer|has a van|removals|removal firm|catering equipment engineer|commercial kitchen engineer|gas safe engineer|gas engineer|heating engineer|boiler engineer|tree surgeon|tree surgeons|arborist|damp surveyor',
    topic:
      'renovation|renovate|renovating|remodel|remodeling|kitchen|bathroom|leak|plumbing|wiring|extension|roof|garden|landscaping|interior design|interiors|furniture|decor|home staging|floor plan|build a house|cleaning|moving house|add a floor|second storey|second story|extra storey|loft|loft conversion|house extension|planning permission|planning application|build an extension|knock through|wall|walls|house renovation|home renovation|fix the|repair|repairs|broken boiler|boiler|heating|leaking|damp|mould|rewiring|charger|ev charger|car charger|install|installation|solar panels at home|fit out|fitout|office fit out|layout|furniture layout|furnish|furnishing|interior|interiors for|decorate|decorating|redecorating|office design|home office|new kitchen|new bathroom|house move|house moves|moving home|moving flat|removals|removal company|roof leak|leaking roof|leaky roof|gutter|gutters|tradesperson nearby|reliable builder|reliable builders|trustworthy builder|local builder|building work|building works|rear extension|side return|knock down a wall|take out a wall|take down a wall|open plan|drains|blocked drain|dry rot|subsidence|cracks in the wall|new roof|re roof|garage conversion|convert the garage|converting the garage|turn the garage into|leaks|water coming through|water through the ceiling|burst pipe|burst pipes|flooded|dripping|no hot water|blocked toilet|socket|sockets|plug socket|outdoor socket|rewire|fuse box|fuse board|consumer unit|light fitting|light fittings|charging point|move flat|move house|shift a sofa|move a sofa|moving boxes|small move|single items|armchair|armchairs|reupholster|reupholstering|re cover|old furniture|antique furniture|furniture repair|allotment|veg patch|vegetable patch|gardening|digging|weeding|overgrown garden|ceiling came down|ceiling collapsed|ceiling|cracked ceiling|plastering|draught|draughts|draft under|draughty|draught proofing|draught excluder|extractor fan|extraction|overhanging|oak tree|tree cutting|cutting back|pruning|felling|stump|hedge cutting|black mould|condensation|rising damp|sofa|move my stuff|moving stuff|moving her stuff|moving his stuff|moving mums stuff',
    related: ['real-estate'],
  },
  {
    id: 'education',
    label: 'education and tutoring',
    kind: 'service',
    provider:
      'teacher|teachers|tutor|tutors|professor|professors|lecturer|instructor|instructors|admissions consultant|college counselor|educational consultant|headteacher|principal|dean|teaches|taught|course creator|bootcamp instructor|language teacher|tutoring service|tutoring company|private tutor|online tutor|coach for exams|exam coach|admissions advisor|admissions coach|former admissions|ex admissions|admissions officer|essay coach|language school|teaches spanish|teaches german|teaches french|teaches english|spanish teacher|german teacher|french teacher|english teacher|math teacher|maths teacher|physics teacher|science teacher|music teacher|piano teacher|coding teacher|dyslexia specialist|dyslexia assessor|dyslexia teacher|sen teacher|special needs teacher|send specialist|educational psychologist|learning support|learning support teacher|literacy tutor|reading tutor|english tutor|eleven plus tutor|11 plus tutor|exam tutor|gcse tutor|a level tutor|homework club|study skills coach|dyslexia tutor|sen tutor|specialist teacher|admissions appeal adviser|school appeals',
    topic:
      'tutoring|tutor|course|courses|class|classes|lessons|learn|learning|study|studying|exam|exams|exam prep|sat|gmat|gre|ielts|admissions|college application|college applications|university application|mba application|mba|phd application|school|schools|homework|curriculum|math|maths|physics|chemistry|bootcamp|language lessons|learn spanish|learn german|learn japanese|struggling with|struggling at school|a level|a levels|gcse|gcses|ib|ap|homework help|grades|exam results|university|uni|college|business school|b school|mba essays|admissions essays|essays|application essays|personal statement|apply to|applying to|learn the language|learn a language|language fast|speak spanish|speak german|speak french|speak japanese|spanish lessons|german lessons|french lessons|japanese lessons|language tutor|conversation practice|learn to code|coding lessons|teach me|teach my|teach our|lessons for|spelling|literacy|numeracy|handwriting|dyslexia|dyslexic|dyscalculia|learning difficulty|learning difficulties|learning disability|special needs|entrance exam|entrance exams|entrance test|grammar school|eleven plus|11 plus|common entrance|sats|test prep|exam technique|falling behind|behind at school|school work|schoolwork|reading age|reading difficulties|learning to read|reading support|reading help|autism|autistic|ehcp|sen support|special educational needs|school support|reads behind|reading behind|reads way behind|mixes up b and d|school appeal|admissions appeal|appeal panel|school place|didn t get a place|secondary choices|school admissions',
    related: ['research', 'childcare'],
  },
  {
    id: 'research',
    label: 'academic research',
    kind: 'service',
    provider:
      'professor|researcher|researchers|phd|phd student|postdoc|research scientist|principal investigator|academic|academics|lab|research lab|scientist|scientists|phd in|research group|lab head|group leader|faculty|associate professor|assistant professor|lecturer in|reader in|chair of|department of|university of|institute|research institute|research centre|research center|open to industry collaborations|industry collaborations|collaborates with industry|consults for industry|core facility|core facility manager|lab services|analytical lab|testing lab|tissue culture specialist|cell culture specialist|lab technician|lab manager|astronomer|astrophysicist|physicist|biologist|chemist|ecologist|geologist|senior lecturer',
    topic:
      'research|study|paper|papers|academic|academia|peer review|literature review|scientific|science|clinical study|research collaboration|lab access|university partnership|experiment|experiments|evidence|publication|academic partner|academic partners|academic collaboration|university lab|university partner|research partner|research partners|validate|validation|validate our|test our materials|independent testing|lab testing|lab tests|scientific advisor|science advisor|scientific advice|technical validation|peer reviewed|publish|co author|phd students|research grant|cell chemistry|chemistry|materials|biology|protein|genomics|neuroscience|physics research|mass spec|mass spectrometry|lc ms|proteomics|metabolomics|sample analysis|lab analysis|sequencing|assay|assays|cell culture|cell cultures|tissue culture|mycoplasma|cell lines|lab work|phd position|phd place|phd studentship|doctoral position|studentship|funded phd|marine biology|astronomy',
    related: ['education', 'data-ml'],
  },
  {
    id: 'translation',
    label: 'translation and languages',
    kind: 'service',
    provider:
      'translator|translators|interpreter|interpreters|native speaker|localization agency|localisation agency|bilingual|fluent in|speaks|english translator|japanese translator|german translator|spanish translator|french translator|translation agency|translation services|localisation services|localization services|certified translator|sworn translator|business interpreter|conference interpreter|subtitler|subtitlers|captioner|captioning service|dubbing studio|transcriber|transcription service|certified translation service|legal translator|medical translator|literary translator|bsl teacher|bsl tutor|sign language teacher|sign language interpreter|bsl interpreter',
    topic:
      'translation|translations|translate|translating|localization|localisation|localize|interpreting|subtitles|in japanese|in german|in spanish|in french|in mandarin|in chinese|in portuguese|in korean|in arabic|japanese version|translated|translate our|translate the|localise|localize the|localised|localized|multilingual|other languages|language versions|into spanish|into german|into french|into japanese|into chinese|into english|english to|to english|japanese speaker|german speaker|spanish speaker|french speaker|mandarin speaker|chinese speaker|korean speaker|arabic speaker|portuguese speaker|italian speaker|russian speaker|dutch speaker|hindi speaker|speaks japanese|speaks german|speaks mandarin|captions|captioning|subtitling|dubbing|dubbed|officially translated|certified translation|certified translations|official translation|documents translated|certificate translated|court papers|apostille|from german|from spanish|from french|from japanese|from chinese|from italian|from polish|from portuguese|from arabic|from russian|from dutch|transcription|transcribe|transcripts|sign language|bsl|asl|british sign language|makaton',
  },
  {
    id: 'media-production',
    label: 'photo and video production',
    kind: 'service',
    provider:
      'photographer|photographers|videographer|videographers|video editor|filmmaker|filmmakers|director of photography|production company|animator|animators|motion graphics artist|sound engineer|music producer|podcast producer|video producer|video agency|photo studio|video studio|film studio|production studio|videography|video production|content studio|freelance photographer|freelance videographer|commercial photographer|product photographer|portrait photographer|headshot photographer|editor for video|makes videos|shoots video|shoots photos',
    topic:
      'photo|photos|photography|headshot|headshots|photoshoot|photo shoot|product photos|product photography|video|videos|film|filming|animation|explainer video|video editing|promo video|brand video|shoot|b roll|podcast editing|music|soundtrack|pictures|pictures of|team photos|team pictures|portrait|portraits|profile photos|product shots|photos of|shoot for|video explaining|explainer|product video|launch video|demo video|video ad|video ads|youtube video|film the|camera|editing footage|footage|motion graphics|animated|animated video|60 second video|short video',
    related: ['brand', 'social', 'marketing'],
  },
  {
    id: 'events',
    label: 'events and conferences',
    kind: 'service',
    provider:
      'event organizer|event organiser|event planner|events organizer|conference organizer|conference organiser|runs a conference|runs conferences|organizes conferences|organises conferences|runs meetups|runs a meetup|organizes meetups|meetup organizer|curator|program committee|programme committee|venue|venues|venue manager|caterer|catering company|festival director|hosts events|host events|runs events|event space|has an event space|has a venue|seat event space|event hosting|hosts meetups|runs a festival|festival|organises|organizes|organiser|organizer|programmer|curates talks|curates speakers|books speakers|booking speakers|looking for speakers|calls for speakers|call for speakers|speaker slots|community events|meetup host|meetup series|venue owner|venue hire|space hire|event producer|event producers|event production|event management|event manager|events company|event agency|offsite planner|destination management|dmc|wedding planner|wedding planners|wedding organiser|wedding organizer|party planner|event caterer|event catering|events caterer|church hall|community hall|village hall|hall available|room hire|function room',
    topic:
      'event|events|conference|conferences|meetup|meetups|summit|offsite|retreat|venue|venues|space for an event|event space|catering|speaking slot|speaking slots|speak at|speaking at|sponsor a conference|sponsorship|booth|trade show|trade fair|hackathon|demo day|workshop|workshops|panel|panels|dinner|launch party|slot on stage|on stage|speaking opportunity|speaking opportunities|speak at events|talk at|present our|demo at|showcase|exhibit|exhibiting|host an event|hosting an event|run an event|event for|meetup space|room for a|space for a meetup|venue for|book a venue|event venue|conference room|meeting room|auditorium|party|launch event|company offsite|team offsite|offsite for|retreat for|conference tickets|tickets|away day|away days|team trip|take staff away|staff away|company retreat|corporate retreat|team building|food for|wedding|get married|getting married|our wedding|their wedding|hen party|stag party|canapes|buffet|gala|awards night|christmas party|birthday party|celebration|new venue|somewhere to meet|club nights',
    related: ['speaking', 'press'],
  },
  {
    id: 'speaking',
    label: 'speaking',
    kind: 'service',
    provider:
      'speaker|speakers|keynote speaker|public speaker|gives talks|speaks at|spoken at|moderator|panelist|panellist|emcee|mc|speaking coach|public speaking coach|presentation coach|tedx speaker|speaks about|talks about|gives keynotes|keynotes on|speaker on|speaker about|professional speaker|motivational speaker|speaker bureau|speakers bureau|toastmaster|toastmasters|speaking trainer|voice coach|media trainer|media training|public outreach|outreach talks|science communicator|gives public talks',
    topic:
      'keynote|keynotes|public speaking|presentation skills|stage presence|moderate a panel|panel moderator|panelists|ted talk|speaking|speaking engagement|speaking engagements|speaking at|speaking slot|speaking opportunities|speaking invitations|speaking skills|nervous speaker|tedx|give a talk|fireside chat|presenting|presentation|present at|nervous about presenting|stage fright|keynote on|a keynote|speaker on|speaker for|speaker about|talk on|talk about|give a keynote|speaking gig|speaker for our|someone to speak|inspirational speaker|motivational speaker|host for|emcee for|moderator for|presenting at|presentations|pitch on stage|stage nerves|public speaking fear|confidence on stage',
    related: ['events', 'mentoring'],
  },
  {
    id: 'travel',
    label: 'travel and local knowledge',
    kind: 'service',
    provider:
      'travel agent|tour guide|local guide|lives in|based in|knows the city|expat|expats|lived in|has lived|used to live|lives there|local in|knows the scene|knows the startup scene|knows everyone in|well connected in|connected in|native of|grew up in|from tokyo|from berlin|from london|from lisbon|from paris|from singapore|from new york|travel designer|trip planner|tour operator|holiday planner|travel consultant|tailor made trips|tailor made holidays',
    topic:
      'travel|trip|visiting|itinerary|vacation|holiday|honeymoon|local tips|recommendations in|moving abroad|expat life|settling in|local knowledge|local contacts|explore the market|exploring the market|month in|week in|trip to|visit|going to|heading to|travelling to|traveling to|in town|city guide|neighbourhoods|neighborhoods|where to stay|where to live|tips for|ecosystem in|scene in|startup scene|landing in',
    related: ['housing', 'immigration'],
  },
  {
    id: 'food',
    label: 'food and hospitality',
    kind: 'service',
    provider:
      'chef|chefs|private chef|caterer|caterers|restaurateur|restaurant owner|sommelier|baker|food scientist|food technologist|bartender|mixologist|restaurant consultant|hospitality consultant|hotel manager|revenue manager|hotel revenue manager|hotelier|innkeeper|food and beverage consultant|bar consultant|hotel consultant|restaurant manager|general manager of a restaurant|cafe owner|pub landlord|brewer|food safety consultant|environmental health officer',
    topic:
      'restaurant|restaurants|catering|menu|recipe|recipes|food|cooking|kitchen|wine|bakery|cafe|coffee shop|food truck|hospitality|cpg food|beverage|drinks|bistro|brasserie|hotel|hotels|bed and breakfast|b and b|guesthouse|guest house|booking com|room rates|occupancy|open a restaurant|opening a restaurant|open a cafe|opening a cafe|own restaurant|pub|menu design|food costs|front of house|kitchen layout|hospitality business|table bookings|online bookings|booking channels|food safety|food hygiene|haccp|allergen labelling|food labelling|food standards|hygiene rating|food business registration|register a food business|chutney|chutneys|jam|jams|preserves|homemade food|home baking|takeaway|sell food|selling food|register with the council|food licence|food license|a proper spread|buffet|funeral tea|wakes|feed about',
    related: ['events', 'manufacturing'],
  },
  {
    id: 'nonprofit',
    label: 'nonprofit and philanthropy',
    kind: 'service',
    provider:
      'philanthropist|philanthropists|donor|donors|major donor|foundation director|program officer|impact investor|board of a charity|charity trustee|trustee|nonprofit consultant|volunteer coordinator|development director|director of development|head of fundraising|fundraising director|charity fundraiser|major gifts officer|major gifts|nonprofit lawyer|charity lawyer|charity accountant|volunteer manager|community organiser|community organizer|charity consultant|nonprofit advisor|nonprofit adviser|raised from foundations|raised from donors',
    topic:
      'nonprofit|non profit|charity|charities|donation|donations|donate|philanthropy|impact|social impact|volunteers|volunteering|ngo|fundraising gala|endowment|social enterprise|community project|community projects|co op|coop|cooperative|community energy|community solar|social good|charitable|mission driven|impact project|volunteer|donor intros|funding for a charity|nonprofit funding|food bank|food banks|homeless|homelessness|shelter|tax exempt|tax exempt status|501c3|501 c 3|register a charity|registered charity|charity registration|charitable status|charity commission|major gifts|big gifts|big donors|donor cultivation|legacy giving|helping hands|volunteer day|clean up day|community day|litter pick|give back|giving back|good cause|local cause|community group|community groups|grassroots|beach clean|park clean up|treasurer role|trustee role|charity treasurer',
    seekersSayTopic: true,
    related: ['grants'],
  },
  {
    id: 'government',
    label: 'government and policy',
    kind: 'service',
    provider:
      'policy advisor|public affairs|lobbyist|civil servant|city council|councillor|council member|government official|regulator|mayor|public sector|works in government|ministry|procurement officer|public sector consultant|bid manager|bid consultant|tender consultant|tender writer|government relations|former civil servant|ex civil servant|policy adviser|policy advisers|public affairs consultant|ex councillor|former councillor|city councillor|council officer|planning officer|procurement specialist|public procurement expert|govtech advisor|procurement consultant|procurement adviser|procurement advisor|bid writer for tenders',
    topic:
      'government|policy|public policy|lobbying|public procurement|tender|tenders|city hall|municipal|regulators|permits|permit|licence|license|public sector contracts|govtech|legislation|council|local council|city|public sector|government contracts|sell to government|selling to government|work with government|working with the council|regulator|regulatory approval|approvals|planning department|ministry|agency|public funding body|policy makers|policymakers|mp|member of parliament|congress|senator|bidding|bid for|bids|government agencies|government agency|public tenders|public tender|framework agreement|g cloud|whitehall|westminster|parliament|policy making|government rules|local authority|local authorities|council objects|planning objection|planning committee|public body|public bodies|nhs procurement|state government|federal government|federal contracts|civil service',
    related: ['legal', 'customers'],
  },
  {
    id: 'expansion',
    label: 'international expansion',
    kind: 'service',
    provider:
      'country manager|general manager|gm|head of international|international expansion lead|market entry consultant|opened the market|opened the german market|opened the us market|launched in|expanded to|expanded into|led expansion|export advisor|trade advisor|chamber of commerce|trade commissioner',
    topic:
      'expand to|expanding to|expand into|expanding into|expansion|international expansion|enter the market|entering the market|market entry|new market|new markets|go international|going international|launch in|launching in|us expansion|europe expansion|expand abroad|expand internationally|first international market|open an office in|the german market|the us market|the uk market|the french market|the japanese market|the indian market|the chinese market|the european market|the american market|foreign market|foreign markets|market knowledge',
    related: ['sales', 'legal', 'partnerships'],
  },
  // --- wider fields: care, trades, land, retail, games, energy, animals ---
  {
    id: 'clinical-trials',
    label: 'clinical trials and life-science regulation',
    kind: 'service',
    provider:
      'cro|contract research organisation|contract research organization|clinical research associate|clinical research associates|clinical trial manager|clinical operations|clinical operations lead|clinical project manager|site monitor|trial monitor|clinical trials consultant|regulatory affairs|regulatory affairs consultant|regulatory consultant|regulatory specialist|qa ra|quality and regulatory|medical writer|principal investigator|trial coordinator',
    topic:
      'clinical trial|clinical trials|phase i|phase ii|phase iii|phase 1|phase 2|phase 3|first in human|patient recruitment|enrol patients|enroll patients|recruit patients|find the patients|study sites|trial sites|site monitoring|study protocol|irb|ethics approval|fda|fda approval|fda clearance|510k|510 k|ce mark|ce marking|mdr|medical device regulation|notified body|mhra|ema|regulatory submission|regulatory pathway|clinical evaluation|iso 13485|drug development|drug trial|device approval',
    seekersSayTopic: true,
    related: ['medical', 'research'],
  },
  {
    id: 'elder-care',
    label: 'care for older people',
    kind: 'service',
    provider:
      'care home|care homes|carer|carers|caregiver|caregivers|home care|home care agency|care agency|care worker|care workers|companion|companions|companionship|befriender|befriending service|care adviser|care advisor|care home adviser|later life adviser|later life advisor|elderly care advisor|geriatrician|dementia nurse|dementia specialist|admiral nurse|occupational therapist|live in carer|day centre|day center|installs chair lifts|installs stairlifts|grab rails',
    topic:
      'elderly|older people|older person|older adults|older parent|older parents|ageing parent|aging parent|ageing parents|aging parents|elderly parent|elderly mother|elderly father|grandad|granddad|grandma|grandpa|granny|grandmother|grandfather|dementia|alzheimer|alzheimers|residential care|nursing home|assisted living|living alone|lives alone|lonely|loneliness|isolated|falls|keeps falling|stairlift|home adaptations|daily living|later life|retirement home|care fees|paying for care|pop in|respite care|end of life|hospice|forgetting things|keeps forgetting|memory loss|memory problems|memory clinic|repeating himself|repeating herself|getting confused|can t be left on her own|can t be left on his own|left on her own|left on his own|can t be left alone|day centre|day center|respite|sitting service|bath safely|in or out of the bath|in and out of the bath|grab rails|stair lift|chair lift|mobility aids',
    seekersSayTopic: true,
    related: ['medical', 'home'],
  },
  {
    id: 'agriculture',
    label: 'farming and agriculture',
    kind: 'service',
    provider:
      'agronomist|agronomists|farmer|farmers|grower|growers|farm advisor|farm adviser|agricultural consultant|crop consultant|livestock farmer|dairy farmer|arable farmer|sheep farmer|vertical farm|runs a farm|runs a vertical farm|smallholder|horticulturist|soil scientist|farm manager|land agent|vet for livestock|farm vet|livery yard|livery yard owner|stables|equestrian centre|sells seeds|seed library',
    topic:
      'farm|farms|farming|agriculture|agricultural|agtech|ag tech|crops|crop|soil|soil health|fertiliser|fertilizer|harvest|livestock|cattle|cows|dairy|milking|sheep|pigs|poultry|irrigation|greenhouse|greenhouses|hydroponics|vertical farming|indoor farming|grow lights|growing indoors|lettuce|vegetables|orchard|agronomy|barn|field trials|yields|pesticides|regenerative|hay|straw|haylage|silage|bales|acres|wildflower meadow|meadow|heritage seed|heritage seeds|seed swap|seed potatoes|veg seeds|seed varieties|ponies|horses|pony',
    seekersSayTopic: true,
    related: ['food', 'research'],
  },
  {
    id: 'construction',
    label: 'construction and building',
    kind: 'service',
    provider:
      'quantity surveyor|quantity surveyors|cost consultant|construction manager|construction consultant|construction project manager|structural engineer|structural engineers|civil engineer|clerk of works|building surveyor|building control|estimator|construction estimator|chartered surveyor|chartered building surveyor',
    topic:
      'construction|build cost|build costs|construction cost|construction costs|building costs|cost to build|cost plan|cost estimate|tender pricing|new build|office block|commercial build|building project|construction project|load bearing|load bearing wall|supporting wall|holds the house up|steel beam|steel beams|rsj|structural|structural calculations|beams|knock through|knocking through|underpinning|house foundations|building foundations|structural survey|homebuyer survey|level 3 survey|look it over|look over the house|before we exchange',
    seekersSayTopic: true,
    related: ['home', 'real-estate'],
  },
  {
    id: 'ecommerce',
    label: 'e-commerce and retail',
    kind: 'service',
    provider:
      'shopify developer|shopify expert|shopify agency|ecommerce consultant|e commerce consultant|ecommerce manager|e commerce manager|marketplace manager|amazon seller|amazon agency|amazon consultant|amazon specialist|etsy seller|woocommerce developer|visual merchandiser|merchandiser|retail consultant|store designer|retail designer|ecommerce agency',
    topic:
      'ecommerce|e commerce|online store|online shop|web shop|webshop|sell online|selling online|shopify|woocommerce|bigcommerce|etsy|amazon|amazon fba|marketplace listing|marketplace listings|product listings|abandoned cart|online sales|boutique|shop owner|store owner|retail store|physical store|bricks and mortar|shop window|shop windows|window display|window displays|store layout|store layouts|merchandising|footfall|in store|shop front|shopfront|retail|sell handmade|selling handmade|website to sell|own site|own website|her own site|his own site',
    seekersSayTopic: true,
    related: ['marketing', 'sales'],
  },
  {
    id: 'creator-growth',
    label: 'audience growth for podcasts and channels',
    kind: 'service',
    provider:
      'youtube strategist|youtube consultant|youtube coach|creator coach|channel manager|podcast host|podcast booker|podcast booking agent|guest booker|podcast producer|podcast editor|audio producer|audio engineer|podcast agency|podcast network',
    topic:
      'podcast|podcasts|audio|audio editing|show notes|episode|episodes|start a show|youtube|youtube channel|subscribers|subscribe|views|thumbnails|content creator|creator|creators|youtuber|grow my channel|grow the channel|audience growth|be a guest|get booked|booked as a guest|guest on podcasts|guest on shows|podcast guest|podcast tour|guest spots|interview show|interviewing|listeners|downloads|my channel|her channel|his channel|our channel',
    seekersSayTopic: true,
    related: ['media-production', 'press', 'social'],
  },
  {
    id: 'gaming',
    label: 'games',
    kind: 'service',
    provider:
      'game designer|game designers|game developer|game developers|game dev|games developer|unity developer|unreal developer|level designer|game publisher|games publisher|publishing lead|game producer|game artist|game studio|games studio|indie developer',
    topic:
      'game|games|gaming|video game|video games|mobile game|mobile games|indie game|indie games|platformer|unity|unity engine|unreal|unreal engine|steam|nintendo switch|console|consoles|level design|game economy|progression|puzzle game|game design|playtesting|playtest|publisher for|publishing deal|gamers|player retention|player engagement',
    seekersSayTopic: true,
    related: ['engineering', 'design'],
  },
  {
    id: 'energy',
    label: 'energy and solar',
    kind: 'service',
    provider:
      'solar installer|solar installers|solar company|solar engineer|energy broker|energy brokers|energy consultant|energy advisor|energy adviser|energy auditor|energy assessor|heat pump installer|heat pump engineer|electricity supplier|energy supplier|renewables developer|retrofit coordinator|insulation installer',
    topic:
      'energy audit|energy audits|home energy audit|solar|solar panels|rooftop solar|pv|photovoltaic|heat pump|heat pumps|batteries|home battery|electricity|electricity bill|electricity bills|energy bill|energy bills|power bill|power bills|gas bill|energy costs|energy prices|energy supply|supply deal|energy contract|energy contracts|kwh|net zero|energy efficiency|insulation|retrofit|power costs|utility bills|feed in tariff',
    seekersSayTopic: true,
    related: ['home', 'f-climate'],
  },
  {
    id: 'pets',
    label: 'pets and animals',
    kind: 'service',
    provider:
      'vet|vets|veterinarian|veterinarians|veterinary|veterinary surgeon|vet nurse|dog trainer|dog behaviourist|dog behaviorist|pet sitter|dog walker|dog walkers|groomer|dog groomer|cat sitter|animal behaviourist|canine behaviour specialist|canine behaviourist|canine behavior specialist|dog behaviour specialist',
    topic:
      'dog|dogs|puppy|puppies|cat|cats|kitten|kittens|pet|pets|rescue dog|rescue puppy|limping|limp|paw|paws|animal|animals|pet insurance|vaccinations|neutering|dog training|barking|reactive dog|reactivity|lunges|lunging|barks|barks at|pups|rescue we adopted',
    related: ['medical'],
  },
  {
    id: 'home-security',
    label: 'home security',
    kind: 'service',
    provider:
      'alarm installer|cctv installer|security installer|security systems installer|home security company|locksmith|locksmiths',
    topic:
      'home security|cctv|security cameras|camera system|alarm|alarms|burglar alarm|break in|break ins|burglary|burglaries|burgled|doorbell camera|video doorbell|locks|new locks|safer at home|cctv cameras|cameras at home|cameras outside|outdoor cameras',
    related: ['home'],
  },
  {
    id: 'it-support',
    label: 'IT support',
    kind: 'service',
    provider:
      'it support|it consultant|it technician|it contractor|it manager|it admin|sysadmin|system administrator|systems administrator|managed service provider|managed it|msp|helpdesk technician|it guy|it person|it company|computer repair|computer technician|network engineer|sets up online|booking system|appointment scheduling|scheduling software',
    topic:
      'wifi|wi fi|laptop|laptops|computers|printer|printers|network|office network|router|email setup|set up email|google workspace|microsoft 365|office 365|it setup|it problems|it issues|tech support|device management|backups|backup|data recovery|broken laptop|slow computer|it security|new starters laptops|mdm|wifi drops|wifi keeps dropping|office wifi|network issues|internet keeps dropping|internet keeps cutting out|booking system|online booking|appointment booking|no shows|no showing|company email|work email|business email|gmail|email set up',
    related: ['devops', 'security'],
  },
  {
    id: 'customer-support',
    label: 'customer support',
    kind: 'service',
    provider:
      'customer support lead|head of support|support manager|customer service manager|cx consultant|customer experience consultant|call centre|call center|contact centre|contact center|outsourced support|support agency|zendesk consultant|intercom expert|customer success manager|head of customer success',
    topic:
      'customer support|customer service|help desk|helpdesk|support inbox|support tickets|tickets|ticket backlog|support team|support queue|zendesk|intercom|freshdesk|live chat|complaints|customer complaints|customer experience|cx|response times|faq|knowledge base|customer success|churned customers|onboarding calls',
    related: ['operations', 'customers'],
  },
  {
    id: 'writing',
    label: 'writing and publishing',
    kind: 'service',
    provider:
      'ghostwriter|ghost writer|ghostwriters|literary agent|literary agents|book editor|copy editor|copyeditor|developmental editor|proofreader|publisher|publishers|book publisher|author|authors|novelist|writing coach|book coach|speechwriter|speech writer|technical writer|grant writer for books|journalist turned author',
    topic:
      'book|books|memoir|novel|manuscript|first novel|book proposal|publishing|publish a book|self publishing|self publish|get published|publishing deal|book deal|chapters|editing my book|proofreading|proofread|speech|wedding speech|best man speech|toast|write a book|writing a book|non fiction|fiction|poetry|children s book|childrens book|audiobook',
    seekersSayTopic: true,
    related: ['seo-content', 'press'],
  },
  // No "car", "cars" or "servicing" alone: phrases match by lemma, which reads "care" as "car" and
  // "services" as "servicing" (a talk on primary care was a garage, "engine" matched "services").
  {
    id: 'automotive',
    label: 'cars and vehicles',
    kind: 'service',
    provider:
      'mechanic|mechanics|car mechanic|garage|car garage|auto repair|car dealer|car dealers|car dealership|dealership|body shop|panel beater|mot centre|tyre fitter|car detailer|driving instructor|fleet manager',
    topic:
      'my car|the car|a car|our car|our cars|his car|her car|van repair|car repair|car service|car servicing|van servicing|service my car|mot|brakes|tyres|tires|engine|gearbox|clutch|grinding noise|warning light|bodywork|dent|scratch|used car|buy a car|buying a car|sell my car|lease a car|ev|electric car|driving lessons|learn to drive|driving test',
    related: ['f-mobility'],
  },
  {
    id: 'music',
    label: 'music',
    kind: 'service',
    provider:
      'musician|musicians|session musician|band|singer|vocal coach|singing teacher|music teacher|piano teacher|guitar teacher|drum teacher|music producer|music supervisor|composer|sync agent|music publisher|dj|djs|orchestra|choir|string quartet|quartet|harpist|pianist|violinist|cellist|wedding band|function band|practice rooms|rehearsal studio|rehearsal studios|rehearsal rooms|piano tuner|piano tuners|tunes pianos|piano repair',
    topic:
      'music|song|songs|my song|her song|his song|album|single|drums|drum|guitar|piano|violin|singing|vocals|sing|learn an instrument|play an instrument|music lessons|guitar lessons|piano lessons|singing lessons|sync licensing|license a song|licence a song|music licensing|soundtrack|gig|gigs|band for|live music|recording studio|classical music|wedding music|ceremony music|rehearsal space|rehearsal room|practice room|somewhere to rehearse|rehearse|rehearsing|piano tuning|tune the piano|out of tune',
    related: ['education', 'events', 'media-production'],
  },
  {
    id: 'fashion-style',
    label: 'clothes and styling',
    kind: 'service',
    provider:
      'tailor|tailors|seamstress|dressmaker|alterations|personal stylist|stylist|stylists|image consultant|personal shopper|fashion designer|costume designer|cobbler|jeweller|jewellers|jeweler|jewelers|goldsmith|silversmith|watch repairer',
    topic:
      'suit|suits|alter|alteration|hem|dress|dresses|wardrobe|outfit|outfits|what to wear|style|styling|clothes|clothing|personal style|bespoke suit|wedding dress|fit better|new look|makeover|wedding ring|engagement ring|ring resized|resize a ring|ring resizing|resizing|resized|jewellery|jewelry|necklace|earrings|jewellery repair|heirloom',
    related: ['brand'],
  },
  {
    id: 'performing-arts',
    label: 'acting, comedy and voice',
    kind: 'service',
    provider:
      'actor|actors|actress|comedian|comedians|stand up comedian|improv teacher|acting coach|drama teacher|voice over artist|voiceover artist|voice actor|voice actors|voice artist|casting director|casting agent|talent agent|theatre director|theater director|performer|magician|entertainer',
    topic:
      'acting|comedy|stand up|stand up comedy|improv|open mic|audition|auditions|voice over|voiceover|voice overs|narration|narrator|theatre|theater|drama|stage show|entertainment|entertainer for|casting|headshots for acting|perform|performing',
    related: ['speaking', 'events', 'media-production'],
  },
  {
    id: 'sustainability',
    label: 'sustainability and carbon',
    kind: 'service',
    provider:
      'sustainability consultant|sustainability consultants|esg consultant|esg advisor|esg adviser|carbon accountant|carbon consultant|sustainability lead|head of sustainability|sustainability manager|lca consultant|climate consultant|net zero consultant|b corp consultant',
    topic:
      'carbon accounting|carbon footprint|esg|esg reporting|net zero plan|net zero target|sustainability|sustainability report|sustainability reporting|scope 1|scope 2|scope 3|emissions|emissions reporting|b corp|bcorp|b corp certification|life cycle assessment|lca|decarbonisation plan|decarbonization plan|csrd|carbon offsets|offsetting',
    related: ['f-climate', 'energy'],
  },
  {
    id: 'conveyancing',
    label: 'buying and selling property (conveyancing)',
    kind: 'service',
    provider:
      'conveyancer|conveyancers|conveyancing solicitor|conveyancing lawyer|property lawyer|property solicitor|real estate attorney|real estate lawyer|closing attorney',
    topic:
      'conveyancing|selling a house|selling the house|selling my house|selling her house|selling his house|house sale|sale of the house|house purchase|buying a house|buy a house|sale and purchase|exchange contracts|exchange of contracts|completion date|probate property|property sale|probate sale|selling a flat|buying a flat',
    implies: ['legal'],
    related: ['real-estate', 'wills'],
  },
  {
    id: 'family-law',
    label: 'family law',
    kind: 'service',
    provider:
      'family lawyer|family solicitor|divorce lawyer|divorce solicitor|family law barrister|family mediator|mediator for separating couples|child arrangements',
    topic:
      'custody|child custody|divorce|divorcing|separation|separating|splitting up|split up|child arrangements|child maintenance|access to the kids|contact with the kids|prenup|prenuptial|financial settlement|family court',
    implies: ['legal'],
    related: ['childcare', 'mental-health'],
  },
  {
    id: 'employment-law',
    label: 'employment law',
    kind: 'service',
    provider:
      'employment lawyer|employment solicitor|employment law|employment barrister|represents employees|acts for employees|employee side|discrimination lawyer|union rep',
    topic:
      'unfair dismissal|constructive dismissal|discrimination at work|pregnancy discrimination|employment tribunal|tribunal|bullying at work|harassment at work|grievance|disciplinary|settlement agreement|made redundant|redundancy|my boss|her boss|his boss|boss is|sacked|fired for|wrongful termination|wrongful dismissal|my employer|her employer|his employer|employer cut|cut my hours|cut her hours|pregnant at work|maternity rights|maternity leave rights',
    implies: ['legal'],
    related: ['hr', 'jobs'],
  },
  {
    id: 'wills',
    label: 'wills and estates',
    kind: 'service',
    provider:
      'estate planner|estate planning lawyer|estate lawyer|wills solicitor|probate solicitor|private client lawyer|private client solicitor|trusts and estates|will writer|will writing service',
    topic:
      'make a will|making a will|write a will|writing a will|update my will|my will|her will|his will|their will|wills and trusts|wills and probate|writes wills|will writing|probate|estate planning|set up a trust|family trust|succession planning for my family|inheritance tax|power of attorney|lasting power of attorney|executor|executors|died without a will|without a will|intestacy|intestate|estate administration|his estate|her estate|lost capacity|loses capacity|bank stuff|his money|her money',
    implies: ['legal'],
    related: ['wealth', 'conveyancing'],
  },
  {
    id: 'housing-law',
    label: 'landlord and tenant law',
    kind: 'service',
    provider:
      'housing solicitor|housing lawyer|tenant lawyer|tenants lawyer|landlord solicitor|landlord lawyer|acts for landlords|acts for tenants|eviction specialist',
    topic:
      'eviction|evict|evicted|evicting|get them out|getting them out|possession|possession claim|section 21|section 8|rent arrears|hasn t paid rent|not paid rent|unpaid rent|my deposit|deposit back|tenancy deposit|disrepair|landlord dispute|landlord won t|kept my deposit|tenancy deposit dispute|mould|black mould|landlord won t fix|landlord refuses|landlord says',
    implies: ['legal'],
    related: ['housing', 'real-estate'],
  },
  {
    id: 'speech-therapy',
    label: 'speech and language therapy',
    kind: 'service',
    provider:
      'speech therapist|speech therapists|speech and language therapist|speech and language therapists|slt|speech pathologist|speech language pathologist|slp|stammering therapist|stuttering therapist',
    topic:
      'speech|speech delay|late talker|late talking|not talking|isn t talking|isnt talking|talking much|language delay|late language|stammer|stammers|stammering|stutter|stutters|stuttering|lisp|speech therapy|barely talking|still barely talking|not talking much',
    related: ['medical', 'childcare'],
  },
  {
    id: 'art',
    label: 'art and exhibitions',
    kind: 'service',
    provider:
      'gallery|gallery owner|galleries|art gallery|art dealer|art consultant|art advisor|exhibition space|represents artists|shows emerging artists|open submissions|curator of contemporary art|street artist|muralist|mural artist|public artist',
    topic:
      'exhibition|exhibitions|exhibit|exhibited|get exhibited|artwork|artworks|paintings|oil painting|oils|watercolour|watercolours|sculpture|sculptures|art fair|art show|sell my art|sell her art|sell his art|selling art|emerging artist|mural|murals|street art|paint a wall',
    related: ['events'],
  },
  {
    id: 'peer-support',
    label: 'peer support',
    kind: 'service',
    provider:
      'support group|peer group|peer meet up|peer meetup|runs a peer|support network|bereavement support group|self help group|peer supporter',
    topic:
      'people who live with|people who have been through|others who live with|others in the same boat|peer support|meet others|others going through|been through the same|people like me|people in the same situation|a group of people who|group of people who get it|people who get it',
    related: ['mental-health', 'medical'],
  },
  {
    id: 'guarding',
    label: 'security staff',
    kind: 'service',
    provider:
      'door supervisor|door supervisors|bouncer|bouncers|security guard|security guards|sia licensed|door staff|stewards|event security company|security staff',
    topic: 'door staff|security for the event|event security|crowd control|security on the door|on the door',
    related: ['events', 'home-security'],
  },
  {
    id: 'disability',
    label: 'disability and sight or hearing loss',
    kind: 'service',
    provider:
      'sight loss adviser|sight loss advisor|vision rehabilitation|rehabilitation officer|disability adviser|disability advisor|disability employment adviser|access to work adviser|hearing loss adviser|accessibility consultant|builds ramps|wheelchair ramps|level access|home adaptations',
    topic:
      'going blind|losing her sight|losing his sight|losing my sight|sight loss|visual impairment|visually impaired|blind|partially sighted|deaf|hearing loss|disability|disabled|wheelchair|reasonable adjustments|adjustments at work|access to work|wheelchair ramp|ramp|level access',
    related: ['medical', 'hr'],
  },
  {
    id: 'genealogy',
    label: 'family history',
    kind: 'service',
    provider:
      'genealogist|genealogists|family historian|family history researcher|records researcher|probate genealogist',
    topic:
      'family tree|family history|ancestry|ancestors|genealogy|trace my family|tracing my family|parish records|census records|my roots|where my family came from|trace my|family back|great grandad|great grandmother|great grandfather|great grandma|ancestor',
    related: ['research'],
  },
  {
    id: 'bikes',
    label: 'bikes and cycling',
    kind: 'service',
    provider:
      'bike mechanic|bike mechanics|bike shop|cycle shop|bicycle mechanic|restores old bicycles|restores bikes|bike restorer|bike fitter',
    topic:
      'bike|bikes|bicycle|bicycles|road bike|road bikes|cycling|second hand bike|bike repair|bike service',
    related: ['automotive', 'fitness'],
  },
  {
    id: 'ecology',
    label: 'ecology surveys',
    kind: 'service',
    provider: 'ecologist|ecologists|ecological consultant|ecology consultancy|ecology consultant',
    topic:
      'bat survey|bats roosting|roosting|bat roost|protected species|newts|great crested newts|badgers|ecology survey|ecological survey|biodiversity net gain|wildlife survey',
    related: ['research', 'construction'],
  },
  {
    id: 'property-disputes',
    label: 'neighbour and boundary disputes',
    kind: 'service',
    provider:
      'property litigation solicitor|property litigator|boundary surveyor|community mediation|mediation service|neighbour mediation',
    topic:
      'neighbour|neighbours|neighbor|neighbors|boundary|boundary dispute|fence|right of way|party wall|fallen out|noise complaint|parking dispute',
    implies: ['legal'],
    related: ['housing-law', 'home'],
  },
  {
    id: 'compliance',
    label: 'regulatory inspections and compliance',
    kind: 'service',
    provider:
      'compliance consultant|compliance adviser|compliance advisor|cqc consultant|regulatory consultant|inspection ready|gets gp surgeries',
    topic:
      'cqc|care quality commission|inspection|inspections|ofsted inspection|regulatory inspection|policies are a mess|audit ready|regulator visit',
    related: ['legal', 'government'],
  },
  {
    id: 'education-law',
    label: 'education law',
    kind: 'service',
    provider: 'education lawyer|education solicitor|send lawyer|send advocate|sen advocate',
    topic:
      'excluded|exclusion|school exclusion|excluded from school|ehcp|send tribunal|sen tribunal|exclusion review',
    implies: ['legal'],
    related: ['education'],
  },
  // --- fields (context of a request) ---
  {
    id: 'f-climate',
    label: 'climate and energy',
    kind: 'field',
    provider: '',
    topic:
      'climate|climate tech|cleantech|clean tech|energy|solar|wind|grid|grid software|battery|batteries|carbon|carbon capture|decarbonization|decarbonisation|sustainability|sustainable|renewable|renewables|ev|evs|electric vehicles|charging|heat pumps|net zero|emissions|esg|circular economy|recycling',
  },
  {
    id: 'f-fintech',
    label: 'fintech',
    kind: 'field',
    provider: '',
    topic:
      'fintech|payments|banking|neobank|lending|lending platform|lending platforms|lending startup|lending app|digital lending|consumer lending|sme lending|peer to peer lending|p2p lending|credit scoring|credit risk|consumer credit|credit cards|credit card|debit cards|card payments|stock market|stock trading|stocks and shares|insurtech|wealthtech|card issuing|open banking|regtech|accounting software|invoicing software|trading',
  },
  {
    id: 'f-health',
    label: 'health',
    kind: 'field',
    provider: '',
    topic:
      'healthcare|health care|healthtech|health tech|digital health|biotech|medtech|medical device|medical devices|pharma|pharmaceutical|clinical|clinical trials|hospital|hospitals|patients|patient|fda|ce mark|hipaa|telehealth|mental health app|wellness app|life sciences|drug discovery',
  },
  {
    id: 'f-edtech',
    label: 'education technology',
    kind: 'field',
    provider: '',
    topic:
      'edtech|ed tech|education technology|learning platform|students|student|schools|teachers|universities|e learning|elearning|online courses',
  },
  {
    id: 'f-saas',
    label: 'B2B software',
    kind: 'field',
    provider: '',
    topic:
      'saas|btob|b2b saas|enterprise software|enterprise|devtools|developer tools|api company|smb|smbs|mid market|vertical saas',
  },
  {
    id: 'f-consumer',
    label: 'consumer products',
    kind: 'field',
    provider: '',
    topic:
      'consumer|consumer app|dtc|direct to consumer|btoc|ecommerce|e commerce|shopify|amazon seller|retail|cpg|consumer goods|beauty|skincare|cosmetics|fashion|apparel|pet|pets|toys|home goods|subscription box',
  },
  {
    id: 'f-marketplace',
    label: 'marketplaces',
    kind: 'field',
    provider: '',
    topic: 'marketplace|marketplaces|two sided|gig|gig economy|platform business',
  },
  {
    id: 'f-food',
    label: 'food and agriculture',
    kind: 'field',
    provider: '',
    topic:
      'food|foodtech|agtech|agriculture|farming|farm|farms|farmers|plant based|alt protein|beverage|restaurant tech|grocery',
  },
  {
    id: 'f-property',
    label: 'property technology',
    kind: 'field',
    provider: '',
    topic: 'proptech|construction|construction tech|contech|smart buildings|real estate tech',
  },
  {
    id: 'f-mobility',
    label: 'mobility',
    kind: 'field',
    provider: '',
    topic:
      'mobility|transportation|transport|logistics tech|automotive|car industry|car companies|carmakers|fleet|fleets|micromobility|aviation|aerospace|satellites|space industry|space tech|spacetech|space startup|space startups|space companies|rockets|maritime|airline pilot|budget airline|pilot licence|pilot license|flight school|flying lessons|airline',
  },
  {
    id: 'f-media',
    label: 'media and entertainment',
    kind: 'field',
    provider: '',
    topic:
      'media|entertainment|gaming|games|game studio|video games|music industry|film industry|publishing|creator economy|streaming|sports tech',
  },
  {
    id: 'f-deeptech',
    label: 'deep tech',
    kind: 'field',
    provider: '',
    topic:
      'deeptech|deep tech|quantum|semiconductors|chips|materials science|robotics|biology|synthetic biology|nuclear|fusion',
  },
  {
    id: 'f-security',
    label: 'security and defense',
    kind: 'field',
    provider: '',
    topic: 'defense|defence|govtech|public safety|identity|fraud|fraud prevention|trust and safety',
  },
  {
    id: 'f-hr-tech',
    label: 'future of work',
    kind: 'field',
    provider: '',
    topic: 'hr tech|hrtech|future of work|recruiting software|payroll software|remote work|workforce',
  },
  {
    id: 'f-startup',
    label: 'startups',
    kind: 'field',
    provider: '',
    topic:
      'startup|startups|seed stage|early stage|series a stage|founder|founders|cofounder|co founder|scaleup|scale up|small business|smb owner|solo founder',
  },
];
