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
      'investor|investors|angel|angels|angel investor|business angel|vc|vcs|venture capitalist|venture capital|venture partner|general partner|partner at a fund|fund manager|seed fund|pre seed fund|micro vc|family office|syndicate|syndicate lead|invest in|invests in|investing in|invested in|writes cheques|writes checks|writing cheques|writing checks|writes first cheques|writing first cheques|first cheque|first cheques|first check|first checks|cheque|cheques|check size|ticket size|backs founders|back founders|backed|backs|ventures|capital partners|lp in funds|accelerator|incubator|investment committee|deploying capital|deploys capital|portfolio companies|portfolio',
    topic:
      'raise|raising|fundraise|fundraising|fund raising|funding|funded|seed|seed round|pre seed|preseed|series a|series b|series c|funding round|round|bridge round|investment|capital|raise capital|raising capital|runway|term sheet|safe|convertible note|pitch deck|investor deck|investor update|investor updates|investor intros|cap table|valuation|dilution|due diligence|lead investor|angel round|friends and family round|fund',
    seekersSayTopic: true,
    related: ['fundraising-advice', 'debt', 'grants'],
  },
  {
    id: 'fundraising-advice',
    label: 'fundraising advice',
    kind: 'service',
    provider:
      'fundraising advisor|fundraising coach|fundraising consultant|pitch coach|helped founders raise|help founders raise|helps founders raise|has raised|former founder|exited founder|exited|reviews pitch decks|review pitch decks|pitch deck review|pitch deck reviews|pitch deck feedback|investor readiness',
    topic:
      'pitch practice|practice pitch|pitch feedback|fundraising strategy|fundraising advice|prepare a raise|prep for raise|mock pitch',
    related: ['investing', 'mentoring'],
  },
  {
    id: 'debt',
    label: 'debt financing',
    kind: 'service',
    provider:
      'lender|lenders|banker|bank|venture debt|debt fund|credit fund|revenue based financing|loan officer|mortgage broker',
    topic:
      'loan|loans|business loan|credit line|line of credit|debt financing|debt|sba loan|working capital|invoice financing|mortgage|financing',
    seekersSayTopic: true,
    related: ['investing', 'finance'],
  },
  {
    id: 'grants',
    label: 'grants and non-dilutive funding',
    kind: 'service',
    provider:
      'grant writer|grants consultant|grant consultant|program officer|programme officer|grant reviewer|foundation',
    topic:
      'grant|grants|non dilutive|nondilutive|sbir|sttr|horizon europe|innovate uk|eic accelerator|research funding|subsidy|subsidies|government funding|public funding|grant application|grant applications',
    seekersSayTopic: true,
    related: ['investing', 'nonprofit'],
  },
  {
    id: 'accounting',
    label: 'accounting and tax',
    kind: 'service',
    provider:
      'accountant|accountants|cpa|cpas|chartered accountant|certified public accountant|bookkeeper|bookkeepers|tax advisor|tax adviser|tax accountant|tax preparer|tax consultant|enrolled agent|auditor|auditors|accounting firm|steuerberater',
    topic:
      'accounting|bookkeeping|the books|our books|my books|keep the books|tax|taxes|tax return|tax returns|file taxes|filing taxes|vat|sales tax|audit|quickbooks|xero|financial statements|year end|year end accounts|reconciliation|expenses|invoicing|r and d tax credit|tax credits|tax credit|irs|hmrc|1099|payroll taxes',
    related: ['finance'],
  },
  {
    id: 'finance',
    label: 'finance (CFO work)',
    kind: 'service',
    provider:
      'cfo|cfos|fractional cfo|part time cfo|interim cfo|finance director|head of finance|vp finance|controller|financial controller|fpa|finance lead|financial analyst|investment banker|m and a advisor',
    topic:
      'finance|financial model|financial models|financial modeling|financial modelling|forecast|forecasting|budget|budgeting|cash flow|burn rate|unit economics|financial planning|board reporting|pandl|manda|acquisition|exit|sell the company|selling the company|pricing model|treasury',
    related: ['accounting', 'investing'],
  },
  {
    id: 'wealth',
    label: 'personal finance',
    kind: 'service',
    provider:
      'financial advisor|financial adviser|financial planner|wealth manager|wealth advisor|private banker|retirement planner',
    topic:
      'retirement|pension|savings|wealth management|personal finance|estate planning|inheritance|stock options tax|index funds',
    related: ['accounting'],
  },
  {
    id: 'insurance',
    label: 'insurance',
    kind: 'service',
    provider: 'insurance broker|insurance agent|underwriter|insurance advisor|insurer',
    topic:
      'insurance|insured|dando insurance|liability insurance|health insurance|cyber insurance|key person insurance|insurance coverage|insurance policy|premiums|claims',
  },
  // --- law ---
  {
    id: 'legal',
    label: 'legal advice',
    kind: 'service',
    provider:
      'lawyer|lawyers|attorney|attorneys|solicitor|solicitors|barrister|counsel|general counsel|legal counsel|paralegal|law firm|legal advisor|startup lawyer|corporate lawyer|employment lawyer|litigator|notary|in house counsel|practices law|legal',
    topic:
      'legal|contract|contracts|nda|ndas|terms of service|terms and conditions|privacy policy|gdpr|incorporation|incorporate|incorporating|delaware|c corp|llc|gmbh|founder agreement|shareholder agreement|shareholders agreement|vesting|esop|option plan|lawsuit|sued|dispute|litigation|compliance|licensing agreement|employment contract|non compete|cease and desist|regulation|regulatory|legal review|review a contract|msa|saas agreement|data protection|eula',
    related: ['ip', 'immigration'],
  },
  {
    id: 'ip',
    label: 'patents and trademarks',
    kind: 'service',
    provider:
      'patent attorney|patent lawyer|patent agent|ip lawyer|ip attorney|trademark attorney|trademark lawyer|ip counsel',
    topic:
      'patent|patents|patenting|trademark|trademarks|intellectual property|ip strategy|prior art|freedom to operate|copyright|file a patent|patent application|protect the design|protect our design|protect the idea|protect our idea|protect the invention|protect our ip|owns the name|name is taken|trademark search',
    related: ['legal'],
  },
  {
    id: 'immigration',
    label: 'immigration and visas',
    kind: 'service',
    provider:
      'immigration lawyer|immigration attorney|immigration consultant|immigration advisor|visa consultant|relocation specialist|relocation agency',
    topic:
      'immigration|visa|visas|oone visa|hone b|green card|work permit|work visa|blue card|residence permit|residency|citizenship|relocate|relocating|relocation|sponsorship|visa sponsorship|talent visa|global talent visa|startup visa|move to the us|move to the uk',
    related: ['legal'],
  },
  // --- people ---
  {
    id: 'recruiting',
    label: 'recruiting',
    kind: 'service',
    provider:
      'recruiter|recruiters|headhunter|headhunters|talent partner|talent acquisition|executive search|search firm|staffing agency|staffing|sourcer|recruiting firm|recruitment agency|recruitment consultant|places engineers|placed|placement|talent scout|talent network',
    topic:
      'hire|hiring|recruit|recruiting|recruitment|candidates|candidate|fill a role|fill the role|first hire|first hires|build a team|grow the team|team building|talent|applicants|job description|interview process|head of|vp of',
    seekersSayTopic: true,
    related: ['hr'],
  },
  {
    id: 'jobs',
    label: 'a job',
    kind: 'service',
    provider:
      'is hiring|are hiring|we are hiring|were hiring|currently hiring|actively hiring|open roles|open positions|job openings|has openings|has open roles|hiring manager|growing the team|building a team|growing their team|hiring engineers|hiring designers|hiring for',
    topic:
      'job|jobs|new job|new role|next role|next job|job search|job hunting|open to work|looking for work|career change|career move|employment|position|full time role|part time role|internship|intern|contract work|contract role|freelance work|freelance gigs|join a startup|role at|opportunities',
    seekersSayTopic: true,
    related: ['mentoring'],
  },
  {
    id: 'hr',
    label: 'HR and people operations',
    kind: 'service',
    provider:
      'hr manager|hr consultant|hr director|hr lead|head of people|people ops lead|vp people|chro|chief people officer|hr business partner|people partner|hr advisor|people operations lead',
    topic:
      'hr|human resources|people operations|people ops|employee handbook|performance reviews|performance review|compensation|comp bands|benefits|onboarding|employee relations|culture|layoffs|termination|fire someone|firing|org design|policies|pto|remote policy|employee engagement',
    related: ['recruiting', 'legal'],
  },
  {
    id: 'mentoring',
    label: 'mentoring and coaching',
    kind: 'service',
    provider:
      'mentor|mentors|coach|coaches|executive coach|leadership coach|career coach|startup coach|advisor|advisors|adviser|startup advisor|mentoring|coaching|sounding board|been there|seasoned operator|serial entrepreneur|serial founder',
    topic:
      'mentorship|mentoring|coaching|advice|guidance|sounding board|first time manager|first time founder|leadership|management skills|career advice|career|imposter syndrome|founder burnout|board|board member|board seat|advisory board|scaling a team|managing people|growing as a leader',
    related: ['fundraising-advice', 'hr', 'mental-health'],
  },
  // --- building ---
  {
    id: 'engineering',
    label: 'software engineering',
    kind: 'service',
    provider:
      'engineer|engineers|developer|developers|dev|devs|programmer|programmers|software engineer|software developer|full stack|fullstack|full stack developer|backend engineer|backend developer|frontend engineer|frontend developer|cto|ctos|fractional cto|tech lead|engineering manager|vp engineering|vp eng|head of engineering|dev shop|development agency|software agency|software house|technical cofounder|technical co founder|freelance developer|contractor developer|staff engineer|principal engineer|coder|hacker',
    topic:
      'software|code|coding|codebase|web app|build an app|build the app|app development|website|mvp|prototype app|api|apis|backend|frontend|full stack|architecture|tech stack|database|databases|postgres|postgresql|mysql|mongodb|bug|bugs|code review|outsourcing development|build the product|microservices|someone technical|technical advice|technical advisor|technical guidance|senior on tech|tech help|technical help|technical decisions|wordpress|webflow|shopify app|chrome extension|open source',
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
    topic: 'java|spring|spring boot|scala|jvm|kotlin backend',
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
      'ios developer|ios engineer|android developer|android engineer|mobile developer|mobile engineer|app developer|react native developer|flutter developer|mobile agency',
    topic:
      'ios|android|mobile|mobile app|iphone app|app store|play store|swift|swiftui|kotlin|react native|flutter|xcode|testflight',
    related: ['engineering'],
  },
  {
    id: 'devops',
    label: 'cloud infrastructure',
    kind: 'service',
    provider:
      'devops engineer|sre|site reliability engineer|platform engineer|infrastructure engineer|cloud architect|solutions architect|aws certified|cloud consultant',
    topic:
      'devops|aws|amazon web services|gcp|google cloud|azure|kubernetes|k8s|docker|terraform|infrastructure|cloud|cloud costs|aws bill|ci|cd|cicd|deployment|deployments|uptime|outage|outages|on call|observability|monitoring|scaling servers|serverless|migration to the cloud|hosting',
    related: ['engineering', 'security'],
  },
  {
    id: 'security',
    label: 'security',
    kind: 'service',
    provider:
      'security engineer|security researcher|ciso|pen tester|pentester|penetration tester|security consultant|ethical hacker|security auditor|infosec',
    topic:
      'security|cybersecurity|cyber security|pen test|pentest|penetration test|penetration testing|soc 2|soc2|iso 27001|vulnerability|vulnerabilities|breach|hacked|phishing|security audit|security review|threat model|encryption|appsec|compliance audit',
    related: ['devops', 'engineering', 'legal'],
  },
  {
    id: 'data-ml',
    label: 'data science and machine learning',
    kind: 'service',
    provider:
      'data scientist|data scientists|ml engineer|machine learning engineer|ai engineer|ai researcher|ml researcher|research scientist|data engineer|analytics engineer|data analyst|statistician|nlp engineer|computer vision engineer|applied scientist|quant',
    topic:
      'data science|machine learning|ml|ai|artificial intelligence|deep learning|llm|llms|large language model|gpt|chatgpt|rag|embeddings|nlp|natural language processing|computer vision|recommendation system|recommender|model training|fine tuning|fine tune|neural network|neural networks|pytorch|tensorflow|analytics|dashboards|dashboard|data pipeline|data pipelines|data warehouse|etl|dbt|snowflake|bigquery|tableau|looker|power bi|statistics|forecasting model|predictive model|ab test|ab testing|experimentation|experiment result|statistically significant|data analysis|data strategy|data|predict|predicting|prediction|predictions|churn|churn model|reporting|metrics|kpis|chatbot|chat bot|spot defects|image recognition',
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
      'solidity developer|smart contract developer|blockchain developer|smart contract auditor|web3 developer|crypto founder',
    topic:
      'blockchain|crypto|web3|smart contract|smart contracts|solidity|ethereum|defi|nft|nfts|token|tokenomics|dao|bitcoin|wallet|stablecoin',
    related: ['engineering'],
  },
  {
    id: 'product',
    label: 'product management',
    kind: 'service',
    provider:
      'product manager|product managers|pm|pms|head of product|vp product|cpo|chief product officer|product lead|product owner|group product manager|senior product manager|product leader|product coach',
    topic:
      'product management|roadmap|roadmaps|what to build|what to build next|what matters|feature requests|product strategy|prioritization|prioritisation|product market fit|pmf|discovery|product discovery|feature prioritization|product spec|specs|prd|user stories|okrs|product analytics|product led growth|plg|retention|activation|onboarding flow',
    related: ['design-ux', 'engineering', 'growth'],
  },
  {
    id: 'design-ux',
    label: 'UX and product design',
    kind: 'service',
    provider:
      'ux designer|ui designer|ui ux designer|ux ui designer|product designer|interaction designer|ux researcher|user researcher|design agency|design studio|head of design|design lead|web designer|app designer|service designer',
    topic:
      'ux|ui|user experience|user interface|wireframe|wireframes|mockup|mockups|prototype|prototypes|figma|sketch|usability|usability testing|user research|user testing|user interviews|interface|app design|web design|website design|redesign|design system|accessibility|onboarding design|landing page design|dashboard design',
    related: ['design', 'brand', 'product'],
  },
  {
    id: 'brand',
    label: 'brand and graphic design',
    kind: 'service',
    provider:
      'graphic designer|brand designer|visual designer|illustrator|brand strategist|creative director|art director|branding agency|brand agency|creative agency|presentation designer|deck designer|typographer|motion designer|packaging designer',
    topic:
      'logo|logos|branding|brand identity|brand strategy|brand design|visual identity|rebrand|rebranding|illustration|illustrations|packaging design|packaging|typography|deck design|slide design|slides design|presentation design|pitch deck design|design the deck|design our deck|design my deck|brand guidelines|style guide|icons|graphics|graphic design|merch design|naming agency|brand name|company name|product name|labels|label design',
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
      'marketer|marketers|growth marketer|performance marketer|cmo|fractional cmo|head of marketing|vp marketing|marketing director|marketing lead|marketing agency|growth agency|growth hacker|growth lead|head of growth|demand gen lead|lifecycle marketer|product marketer|product marketing manager|media buyer',
    topic:
      'marketing|growth|user acquisition|customer acquisition|acquisition channels|ads|paid ads|paid acquisition|paid social|facebook ads|meta ads|google ads|ppc|campaign|campaigns|go to market|gtm|launch|launching|funnel|conversion|conversion rate|cac|ltv|email marketing|lifecycle|newsletter|demand generation|demand gen|lead generation|lead gen|positioning|messaging|product marketing|brand awareness|referral program|viral|growth loops|app store optimization|retargeting|marketing strategy|customers online',
    related: ['seo-content', 'social', 'brand', 'sales', 'press'],
  },
  {
    id: 'seo-content',
    label: 'SEO and content',
    kind: 'service',
    provider:
      'seo consultant|seo specialist|seo expert|seo agency|content marketer|content strategist|copywriter|copywriters|writer|writers|ghostwriter|ghost writer|editor|technical writer|content writer|blogger|content agency',
    topic:
      'seo|search engine optimization|search engine optimisation|organic traffic|rank on google|ranking on google|google ranking|keywords|backlinks|content|content marketing|content strategy|blog|blog posts|articles|copy|copywriting|landing page copy|website copy|writing|editing|proofreading|whitepaper|case studies|case study|documentation|docs|ghostwriting|book|manuscript',
    related: ['marketing', 'press'],
  },
  {
    id: 'social',
    label: 'social media and community',
    kind: 'service',
    provider:
      'social media manager|social media consultant|influencer|influencers|content creator|creator|creators|youtuber|tiktoker|community manager|community lead|head of community|ugc creator',
    topic:
      'social media|instagram|tiktok|twitter|x account|youtube|linkedin presence|linkedin posts|followers|audience|community|discord|reddit|influencer marketing|creator partnerships|ugc|personal brand|thought leadership|newsletter growth',
    related: ['marketing'],
  },
  {
    id: 'press',
    label: 'press and PR',
    kind: 'service',
    provider:
      'journalist|journalists|reporter|reporters|tech reporter|editor at|columnist|writes for|contributor at|publicist|pr agency|pr consultant|pr firm|pr lead|head of communications|comms lead|podcast host|podcaster|hosts a podcast|runs a podcast|producer|newsletter writer|media|correspondent',
    topic:
      'press|pr|public relations|media coverage|press coverage|coverage in|press release|get featured|featured in|interview|interviews|article about us|story about|podcast|podcasts|media relations|launch announcement|announcement|techcrunch|press tour|crisis communications|comms|op ed|guest on a podcast|be on podcasts|go on podcasts|handle media|media attention|write about us|written about',
    related: ['marketing', 'seo-content', 'speaking'],
  },
  {
    id: 'sales',
    label: 'sales and business development',
    kind: 'service',
    provider:
      'sales leader|sales lead|head of sales|vp sales|vp of sales|cro|chief revenue officer|account executive|account executives|sales consultant|sales coach|sales trainer|sdr|sdrs|bdr|business development|business developer|bd lead|sales agency|sales rep|sales reps|fractional sales|enterprise seller|closer',
    topic:
      'sales|selling|sell|pipeline|outbound|inbound|cold email|cold emails|cold outreach|cold calling|prospecting|closing deals|close deals|deal closing|sales process|sales playbook|crm|salesforce|hubspot|enterprise sales|btob sales|quota|negotiation|procurement process|sales team|sales hire|revenue|arr|upsell|pricing|price|pricing strategy|sales deck|demo|demos',
    related: ['partnerships', 'customers', 'marketing'],
  },
  {
    id: 'partnerships',
    label: 'partnerships',
    kind: 'service',
    provider:
      'partnerships lead|head of partnerships|partnerships manager|partner manager|channel manager|alliances lead|business development lead|bizdev|reseller|resellers|distributor|distributors|channel partner|integration partner|agency partner|partnership',
    topic:
      'partnership|partnerships|co marketing|comarketing|integration partnership|alliances|alliance|channel|channels|distribution deal|distribution|white label|joint venture|strategic partner|strategic partnership|bundle|marketplace listing|app marketplace|integrations directory|integration directory|app directory|co selling',
    related: ['sales', 'customers'],
  },
  {
    id: 'customers',
    label: 'customers and pilots',
    kind: 'service',
    provider:
      'buyer|buyers|procurement|head of procurement|procurement lead|purchasing|purchasing manager|category manager|decision maker|evaluating vendors|evaluating tools|looking for vendors|early adopter|early adopters|beta tester|beta testers|open to pilots|runs pilots|innovation lead|head of innovation|innovation team|chief innovation officer|would buy|potential customer',
    topic:
      'pilot|pilots|pilot customer|pilot customers|paid pilot|design partner|design partners|beta users|beta user|first customers|first customer|early customers|paying customers|new customers|more customers|find customers|get customers|land customers|enterprise customers|buyers at|sell to|selling to|letter of intent|loi|proof of concept|poc|customer discovery|customer interviews|retail buyers|stockists|distribution in stores|get into stores|shelf space',
    seekersSayTopic: true,
    related: ['sales', 'partnerships'],
  },
  {
    id: 'operations',
    label: 'operations',
    kind: 'service',
    provider:
      'operations manager|coo|fractional coo|chief operating officer|chief of staff|ops lead|head of operations|vp operations|operator|operators|operating partner|operations consultant|project manager|program manager|process consultant|bizops',
    topic:
      'operations|ops|processes|process|systems|sops|standard operating procedures|project management|vendor management|scaling operations|efficiency|workflow|workflows|automation|operational|internal tools|notion|okr|planning|execution|back office|office manager',
    related: ['hr', 'finance', 'logistics'],
  },
  {
    id: 'manufacturing',
    label: 'manufacturing and suppliers',
    kind: 'service',
    provider:
      'manufacturer|manufacturers|factory|factories|supplier|suppliers|contract manufacturer|contract manufacturing|co packer|copacker|co manufacturer|sourcing agent|wholesaler|wholesalers|oem|odm|mill|textile mill|print shop|printer|fabricator|machine shop|packaging supplier',
    topic:
      'manufacturing|manufacture|produce|producing|make our product|make the product|production|production run|sourcing|source materials|materials|factory|moq|minimum order|minimum order quantity|private label|white label product|injection molding|cnc|tooling|textiles|fabric|apparel production|garment|cosmetics formulation|formulation|supply chain|raw materials|components|bill of materials|samples|small batch|batch production|packaging',
    related: ['logistics', 'hardware'],
  },
  {
    id: 'logistics',
    label: 'logistics and shipping',
    kind: 'service',
    provider:
      '3pl|third party logistics|freight forwarder|customs broker|fulfillment center|fulfilment centre|logistics provider|logistics company|courier|shipping company|warehouse operator',
    topic:
      'logistics|shipping|ship|freight|warehouse|warehousing|fulfillment|fulfilment|last mile|delivery|deliveries|customs|import|importing|export|exporting|tariffs|inventory|returns|cold chain',
    related: ['manufacturing', 'operations'],
  },
  {
    id: 'real-estate',
    label: 'real estate and office space',
    kind: 'service',
    provider:
      'realtor|realtors|real estate agent|estate agent|letting agent|commercial broker|real estate broker|tenant rep|property manager|property developer|real estate developer|landlord|landlords|coworking|coworking space|workspace operator|facilities manager|has office space|has desk space|spare desks',
    topic:
      'real estate|office|office space|offices|desk space|desks|hot desk|coworking|lease|commercial lease|sublease|property|properties|warehouse space|retail space|storefront|lab space|wet lab|studio space|buy a house|buying a house|commercial property|zoning|square feet|sq ft|workspace|headquarters|hq|somewhere to work|place to work',
    seekersSayTopic: true,
    related: ['housing'],
  },
  {
    id: 'housing',
    label: 'housing',
    kind: 'service',
    provider:
      'has a room|spare room|room to rent|room for rent|renting out|rents out|flat to let|sublet available|subletting|landlord|landlords|host family|airbnb host|has an apartment|has a flat|property manager|letting agent|relocation agency',
    topic:
      'apartment|apartments|flat|flats|room|housing|place to live|place to stay|sublet|accommodation|rent|rental|roommate|flatmate|housemate|furnished|lodging|temporary housing|moving to|move to',
    seekersSayTopic: true,
    related: ['real-estate', 'immigration'],
  },
  // --- health and life ---
  {
    id: 'medical',
    label: 'medical care',
    kind: 'service',
    provider:
      'doctor|doctors|physician|physicians|surgeon|surgeons|nurse|nurses|md|dermatologist|cardiologist|oncologist|pediatrician|paediatrician|neurologist|orthopedic surgeon|orthopaedic surgeon|radiologist|endocrinologist|gynecologist|obgyn|dentist|orthodontist|physiotherapist|physical therapist|physio|chiropractor|optometrist|ophthalmologist|gp|general practitioner|clinician|clinicians|specialist doctor|practices medicine|er doctor|emergency physician|midwife|pharmacist',
    topic:
      'medical|medical second opinion|diagnosis|symptoms|treatment|surgery|knee|acl|torn|tore|sprain|fracture|broken|mri|scan|x ray|sports injury|sports injuries|back pain|injury|cancer|heart|skin|rash|pregnancy|fertility|ivf|allergy|allergies|migraine|diabetes|medication|prescription|health issue|health problem|appointment|physiotherapy|rehab|dental|teeth|eye',
    related: ['mental-health', 'fitness', 'healthcare'],
  },
  {
    id: 'mental-health',
    label: 'mental health',
    kind: 'service',
    provider:
      'therapist|therapists|psychologist|psychologists|psychiatrist|psychiatrists|counselor|counsellor|counselors|psychotherapist|clinical psychologist|licensed therapist|grief counselor|couples therapist',
    topic:
      'therapy|anxiety|burnout|mental health|depression|stress|grief|counseling|counselling|panic attacks|adhd|trauma|couples therapy|emotional support|wellbeing|well being',
    related: ['medical', 'mentoring'],
  },
  {
    id: 'fitness',
    label: 'fitness and wellness',
    kind: 'service',
    provider:
      'personal trainer|fitness coach|yoga teacher|yoga instructor|pilates instructor|nutritionist|dietitian|dietician|running coach|strength coach|gym owner',
    topic:
      'fitness|workout|workouts|training plan|lose weight|weight loss|nutrition|diet|yoga|pilates|marathon|strength training|gym|wellness|meal plan|get strong|get stronger|get fit|strength|back in shape',
    related: ['medical', 'sports'],
  },
  {
    id: 'sports',
    label: 'sports coaching',
    kind: 'service',
    provider:
      'pitching coach|baseball coach|tennis coach|football coach|soccer coach|basketball coach|golf coach|golf pro|swim coach|swimming coach|ski instructor|climbing instructor|sports coach|pitcher|former pitcher|athlete|pro athlete',
    topic:
      'baseball|pitching|pitching lessons|pitching mechanics|little league|tennis|football|soccer|basketball|golf|swimming|swim lessons|skiing|climbing|cricket|rugby|hockey|volleyball|batting|sports|athletics|softball',
    related: ['fitness'],
  },
  {
    id: 'childcare',
    label: 'childcare and family',
    kind: 'service',
    provider:
      'nanny|nannies|babysitter|babysitters|au pair|childminder|daycare|nursery|preschool|parenting coach',
    topic:
      'childcare|child care|babysitting|kids|kid|toddler|baby|newborn|parenting|school run|after school|daycare place|nursery place',
    related: ['education'],
  },
  {
    id: 'home',
    label: 'home repairs and renovation',
    kind: 'service',
    provider:
      'plumber|plumbers|electrician|electricians|contractor|builder|builders|handyman|carpenter|roofer|painter|architect|architects|general contractor|renovation company|landscaper|gardener|interior designer|interior designers|interior architect|home stager|cleaner|cleaning service|movers|moving company',
    topic:
      'renovation|renovate|renovating|remodel|remodeling|kitchen|bathroom|leak|plumbing|wiring|extension|roof|garden|landscaping|interior design|interiors|furniture|decor|home staging|floor plan|build a house|cleaning|moving house|moving',
    related: ['real-estate'],
  },
  {
    id: 'education',
    label: 'education and tutoring',
    kind: 'service',
    provider:
      'teacher|teachers|tutor|tutors|professor|professors|lecturer|instructor|instructors|admissions consultant|college counselor|educational consultant|headteacher|principal|dean|teaches|taught|course creator|bootcamp instructor|language teacher',
    topic:
      'tutoring|tutor|course|courses|class|classes|lessons|learn|learning|study|studying|exam|exams|exam prep|sat|gmat|gre|ielts|admissions|college application|college applications|university application|mba application|mba|phd application|school|schools|homework|curriculum|math|maths|physics|chemistry|bootcamp|language lessons|learn spanish|learn german|learn japanese',
    related: ['research', 'childcare'],
  },
  {
    id: 'research',
    label: 'academic research',
    kind: 'service',
    provider:
      'professor|researcher|researchers|phd|phd student|postdoc|research scientist|principal investigator|academic|academics|lab|research lab|scientist|scientists|phd in',
    topic:
      'research|study|paper|papers|academic|academia|peer review|literature review|scientific|science|clinical study|research collaboration|lab access|university partnership|experiment|experiments|evidence|publication',
    related: ['education', 'data-ml'],
  },
  {
    id: 'translation',
    label: 'translation and languages',
    kind: 'service',
    provider:
      'translator|translators|interpreter|interpreters|native speaker|localization agency|localisation agency|bilingual|fluent in|speaks',
    topic:
      'translation|translations|translate|translating|localization|localisation|localize|interpreting|subtitles|in japanese|in german|in spanish|in french|in mandarin|in chinese|in portuguese|in korean|in arabic',
  },
  {
    id: 'media-production',
    label: 'photo and video production',
    kind: 'service',
    provider:
      'photographer|photographers|videographer|videographers|video editor|filmmaker|filmmakers|director of photography|production company|animator|animators|motion graphics artist|sound engineer|music producer|podcast producer|video producer|video agency',
    topic:
      'photo|photos|photography|headshot|headshots|photoshoot|photo shoot|product photos|product photography|video|videos|film|filming|animation|explainer video|video editing|promo video|brand video|shoot|b roll|podcast editing|music|soundtrack',
    related: ['brand', 'social', 'marketing'],
  },
  {
    id: 'events',
    label: 'events and conferences',
    kind: 'service',
    provider:
      'event organizer|event organiser|event planner|events organizer|conference organizer|conference organiser|runs a conference|runs conferences|organizes conferences|organises conferences|runs meetups|runs a meetup|organizes meetups|meetup organizer|curator|program committee|programme committee|venue|venues|venue manager|caterer|catering company|festival director|hosts events|host events|runs events',
    topic:
      'event|events|conference|conferences|meetup|meetups|summit|offsite|retreat|venue|venues|space for an event|event space|catering|speaking slot|speaking slots|speak at|speaking at|sponsor a conference|sponsorship|booth|trade show|trade fair|hackathon|demo day|workshop|workshops|panel|panels|dinner|launch party',
    related: ['speaking', 'press'],
  },
  {
    id: 'speaking',
    label: 'speaking',
    kind: 'service',
    provider:
      'speaker|speakers|keynote speaker|public speaker|gives talks|speaks at|spoken at|moderator|panelist|panellist|emcee|mc|speaking coach|public speaking coach|presentation coach|tedx speaker',
    topic:
      'keynote|keynotes|talk|talks|public speaking|presentation skills|stage presence|moderate a panel|panel moderator|panelists|ted talk|tedx|speaking|give a talk|fireside chat|presenting|presentation|present at|nervous about presenting|stage fright',
    related: ['events', 'mentoring'],
  },
  {
    id: 'travel',
    label: 'travel and local knowledge',
    kind: 'service',
    provider: 'travel agent|tour guide|local guide|lives in|based in|knows the city|expat|expats',
    topic:
      'travel|trip|visiting|itinerary|vacation|holiday|honeymoon|local tips|recommendations in|moving abroad|expat life|settling in',
    related: ['housing', 'immigration'],
  },
  {
    id: 'food',
    label: 'food and hospitality',
    kind: 'service',
    provider:
      'chef|chefs|private chef|caterer|caterers|restaurateur|restaurant owner|sommelier|baker|food scientist|food technologist|bartender|mixologist',
    topic:
      'restaurant|restaurants|catering|menu|recipe|recipes|food|cooking|kitchen|wine|bakery|cafe|coffee shop|food truck|hospitality|cpg food|beverage|drinks',
    related: ['events', 'manufacturing'],
  },
  {
    id: 'nonprofit',
    label: 'nonprofit and philanthropy',
    kind: 'service',
    provider:
      'philanthropist|philanthropists|donor|donors|major donor|foundation director|program officer|impact investor|board of a charity|charity trustee|trustee|nonprofit consultant|volunteer coordinator',
    topic:
      'nonprofit|non profit|charity|charities|donation|donations|donate|philanthropy|impact|social impact|volunteers|volunteering|ngo|fundraising gala|endowment|social enterprise',
    seekersSayTopic: true,
    related: ['grants'],
  },
  {
    id: 'government',
    label: 'government and policy',
    kind: 'service',
    provider:
      'policy advisor|public affairs|lobbyist|civil servant|city council|councillor|council member|government official|regulator|mayor|public sector|works in government|ministry|procurement officer',
    topic:
      'government|policy|public policy|lobbying|public procurement|tender|tenders|city hall|municipal|regulators|permits|permit|licence|license|public sector contracts|govtech|legislation',
    related: ['legal', 'customers'],
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
      'fintech|payments|banking|neobank|lending|insurtech|wealthtech|credit|cards|card issuing|open banking|regtech|accounting software|invoicing software|trading|stock|stocks',
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
      'mobility|transportation|transport|logistics tech|automotive|cars|fleet|fleets|micromobility|aviation|aerospace|space|satellites|maritime',
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
